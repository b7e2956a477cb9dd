// The seam a site node stands on: models that take their state from another process's models
// (readings, feed health, active alerts) show exactly what the polling ones show.

#include "AlertFixture.h"
#include "TestValues.h"
#include "config/ConfigLoader.h"
#include "state/AlertModel.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// Two indicators of one feed that goes stale after 120 s.
Config twoPrices()
{
    const ConfigLoader::Result result = ConfigLoader::loadBytes(R"({"version": 1,
        "feeds": [{"id": "harga", "opd": "Diskoperindag", "url": "demo:/harga", "format": "json",
                   "intervalSeconds": 60, "staleAfterSeconds": 120,
                   "values": [{"indicator": "telur", "pointer": "/telur"},
                              {"indicator": "beras", "pointer": "/beras"}]}],
        "indicators": [
          {"id": "telur", "label": {"id": "Harga Telur"}, "unit": "Rp", "dimension": "economy"},
          {"id": "beras", "label": {"id": "Harga Beras"}, "unit": "Rp", "dimension": "economy"}],
        "screens": [{"name": "WALL-1", "tiles": [{"type": "clock"}]}]})",
                                                                QStringLiteral("prices.json"));
    REQUIRE(result.config);
    return *result.config;
}

FeedResult poll(const ManualClock &clock, std::optional<double> telur, const QString &error = {})
{
    FeedResult r;
    r.feedId = QStringLiteral("harga");
    r.fetchTime = clock.now();
    r.latencyMs = 120;
    r.bytes = 300;
    if (!error.isEmpty()) {
        r.error = error;
        r.failure = FailureKind::ServerError;
        return r;
    }
    if (telur)
        r.samples.append({QStringLiteral("telur"), *telur, clock.now().addSecs(-30), false});
    r.sampleErrors.append(
        {QStringLiteral("beras"), QStringLiteral("/beras"), QStringLiteral("no value at /beras")});
    return r;
}

void requireSameRows(const QAbstractItemModel &a, const QAbstractItemModel &b,
                     const QList<int> &roles)
{
    REQUIRE(a.rowCount() == b.rowCount());
    for (int row = 0; row < a.rowCount(); ++row)
        for (int role : roles) {
            INFO("row " << row << ", role " << a.roleNames().value(role).toStdString());
            CHECK(a.index(row, 0).data(role) == b.index(row, 0).data(role));
        }
}

} // namespace

TEST_CASE("An indicator model that takes readings shows what the polling one shows")
{
    const Config config = twoPrices();
    ManualClock clock(t0);
    IndicatorModel polling(config, &clock);
    IndicatorModel following(config, &clock);
    QAbstractItemModelTester tester(&following,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto copy = [&] {
        for (const IndicatorConfig &indicator : config.indicators)
            REQUIRE(following.setReading(*polling.reading(indicator.id)));
    };
    const QList<int> roles = {IndicatorModel::ValueRole,         IndicatorModel::SourceTimeRole,
                              IndicatorModel::FetchTimeRole,     IndicatorModel::DataTimeRole,
                              IndicatorModel::StatusRole,        IndicatorModel::ErrorRole,
                              IndicatorModel::ErrorKindRole,     IndicatorModel::FromCacheRole,
                              IndicatorModel::PreviousValueRole, IndicatorModel::HistoryRole};

    for (double value : {28500.0, 29000.0, 29000.0, 31000.0}) {
        clock.advanceSeconds(60);
        polling.applyFeedResult(poll(clock, value));
        copy();
        requireSameRows(polling, following, roles);
    }
    clock.advanceSeconds(60);
    polling.applyFeedResult(poll(clock, std::nullopt, QStringLiteral("server answered 500")));
    copy();
    requireSameRows(polling, following, roles);

    // Staleness is judged by each model's own clock, from the times the reading carries.
    clock.advanceSeconds(200);
    polling.refreshStatus();
    following.refreshStatus();
    requireSameRows(polling, following, roles);

    // A snapshot of the history replaces what the follower had.
    IndicatorModel late(config, &clock);
    REQUIRE(late.setHistory(QStringLiteral("telur"), polling.indexOf(QStringLiteral("telur"))
                                                         .data(IndicatorModel::HistoryRole)
                                                         .value<QList<QPointF>>()));
    REQUIRE(late.setReading(*polling.reading(QStringLiteral("telur"))));
    CHECK(late.indexOf(QStringLiteral("telur")).data(IndicatorModel::HistoryRole) ==
          polling.indexOf(QStringLiteral("telur")).data(IndicatorModel::HistoryRole));
    IndicatorReading unknown;
    unknown.id = QStringLiteral("no-such");
    unknown.value = 1.0;
    CHECK_FALSE(following.setReading(unknown));
}

TEST_CASE("A feed-health model that takes health shows what the polling one shows")
{
    const Config config = twoPrices();
    ManualClock clock(t0);
    FeedHealthModel polling(config, &clock);
    FeedHealthModel following(config, &clock);
    QAbstractItemModelTester tester(&following,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&following, &QAbstractItemModel::dataChanged);
    const QList<int> roles = {
        FeedHealthModel::StateRole,         FeedHealthModel::LastSuccessRole,
        FeedHealthModel::LastErrorRole,     FeedHealthModel::LastErrorTimeRole,
        FeedHealthModel::FailingSinceRole,  FeedHealthModel::ConsecutiveFailuresRole,
        FeedHealthModel::LatencyMsRole,     FeedHealthModel::BytesRole,
        FeedHealthModel::LastErrorKindRole, FeedHealthModel::NextPollRole};

    requireSameRows(polling, following, roles);
    polling.applyFeedResult(poll(clock, 28500));
    REQUIRE(following.setHealth(*polling.health(QStringLiteral("harga"))));
    requireSameRows(polling, following, roles);
    clock.advanceSeconds(60);
    polling.applyFeedResult(poll(clock, std::nullopt, QStringLiteral("server answered 500")));
    changed.clear();
    REQUIRE(following.setHealth(*polling.health(QStringLiteral("harga"))));
    requireSameRows(polling, following, roles);
    CHECK(following.indexOf(QStringLiteral("harga"))
              .data(FeedHealthModel::StateRole)
              .value<FeedHealthModel::FeedState>() == FeedHealthModel::FeedState::Failing);
    // Only what changed is signalled, and the same health again signals nothing.
    REQUIRE(changed.size() == 1);
    CHECK_FALSE(changed.at(0).at(2).value<QList<int>>().contains(FeedHealthModel::LastSuccessRole));
    REQUIRE(following.setHealth(*polling.health(QStringLiteral("harga"))));
    CHECK(changed.size() == 1);
    FeedHealthModel::Health unknown;
    unknown.feed = QStringLiteral("no-such");
    CHECK_FALSE(following.setHealth(unknown));
}

TEST_CASE("An acknowledgement names its onset, and one aimed at a cleared onset is refused")
{
    ManualClock clock(t0);
    AlertModel model(wallRules(), &clock, {});
    World world;
    world.values[Telur] = 31250;
    model.evaluate(world.facts());
    REQUIRE(model.activeCount() == 1);
    const QString first = model.index(0).data(AlertModel::EventRole).toString();
    CHECK(first == AlertModel::eventId(QStringLiteral("telur-mahal"), t0));

    // It clears and is raised again: the desk's acknowledgement of the first onset is stale.
    world.values[Telur] = 29000;
    clock.advanceSeconds(60);
    model.evaluate(world.facts());
    world.values[Telur] = 32000;
    clock.advanceSeconds(60);
    model.evaluate(world.facts());
    const QString second = model.index(0).data(AlertModel::EventRole).toString();
    CHECK(second != first);
    CHECK_THAT(str(model.acknowledgeEvent(first, QStringLiteral("sari"), {}, {})),
               Catch::Contains("muncul lagi"));
    CHECK_FALSE(model.index(0).data(AlertModel::AcknowledgedRole).toBool());

    CHECK(model.acknowledgeEvent(second, QStringLiteral("sari"), QStringLiteral("Sari"),
                                 QStringLiteral("sudah dicek")) == QString());
    CHECK(str(model.index(0).data(AlertModel::AcknowledgedByRole).toString()) == "sari");
    CHECK_THAT(str(model.acknowledgeEvent(second, QStringLiteral("budi"), {}, {})),
               Catch::Contains("sudah diakui oleh Sari"));

    world.values[Telur] = 29000;
    clock.advanceSeconds(60);
    model.evaluate(world.facts());
    CHECK_THAT(str(model.acknowledgeEvent(second, QStringLiteral("sari"), {}, {})),
               Catch::Contains("sudah pulih"));
}

TEST_CASE("A following alert model shows the collector's alerts and evaluates nothing itself")
{
    ManualClock clock(t0);
    AlertModel collector(wallRules(), &clock, {});
    AlertModel node(wallRules(), &clock, {});
    node.setFollowing(true);
    QAbstractItemModelTester tester(&node, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy raised(&node, &AlertModel::alertRaised);
    World world;
    world.values[Telur] = 31250;
    world.values[Respon] = 20;
    collector.evaluate(world.facts());
    node.evaluate(world.facts());
    CHECK(node.activeCount() == 0);

    for (const AlertModel::Active &alert : collector.active())
        REQUIRE(node.setActive(alert));
    CHECK(raised.size() == collector.activeCount());
    const QList<int> roles = {AlertModel::RuleRole,        AlertModel::EventRole,
                              AlertModel::SeverityRole,    AlertModel::MessageRole,
                              AlertModel::RaisedAtRole,    AlertModel::ValueRole,
                              AlertModel::AcknowledgedRole};
    requireSameRows(collector, node, roles);

    // An acknowledgement updates the row in place, announcing nothing new.
    REQUIRE(collector.acknowledgeEvent(collector.active().first().event, QStringLiteral("sari"), {},
                                       {}) == QString());
    for (const AlertModel::Active &alert : collector.active())
        REQUIRE(node.setActive(alert));
    CHECK(raised.size() == collector.activeCount());
    requireSameRows(collector, node, roles + QList<int>{AlertModel::AcknowledgedByRole});

    // A new onset of a rule replaces the old one even when its clear was missed.
    AlertModel::Active again = collector.active().first();
    again.raisedAt = again.raisedAt.addSecs(600);
    again.event = AlertModel::eventId(again.rule, again.raisedAt);
    again.acknowledged = false;
    REQUIRE(node.setActive(again));
    CHECK(node.activeCount() == collector.activeCount());
    CHECK(node.indexOf(again.rule).data(AlertModel::EventRole).toString() == again.event);

    node.removeActive(again.event);
    CHECK(node.activeCount() == collector.activeCount() - 1);
    node.removeActive(QStringLiteral("no-such@1"));
    AlertModel::Active unknown;
    unknown.rule = QStringLiteral("no-such");
    CHECK_FALSE(node.setActive(unknown));
}

TEST_CASE("A node that judged alone once keeps nothing of it when it judges alone again")
{
    ManualClock clock(t0);
    AlertModel node(wallRules(), &clock, {});
    node.setFollowing(true);
    QAbstractItemModelTester tester(&node, QAbstractItemModelTester::FailureReportingMode::Fatal);
    World world;
    world.values[Telur] = 31250;

    // The collector is gone: the node raises the egg price itself.
    node.setFollowing(false);
    node.evaluate(world.facts());
    REQUIRE(node.activeCount() == 1);
    // The collector is back (it holds nothing now), and later gone again: the node starts from
    // what the collector last said, not from its own old onset, which nobody could acknowledge.
    node.setFollowing(true);
    CHECK(node.activeCount() == 0);
    CHECK_FALSE(node.nextDue().isValid());
    clock.advanceSeconds(3600);
    node.setFollowing(false);
    CHECK(node.activeCount() == 0);
}
