#include "alarms/AlarmSoundPolicy.h"

#include "SoundFixture.h"
#include "TestValues.h"

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// The rules of the alarm sound, stepped through with explicit times (AlarmSoundPolicy.h).

namespace {

// A station's policy with its inputs: the alarms, the clock and the silence, and what the last
// update said, spelled out as "play critical, next in 10 s" so a failure reads as the rule.
struct SoundStation
{
    explicit SoundStation(AlarmSoundPolicy::Settings settings = {})
        : policy(settings)
    {
    }

    // Updates at t0 + `seconds` and says what was decided.
    std::string at(qint64 seconds)
    {
        now = t0.addSecs(seconds);
        const AlarmSoundPolicy::Decision decision = policy.update(alarms, now, silencedUntil);
        std::string text;
        if (decision.playNow)
            text = "play " + std::string(describe(*decision.playNow).name.data());
        else if (decision.stop)
            text = "stop";
        else
            text = "nothing";
        if (decision.playNow && decision.stop)
            text += " and stop";
        if (decision.nextCheck.isValid())
            text += ", next in " + std::to_string(now.secsTo(decision.nextCheck)) + " s";
        else
            text += ", no check";
        return text;
    }

    // Silences the station until t0 + `seconds`.
    void silenceUntil(qint64 seconds) { silencedUntil = t0.addSecs(seconds); }

    AlarmSoundPolicy policy;
    SoundingAlarms alarms;
    QDateTime now = t0;
    QDateTime silencedUntil;
};

} // namespace

TEST_CASE("AlarmSoundPolicy: a new unacknowledged alarm sounds at once, then every repeatSeconds",
          "[sound]")
{
    SoundStation station;
    CHECK(station.policy.settings().repeatSeconds == 10);
    CHECK(station.policy.settings().reannounceMinutes == 15);

    station.alarms = {criticalOwed(QStringLiteral("e1"))};
    CHECK(station.at(0) == "play critical, next in 10 s");
    // An update in between (another alarm changed) plays nothing and keeps the rhythm.
    CHECK(station.at(4) == "nothing, next in 6 s");
    CHECK(station.at(10) == "play critical, next in 10 s");
    // A late check plays once, and the rhythm counts from then.
    CHECK(station.at(23) == "play critical, next in 10 s");
    CHECK(station.at(33) == "play critical, next in 10 s");
}

TEST_CASE("AlarmSoundPolicy: the most severe owed alarm chooses the tone", "[sound]")
{
    SoundStation station;
    station.alarms = {warningOwed(QStringLiteral("w1"))};
    CHECK(station.at(0) == "play warning, next in 10 s");

    // A critical onset sounds at once, in its own tone, and restarts the rhythm.
    station.alarms << criticalOwed(QStringLiteral("c1"));
    CHECK(station.at(3) == "play critical, next in 10 s");
    CHECK(station.at(13) == "play critical, next in 10 s");

    // A new warning while the critical is owed: an onset, so at once, but the critical's tone.
    station.alarms << warningOwed(QStringLiteral("w2"));
    CHECK(station.at(15) == "play critical, next in 10 s");

    // A returned-unacknowledged critical is still owed, and still the most severe.
    station.alarms[1].state = AlarmState::ReturnedUnacknowledged;
    CHECK(station.at(25) == "play critical, next in 10 s");
}

TEST_CASE("AlarmSoundPolicy: acknowledgement stops the sound at once and arms nothing", "[sound]")
{
    SoundStation station;
    station.alarms = {criticalOwed(QStringLiteral("c1"))};
    CHECK(station.at(0) == "play critical, next in 10 s");

    station.alarms[0].state = AlarmState::ActiveAcknowledged;
    CHECK(station.at(2) == "stop, no check");
    // Already stopped: not asked again, and still no timer.
    CHECK(station.at(3) == "nothing, no check");
    CHECK(station.at(60 * 60) == "nothing, no check");

    // Every state that is not owed is as good as acknowledged for the sound.
    for (const AlarmState state :
         {AlarmState::Normal, AlarmState::ActiveAcknowledged, AlarmState::Shelved,
          AlarmState::Suppressed, AlarmState::OutOfService}) {
        SoundStation other;
        other.alarms = {sounding(QStringLiteral("x"), AlertSeverity::Critical, state)};
        INFO(describe(state).name.data());
        CHECK(other.at(0) == "nothing, no check");
    }
    SoundStation empty;
    CHECK(empty.at(0) == "nothing, no check");
}

TEST_CASE("AlarmSoundPolicy: acknowledging the critical alarm stops its tone while a warning is "
          "still owed",
          "[sound]")
{
    SoundStation station;
    station.alarms = {warningOwed(QStringLiteral("w1")), criticalOwed(QStringLiteral("c1"))};
    CHECK(station.at(0) == "play critical, next in 10 s");

    station.alarms[1].state = AlarmState::ActiveAcknowledged;
    CHECK(station.at(1) == "stop, next in 9 s");
    CHECK(station.at(10) == "play warning, next in 10 s");
    // A warning tone that stops being owed stops too.
    station.alarms[0].state = AlarmState::Shelved;
    CHECK(station.at(11) == "stop, no check");
}

TEST_CASE("AlarmSoundPolicy: a silence stops the sound and holds it, onsets included, and it never "
          "acknowledges",
          "[sound]")
{
    SoundStation station;
    station.alarms = {criticalOwed(QStringLiteral("c1"))};
    CHECK(station.at(0) == "play critical, next in 10 s");

    station.silenceUntil(302);
    CHECK(station.at(2) == "stop, next in 300 s");
    CHECK(station.at(10) == "nothing, next in 292 s");
    CHECK(station.at(20) == "nothing, next in 282 s");
    // A new onset during the silence is held as well.
    station.alarms << criticalOwed(QStringLiteral("c2"));
    CHECK(station.at(60) == "nothing, next in 242 s");

    // When the silence ends, what is owed sounds again at once.
    CHECK(station.at(302) == "play critical, next in 10 s");
    CHECK(station.at(312) == "play critical, next in 10 s");
}

TEST_CASE("AlarmSoundPolicy: a warning first seen during a silence sounds when it ends, even with "
          "no repeat",
          "[sound]")
{
    SoundStation station({.repeatSeconds = 0, .reannounceMinutes = 15});
    station.silenceUntil(120);
    CHECK(station.at(0) == "nothing, no check");
    station.alarms = {warningOwed(QStringLiteral("w1"))};
    CHECK(station.at(30) == "nothing, next in 90 s");
    CHECK(station.at(120) == "play warning, next in 900 s");
    CHECK(station.at(121) == "nothing, next in 899 s");
}

TEST_CASE("AlarmSoundPolicy: an active unacknowledged alarm re-announces through a silence after "
          "reannounceMinutes",
          "[sound]")
{
    SoundStation station;
    station.alarms = {criticalOwed(QStringLiteral("c1"))};
    CHECK(station.at(0) == "play critical, next in 10 s");
    station.silenceUntil(5 + 60 * 60); // an hour from the next step
    CHECK(station.at(5) == "stop, next in 895 s");
    CHECK(station.at(899) == "nothing, next in 1 s");
    CHECK(station.at(900) == "play critical, next in 900 s");
    // Another update under the same silence does not cut the re-announcement short...
    CHECK(station.at(900) == "nothing, next in 900 s");
    // ...but silencing again does.
    station.silenceUntil(901 + 60 * 60);
    CHECK(station.at(901) == "stop, next in 899 s");
    CHECK(station.at(1800) == "play critical, next in 900 s");
}

TEST_CASE("AlarmSoundPolicy: an alarm first seen during a silence re-announces reannounceMinutes "
          "after it was first seen",
          "[sound]")
{
    SoundStation station;
    station.silenceUntil(2 * 60 * 60);
    station.alarms = {warningOwed(QStringLiteral("w1"))};
    CHECK(station.at(100) == "nothing, next in 900 s");
    CHECK(station.at(1000) == "play warning, next in 900 s");
}

TEST_CASE("AlarmSoundPolicy: a returned unacknowledged alarm does not re-announce during a silence",
          "[sound]")
{
    SoundStation station;
    station.alarms = {sounding(QStringLiteral("c1"), AlertSeverity::Critical,
                               AlarmState::ReturnedUnacknowledged)};
    CHECK(station.at(0) == "play critical, next in 10 s");
    station.silenceUntil(1 + 60 * 60);
    // Only the end of the silence is due.
    CHECK(station.at(1) == "stop, next in 3600 s");
    CHECK(station.at(900) == "nothing, next in 2701 s");
    CHECK(station.at(3000) == "nothing, next in 601 s");

    // With an active warning beside it, the warning re-announces, in its own tone.
    station.alarms << warningOwed(QStringLiteral("w1")); // first seen at 3000
    CHECK(station.at(3000) == "nothing, next in 601 s");
    CHECK(station.at(3601) == "play critical, next in 10 s");

    SoundStation mixed;
    mixed.alarms = {
        sounding(QStringLiteral("c1"), AlertSeverity::Critical, AlarmState::ReturnedUnacknowledged),
        warningOwed(QStringLiteral("w1"))};
    CHECK(mixed.at(0) == "play critical, next in 10 s");
    mixed.silenceUntil(1 + 2 * 60 * 60);
    CHECK(mixed.at(1) == "stop, next in 899 s");
    CHECK(mixed.at(900) == "play warning, next in 900 s");
}

TEST_CASE("AlarmSoundPolicy: repeatSeconds 0 sounds once per onset, and re-announces", "[sound]")
{
    SoundStation station({.repeatSeconds = 0, .reannounceMinutes = 15});
    station.alarms = {criticalOwed(QStringLiteral("c1"))};
    CHECK(station.at(0) == "play critical, next in 900 s");
    CHECK(station.at(10) == "nothing, next in 890 s");
    station.alarms << criticalOwed(QStringLiteral("c2"));
    CHECK(station.at(20) == "play critical, next in 900 s");
    CHECK(station.at(920) == "play critical, next in 900 s");

    // A returned alarm has nothing after its onset: no timer at all.
    station.alarms = {sounding(QStringLiteral("c1"), AlertSeverity::Critical,
                               AlarmState::ReturnedUnacknowledged)};
    CHECK(station.at(921) == "nothing, no check");

    // Neither repeat nor re-announcement: one sound per onset, and no timer.
    SoundStation once({.repeatSeconds = 0, .reannounceMinutes = 0});
    once.alarms = {criticalOwed(QStringLiteral("c1"))};
    CHECK(once.at(0) == "play critical, no check");
    CHECK(once.at(3600) == "nothing, no check");
}

TEST_CASE("AlarmSoundPolicy: an event owed again after it was not (unshelved) is a new onset",
          "[sound]")
{
    SoundStation station;
    station.alarms = {criticalOwed(QStringLiteral("c1"))};
    CHECK(station.at(0) == "play critical, next in 10 s");
    station.alarms[0].state = AlarmState::Shelved;
    CHECK(station.at(1) == "stop, no check");
    station.alarms[0].state = AlarmState::ActiveUnacknowledged;
    CHECK(station.at(2) == "play critical, next in 10 s");

    // reset() forgets everything: what is owed is an onset again.
    CHECK(station.at(5) == "nothing, next in 7 s");
    station.policy.reset();
    CHECK(station.at(6) == "play critical, next in 10 s");
}
