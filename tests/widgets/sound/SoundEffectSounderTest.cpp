#include "sound/SoundEffectSounder.h"

#include "PulseAudioServer.h"
#include "TestValues.h"
#include "alarms/AlarmAnnunciator.h"
#include "alarms/AlarmTone.h"
#include "time/SystemClock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// Runs the event loop (Qt Multimedia feeds the stream from it) and asks the server again every
// 100 ms until `done` holds or 20 s have passed: a deadline against a hang, not a measure.
template<typename Done> bool waitFor(Done done)
{
    const QDeadlineTimer deadline(20000);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        const QDeadlineTimer poll(100);
        while (!poll.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace

TEST_CASE("SoundEffectSounder's tones are the generated ones", "[sound]")
{
    for (const AlertSeverity severity : {AlertSeverity::Critical, AlertSeverity::Warning}) {
        QFile file(SoundEffectSounder::resourcePath(severity));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == AlarmTone::wav(severity));
    }
}

TEST_CASE("A critical alarm sounds through PulseAudio while unacknowledged, and the stream is gone "
          "once it is acknowledged",
          "[sound]")
{
    PulseAudioServer server;
    REQUIRE(server.startOrWhy() == "");
    // Set before Qt Multimedia first talks to a server: this binary has no other sound test.
    qputenv("PULSE_SERVER", server.serverAddress().toUtf8());

    const QString us = QLatin1String(SoundEffectSounder::ApplicationName);
    SystemClock clock;
    SoundEffectSounder sounder;
    // A repeat every second restarts the one-second tone before it ends, so the stream stays up
    // for as long as the alarm is owed and its end can only come from the acknowledgement.
    AlarmAnnunciator annunciator(&clock, &sounder, {.repeatSeconds = 1, .reannounceMinutes = 15});
    annunciator.setAlarms(
        {{QStringLiteral("c1"), AlertSeverity::Critical, AlarmState::ActiveUnacknowledged}});

    QStringList streams;
    const bool playing = waitFor([&] {
        streams = server.sinkInputApplications();
        return streams.contains(us);
    });
    INFO("streams: " << str(streams.join(u',')) << "; server: " << str(server.error()));
    REQUIRE(playing);

    annunciator.setAlarms(
        {{QStringLiteral("c1"), AlertSeverity::Critical, AlarmState::ActiveAcknowledged}});
    CHECK_FALSE(annunciator.isTimerArmed());
    const bool gone = waitFor([&] {
        streams = server.sinkInputApplications();
        return !streams.contains(us);
    });
    CHECK(gone);
    CHECK_FALSE(sounder.isPlaying());
    qunsetenv("PULSE_SERVER");
}
