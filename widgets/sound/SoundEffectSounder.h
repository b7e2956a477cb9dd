#pragma once

#include "alarms/AlarmSounder.h"

#include <QObject>

#include <memory>

class QSoundEffect;

namespace Pantau {

// Plays the alarm tones (the WAVs pantau-tones makes, embedded as :/pantau/sounds/...) through
// Qt Multimedia on the default audio output, one QSoundEffect per severity.
class SoundEffectSounder final : public QObject, public AlarmSounder
{
    Q_OBJECT

public:
    // What PulseAudio shows as the application of Pantau's sound (pactl list sink-inputs,
    // pavucontrol), and the desktop id it is known by.
    static constexpr char ApplicationName[] = "Pantau";
    static constexpr char ApplicationId[] = "id.go.blitarkab.Pantau";

    // Made before anything else in the process uses Qt Multimedia, so that the name reaches
    // PulseAudio (see nameTheStreams()).
    explicit SoundEffectSounder(QObject *parent = nullptr);
    ~SoundEffectSounder() override;

    void play(AlertSeverity severity) override;
    void stop() override;

    // The resource of each tone.
    static QString resourcePath(AlertSeverity severity);
    // Whether a tone plays (or waits to, while its file loads).
    bool isPlaying() const;

private:
    static void nameTheStreams();
    QSoundEffect *effect(AlertSeverity severity) const;

    QSoundEffect *m_critical = nullptr;
    QSoundEffect *m_warning = nullptr;
};

} // namespace Pantau
