#include "alarms/AlarmTone.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Pantau::AlarmTone {

namespace {

constexpr int samplesFor(int ms)
{
    return int(qint64(ms) * SampleRate / 1000);
}

// The envelope of a burst `length` samples long at sample `i`: a raised-cosine ramp at each end,
// which has no corner for the ear to hear as a click.
double envelope(int i, int length)
{
    const int fade = std::min(samplesFor(FadeMs), length / 2);
    const int fromEdge = std::min(i, length - 1 - i);
    if (fromEdge >= fade)
        return 1.0;
    return 0.5 - 0.5 * std::cos(std::numbers::pi * double(fromEdge) / double(fade));
}

qint16 sample(double value)
{
    return qint16(std::lround(std::clamp(value, -1.0, 1.0) * 32767.0));
}

// Critical: one burst whose pitch steps between two tones. The phase runs on across each step,
// so the switch itself has no discontinuity and needs no fade of its own.
QList<qint16> critical()
{
    const int length = samplesFor(DurationMs);
    const int step = samplesFor(CriticalStepMs);
    QList<qint16> out(length);
    double phase = 0;
    for (int i = 0; i < length; ++i) {
        const double hz = (i / step) % 2 == 0 ? CriticalHighHz : CriticalLowHz;
        out[i] = sample(Peak * envelope(i, length) * std::sin(phase));
        phase = std::fmod(phase + 2 * std::numbers::pi * hz / SampleRate, 2 * std::numbers::pi);
    }
    return out;
}

// Warning: bursts of one tone with silence between them, each burst faded on its own.
QList<qint16> warning()
{
    const int length = samplesFor(DurationMs);
    const int on = samplesFor(WarningOnMs);
    const int period = samplesFor(WarningOnMs + WarningOffMs);
    QList<qint16> out(length, 0);
    for (int i = 0; i < length; ++i) {
        const int inBurst = i % period;
        if (inBurst >= on)
            continue;
        const double t = double(inBurst) / SampleRate;
        out[i] =
            sample(Peak * envelope(inBurst, on) * std::sin(2 * std::numbers::pi * WarningHz * t));
    }
    return out;
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

QList<qint16> pcm(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? critical() : warning();
}

QByteArray wav(const QList<qint16> &samples)
{
    constexpr quint16 channels = 1;
    constexpr quint16 bitsPerSample = 16;
    constexpr quint16 blockAlign = channels * bitsPerSample / 8;
    const auto dataBytes = quint32(samples.size() * blockAlign);

    QByteArray out;
    out.reserve(44 + int(dataBytes));
    out.append("RIFF", 4);
    appendLe32(out, 36 + dataBytes);
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    appendLe32(out, 16); // the size of a plain PCM format chunk
    appendLe16(out, 1);  // PCM
    appendLe16(out, channels);
    appendLe32(out, SampleRate);
    appendLe32(out, SampleRate * blockAlign);
    appendLe16(out, blockAlign);
    appendLe16(out, bitsPerSample);
    out.append("data", 4);
    appendLe32(out, dataBytes);
    for (const qint16 value : samples)
        appendLe16(out, quint16(value));
    return out;
}

QByteArray wav(AlertSeverity severity)
{
    return wav(pcm(severity));
}

QString fileName(AlertSeverity severity)
{
    return QLatin1String(describe(severity).name) + QLatin1String(".wav");
}

} // namespace Pantau::AlarmTone
