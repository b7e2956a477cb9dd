#include "alarms/AlarmTone.h"

#include "TestValues.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

quint32 le32At(const QByteArray &bytes, int offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

quint16 le16At(const QByteArray &bytes, int offset)
{
    return qFromLittleEndian<quint16>(bytes.constData() + offset);
}

// The amplitude, as a fraction of full scale, of the `hz` component of `count` samples from
// `first`: one bin of a Hann-windowed DFT (the Goertzel algorithm). The window keeps a tone a few
// hundred hertz away from leaking into the bin; a steady sine of amplitude A gives about A.
double toneLevel(const QList<qint16> &samples, double hz, int first, int count)
{
    const double coefficient = 2 * std::cos(2 * std::numbers::pi * hz / AlarmTone::SampleRate);
    double previous = 0;
    double beforePrevious = 0;
    double windowSum = 0;
    for (int i = 0; i < count; ++i) {
        const double window = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * i / (count - 1));
        windowSum += window;
        const double current =
            window * samples[first + i] / 32767.0 + coefficient * previous - beforePrevious;
        beforePrevious = previous;
        previous = current;
    }
    const double power = previous * previous + beforePrevious * beforePrevious -
                         coefficient * previous * beforePrevious;
    return 2 * std::sqrt(std::max(0.0, power)) / windowSum;
}

// The loudest the `hz` component is in any 50 ms block of the first `spanMs`: "the tone has this
// pitch at some point early on", whatever the rhythm.
double loudestWithin(const QList<qint16> &samples, double hz, int spanMs)
{
    const int block = AlarmTone::SampleRate / 20;
    const int span = AlarmTone::SampleRate * spanMs / 1000;
    double loudest = 0;
    for (int first = 0; first + block <= span; first += block / 2)
        loudest = std::max(loudest, toneLevel(samples, hz, first, block));
    return loudest;
}

// The samples back out of a WAV file made by AlarmTone::wav (a 44-byte header).
QList<qint16> samplesOf(const QByteArray &wav)
{
    QList<qint16> samples;
    for (int offset = 44; offset + 1 < wav.size(); offset += 2)
        samples << qint16(le16At(wav, offset));
    return samples;
}

} // namespace

TEST_CASE("AlarmTone writes a complete 16-bit mono 44.1 kHz PCM WAV of one second", "[sound]")
{
    for (const AlertSeverity severity : {AlertSeverity::Critical, AlertSeverity::Warning}) {
        INFO(describe(severity).name.data());
        const QByteArray wav = AlarmTone::wav(severity);
        const int samples = AlarmTone::SampleRate * AlarmTone::DurationMs / 1000;
        REQUIRE(wav.size() == 44 + 2 * samples);
        CHECK(wav.left(4) == "RIFF");
        CHECK(le32At(wav, 4) == quint32(wav.size() - 8));
        CHECK(wav.mid(8, 4) == "WAVE");
        CHECK(wav.mid(12, 4) == "fmt ");
        CHECK(le32At(wav, 16) == 16);    // plain PCM chunk
        CHECK(le16At(wav, 20) == 1);     // PCM
        CHECK(le16At(wav, 22) == 1);     // mono
        CHECK(le32At(wav, 24) == 44100); // samples per second
        CHECK(le32At(wav, 28) == 88200); // bytes per second
        CHECK(le16At(wav, 32) == 2);     // bytes per frame
        CHECK(le16At(wav, 34) == 16);    // bits per sample
        CHECK(wav.mid(36, 4) == "data");
        CHECK(le32At(wav, 40) == quint32(2 * samples));
        CHECK(samplesOf(wav) == AlarmTone::pcm(severity));
    }
    CHECK(str(AlarmTone::fileName(AlertSeverity::Critical)) == "critical.wav");
    CHECK(str(AlarmTone::fileName(AlertSeverity::Warning)) == "warning.wav");
}

TEST_CASE("AlarmTone: within the first half second each tone has its own pitches and not the "
          "other's",
          "[sound]")
{
    const QList<qint16> critical = AlarmTone::pcm(AlertSeverity::Critical);
    const QList<qint16> warning = AlarmTone::pcm(AlertSeverity::Warning);

    // At a peak of 0.5 of full scale, a pitch that sounds through a block shows near 0.5. An
    // absent one shows only the splatter of the critical tone's pitch steps (below 0.01 as made):
    // more than 24 dB under the tone.
    const double strong = 0.4;
    const double absent = 0.03;
    CHECK(loudestWithin(critical, AlarmTone::CriticalHighHz, 500) > strong);
    CHECK(loudestWithin(critical, AlarmTone::CriticalLowHz, 500) > strong);
    CHECK(loudestWithin(critical, AlarmTone::WarningHz, 500) < absent);
    CHECK(loudestWithin(warning, AlarmTone::WarningHz, 500) > strong);
    CHECK(loudestWithin(warning, AlarmTone::CriticalHighHz, 500) < absent);
    CHECK(loudestWithin(warning, AlarmTone::CriticalLowHz, 500) < absent);

    // Already the first 125 ms tell them apart: the critical starts high, the warning low.
    CHECK(loudestWithin(critical, AlarmTone::CriticalHighHz, 125) > strong);
    CHECK(loudestWithin(critical, AlarmTone::WarningHz, 125) < absent);
    CHECK(loudestWithin(warning, AlarmTone::WarningHz, 125) > strong);
    CHECK(loudestWithin(warning, AlarmTone::CriticalHighHz, 125) < absent);

    // And the rhythm: the warning's second quarter second is silent, the critical's is not.
    const int quarter = AlarmTone::SampleRate / 4;
    const QList<qint16> warningGap = warning.mid(quarter, quarter);
    CHECK(std::all_of(warningGap.begin(), warningGap.end(), [](qint16 v) { return v == 0; }));
    CHECK(toneLevel(critical, AlarmTone::CriticalHighHz, quarter, AlarmTone::SampleRate / 20) >
          strong);
}

TEST_CASE("AlarmTone: the tones are moderate and start, step and end without a click", "[sound]")
{
    for (const AlertSeverity severity : {AlertSeverity::Critical, AlertSeverity::Warning}) {
        INFO(describe(severity).name.data());
        const QList<qint16> samples = AlarmTone::pcm(severity);
        REQUIRE(!samples.isEmpty());
        CHECK(samples.first() == 0);
        CHECK(samples.last() == 0);
        int peak = 0;
        int largestStep = 0;
        for (int i = 0; i < samples.size(); ++i) {
            peak = std::max(peak, std::abs(int(samples[i])));
            if (i > 0)
                largestStep = std::max(largestStep, std::abs(samples[i] - samples[i - 1]));
        }
        CHECK(peak > 0.45 * 32767);
        CHECK(peak <= int(AlarmTone::Peak * 32767) + 1);
        // The steepest a sine of the highest pitch at the peak ever moves between two samples is
        // 2 pi f A / rate (about 2300 here); a click is a jump well beyond it.
        const double steepest = 2 * std::numbers::pi * AlarmTone::CriticalHighHz * AlarmTone::Peak *
                                32767 / AlarmTone::SampleRate;
        CHECK(largestStep <= std::ceil(steepest * 1.05));
    }
}
