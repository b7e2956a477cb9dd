#include "TestValues.h"
#include "config/ConfigLoader.h"
#include "state/IndicatorModel.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

#include <optional>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// The levels written in the config below.
constexpr double EggWarning = 30000;
constexpr double EggCritical = 35000;
constexpr double SpendWarning = 60;
constexpr double SpendCritical = 40;
constexpr int PriceStaleAfter = 600;  // set on the feed
constexpr int BudgetInterval = 300;   // no staleAfterSeconds: three intervals
constexpr int BudgetStaleAfter = 900; // 3 x 300

const QByteArray kConfig = R"({
  "version": 1,
  "feeds": [
    {"id": "harga", "opd": "Dinas Koperasi dan Usaha Mikro, Perindustrian dan Perdagangan",
     "url": "https://example.invalid/x", "format": "json",
     "intervalSeconds": 60, "staleAfterSeconds": 600,
     "values": [{"indicator": "harga.telur", "pointer": "/telur"}]},
    {"id": "apbd", "opd": "BPKAD", "url": "https://example.invalid/x", "format": "json",
     "intervalSeconds": 300,
     "values": [{"indicator": "realisasi", "pointer": "/realisasi"}]}
  ],
  "indicators": [
    {"id": "harga.telur", "label": {"id": "Harga Telur Ayam Ras"}, "unit": "Rp",
     "dimension": "economy",
     "thresholds": {"warning": 30000, "critical": 35000, "worse": "above"}},
    {"id": "realisasi", "label": {"id": "Realisasi Belanja"}, "unit": "%",
     "dimension": "governance",
     "thresholds": {"warning": 60, "critical": 40, "worse": "below"}}
  ],
  "screens": [{"name": "WALL-1", "tiles": []}]
})";

const QString Egg = QStringLiteral("harga.telur");
const QString Spend = QStringLiteral("realisasi");
const QString PriceFeed = QStringLiteral("harga");
const QString BudgetFeed = QStringLiteral("apbd");

Config loadConfig()
{
    ConfigLoader::Result result = ConfigLoader::loadBytes(kConfig, QStringLiteral("status.json"));
    REQUIRE(result.errors.isEmpty());
    REQUIRE(result.config);
    return *result.config;
}

Sample sample(const QString &indicator, double value, const QDateTime &sourceTime = {},
              bool sourceTimeInFuture = false)
{
    Sample s;
    s.indicator = indicator;
    s.value = value;
    s.sourceTime = sourceTime;
    s.sourceTimeInFuture = sourceTimeInFuture;
    return s;
}

FeedResult success(const QString &feed, const QDateTime &fetchTime, const QList<Sample> &samples)
{
    FeedResult r;
    r.feedId = feed;
    r.fetchTime = fetchTime;
    r.samples = samples;
    return r;
}

FeedResult failure(const QString &feed, const QDateTime &fetchTime, const QString &error)
{
    FeedResult r;
    r.feedId = feed;
    r.fetchTime = fetchTime;
    r.error = error;
    return r;
}

QSet<int> roleSet(const QList<QVariant> &signalArguments)
{
    const QList<int> roles = signalArguments.at(2).value<QList<int>>();
    const QSet<int> set(roles.cbegin(), roles.cend());
    CHECK(set.size() == roles.size()); // no role named twice
    return set;
}

// Everything a test needs: the config, a clock that moves only when told, the model under a
// fatal model tester, and a spy on its dataChanged.
struct Wall
{
    Config config = loadConfig();
    ManualClock clock{t0};
    IndicatorModel model{config, &clock};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy changed{&model, &QAbstractItemModel::dataChanged};

    QModelIndex row(const QString &id) const
    {
        const QModelIndex index = model.indexOf(id);
        REQUIRE(index.isValid());
        return index;
    }
    IndicatorStatus status(const QString &id) const
    {
        return row(id).data(IndicatorModel::StatusRole).value<IndicatorStatus>();
    }
    QVariant data(const QString &id, int role) const { return row(id).data(role); }
    QList<QPointF> points(const QString &id, int role) const
    {
        return data(id, role).value<QList<QPointF>>();
    }
    // Moves the clock and polls the feed, source time = fetch time = now.
    void poll(const QString &feed, const QString &id, double value, qint64 afterSeconds)
    {
        clock.advanceSeconds(afterSeconds);
        model.applyFeedResult(success(feed, clock.now(), {sample(id, value, clock.now())}));
    }
};

struct Step
{
    double value;
    IndicatorStatus expected;
};

void checkLevels(Wall &wall, const QString &feed, const QString &id, const QList<Step> &steps)
{
    IndicatorStatus before = wall.status(id);
    REQUIRE(before == IndicatorStatus::NoData);
    for (const Step &step : steps) {
        INFO("value " << step.value);
        wall.changed.clear();
        wall.poll(feed, id, step.value, 60);
        CHECK(wall.status(id) == step.expected);
        CHECK(wall.data(id, IndicatorModel::ValueRole).toDouble() == step.value);
        REQUIRE(wall.changed.size() == 1);
        CHECK(wall.changed.at(0).at(0).toModelIndex() == wall.row(id));
        // StatusRole is signalled exactly when the status moved.
        CHECK(roleSet(wall.changed.at(0)).contains(IndicatorModel::StatusRole) ==
              (step.expected != before));
        before = step.expected;
    }
}

} // namespace

TEST_CASE("IndicatorModel status: 'above' thresholds give Ok, Warning and Critical")
{
    Wall wall;
    const Thresholds &t = wall.config.indicators.at(0).thresholds;
    REQUIRE(t.higherIsWorse);
    REQUIRE(t.warning == EggWarning);
    REQUIRE(t.critical == EggCritical);

    // At a level counts as past it.
    checkLevels(wall, PriceFeed, Egg,
                {{EggWarning - 0.01, IndicatorStatus::Ok},
                 {EggWarning, IndicatorStatus::Warning},
                 {EggWarning + 0.01, IndicatorStatus::Warning},
                 {EggCritical - 0.01, IndicatorStatus::Warning},
                 {EggCritical, IndicatorStatus::Critical},
                 {EggCritical + 5000, IndicatorStatus::Critical},
                 {EggCritical + 0.5, IndicatorStatus::Critical},
                 {EggWarning - 1, IndicatorStatus::Ok},
                 {0, IndicatorStatus::Ok},
                 {EggCritical, IndicatorStatus::Critical},
                 {EggWarning, IndicatorStatus::Warning}});
}

TEST_CASE("IndicatorModel status: 'below' thresholds give Ok, Warning and Critical")
{
    Wall wall;
    const Thresholds &t = wall.config.indicators.at(1).thresholds;
    REQUIRE_FALSE(t.higherIsWorse);
    REQUIRE(t.warning == SpendWarning);
    REQUIRE(t.critical == SpendCritical);

    checkLevels(wall, BudgetFeed, Spend,
                {{SpendWarning + 0.01, IndicatorStatus::Ok},
                 {SpendWarning, IndicatorStatus::Warning},
                 {SpendWarning - 0.01, IndicatorStatus::Warning},
                 {SpendCritical + 0.01, IndicatorStatus::Warning},
                 {SpendCritical, IndicatorStatus::Critical},
                 {SpendCritical - 0.01, IndicatorStatus::Critical},
                 {0, IndicatorStatus::Critical},
                 {100, IndicatorStatus::Ok},
                 {SpendCritical, IndicatorStatus::Critical},
                 {SpendWarning + 20, IndicatorStatus::Ok}});
}

TEST_CASE("IndicatorModel status: stale limits come from the feed, or three intervals")
{
    Wall wall;
    REQUIRE(wall.config.feeds.at(0).id == PriceFeed);
    REQUIRE(wall.config.feeds.at(1).id == BudgetFeed);
    CHECK(wall.config.feeds.at(0).effectiveStaleAfterSeconds() == PriceStaleAfter);
    CHECK(wall.config.feeds.at(1).effectiveStaleAfterSeconds() == 3 * BudgetInterval);
    CHECK(wall.data(Egg, IndicatorModel::StaleAfterRole).toInt() == PriceStaleAfter);
    CHECK(wall.data(Spend, IndicatorModel::StaleAfterRole).toInt() == BudgetStaleAfter);
}

TEST_CASE("IndicatorModel status: a value goes Stale on refreshStatus once past its limit")
{
    Wall wall;
    CHECK_FALSE(wall.model.nextStatusChange().isValid()); // nothing to age yet

    wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 28000, t0)}));
    REQUIRE(wall.status(Egg) == IndicatorStatus::Ok);
    // One second past the limit: at exactly the limit the value is still current.
    const QDateTime staleAt = t0.addSecs(PriceStaleAfter + 1);
    CHECK(wall.model.nextStatusChange() == staleAt);

    wall.changed.clear();
    wall.clock.setNow(t0.addSecs(PriceStaleAfter));
    wall.model.refreshStatus();
    CHECK(wall.changed.isEmpty());
    CHECK(wall.status(Egg) == IndicatorStatus::Ok);

    wall.clock.setNow(staleAt);
    // Nothing ticks by itself: the status only moves when asked to look again.
    CHECK(wall.status(Egg) == IndicatorStatus::Ok);
    wall.model.refreshStatus();
    REQUIRE(wall.changed.size() == 1);
    CHECK(wall.changed.at(0).at(0).toModelIndex() == wall.row(Egg));
    CHECK(wall.changed.at(0).at(1).toModelIndex() == wall.row(Egg));
    CHECK(roleSet(wall.changed.at(0)) == QSet<int>{IndicatorModel::StatusRole});
    CHECK(wall.status(Egg) == IndicatorStatus::Stale);
    // The value is still shown.
    CHECK(wall.data(Egg, IndicatorModel::ValueRole).toDouble() == 28000);
    // Nothing else will change by time alone.
    CHECK_FALSE(wall.model.nextStatusChange().isValid());

    // Asking again changes nothing.
    wall.changed.clear();
    wall.clock.advanceSeconds(3600);
    wall.model.refreshStatus();
    CHECK(wall.changed.isEmpty());

    // A fresh value is current again, with a new deadline.
    wall.model.applyFeedResult(
        success(PriceFeed, wall.clock.now(), {sample(Egg, 36000, wall.clock.now())}));
    CHECK(wall.status(Egg) == IndicatorStatus::Critical);
    CHECK(wall.model.nextStatusChange() == wall.clock.now().addSecs(PriceStaleAfter + 1));
}

TEST_CASE("IndicatorModel status: the default limit is three intervals, and the earliest row "
          "is next")
{
    Wall wall;
    // No source time: the age counts from the fetch.
    wall.model.applyFeedResult(success(BudgetFeed, t0, {sample(Spend, 75)}));
    CHECK(wall.status(Spend) == IndicatorStatus::Ok);
    CHECK(wall.data(Spend, IndicatorModel::DataTimeRole).toDateTime() == t0);
    CHECK(wall.model.nextStatusChange() == t0.addSecs(BudgetStaleAfter + 1));

    // The egg price, fetched 400 s later with a 600 s limit, goes stale at 1001 s: after the
    // budget row at 901 s.
    wall.clock.setNow(t0.addSecs(400));
    wall.model.applyFeedResult(success(PriceFeed, wall.clock.now(), {sample(Egg, 28000)}));
    CHECK(wall.model.nextStatusChange() == t0.addSecs(BudgetStaleAfter + 1));

    wall.changed.clear();
    wall.clock.setNow(t0.addSecs(BudgetStaleAfter));
    wall.model.refreshStatus();
    CHECK(wall.changed.isEmpty());

    wall.clock.setNow(t0.addSecs(BudgetStaleAfter + 1));
    wall.model.refreshStatus();
    REQUIRE(wall.changed.size() == 1);
    CHECK(wall.changed.at(0).at(0).toModelIndex() == wall.row(Spend));
    CHECK(wall.status(Spend) == IndicatorStatus::Stale);
    CHECK(wall.status(Egg) == IndicatorStatus::Ok);
    // Now the egg price is next.
    CHECK(wall.model.nextStatusChange() == t0.addSecs(400 + PriceStaleAfter + 1));

    wall.clock.setNow(wall.model.nextStatusChange());
    wall.changed.clear();
    wall.model.refreshStatus();
    REQUIRE(wall.changed.size() == 1);
    CHECK(wall.changed.at(0).at(0).toModelIndex() == wall.row(Egg));
    CHECK(wall.status(Egg) == IndicatorStatus::Stale);
    CHECK_FALSE(wall.model.nextStatusChange().isValid());
}

TEST_CASE("IndicatorModel status: refreshStatus with nothing due emits no dataChanged")
{
    Wall wall;
    // No data at all.
    wall.model.refreshStatus();
    CHECK(wall.changed.isEmpty());
    wall.clock.advanceSeconds(86400);
    wall.model.refreshStatus();
    CHECK(wall.changed.isEmpty());

    // Current values, well before their limits, in every threshold state.
    wall.model.applyFeedResult(
        success(PriceFeed, wall.clock.now(), {sample(Egg, EggCritical + 1, wall.clock.now())}));
    wall.model.applyFeedResult(
        success(BudgetFeed, wall.clock.now(), {sample(Spend, SpendWarning, wall.clock.now())}));
    REQUIRE(wall.status(Egg) == IndicatorStatus::Critical);
    REQUIRE(wall.status(Spend) == IndicatorStatus::Warning);
    wall.changed.clear();
    for (int i = 0; i < 10; ++i) {
        wall.clock.advanceSeconds(PriceStaleAfter / 10);
        wall.model.refreshStatus();
    }
    CHECK(wall.changed.isEmpty());
    CHECK(wall.status(Egg) == IndicatorStatus::Critical);
    CHECK(wall.status(Spend) == IndicatorStatus::Warning);
}

TEST_CASE("IndicatorModel status: the age counts from the source time")
{
    Wall wall;
    SECTION("whole seconds")
    {
        const QDateTime source = t0.addSecs(-500);
        wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 28000, source)}));
        CHECK(wall.data(Egg, IndicatorModel::SourceTimeRole).toDateTime() == source);
        CHECK(wall.data(Egg, IndicatorModel::FetchTimeRole).toDateTime() == t0);
        CHECK(wall.data(Egg, IndicatorModel::DataTimeRole).toDateTime() == source);
        CHECK(wall.status(Egg) == IndicatorStatus::Ok);
        // 500 s old at the fetch: 100 s left, stale one second after that.
        CHECK(wall.model.nextStatusChange() == source.addSecs(PriceStaleAfter + 1));
        CHECK(wall.model.nextStatusChange() == t0.addSecs(101));

        wall.changed.clear();
        wall.clock.setNow(t0.addSecs(100));
        wall.model.refreshStatus();
        CHECK(wall.changed.isEmpty());
        wall.clock.setNow(t0.addSecs(101));
        wall.model.refreshStatus();
        CHECK(wall.changed.size() == 1);
        CHECK(wall.status(Egg) == IndicatorStatus::Stale);
    }
    SECTION("to the millisecond")
    {
        const QDateTime source = t0.addSecs(-500).addMSecs(250);
        wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 28000, source)}));
        const QDateTime staleAt = source.addSecs(PriceStaleAfter + 1);
        CHECK(wall.model.nextStatusChange() == staleAt);

        wall.changed.clear();
        wall.clock.setNow(staleAt.addMSecs(-1));
        wall.model.refreshStatus();
        CHECK(wall.changed.isEmpty());
        CHECK(wall.status(Egg) == IndicatorStatus::Ok);
        wall.clock.setNow(staleAt);
        wall.model.refreshStatus();
        CHECK(wall.changed.size() == 1);
        CHECK(wall.status(Egg) == IndicatorStatus::Stale);
    }
    SECTION("a value already past its limit when it arrives is Stale at once")
    {
        const QDateTime source = t0.addSecs(-(PriceStaleAfter + 1));
        wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 28000, source)}));
        CHECK(wall.status(Egg) == IndicatorStatus::Stale);
        CHECK(wall.data(Egg, IndicatorModel::ValueRole).toDouble() == 28000);
        CHECK_FALSE(wall.model.nextStatusChange().isValid());
    }
}

TEST_CASE("IndicatorModel status: a source time in the future is not trusted")
{
    Wall wall;
    const QDateTime future = t0.addSecs(3600);
    wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 28000, future, true)}));
    // Shown as the source gave it, flagged, but the age counts from the fetch.
    CHECK(wall.data(Egg, IndicatorModel::SourceTimeRole).toDateTime() == future);
    CHECK(wall.data(Egg, IndicatorModel::SourceTimeInFutureRole).toBool());
    CHECK(wall.data(Egg, IndicatorModel::FetchTimeRole).toDateTime() == t0);
    CHECK(wall.data(Egg, IndicatorModel::DataTimeRole).toDateTime() == t0);
    CHECK(wall.status(Egg) == IndicatorStatus::Ok);
    // Trusting the source would push this to future + 601 s.
    CHECK(wall.model.nextStatusChange() == t0.addSecs(PriceStaleAfter + 1));
    // The history is kept at the time we trust.
    CHECK(wall.points(Egg, IndicatorModel::HistoryRole) ==
          QList<QPointF>{QPointF(double(t0.toMSecsSinceEpoch()), 28000)});

    wall.changed.clear();
    wall.clock.setNow(t0.addSecs(PriceStaleAfter + 1));
    wall.model.refreshStatus();
    CHECK(wall.changed.size() == 1);
    CHECK(wall.status(Egg) == IndicatorStatus::Stale);

    // Once the source's clock is sane again the flag clears and its time counts.
    wall.changed.clear();
    const QDateTime sane = wall.clock.now().addSecs(-10);
    wall.model.applyFeedResult(success(PriceFeed, wall.clock.now(), {sample(Egg, 28000, sane)}));
    CHECK_FALSE(wall.data(Egg, IndicatorModel::SourceTimeInFutureRole).toBool());
    CHECK(wall.data(Egg, IndicatorModel::DataTimeRole).toDateTime() == sane);
    CHECK(wall.status(Egg) == IndicatorStatus::Ok);
    REQUIRE(wall.changed.size() == 1);
    const QSet<int> roles = roleSet(wall.changed.at(0));
    CHECK(roles.contains(IndicatorModel::SourceTimeInFutureRole));
    CHECK(roles.contains(IndicatorModel::SourceTimeRole));
    CHECK(roles.contains(IndicatorModel::DataTimeRole));
    CHECK(roles.contains(IndicatorModel::StatusRole));
}

TEST_CASE("IndicatorModel status: a failing poll gives Error and keeps the value and fetch time")
{
    Wall wall;
    const QDateTime source = t0.addSecs(-30);
    wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 31000, source)}));
    REQUIRE(wall.status(Egg) == IndicatorStatus::Warning);

    wall.changed.clear();
    wall.clock.advanceSeconds(60);
    const QString reason = QStringLiteral("server answered 503 Service Unavailable");
    wall.model.applyFeedResult(failure(PriceFeed, wall.clock.now(), reason));
    CHECK(wall.status(Egg) == IndicatorStatus::Error);
    CHECK(wall.data(Egg, IndicatorModel::ErrorRole).toString() == reason);
    CHECK(wall.data(Egg, IndicatorModel::ValueRole).toDouble() == 31000);
    CHECK(wall.data(Egg, IndicatorModel::FetchTimeRole).toDateTime() == t0);
    CHECK(wall.data(Egg, IndicatorModel::SourceTimeRole).toDateTime() == source);
    CHECK(wall.data(Egg, IndicatorModel::DataTimeRole).toDateTime() == source);
    REQUIRE(wall.changed.size() == 1);
    CHECK(roleSet(wall.changed.at(0)) == QSet<int>{IndicatorModel::ErrorRole,
                                                   IndicatorModel::ErrorKindRole,
                                                   IndicatorModel::StatusRole});
    // A failure without a kind of its own still tells the wall something went wrong.
    CHECK(wall.data(Egg, IndicatorModel::ErrorKindRole).value<FailureKind>() == FailureKind::Other);
    // The other feed's row is untouched.
    CHECK(wall.status(Spend) == IndicatorStatus::NoData);

    // An Error outranks age: past the stale limit it is still an Error, with its value.
    wall.changed.clear();
    wall.clock.setNow(source.addSecs(PriceStaleAfter + 1));
    wall.model.refreshStatus();
    CHECK(wall.changed.isEmpty());
    CHECK(wall.status(Egg) == IndicatorStatus::Error);
    CHECK(wall.data(Egg, IndicatorModel::ValueRole).toDouble() == 31000);

    // Recovery: a fresh value clears the error.
    wall.clock.advanceSeconds(60);
    wall.model.applyFeedResult(
        success(PriceFeed, wall.clock.now(), {sample(Egg, 29000, wall.clock.now())}));
    CHECK(wall.status(Egg) == IndicatorStatus::Ok);
    CHECK(wall.data(Egg, IndicatorModel::ErrorRole).toString().isEmpty());
    CHECK(wall.data(Egg, IndicatorModel::FetchTimeRole).toDateTime() == wall.clock.now());
    CHECK(wall.model.nextStatusChange() == wall.clock.now().addSecs(PriceStaleAfter + 1));
}

TEST_CASE("IndicatorModel status: a row in Error has no status change due by time")
{
    // nextStatusChange() is "the next moment a status changes by time alone; invalid when none
    // will". An Error does not change by time alone (it outranks Stale), so it must not produce
    // a moment; above all never one at or before now, or an owner that re-arms a timer at
    // nextStatusChange() after each refreshStatus() wakes again at once, for ever.
    Wall wall;
    const QDateTime source = t0.addSecs(-30);
    wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 31000, source)}));
    REQUIRE(wall.model.nextStatusChange() == source.addSecs(PriceStaleAfter + 1));
    wall.model.applyFeedResult(
        failure(PriceFeed, t0.addSecs(60), QStringLiteral("server answered 503")));
    REQUIRE(wall.status(Egg) == IndicatorStatus::Error);
    CHECK_FALSE(wall.model.nextStatusChange().isValid());

    // The owner's loop: wait until the moment it was given, refresh, ask again. Five rounds
    // are enough to tell a loop that settles from one that spins.
    int wakeUps = 0;
    int wakeUpsForNothing = 0;
    QDateTime reachedButHandedOutAgain;
    for (QDateTime next = wall.model.nextStatusChange(); next.isValid() && wakeUps < 5;
         next = wall.model.nextStatusChange()) {
        ++wakeUps;
        wall.clock.setNow(std::max(next, wall.clock.now()));
        wall.changed.clear();
        wall.model.refreshStatus();
        if (wall.changed.isEmpty())
            ++wakeUpsForNothing;
        const QDateTime again = wall.model.nextStatusChange();
        if (again.isValid() && again <= wall.clock.now() && !reachedButHandedOutAgain.isValid())
            reachedButHandedOutAgain = again;
    }
    INFO("wake-ups " << wakeUps << ", moment handed out again after it was reached: "
                     << reachedButHandedOutAgain.toString(Qt::ISODate).toStdString());
    CHECK(wakeUpsForNothing == 0);
    CHECK_FALSE(reachedButHandedOutAgain.isValid());
    CHECK(wall.status(Egg) == IndicatorStatus::Error);
}

TEST_CASE("IndicatorModel status: restored values are from the cache and Stale until fresh")
{
    Wall wall;
    const qint64 ms = t0.toMSecsSinceEpoch();
    IndicatorModel::CachedValue cached;
    cached.id = Egg;
    cached.value = 32000;
    cached.sourceTime = t0.addSecs(-60);
    cached.fetchTime = t0.addSecs(-10); // recent, but not confirmed by this run
    cached.history = {QPointF(double(ms - 180'000), 31000), QPointF(double(ms - 120'000), 31500),
                      QPointF(double(ms - 60'000), 32000)};
    IndicatorModel::CachedValue gone;
    gone.id = QStringLiteral("indikator.lama"); // no longer in the config
    gone.value = 1;
    gone.fetchTime = t0;

    wall.model.restore({cached, gone});
    REQUIRE(wall.changed.size() == 1);
    CHECK(wall.changed.at(0).at(0).toModelIndex() == wall.row(Egg));
    const QSet<int> restoredRoles = roleSet(wall.changed.at(0));
    for (int role : {IndicatorModel::ValueRole, IndicatorModel::FromCacheRole,
                     IndicatorModel::StatusRole, IndicatorModel::HistoryRole})
        CHECK(restoredRoles.contains(role));
    CHECK(wall.data(Egg, IndicatorModel::ValueRole).toDouble() == 32000);
    CHECK(wall.data(Egg, IndicatorModel::FromCacheRole).toBool());
    CHECK(wall.status(Egg) == IndicatorStatus::Stale);
    CHECK(wall.data(Egg, IndicatorModel::SourceTimeRole).toDateTime() == cached.sourceTime);
    CHECK(wall.data(Egg, IndicatorModel::FetchTimeRole).toDateTime() == cached.fetchTime);
    CHECK(wall.points(Egg, IndicatorModel::HistoryRole) == cached.history);
    CHECK(wall.points(Egg, IndicatorModel::RecentRole) == cached.history);
    CHECK(wall.status(Spend) == IndicatorStatus::NoData);
    CHECK_FALSE(wall.data(Spend, IndicatorModel::FromCacheRole).toBool());
    // A cached value waits for a poll, not for the clock.
    CHECK_FALSE(wall.model.nextStatusChange().isValid());
    wall.changed.clear();
    wall.model.refreshStatus();
    CHECK(wall.changed.isEmpty());

    // The first fresh sample confirms the row.
    wall.clock.advanceSeconds(5);
    wall.model.applyFeedResult(
        success(PriceFeed, wall.clock.now(), {sample(Egg, 28000, wall.clock.now())}));
    REQUIRE(wall.changed.size() == 1);
    const QSet<int> freshRoles = roleSet(wall.changed.at(0));
    CHECK(freshRoles.contains(IndicatorModel::FromCacheRole));
    CHECK(freshRoles.contains(IndicatorModel::StatusRole));
    CHECK(freshRoles.contains(IndicatorModel::ValueRole));
    CHECK_FALSE(wall.data(Egg, IndicatorModel::FromCacheRole).toBool());
    CHECK(wall.status(Egg) == IndicatorStatus::Ok);
    CHECK(wall.data(Egg, IndicatorModel::ValueRole).toDouble() == 28000);
    CHECK(wall.data(Egg, IndicatorModel::PreviousValueRole).toDouble() == 32000);
    // The cached history goes on.
    QList<QPointF> expected = cached.history;
    expected.append(QPointF(double(wall.clock.now().toMSecsSinceEpoch()), 28000));
    CHECK(wall.points(Egg, IndicatorModel::HistoryRole) == expected);
}

TEST_CASE("IndicatorModel status: restore does not override a value that came fresh")
{
    Wall wall;
    wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 28000, t0)}));
    REQUIRE(wall.status(Egg) == IndicatorStatus::Ok);

    IndicatorModel::CachedValue cached;
    cached.id = Egg;
    cached.value = 40000;
    cached.sourceTime = t0.addSecs(-3600);
    cached.fetchTime = t0.addSecs(-3600);
    cached.history = {QPointF(double(t0.addSecs(-3600).toMSecsSinceEpoch()), 40000)};
    wall.changed.clear();
    wall.model.restore({cached});
    CHECK(wall.changed.isEmpty());
    CHECK(wall.data(Egg, IndicatorModel::ValueRole).toDouble() == 28000);
    CHECK_FALSE(wall.data(Egg, IndicatorModel::FromCacheRole).toBool());
    CHECK(wall.status(Egg) == IndicatorStatus::Ok);
    CHECK(wall.data(Egg, IndicatorModel::SourceTimeRole).toDateTime() == t0);
    CHECK(wall.points(Egg, IndicatorModel::HistoryRole) ==
          QList<QPointF>{QPointF(double(t0.toMSecsSinceEpoch()), 28000)});
    CHECK_FALSE(wall.data(Egg, IndicatorModel::PreviousValueRole).isValid());
}

TEST_CASE("IndicatorModel status: history grows with new data times only")
{
    Wall wall;
    CHECK(wall.points(Egg, IndicatorModel::HistoryRole).isEmpty());
    CHECK(wall.points(Egg, IndicatorModel::RecentRole).isEmpty());

    const QDateTime s1 = t0.addSecs(-120);
    wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 28000, s1)}));
    const QList<QPointF> one = {QPointF(double(s1.toMSecsSinceEpoch()), 28000)};
    CHECK(wall.points(Egg, IndicatorModel::HistoryRole) == one);
    CHECK(wall.points(Egg, IndicatorModel::RecentRole) == one);

    // The same data time re-sent on the next poll: no new point, nor a signal for one.
    wall.changed.clear();
    wall.model.applyFeedResult(success(PriceFeed, t0.addSecs(60), {sample(Egg, 28000, s1)}));
    CHECK(wall.points(Egg, IndicatorModel::HistoryRole) == one);
    CHECK(wall.points(Egg, IndicatorModel::RecentRole) == one);
    REQUIRE(wall.changed.size() == 1);
    CHECK_FALSE(roleSet(wall.changed.at(0)).contains(IndicatorModel::HistoryRole));
    CHECK_FALSE(roleSet(wall.changed.at(0)).contains(IndicatorModel::RecentRole));

    // A new data time adds a point.
    const QDateTime s2 = t0.addSecs(60);
    wall.changed.clear();
    wall.model.applyFeedResult(success(PriceFeed, t0.addSecs(120), {sample(Egg, 28500, s2)}));
    const QList<QPointF> two = {one.at(0), QPointF(double(s2.toMSecsSinceEpoch()), 28500)};
    CHECK(wall.points(Egg, IndicatorModel::HistoryRole) == two);
    CHECK(wall.points(Egg, IndicatorModel::RecentRole) == two);
    REQUIRE(wall.changed.size() == 1);
    CHECK(roleSet(wall.changed.at(0)).contains(IndicatorModel::HistoryRole));
    CHECK(roleSet(wall.changed.at(0)).contains(IndicatorModel::RecentRole));

    // Without a source time every poll is a new data time.
    wall.model.applyFeedResult(success(BudgetFeed, t0, {sample(Spend, 70)}));
    wall.model.applyFeedResult(success(BudgetFeed, t0.addSecs(300), {sample(Spend, 70)}));
    CHECK(wall.points(Spend, IndicatorModel::HistoryRole).size() == 2);

    // RecentRole is the last RecentPoints of it.
    const int polls = IndicatorModel::RecentPoints + 10;
    for (int i = 1; i <= polls; ++i) {
        const QDateTime at = t0.addSecs(300 + 5 * i);
        wall.model.applyFeedResult(success(BudgetFeed, at, {sample(Spend, 70 + i * 0.1)}));
    }
    const QList<QPointF> history = wall.points(Spend, IndicatorModel::HistoryRole);
    const QList<QPointF> recent = wall.points(Spend, IndicatorModel::RecentRole);
    CHECK(history.size() == 2 + polls);
    REQUIRE(recent.size() == IndicatorModel::RecentPoints);
    CHECK(recent == history.mid(history.size() - IndicatorModel::RecentPoints));
    CHECK(recent.constLast() ==
          QPointF(double(t0.addSecs(300 + 5 * polls).toMSecsSinceEpoch()), 70 + polls * 0.1));
}

TEST_CASE("IndicatorModel status: PreviousValueRole holds the value before the current one")
{
    Wall wall;
    CHECK_FALSE(wall.data(Egg, IndicatorModel::PreviousValueRole).isValid());
    wall.poll(PriceFeed, Egg, 28000, 60);
    CHECK_FALSE(wall.data(Egg, IndicatorModel::PreviousValueRole).isValid());
    wall.poll(PriceFeed, Egg, 28500, 60);
    CHECK(wall.data(Egg, IndicatorModel::PreviousValueRole).toDouble() == 28000);
    // The same value again: the one before it is still 28000.
    wall.poll(PriceFeed, Egg, 28500, 60);
    CHECK(wall.data(Egg, IndicatorModel::PreviousValueRole).toDouble() == 28000);
    wall.poll(PriceFeed, Egg, 27000, 60);
    CHECK(wall.data(Egg, IndicatorModel::PreviousValueRole).toDouble() == 28500);
    // A failure does not shift it.
    wall.model.applyFeedResult(failure(PriceFeed, wall.clock.now(), QStringLiteral("timeout")));
    CHECK(wall.data(Egg, IndicatorModel::PreviousValueRole).toDouble() == 28500);
    CHECK(wall.data(Egg, IndicatorModel::ValueRole).toDouble() == 27000);
}

TEST_CASE("IndicatorModel status: a sample that only confirms the value signals the fetch time")
{
    Wall wall;
    SECTION("with a source time: only FetchTimeRole")
    {
        wall.model.applyFeedResult(success(PriceFeed, t0, {sample(Egg, 28000, t0)}));
        wall.changed.clear();
        wall.model.applyFeedResult(success(PriceFeed, t0.addSecs(60), {sample(Egg, 28000, t0)}));
        REQUIRE(wall.changed.size() == 1);
        CHECK(wall.changed.at(0).at(0).toModelIndex() == wall.row(Egg));
        CHECK(roleSet(wall.changed.at(0)) == QSet<int>{IndicatorModel::FetchTimeRole});
        CHECK(wall.data(Egg, IndicatorModel::FetchTimeRole).toDateTime() == t0.addSecs(60));
        CHECK(wall.data(Egg, IndicatorModel::DataTimeRole).toDateTime() == t0);
    }
    SECTION("without one: the data time moves too, and with it the history")
    {
        wall.model.applyFeedResult(success(BudgetFeed, t0, {sample(Spend, 70)}));
        wall.changed.clear();
        wall.model.applyFeedResult(success(BudgetFeed, t0.addSecs(300), {sample(Spend, 70)}));
        REQUIRE(wall.changed.size() == 1);
        CHECK(wall.changed.at(0).at(0).toModelIndex() == wall.row(Spend));
        CHECK(roleSet(wall.changed.at(0)) ==
              QSet<int>{IndicatorModel::FetchTimeRole, IndicatorModel::DataTimeRole,
                        IndicatorModel::HistoryRole, IndicatorModel::RecentRole});
        CHECK(wall.data(Spend, IndicatorModel::DataTimeRole).toDateTime() == t0.addSecs(300));
    }
}
