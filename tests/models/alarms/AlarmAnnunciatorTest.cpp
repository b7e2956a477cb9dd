#include "alarms/AlarmAnnunciator.h"

#include "SoundFixture.h"
#include "TestValues.h"
#include "time/ManualClock.h"
#include "time/ScaledClock.h"
#include "time/SystemClock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// The annunciator between the alarms, the clock and the speaker; the rules themselves are
// AlarmSoundPolicyTest's.

TEST_CASE("AlarmAnnunciator plays an onset at once, repeats on its timer's checks and stops on "
          "acknowledgement",
          "[sound]")
{
    ManualClock clock(t0);
    RecordingSounder sounder;
    AlarmAnnunciator annunciator(&clock, &sounder);
    CHECK_FALSE(annunciator.isTimerArmed());

    annunciator.setAlarms({criticalOwed(QStringLiteral("c1"))});
    CHECK(sounder.take() == "play critical");
    CHECK(str(annunciator.nextCheck()) == str(t0.addSecs(10)));
    CHECK(annunciator.isTimerArmed());

    clock.advanceSeconds(10);
    annunciator.check();
    CHECK(sounder.take() == "play critical");
    CHECK(str(annunciator.nextCheck()) == str(t0.addSecs(20)));

    clock.advanceSeconds(3);
    annunciator.setAlarms(
        {sounding(QStringLiteral("c1"), AlertSeverity::Critical, AlarmState::ActiveAcknowledged)});
    CHECK(sounder.take() == "stop");
    // Nothing owed: no timer runs.
    CHECK_FALSE(annunciator.isTimerArmed());
    CHECK_FALSE(annunciator.nextCheck().isValid());
}

TEST_CASE("AlarmAnnunciator: a silence stops the sound, is announced, and lifts itself when it "
          "runs out",
          "[sound]")
{
    ManualClock clock(t0);
    RecordingSounder sounder;
    AlarmAnnunciator annunciator(&clock, &sounder);
    QSignalSpy silence(&annunciator, &AlarmAnnunciator::silenceChanged);
    annunciator.setAlarms({criticalOwed(QStringLiteral("c1"))});
    CHECK(sounder.take() == "play critical");

    const QDateTime until = t0.addSecs(120);
    annunciator.silenceUntil(until);
    CHECK(sounder.take() == "stop");
    REQUIRE(silence.size() == 1);
    CHECK(str(silence.takeFirst().at(0).toDateTime()) == str(until));
    CHECK(str(annunciator.silencedUntil()) == str(until));
    CHECK(str(annunciator.nextCheck()) == str(until));
    // The same silence again changes nothing.
    annunciator.silenceUntil(until);
    CHECK(silence.isEmpty());

    clock.advanceSeconds(60);
    annunciator.check();
    CHECK(sounder.take().empty());

    // Silencing never acknowledges: when it runs out the alarm sounds again.
    clock.advanceSeconds(60);
    annunciator.check();
    CHECK(sounder.take() == "play critical");
    REQUIRE(silence.size() == 1);
    CHECK_FALSE(silence.takeFirst().at(0).toDateTime().isValid());
    CHECK_FALSE(annunciator.silencedUntil().isValid());

    // Lifted by hand, early: the repeat that fell due meanwhile sounds at once.
    annunciator.silenceUntil(clock.now().addSecs(600));
    CHECK(sounder.take() == "stop");
    clock.advanceSeconds(30);
    annunciator.silenceUntil(QDateTime());
    CHECK(sounder.take() == "play critical");
    CHECK(silence.size() == 2);
}

TEST_CASE("AlarmAnnunciator: a station that must not sound plays nothing and runs no timer",
          "[sound]")
{
    ManualClock clock(t0);
    RecordingSounder sounder;
    AlarmAnnunciator annunciator(&clock, &sounder);
    annunciator.setAlarms({warningOwed(QStringLiteral("w1"))});
    CHECK(sounder.take() == "play warning");

    annunciator.setEnabled(false);
    CHECK_FALSE(annunciator.isEnabled());
    CHECK(sounder.take() == "stop");
    CHECK_FALSE(annunciator.isTimerArmed());
    annunciator.setAlarms({warningOwed(QStringLiteral("w1")), criticalOwed(QStringLiteral("c1"))});
    clock.advanceSeconds(30);
    annunciator.check();
    CHECK(sounder.take().empty());
    CHECK_FALSE(annunciator.isTimerArmed());

    // Enabled again, what is owed sounds at once.
    annunciator.setEnabled(true);
    CHECK(sounder.take() == "play critical");
    CHECK(annunciator.isTimerArmed());
}

TEST_CASE("AlarmAnnunciator's own timer repeats the tone, in the clock's time", "[sound]")
{
    // A clock a thousand times faster than real time: the 10 s repeat comes every 10 ms, so the
    // timer itself is exercised without a test that sleeps for seconds.
    SystemClock system;
    ScaledClock fast(&system, 1000.0);
    RecordingSounder sounder;
    AlarmAnnunciator annunciator(&fast, &sounder);
    annunciator.setAlarms({criticalOwed(QStringLiteral("c1"))});
    CHECK(sounder.calls.size() == 1);

    const QDeadlineTimer deadline(10000);
    while (sounder.calls.size() < 3 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    REQUIRE(sounder.calls.size() >= 3);
    CHECK(sounder.calls.count(QStringLiteral("play critical")) == sounder.calls.size());
    sounder.take();

    annunciator.setAlarms({});
    CHECK(sounder.take() == "stop");
    CHECK_FALSE(annunciator.isTimerArmed());
}
