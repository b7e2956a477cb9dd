#include "state/FeedHealthModel.h"

#include "TestValues.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;
using FeedState = FeedHealthModel::FeedState;

namespace {

const QString kominfo = QStringLiteral("kominfo-112-insiden");
const QString bpbd = QStringLiteral("bpbd-kejadian");
const QString bpkad = QStringLiteral("bpkad-apbd");

FeedConfig feed(const QString &id, const QString &opd, int intervalSeconds,
                int staleAfterSeconds = 0)
{
    FeedConfig config;
    config.id = id;
    config.opd = opd;
    config.name = FeedConfig::defaultName(opd, id); // as the loader names an unnamed feed
    config.url = QUrl(QStringLiteral("https://example.invalid/%1").arg(id));
    config.format = FeedFormat::Json;
    config.intervalSeconds = intervalSeconds;
    config.staleAfterSeconds = staleAfterSeconds;
    return config;
}

// The 112 feed goes stale after three 60 s intervals (180 s), BPBD after its explicit 600 s.
Config blitarConfig()
{
    Config config;
    config.feeds = {feed(kominfo, QStringLiteral("Dinas Kominfo"), 60),
                    feed(bpbd, QStringLiteral("BPBD"), 120, 600),
                    feed(bpkad, QStringLiteral("BPKAD"), 3600)};
    config.feeds[0].name = {QStringLiteral("Insiden Call Center 112"),
                            QStringLiteral("Call Center 112 incidents")};
    return config;
}

FeedResult success(const QString &feedId, const QDateTime &when, qint64 latencyMs = 120,
                   qint64 bytes = 2048)
{
    FeedResult result;
    result.feedId = feedId;
    result.fetchTime = when;
    result.httpStatus = 200;
    result.latencyMs = latencyMs;
    result.bytes = bytes;
    return result;
}

FeedResult failure(const QString &feedId, const QDateTime &when, const QString &reason,
                   qint64 latencyMs = 10000)
{
    FeedResult result;
    result.feedId = feedId;
    result.fetchTime = when;
    result.error = reason;
    result.latencyMs = latencyMs;
    return result;
}

FeedState stateOf(const QModelIndex &row)
{
    return row.data(FeedHealthModel::StateRole).value<FeedState>();
}

} // namespace

TEST_CASE("FeedHealthModel starts with one waiting row per feed, in config order")
{
    const Config config = blitarConfig();
    ManualClock clock(t0);
    FeedHealthModel model(config, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == 3);
    // People see the feed's name; its id is there for whoever edits the config.
    CHECK(model.index(0).data(Qt::DisplayRole).toString() ==
          QStringLiteral("Insiden Call Center 112"));
    CHECK(model.index(0).data(FeedHealthModel::NameRole).toString() ==
          QStringLiteral("Insiden Call Center 112"));
    CHECK(model.index(0).data(FeedHealthModel::IdRole).toString() == kominfo);
    CHECK(model.index(2).data(FeedHealthModel::NameRole).toString() ==
          QStringLiteral("BPKAD: apbd"));
    CHECK(model.index(1).data(FeedHealthModel::IdRole).toString() == bpbd);
    CHECK(model.index(2).data(FeedHealthModel::IdRole).toString() == bpkad);
    CHECK(model.indexOf(bpbd) == model.index(1));
    CHECK_FALSE(model.indexOf(QStringLiteral("dinkes-faskes")).isValid());

    const QModelIndex row = model.indexOf(kominfo);
    CHECK(row.data(FeedHealthModel::OpdRole).toString() == QStringLiteral("Dinas Kominfo"));
    CHECK(row.data(FeedHealthModel::UrlRole).toUrl() ==
          QUrl(QStringLiteral("https://example.invalid/kominfo-112-insiden")));
    CHECK(stateOf(row) == FeedState::Waiting);
    CHECK_FALSE(row.data(FeedHealthModel::LastSuccessRole).toDateTime().isValid());
    CHECK(row.data(FeedHealthModel::LastErrorRole).toString().isEmpty());
    CHECK_FALSE(row.data(FeedHealthModel::LastErrorTimeRole).toDateTime().isValid());
    CHECK_FALSE(row.data(FeedHealthModel::FailingSinceRole).toDateTime().isValid());
    CHECK(row.data(FeedHealthModel::ConsecutiveFailuresRole).toInt() == 0);
    // Nothing was measured yet, which is not the same as 0 ms or 0 bytes.
    CHECK_FALSE(row.data(FeedHealthModel::LatencyMsRole).isValid());
    CHECK_FALSE(row.data(FeedHealthModel::BytesRole).isValid());
    CHECK_FALSE(row.data(FeedHealthModel::NextPollRole).toDateTime().isValid());

    CHECK(FeedHealthModel::stateKey(FeedState::Waiting) == QStringLiteral("waiting"));
    CHECK(FeedHealthModel::stateKey(FeedState::Ok) == QStringLiteral("ok"));
    CHECK(FeedHealthModel::stateKey(FeedState::Late) == QStringLiteral("late"));
    CHECK(FeedHealthModel::stateKey(FeedState::Failing) == QStringLiteral("failing"));
    CHECK(model.roleNames().value(FeedHealthModel::StateRole) == QByteArrayLiteral("state"));
    CHECK(model.roleNames().value(FeedHealthModel::FailingSinceRole) ==
          QByteArrayLiteral("failingSince"));
}

TEST_CASE("FeedHealthModel follows a feed from waiting to ok to failing and back")
{
    const Config config = blitarConfig();
    ManualClock clock(t0);
    FeedHealthModel model(config, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QModelIndex row = model.indexOf(bpbd);

    // Waiting -> Ok.
    model.applyFeedResult(success(bpbd, clock.now(), 340, 18432));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == row);
    CHECK(changed.at(0).at(1).toModelIndex() == row);
    CHECK(rolesOf(changed.at(0)) ==
          sorted({FeedHealthModel::LastSuccessRole, FeedHealthModel::StateRole,
                  FeedHealthModel::LatencyMsRole, FeedHealthModel::BytesRole}));
    CHECK(stateOf(row) == FeedState::Ok);
    CHECK(row.data(FeedHealthModel::LastSuccessRole).toDateTime() == t0);
    CHECK(row.data(FeedHealthModel::LatencyMsRole).toLongLong() == 340);
    CHECK(row.data(FeedHealthModel::BytesRole).toLongLong() == 18432);
    // The other feeds are untouched.
    CHECK(stateOf(model.indexOf(kominfo)) == FeedState::Waiting);

    // Ok -> Failing: the reason, its time, the start of the run.
    changed.clear();
    clock.advanceSeconds(120);
    const QDateTime firstFailure = clock.now();
    model.applyFeedResult(
        failure(bpbd, firstFailure, QStringLiteral("server answered 503 Service Unavailable"), 95));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == row);
    CHECK(rolesOf(changed.at(0)) ==
          sorted({FeedHealthModel::StateRole, FeedHealthModel::LastErrorRole,
                  FeedHealthModel::LastErrorKindRole, FeedHealthModel::LastErrorTimeRole,
                  FeedHealthModel::FailingSinceRole, FeedHealthModel::ConsecutiveFailuresRole,
                  FeedHealthModel::LatencyMsRole, FeedHealthModel::BytesRole}));
    CHECK(stateOf(row) == FeedState::Failing);
    CHECK(row.data(FeedHealthModel::LastErrorRole).toString() ==
          QStringLiteral("server answered 503 Service Unavailable"));
    CHECK(row.data(FeedHealthModel::LastErrorTimeRole).toDateTime() == firstFailure);
    CHECK(row.data(FeedHealthModel::FailingSinceRole).toDateTime() == firstFailure);
    CHECK(row.data(FeedHealthModel::ConsecutiveFailuresRole).toInt() == 1);
    CHECK(row.data(FeedHealthModel::LatencyMsRole).toLongLong() == 95);
    CHECK(row.data(FeedHealthModel::BytesRole).toLongLong() == 0);
    // The last success stays what it was: the data shown is that old.
    CHECK(row.data(FeedHealthModel::LastSuccessRole).toDateTime() == t0);

    // A second failure: the count grows, the run still started at the first.
    changed.clear();
    clock.advanceSeconds(120);
    model.applyFeedResult(
        failure(bpbd, clock.now(), QStringLiteral("no answer within 10 s (timeout)"), 10000));
    REQUIRE(changed.size() == 1);
    CHECK(rolesOf(changed.at(0)) ==
          sorted({FeedHealthModel::LastErrorRole, FeedHealthModel::LastErrorTimeRole,
                  FeedHealthModel::ConsecutiveFailuresRole, FeedHealthModel::LatencyMsRole}));
    CHECK(stateOf(row) == FeedState::Failing);
    CHECK(row.data(FeedHealthModel::ConsecutiveFailuresRole).toInt() == 2);
    CHECK(row.data(FeedHealthModel::FailingSinceRole).toDateTime() == firstFailure);
    CHECK(row.data(FeedHealthModel::LastErrorTimeRole).toDateTime() == clock.now());
    CHECK(row.data(FeedHealthModel::LastErrorRole).toString() ==
          QStringLiteral("no answer within 10 s (timeout)"));

    // Failing -> Ok on a 304: the run is over, the last error stays readable.
    changed.clear();
    clock.advanceSeconds(120);
    FeedResult notModified = success(bpbd, clock.now(), 80, 0);
    notModified.httpStatus = 304;
    notModified.notModified = true;
    model.applyFeedResult(notModified);
    REQUIRE(changed.size() == 1);
    CHECK(rolesOf(changed.at(0)) ==
          sorted({FeedHealthModel::StateRole, FeedHealthModel::LastSuccessRole,
                  FeedHealthModel::FailingSinceRole, FeedHealthModel::ConsecutiveFailuresRole,
                  FeedHealthModel::LatencyMsRole}));
    CHECK(stateOf(row) == FeedState::Ok);
    CHECK(row.data(FeedHealthModel::LastSuccessRole).toDateTime() == clock.now());
    CHECK(row.data(FeedHealthModel::ConsecutiveFailuresRole).toInt() == 0);
    CHECK_FALSE(row.data(FeedHealthModel::FailingSinceRole).toDateTime().isValid());
    CHECK(row.data(FeedHealthModel::LastErrorRole).toString() ==
          QStringLiteral("no answer within 10 s (timeout)"));

    // A new run of failures starts its own "since".
    clock.advanceSeconds(120);
    model.applyFeedResult(
        failure(bpbd, clock.now(), QStringLiteral("server answered 502 Bad Gateway")));
    CHECK(row.data(FeedHealthModel::FailingSinceRole).toDateTime() == clock.now());
    CHECK(row.data(FeedHealthModel::ConsecutiveFailuresRole).toInt() == 1);
    CHECK(reset.isEmpty());
}

TEST_CASE("FeedHealthModel marks an ok feed late past its stale limit, ok again on success")
{
    const Config config = blitarConfig();
    ManualClock clock(t0);
    FeedHealthModel model(config, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyFeedResult(success(kominfo, t0));
    model.applyFeedResult(success(bpbd, t0));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex row = model.indexOf(kominfo);

    // Exactly at the limit (3 x 60 s) is still fine.
    clock.advanceSeconds(180);
    model.refresh();
    CHECK(changed.isEmpty());
    CHECK(stateOf(row) == FeedState::Ok);

    // One second past it: late, and only that row and role are signalled; BPBD (600 s) is not.
    clock.advanceSeconds(1);
    model.refresh();
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == row);
    CHECK(changed.at(0).at(1).toModelIndex() == row);
    CHECK(rolesOf(changed.at(0)) == QList<int>{FeedHealthModel::StateRole});
    CHECK(stateOf(row) == FeedState::Late);
    CHECK(stateOf(model.indexOf(bpbd)) == FeedState::Ok);

    // Still late: nothing new to say.
    changed.clear();
    clock.advanceSeconds(60);
    model.refresh();
    CHECK(changed.isEmpty());

    // BPBD passes its own limit later.
    clock.setNow(t0.addSecs(601));
    model.refresh();
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == model.indexOf(bpbd));
    CHECK(stateOf(model.indexOf(bpbd)) == FeedState::Late);

    // A new success makes the 112 feed Ok again.
    changed.clear();
    model.applyFeedResult(success(kominfo, clock.now()));
    REQUIRE(changed.size() == 1);
    CHECK(rolesOf(changed.at(0)) ==
          sorted({FeedHealthModel::StateRole, FeedHealthModel::LastSuccessRole}));
    CHECK(stateOf(row) == FeedState::Ok);
    changed.clear();
    model.refresh();
    CHECK(changed.isEmpty());

    // A late feed that then fails is Failing, and refresh never turns Failing into Late.
    model.applyFeedResult(
        failure(bpbd, clock.now(), QStringLiteral("server answered 500 Internal Server Error")));
    CHECK(stateOf(model.indexOf(bpbd)) == FeedState::Failing);
    changed.clear();
    clock.advanceSeconds(86400);
    model.refresh();
    CHECK(stateOf(model.indexOf(bpbd)) == FeedState::Failing);
    // Only the 112 feed went late over that day; BPKAD was never polled and stays Waiting.
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == row);
    CHECK(stateOf(row) == FeedState::Late);
    CHECK(stateOf(model.indexOf(bpkad)) == FeedState::Waiting);
}

TEST_CASE("FeedHealthModel refresh with nothing to change signals nothing")
{
    const Config config = blitarConfig();
    ManualClock clock(t0);
    FeedHealthModel model(config, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.refresh();
    CHECK(changed.isEmpty());

    model.applyFeedResult(success(kominfo, t0));
    changed.clear();
    for (int step = 0; step < 6; ++step) {
        clock.advanceSeconds(30);
        model.refresh();
    }
    CHECK(changed.isEmpty());
    CHECK(stateOf(model.indexOf(kominfo)) == FeedState::Ok);
}

TEST_CASE("FeedHealthModel keeps the next poll time")
{
    const Config config = blitarConfig();
    ManualClock clock(t0);
    FeedHealthModel model(config, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setNextPoll(bpkad, t0.addSecs(3600));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == model.indexOf(bpkad));
    CHECK(rolesOf(changed.at(0)) == QList<int>{FeedHealthModel::NextPollRole});
    CHECK(model.indexOf(bpkad).data(FeedHealthModel::NextPollRole).toDateTime() ==
          t0.addSecs(3600));

    // The same time again, or an unknown feed, changes nothing.
    changed.clear();
    model.setNextPoll(bpkad, t0.addSecs(3600));
    model.setNextPoll(QStringLiteral("dinkes-faskes"), t0.addSecs(60));
    CHECK(changed.isEmpty());
}

TEST_CASE("FeedHealthModel ignores results for feeds not in the config")
{
    const Config config = blitarConfig();
    ManualClock clock(t0);
    FeedHealthModel model(config, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.applyFeedResult(success(QStringLiteral("dinkes-faskes"), t0));
    model.applyFeedResult(failure(QStringLiteral("dinkes-faskes"), t0,
                                  QStringLiteral("server answered 404 Not Found")));
    CHECK(changed.isEmpty());
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(stateOf(model.index(row)) == FeedState::Waiting);
}

TEST_CASE(
    "FeedHealthModel names each feed in the UI's language, Indonesian where no English is given")
{
    Config config = blitarConfig();
    config.language = QStringLiteral("en");
    ManualClock clock(t0);
    FeedHealthModel model(config, &clock);
    CHECK(model.index(0).data(Qt::DisplayRole).toString() ==
          QStringLiteral("Call Center 112 incidents"));
    CHECK(model.index(1).data(Qt::DisplayRole).toString() == QStringLiteral("BPBD: kejadian"));
}
