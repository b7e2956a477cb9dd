// Faults on demand: each kind, switched on from the command line form or the admin endpoint,
// reaches a real FeedPoller as the FailureKind the wall shows; and the admin endpoint itself.

#include "DemoFeedServer.h"
#include "SimHttp.h"
#include "config/ConfigLoader.h"
#include "feeds/FeedPoller.h"
#include "feeds/FeedResult.h"
#include "state/IndicatorModel.h"
#include "state/IndicatorStatus.h"
#include "time/ManualClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

QDateTime faultsNow()
{
    return QDateTime(QDate(2026, 11, 28), QTime(6, 5), Qt::UTC);
}

const Config &demoConfig()
{
    static const ConfigLoader::Result loaded =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    REQUIRE(loaded.config);
    return *loaded.config;
}

FeedConfig demoFeedNamed(const QString &id)
{
    for (const FeedConfig &feed : demoConfig().feeds)
        if (feed.id == id)
            return feed;
    FAIL("no feed " << id.toStdString());
    return {};
}

// One poll of a demo feed, as the wall makes it, against `server`.
FeedResult pollDemoOnce(const DemoFeedServer &server, const Clock &clock, FeedConfig feed)
{
    // A short deadline, so a slow answer is given up on quickly; silence is allowed as long.
    feed.deadlineSeconds = 2;
    feed.timeoutSeconds = 2;
    const FeedCatalog::Feed *served = server.catalog().byId(feed.id);
    REQUIRE(served);
    QNetworkAccessManager network;
    FeedPoller poller(feed, at(server.baseUrl(), served->target()),
                      QTimeZone(QByteArrayLiteral("Asia/Jakarta")), &network, &clock);
    QSignalSpy finished(&poller, &FeedPoller::finished);
    poller.pollNow();
    REQUIRE(finished.wait(20000));
    return finished.takeFirst().at(0).value<FeedResult>();
}

} // namespace

TEST_CASE("Sim faults: each kind reaches the poller as the failure the wall names", "[sim][faults]")
{
    ManualClock clock(faultsNow());
    DemoFeedServer::Options options;
    options.slowSeconds = 30; // far past the poll's 2 s deadline
    DemoFeedServer server(&clock, options);
    REQUIRE(server.start());

    struct Case
    {
        const char *feed;
        const char *fault;
        FailureKind expected;
    };
    // Every format meets every kind somewhere; the kinds are what matter to the wall.
    const Case c = GENERATE(values<Case>({
        {"kominfo-112-harian", "down", FailureKind::Unreachable},
        {"bpkad-realisasi-apbd", "down", FailureKind::Unreachable},
        {"diskoperindag-harga-pangan", "slow", FailureKind::NoAnswer},
        {"bpbd-tinggi-muka-air", "slow", FailureKind::NoAnswer},
        {"kominfo-112-harian", "malformed", FailureKind::BadData},
        {"bpkad-realisasi-apbd", "malformed", FailureKind::BadData},
        {"dinkes-stunting", "malformed", FailureKind::BadData},
        {"bpbd-tinggi-muka-air", "malformed", FailureKind::BadData},
        {"diskoperindag-harga-pangan", "malformed", FailureKind::BadData},
        {"kominfo-aduan-terbaru", "http500", FailureKind::ServerError},
        {"dlh-kualitas-udara", "http500", FailureKind::ServerError},
    }));
    INFO(c.feed << " " << c.fault);
    QString why;
    REQUIRE(server.faults().apply(
        QStringLiteral("%1=%2").arg(QLatin1String(c.feed), QLatin1String(c.fault)), &why));
    const FeedResult failed = pollDemoOnce(server, clock, demoFeedNamed(QLatin1String(c.feed)));
    INFO(failed.error.toStdString());
    CHECK(failed.failure == c.expected);
    if (c.expected == FailureKind::ServerError)
        CHECK(failed.httpStatus == 500);

    // Switched off, the same feed answers again.
    server.faults().clear(QLatin1String(c.feed));
    const FeedResult healed = pollDemoOnce(server, clock, demoFeedNamed(QLatin1String(c.feed)));
    INFO(healed.error.toStdString());
    CHECK(healed.ok());
}

TEST_CASE("Sim faults: stale answers parse but their data is old, so the wall shows it stale",
          "[sim][faults]")
{
    ManualClock clock(faultsNow());
    DemoFeedServer server(&clock);
    REQUIRE(server.start());
    const Config &config = demoConfig();

    for (const char *id :
         {"kominfo-112-harian", "diskoperindag-harga-pangan", "bpbd-tinggi-muka-air"}) {
        INFO(id);
        QString why;
        REQUIRE(server.faults().apply(QStringLiteral("%1=stale").arg(QLatin1String(id)), &why));
        const FeedConfig feed = demoFeedNamed(QLatin1String(id));
        const FeedResult result = pollDemoOnce(server, clock, feed);
        REQUIRE(result.ok());
        CHECK(result.failure == FailureKind::None);
        REQUIRE_FALSE(result.samples.isEmpty());

        IndicatorModel model(config, &clock);
        model.applyFeedResult(result);
        for (const Sample &s : result.samples) {
            INFO(s.indicator.toStdString());
            CHECK(s.sourceTime.secsTo(clock.now()) > feed.effectiveStaleAfterSeconds());
            CHECK(model.indexOf(s.indicator)
                      .data(IndicatorModel::StatusRole)
                      .value<IndicatorStatus>() == IndicatorStatus::Stale);
        }
    }
}

TEST_CASE("Sim faults: one for all feeds, and a feed's own beats it", "[sim][faults]")
{
    FaultPlan plan({QStringLiteral("a"), QStringLiteral("b")});
    QString why;
    REQUIRE(plan.apply(QStringLiteral("all=down"), &why));
    REQUIRE(plan.apply(QStringLiteral("b=slow"), &why));
    CHECK(plan.faultFor(QStringLiteral("a")) == FaultPlan::Kind::Down);
    CHECK(plan.faultFor(QStringLiteral("b")) == FaultPlan::Kind::Slow);
    REQUIRE(plan.apply(QStringLiteral("b=none"), &why));
    CHECK(plan.faultFor(QStringLiteral("b")) == FaultPlan::Kind::Down);

    CHECK_FALSE(plan.apply(QStringLiteral("c=down"), &why));
    CHECK_THAT(why.toStdString(), Catch::Contains("unknown feed \"c\""));
    CHECK_FALSE(plan.apply(QStringLiteral("a=flaky"), &why));
    CHECK_THAT(why.toStdString(),
               Catch::Contains("unknown fault \"flaky\"") && Catch::Contains("http500"));
    CHECK_FALSE(plan.apply(QStringLiteral("down"), &why));
    CHECK_THAT(why.toStdString(), Catch::Contains("FEED=KIND"));
    // A bad entry leaves the plan as it was.
    CHECK_FALSE(plan.apply(QJsonObject{{QStringLiteral("a"), QStringLiteral("stale")},
                                       {QStringLiteral("b"), QStringLiteral("wobbly")}},
                           &why));
    CHECK(plan.faultFor(QStringLiteral("a")) == FaultPlan::Kind::Down);
    CHECK_THAT(why.toStdString(), Catch::Contains("/b"));
}

TEST_CASE("Sim admin endpoint switches faults over HTTP, and is absent when off", "[sim][admin]")
{
    ManualClock clock(faultsNow());

    SECTION("on")
    {
        DemoFeedServer::Options options;
        options.admin = true;
        DemoFeedServer server(&clock, options);
        REQUIRE(server.start());
        const QUrl admin = at(server.baseUrl(), QStringLiteral("/admin/faults"));
        const QUrl calls = at(server.baseUrl(), QStringLiteral("/kominfo/112/ringkasan-harian"));

        HttpAnswer listed = httpRequest(admin);
        REQUIRE(listed.status == 200);
        QJsonObject body = QJsonDocument::fromJson(listed.body).object();
        CHECK(body[QStringLiteral("faults")].toObject().isEmpty());
        CHECK(body[QStringLiteral("feeds")].toArray().size() == server.catalog().feeds().size());

        const HttpAnswer set = httpRequest(admin, "POST", R"({"kominfo-112-harian": "http500"})");
        REQUIRE(set.status == 200);
        CHECK(QJsonDocument::fromJson(
                  set.body)[QStringLiteral("faults")][QStringLiteral("kominfo-112-harian")] ==
              QStringLiteral("http500"));
        CHECK(httpRequest(calls).status == 500);

        // One feed's fault is cleared by name; the plan says what is left.
        REQUIRE(httpRequest(admin, "POST", R"({"all": "malformed"})").status == 200);
        const HttpAnswer cleared = httpRequest(
            at(server.baseUrl(), QStringLiteral("/admin/faults/kominfo-112-harian")), "DELETE");
        REQUIRE(cleared.status == 200);
        body = QJsonDocument::fromJson(cleared.body).object();
        CHECK(body[QStringLiteral("faults")].toObject() ==
              QJsonObject{{QStringLiteral("all"), QStringLiteral("malformed")}});
        const HttpAnswer broken = httpRequest(calls);
        CHECK(broken.status == 200);
        CHECK(QJsonDocument::fromJson(broken.body).isNull());

        REQUIRE(httpRequest(admin, "DELETE").status == 200);
        CHECK(server.faults().isEmpty());
        CHECK_FALSE(QJsonDocument::fromJson(httpRequest(calls).body).isNull());

        const HttpAnswer bad = httpRequest(admin, "POST", R"({"kominfo-112-harian": "wobbly"})");
        CHECK(bad.status == 400);
        CHECK(bad.body.contains("unknown fault"));
        const HttpAnswer notJson = httpRequest(admin, "POST", "down please");
        CHECK(notJson.status == 400);
        CHECK(notJson.body.contains("offset"));
    }
    SECTION("off")
    {
        DemoFeedServer server(&clock);
        REQUIRE(server.start());
        CHECK(httpRequest(at(server.baseUrl(), QStringLiteral("/admin/faults"))).status == 404);
        CHECK(httpRequest(at(server.baseUrl(), QStringLiteral("/admin/faults")), "POST",
                          R"({"all": "down"})")
                  .status == 404);
        CHECK(server.faults().isEmpty());
    }
}
