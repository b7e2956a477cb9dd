#pragma once

#include "alarms/AlarmSoundPolicy.h"

#include <QDateTime>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Pantau {

class AlarmAnnunciator;
class AlertModel;
class Clock;
class SoundEffectSounder;
struct DisplayConfig;

// One station's alarm sound: follows the wall's AlertModel (whatever its rows' states) into an
// AlarmAnnunciator that plays the tones through a SoundEffectSounder. Kept across config reloads,
// so a silence outlives them. Nothing of Qt Multimedia is touched until the station may sound
// (display.alertSound, not a kiosk), so a silent wall opens no audio stream at all.
class WallSound : public QObject
{
    Q_OBJECT

public:
    explicit WallSound(const Clock *clock, QObject *parent = nullptr);
    ~WallSound() override;

    // Follows `alerts`; null while the wall rebuilds (the rest is kept as it was). `maySound`
    // false (a kiosk, a headless run) or display.alertSound off keeps the station quiet.
    void attach(AlertModel *alerts, const DisplayConfig &display, bool maySound);

    // This station's silence; never an acknowledgement, never another station's.
    void silenceUntil(const QDateTime &until);
    QDateTime silencedUntil() const { return m_silencedUntil; }
    bool isSounding() const;

signals:
    void silenceChanged(const QDateTime &until);

private:
    void update();

    const Clock *m_clock;
    std::unique_ptr<SoundEffectSounder> m_sounder;
    std::unique_ptr<AlarmAnnunciator> m_annunciator;
    AlarmSoundPolicy::Settings m_settings;
    QPointer<AlertModel> m_alerts;
    QList<QMetaObject::Connection> m_connections;
    QDateTime m_silencedUntil;
};

} // namespace Pantau
