#pragma once

#include "config/AlertRule.h"

#include <QByteArray>
#include <QList>

namespace Pantau {

// The alarm tones, made from arithmetic so the project ships no recorded audio: 16-bit mono PCM
// at 44.1 kHz, wrapped as complete WAV files. The two severities differ within their first half
// second in pitch and in rhythm, so a person (and a test) tells them apart at once:
// - critical: a fast two-tone alternation, 988 Hz and 740 Hz (B5 and F#5), 125 ms each, for 1 s;
// - warning: a lower single tone, 523 Hz (C5), 250 ms on and 250 ms off, twice, for 1 s.
// Each burst fades in and out over a few milliseconds, so it starts and ends without a click;
// the peak is half of full scale, loud enough on a desk's speakers without clipping a mixer.
namespace AlarmTone {

inline constexpr int SampleRate = 44100;
inline constexpr int DurationMs = 1000;
inline constexpr int FadeMs = 8;
inline constexpr double Peak = 0.5; // of full scale

inline constexpr double CriticalHighHz = 988.0;
inline constexpr double CriticalLowHz = 740.0;
inline constexpr int CriticalStepMs = 125;
inline constexpr double WarningHz = 523.0;
inline constexpr int WarningOnMs = 250;
inline constexpr int WarningOffMs = 250;

// The samples of one tone.
QList<qint16> pcm(AlertSeverity severity);
// `samples` as a complete WAV file (RIFF, PCM, 16-bit, mono, SampleRate).
QByteArray wav(const QList<qint16> &samples);
// The tone of `severity` as a WAV file.
QByteArray wav(AlertSeverity severity);
// The file name the tone is shipped under: "critical.wav", "warning.wav".
QString fileName(AlertSeverity severity);

} // namespace AlarmTone

} // namespace Pantau
