#pragma once

#include "alarms/AlarmSoundPolicy.h"
#include "alarms/SoundingAlarm.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Pantau {

class AlarmSounder;
class Clock;

// Sounds one station's alarms: feeds AlarmSoundPolicy the alarms, the clock's now and the
// station's silence, and plays or stops what it says on an AlarmSounder. A single-shot timer is
// armed for the policy's next check only, so a station with nothing owed runs no timer at all
// (a wall idles at near-zero CPU). The silence is the station's own and never acknowledges.
class AlarmAnnunciator : public QObject
{
    Q_OBJECT

public:
    // `clock` and `sounder` must outlive this object.
    AlarmAnnunciator(const Clock *clock, AlarmSounder *sounder,
                     const AlarmSoundPolicy::Settings &settings = {}, QObject *parent = nullptr);

    // Every alarm the station knows of, in any state; called whenever one changes.
    void setAlarms(const SoundingAlarms &alarms);
    const SoundingAlarms &alarms() const { return m_alarms; }

    // Silences this station until `until` (invalid: lifts the silence). Nothing plays meanwhile
    // except the re-announcement of a standing alarm; what plays stops at once.
    void silenceUntil(const QDateTime &until);
    // Invalid when not silenced; a silence that has run out is cleared at the next check.
    QDateTime silencedUntil() const { return m_silencedUntil; }

    // A station that must not sound (display.alertSound off, a kiosk): nothing plays, no timer
    // runs. Enabled again, what is owed then sounds as a new onset.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Asks the policy again at the clock's now: the timer does this, and tests that step a
    // ManualClock call it themselves.
    void check();
    // When the timer will check next, in the clock's time; invalid when no timer is armed.
    QDateTime nextCheck() const { return m_nextCheck; }
    bool isTimerArmed() const { return m_timer.isActive(); }

signals:
    // The silence changed: set, lifted, or run out (then `until` is invalid).
    void silenceChanged(const QDateTime &until);

private:
    void arm(const QDateTime &at);

    const Clock *m_clock;
    AlarmSounder *m_sounder;
    AlarmSoundPolicy m_policy;
    SoundingAlarms m_alarms;
    QDateTime m_silencedUntil;
    QDateTime m_nextCheck;
    QTimer m_timer;
    bool m_enabled = true;
};

} // namespace Pantau
