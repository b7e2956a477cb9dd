#include "alarms/AlarmLifecycle.h"

#include "../state/AlertFixture.h"

#include <catch2/catch.hpp>

// The ISA-18.2 lifecycle on the pure model, stepping the clock by hand: every rule the issue
// names (states, acknowledgement after return, shelving and its expiry, out of service, delays,
// deadband, flood control), each with the journal steps it must produce.
namespace Pantau::Test {
namespace {

const QDateTime T0 = QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);

QDateTime at(int seconds)
{
    return T0.addSecs(seconds);
}

AlarmActor sari(const QString &note = {})
{
    return {QStringLiteral("sari"), QStringLiteral("Sari"), QStringLiteral("DESK-1"), note};
}

QStringList actions(const QList<AlarmTransition> &steps)
{
    QStringList list;
    for (const AlarmTransition &t : steps)
        list.append(t.rule + u' ' + describe(t.action).name + u' ' + describe(t.state).name);
    return list;
}

struct Rig
{
    explicit Rig(QList<AlertRule> rules = wallRules())
        : lifecycle(rules, AlarmLifecycle::Settings{})
    {
        lifecycle.setIndicatorFeeds({{Telur, QStringLiteral("siskaperbapo")},
                                     {Respon, Feed112},
                                     {Belanja, QStringLiteral("apbd")}});
    }
    QList<AlarmTransition> run(int seconds)
    {
        return lifecycle.evaluate(world.facts(), at(seconds));
    }
    AlarmState state(const QString &rule) const
    {
        return lifecycle.record(lifecycle.ruleIndex(rule)).state();
    }
    QString event(const QString &rule) const
    {
        return lifecycle.record(lifecycle.ruleIndex(rule)).event;
    }

    World world;
    AlarmLifecycle lifecycle;
};

const QString TelurMahal = QStringLiteral("telur-mahal");
const QString ResponLambat = QStringLiteral("respon-112-lambat");
const QString Feed112Gagal = QStringLiteral("feed-112-gagal");

} // namespace

TEST_CASE("An alarm goes from unacknowledged to acknowledged to normal, one event per onset",
          "[alarms]")
{
    Rig rig;
    rig.world.values = {{Telur, 28000}};
    CHECK(rig.run(0).isEmpty());
    CHECK(rig.state(TelurMahal) == AlarmState::Normal);

    rig.world.values[Telur] = 31000;
    const QList<AlarmTransition> raised = rig.run(10);
    REQUIRE(actions(raised) == QStringList{"telur-mahal raised active-unacknowledged"});
    CHECK(raised[0].event ==
          QStringLiteral("telur-mahal@") + QString::number(at(10).toMSecsSinceEpoch()));
    CHECK(raised[0].value == 31000.0);
    CHECK(raised[0].feed == QStringLiteral("siskaperbapo"));
    CHECK(raised[0].indicator == Telur);
    CHECK(raised[0].severity == AlertSeverity::Warning);
    CHECK(rig.run(20).isEmpty()); // still holding: nothing new

    const auto ack =
        rig.lifecycle.acknowledge(raised[0].event, sari(QStringLiteral("dicek")), at(30));
    REQUIRE(ack.ok());
    REQUIRE(actions(ack.steps) == QStringList{"telur-mahal acknowledged active-acknowledged"});
    CHECK(ack.steps[0].user == QStringLiteral("sari"));
    CHECK(ack.steps[0].operatorName == QStringLiteral("Sari"));
    CHECK(ack.steps[0].station == QStringLiteral("DESK-1"));
    CHECK(ack.steps[0].note == QStringLiteral("dicek"));
    CHECK_FALSE(rig.lifecycle.acknowledge(raised[0].event, sari(), at(31)).ok()); // twice: refused

    rig.world.values[Telur] = 29000;
    CHECK(actions(rig.run(40)) == QStringList{"telur-mahal cleared normal"});
    CHECK(rig.event(TelurMahal).isEmpty());

    rig.world.values[Telur] = 32000;
    const QList<AlarmTransition> again = rig.run(50);
    REQUIRE(again.size() == 1);
    CHECK(again[0].event != raised[0].event); // a new onset is a new event
}

TEST_CASE("An alarm that returned before anyone saw it is still owed an acknowledgement",
          "[alarms]")
{
    Rig rig;
    rig.world.values = {{Respon, 9}};
    const QString event = rig.run(0).value(0).event;
    rig.world.values[Respon] = 5;
    CHECK(actions(rig.run(10)) ==
          QStringList{"respon-112-lambat returned returned-unacknowledged"});
    CHECK(rig.event(ResponLambat) == event);
    CHECK(rig.run(600).isEmpty()); // stays owed, however long

    const auto ack = rig.lifecycle.acknowledge(event, sari(), at(700));
    REQUIRE(ack.ok());
    // Seen after it returned: the onset is over at once.
    CHECK(actions(ack.steps) == QStringList{"respon-112-lambat acknowledged normal"});
    CHECK(rig.state(ResponLambat) == AlarmState::Normal);
    const auto late = rig.lifecycle.acknowledge(event, sari(), at(701));
    CHECK(late.error.contains(QStringLiteral("sudah pulih")));
}

TEST_CASE("A returned, unacknowledged alarm that comes back is a new event", "[alarms]")
{
    Rig rig;
    rig.world.values = {{Respon, 9}};
    const QString first = rig.run(0).value(0).event;
    rig.world.values[Respon] = 5;
    rig.run(10);
    rig.world.values[Respon] = 10;
    const QList<AlarmTransition> steps = rig.run(20);
    REQUIRE(actions(steps) == QStringList{"respon-112-lambat raised active-unacknowledged"});
    CHECK(steps[0].event != first);
    // The old event can no longer be acknowledged; the desk is told to take the new one.
    CHECK(rig.lifecycle.acknowledge(first, sari(), at(30))
              .error.contains(QStringLiteral("muncul lagi")));
}

TEST_CASE("On-delay and off-delay hold a chattering condition back", "[alarms]")
{
    QList<AlertRule> rules = wallRules();
    rules[0].onDelaySeconds = 60;
    rules[0].offDelaySeconds = 120;
    Rig rig(rules);
    rig.world.values = {{Telur, 31000}};
    CHECK(rig.run(0).isEmpty());
    CHECK(rig.lifecycle.nextDue() == at(60));
    CHECK(rig.run(59).isEmpty());
    rig.world.values[Telur] = 29000; // a blip: the delay starts again next time
    CHECK(rig.run(59).isEmpty());
    CHECK_FALSE(rig.lifecycle.nextDue().isValid());
    rig.world.values[Telur] = 31000;
    CHECK(rig.run(100).isEmpty());
    CHECK(rig.run(159).isEmpty());
    const QList<AlarmTransition> raised = rig.run(160);
    REQUIRE(actions(raised) == QStringList{"telur-mahal raised active-unacknowledged"});
    CHECK(raised[0].time == at(160));

    rig.world.values[Telur] = 29000;
    CHECK(rig.run(200).isEmpty());
    CHECK(rig.lifecycle.nextDue() == at(320));
    rig.world.values[Telur] = 31000; // back within the off-delay: no clear, no new event
    CHECK(rig.run(250).isEmpty());
    rig.world.values[Telur] = 29000;
    CHECK(rig.run(300).isEmpty());
    CHECK(rig.run(419).isEmpty());
    CHECK(actions(rig.run(420)) == QStringList{"telur-mahal returned returned-unacknowledged"});
}

TEST_CASE("A deadband keeps an alarm in until the value is clearly back", "[alarms]")
{
    QList<AlertRule> rules = wallRules();
    rules[0].deadband = 500; // Rp500 under the Rp30.000 level
    rules[4].deadband = 0.5; // belanja-rendah: below 7,5 %, back above 8 %
    Rig rig(rules);
    rig.world.values = {{Telur, 30001}, {Belanja, 7.4}};
    CHECK(actions(rig.run(0)) == QStringList({"telur-mahal raised active-unacknowledged",
                                              "belanja-rendah raised active-unacknowledged"}));
    rig.world.values = {{Telur, 29600}, {Belanja, 7.9}};
    CHECK(rig.run(10).isEmpty());
    rig.world.values = {{Telur, 29500}, {Belanja, 8.0}};
    CHECK(actions(rig.run(20)) == QStringList({"telur-mahal returned returned-unacknowledged",
                                               "belanja-rendah returned returned-unacknowledged"}));
    // Raising needs the level itself, not the band.
    rig.world.values = {{Telur, 29900}, {Belanja, 7.6}};
    CHECK(rig.run(30).isEmpty());
}

TEST_CASE("A shelved alarm is hidden with its reason and comes back by itself", "[alarms]")
{
    Rig rig;
    rig.world.values = {{Telur, 31000}};
    const QString event = rig.run(0).value(0).event;

    CHECK(rig.lifecycle.shelve(TelurMahal, at(3600), sari(), at(10)).error ==
          QStringLiteral("Menunda peringatan perlu alasan."));
    CHECK_FALSE(rig.lifecycle.shelve(TelurMahal, at(5), sari(QStringLiteral("x")), at(10)).ok());
    CHECK(rig.lifecycle
              .shelve(TelurMahal, at(10 + 8 * 3600 + AlarmLifecycle::ShelveClockSlackSeconds + 1),
                      sari(QStringLiteral("x")), at(10))
              .error.contains(QStringLiteral("8 jam")));
    CHECK(
        rig.lifecycle.shelve(QStringLiteral("tidak-ada"), at(60), sari(QStringLiteral("x")), at(10))
            .error.contains(QStringLiteral("tidak ada")));

    const auto shelved = rig.lifecycle.shelve(TelurMahal, at(10 + 4 * 3600),
                                              sari(QStringLiteral("harga pasar libur")), at(10));
    REQUIRE(shelved.ok());
    REQUIRE(actions(shelved.steps) == QStringList{"telur-mahal shelved shelved"});
    CHECK(shelved.steps[0].event == event); // the onset it closed
    CHECK(shelved.steps[0].until == at(10 + 4 * 3600));
    CHECK(shelved.steps[0].note == QStringLiteral("harga pasar libur"));
    CHECK(rig.lifecycle.nextDue() == at(10 + 4 * 3600));
    CHECK_FALSE(rig.lifecycle.acknowledge(event, sari(), at(20)).ok());

    rig.world.values[Telur] = 29000;
    CHECK(rig.run(100).isEmpty()); // nothing of a shelved rule moves
    rig.world.values[Telur] = 33000;
    CHECK(rig.run(200).isEmpty());
    CHECK(rig.state(TelurMahal) == AlarmState::Shelved);

    // At the expiry it comes back and is judged afresh: the price is still high.
    const QList<AlarmTransition> back = rig.run(10 + 4 * 3600);
    CHECK(actions(back) == QStringList({"telur-mahal unshelved normal",
                                        "telur-mahal raised active-unacknowledged"}));
    CHECK(back[0].user.isEmpty()); // by itself
}

TEST_CASE("An operator unshelves early, and a rule out of service raises nothing", "[alarms]")
{
    Rig rig;
    rig.world.values = {{Telur, 31000}, {Respon, 9}};
    rig.run(0);
    REQUIRE(rig.lifecycle.shelve(TelurMahal, at(3600), sari(QStringLiteral("uji")), at(1)).ok());
    CHECK_FALSE(rig.lifecycle.unshelve(ResponLambat, sari(), at(2)).ok());
    const auto un = rig.lifecycle.unshelve(TelurMahal, sari(), at(2));
    REQUIRE(actions(un.steps) == QStringList{"telur-mahal unshelved normal"});
    CHECK(un.steps[0].user == QStringLiteral("sari"));
    CHECK(actions(rig.run(3)) == QStringList{"telur-mahal raised active-unacknowledged"});

    CHECK_FALSE(rig.lifecycle.removeFromService(ResponLambat, sari(), at(4)).ok()); // no reason
    const auto oos = rig.lifecycle.removeFromService(ResponLambat,
                                                     sari(QStringLiteral("sensor diganti")), at(4));
    REQUIRE(actions(oos.steps) == QStringList{"respon-112-lambat out-of-service out-of-service"});
    CHECK_FALSE(rig.lifecycle.shelve(ResponLambat, at(60), sari(QStringLiteral("x")), at(5)).ok());
    rig.world.values[Respon] = 20;
    CHECK(rig.run(100).isEmpty());
    CHECK(rig.state(ResponLambat) == AlarmState::OutOfService);
    CHECK_FALSE(rig.lifecycle.nextDue().isValid()); // out of service never expires by itself
    const auto back = rig.lifecycle.returnToService(ResponLambat, sari(), at(200));
    CHECK(actions(back.steps) == QStringList{"respon-112-lambat in-service normal"});
    CHECK(actions(rig.run(201)) == QStringList{"respon-112-lambat raised active-unacknowledged"});
    CHECK_FALSE(rig.lifecycle.returnToService(ResponLambat, sari(), at(202)).ok());
}

TEST_CASE("A failing feed's alarm holds back its indicators' alarms, and they are judged afresh",
          "[alarms]")
{
    QList<AlertRule> rules = wallRules();
    AlertRule stale = rule("respon-basi", AlertRule::Kind::Stale, false);
    stale.indicator = Respon;
    stale.forSeconds = 3600;
    rules.append(stale);
    Rig rig(rules);
    rig.world.values = {{Respon, 9}, {Telur, 31000}};
    CHECK(actions(rig.run(0)) == QStringList({"telur-mahal raised active-unacknowledged",
                                              "respon-112-lambat raised active-unacknowledged"}));
    // The 112 feed fails: after 15 minutes its failing alarm rises and the response-time and
    // staleness alarms of its indicator are suppressed; the egg price (another feed) is not.
    rig.world.failingSince = {{Feed112, at(100)}};
    rig.world.staleSince = {{Respon, at(200)}};
    CHECK(rig.run(900).isEmpty());
    const QList<AlarmTransition> flood = rig.run(100 + 900);
    CHECK(actions(flood) == QStringList({"respon-112-lambat suppressed suppressed",
                                         "feed-112-gagal raised active-unacknowledged",
                                         "respon-basi suppressed suppressed"}));
    CHECK(rig.lifecycle.heldBack(Feed112) == 2);
    CHECK(rig.state(TelurMahal) == AlarmState::ActiveUnacknowledged);
    CHECK(rig.run(2000).isEmpty());

    // Recovered: released, and judged on the values as they are now.
    rig.world.failingSince.clear();
    rig.world.staleSince.clear();
    rig.world.values[Respon] = 6;
    CHECK(actions(rig.run(3000)) == QStringList({"respon-112-lambat unsuppressed normal",
                                                 "feed-112-gagal returned returned-unacknowledged",
                                                 "respon-basi unsuppressed normal"}));
    CHECK(rig.lifecycle.heldBack(Feed112) == 0);
    rig.world.values[Respon] = 8;
    CHECK(actions(rig.run(3010)) == QStringList{"respon-112-lambat raised active-unacknowledged"});
}

TEST_CASE("A rule's record survives the journal: restore gives back the same state", "[alarms]")
{
    Rig rig;
    rig.world.values = {{Telur, 31000}, {Respon, 9}};
    rig.run(0);
    const QString respon = rig.event(ResponLambat);
    REQUIRE(
        rig.lifecycle.acknowledge(respon, sari(QStringLiteral("ambulans berangkat")), at(5)).ok());
    const auto shelved =
        rig.lifecycle.shelve(TelurMahal, at(600), sari(QStringLiteral("libur")), at(6));

    Rig restarted;
    for (const QString &id : {TelurMahal, ResponLambat}) {
        const AlarmRecord &before = rig.lifecycle.record(rig.lifecycle.ruleIndex(id));
        const AlarmRecord back = AlarmRecord::fromJson(before.toJson());
        CHECK(back == before);
        REQUIRE(restarted.lifecycle.restore(id, back));
    }
    CHECK_FALSE(restarted.lifecycle.restore(QStringLiteral("tidak-ada"), {}));
    restarted.world.values = rig.world.values;
    CHECK(restarted.run(10).isEmpty()); // nothing raised twice
    CHECK(restarted.state(ResponLambat) == AlarmState::ActiveAcknowledged);
    CHECK(restarted.lifecycle.record(restarted.lifecycle.ruleIndex(ResponLambat))
              .acknowledgedBy.note == QStringLiteral("ambulans berangkat"));
    CHECK(restarted.state(TelurMahal) == AlarmState::Shelved);
    CHECK(actions(restarted.run(600)).startsWith(QStringLiteral("telur-mahal unshelved normal")));

    // A damaged record gives a usable one, never a crash.
    const AlarmRecord junk = AlarmRecord::fromJson(
        QJsonObject{{QStringLiteral("event"), 5},
                    {QStringLiteral("acknowledgedAt"), QStringLiteral("kemarin")}});
    CHECK(junk.state() == AlarmState::Normal);
}

} // namespace Pantau::Test

namespace Pantau::Test {

TEST_CASE("A delay waits for a value it cannot judge, and is not kept over a restart", "[alarms]")
{
    QList<AlertRule> rules = wallRules();
    rules[0].offDelaySeconds = 120;
    Rig rig(rules);
    rig.world.values = {{Telur, 31000}};
    rig.run(0);
    rig.world.values[Telur] = 29000;
    CHECK(rig.run(10).isEmpty());
    CHECK(rig.lifecycle.nextDue() == at(130));
    // The value goes missing: nothing is judged, and nothing is due that evaluate() cannot do,
    // so a wall never wakes in a loop for it.
    rig.world.values.clear();
    CHECK(rig.run(20).isEmpty());
    CHECK_FALSE(rig.lifecycle.nextDue().isValid());
    rig.world.values[Telur] = 29000;
    CHECK(rig.run(30).isEmpty());
    CHECK(rig.lifecycle.nextDue() == at(150)); // counted again from when the value came back

    const AlarmRecord kept =
        AlarmRecord::fromJson(rig.lifecycle.record(rig.lifecycle.ruleIndex(TelurMahal)).toJson());
    CHECK_FALSE(kept.pendingSince.isValid());
    CHECK(kept.active);

    // forget(): a node following its collector keeps nothing of its own.
    rig.lifecycle.forget();
    CHECK(rig.state(TelurMahal) == AlarmState::Normal);
    CHECK_FALSE(rig.lifecycle.nextDue().isValid());
}

TEST_CASE("The longest shelve is not refused for a desk's clock a few seconds ahead", "[alarms]")
{
    Rig rig;
    const QDateTime now = at(0);
    CHECK(rig.lifecycle
              .shelve(TelurMahal, now.addSecs(8 * 3600 + 5), sari(QStringLiteral("rapat")), now)
              .ok());
    CHECK_FALSE(
        rig.lifecycle.shelve(TelurMahal, now.addSecs(9 * 3600), sari(QStringLiteral("rapat")), now)
            .ok());
}

} // namespace Pantau::Test
