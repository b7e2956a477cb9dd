// One site through a real Mosquitto: a collector's hub published by SitePublisher, and nodes
// that follow it with SiteFollower, in one process. What a node shows must be what the
// collector's hub holds, role by role; a link that goes says so at once on every value.

#include "MosquittoBroker.h"
#include "TestValues.h"
#include "config/ConfigLoader.h"
#include "site/SiteConnection.h"
#include "site/SiteFollower.h"
#include "site/SitePublisher.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "state/RecordsModel.h"
#include "time/ManualClock.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Pantau;
using Pantau::Test::str;

namespace {

// A price on a public page and a hospital figure on an operator page, with a rule on the
// price, and an event feed.
const QByteArray ShareConfig = R"({"version": 1,
    "feeds": [{"id": "harga", "opd": "Diskoperindag", "url": "demo:/harga", "format": "json",
               "intervalSeconds": 60, "staleAfterSeconds": 120,
               "values": [{"indicator": "telur", "pointer": "/telur"},
                          {"indicator": "igd", "pointer": "/igd"}]},
              {"id": "lapor", "opd": "Kominfo", "url": "demo:/lapor", "format": "json",
               "intervalSeconds": 60, "events": {"records": "/items", "id": "id",
               "time": "time", "text": "text"}}],
    "indicators": [
      {"id": "telur", "label": {"id": "Harga Telur"}, "unit": "Rp", "dimension": "economy"},
      {"id": "igd", "label": {"id": "Pasien IGD"}, "unit": "orang", "dimension": "society"}],
    "alerts": [{"id": "telur-mahal", "severity": "critical", "indicator": "telur",
                "above": 31000}],
    "screens": [{"name": "WALL-1", "pages": [
        {"title": "Harga", "public": true, "tiles": [{"type": "kpi", "indicator": "telur"}]},
        {"title": "RS", "tiles": [{"type": "kpi", "indicator": "igd"}]}]}]})";

Config shareConfig()
{
    const ConfigLoader::Result result =
        ConfigLoader::loadBytes(ShareConfig, QStringLiteral("site.json"));
    INFO((result.errors.isEmpty() ? std::string() : str(result.errors.first().toString())));
    REQUIRE(result.config);
    return *result.config;
}

SiteConfig siteAt(const MosquittoBroker &broker)
{
    SiteConfig site;
    site.broker = *BrokerAddress::parse(broker.url(), nullptr);
    site.id = QStringLiteral("uji");
    return site;
}

PresenceMessage presenceOf(const char *node, const char *role)
{
    PresenceMessage p;
    p.node = QString::fromLatin1(node);
    p.role = QString::fromLatin1(role);
    p.version = QStringLiteral("test");
    return p;
}

FeedResult pricePoll(const ManualClock &clock, double telur)
{
    FeedResult r;
    r.feedId = QStringLiteral("harga");
    r.fetchTime = clock.now();
    r.samples.append({QStringLiteral("telur"), telur, clock.now().addSecs(-30), false});
    r.samples.append({QStringLiteral("igd"), 41, clock.now().addSecs(-30), false});
    return r;
}

// The collector's side: its hub, fed by hand, published through a real connection.
struct TestCollector
{
    Config config = shareConfig();
    DataHub hub;
    SiteConnection connection;
    SitePublisher publisher;

    TestCollector(const MosquittoBroker &broker, const ManualClock *clock)
        : hub(config, {}, clock)
        , connection(siteAt(broker), presenceOf("pusat", "collector"))
        , publisher(&hub, connection.client(), QStringLiteral("uji"), config,
                    QJsonDocument::fromJson(ShareConfig).object(), clock)
    {
        connection.setBackoff(50, 400);
        QString error;
        REQUIRE(connection.start(&error));
    }
};

// A node: its own hub, following the site.
struct TestNode
{
    Config config = shareConfig();
    DataHub hub;
    SiteConnection connection;
    SiteFollower follower;

    TestNode(const MosquittoBroker &broker, const ManualClock *clock, const char *name,
             const char *role)
        : hub(config, following(), clock)
        , connection(siteAt(broker), presenceOf(name, role))
        , follower(connection.client(), QStringLiteral("uji"), QString::fromLatin1(name),
                   QLatin1String(role) == QLatin1String("kiosk"))
    {
        connection.setBackoff(50, 400);
        follower.attach(&hub);
        QString error;
        REQUIRE(connection.start(&error));
    }
    static DataHub::Options following()
    {
        DataHub::Options o;
        o.following = true;
        return o;
    }
    QVariant value(const char *id) const
    {
        return hub.indicators()->indexOf(QString::fromLatin1(id)).data(IndicatorModel::ValueRole);
    }
};

} // namespace

TEST_CASE("A node shows what the collector's hub holds, and a late joiner gets all of it")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(3, 0), QTimeZone::utc()));
    TestCollector collector(broker, &clock);
    TestNode wall(broker, &clock, "wall-a", "wall");
    REQUIRE(QTest::qWaitFor([&] { return wall.follower.isLinked(); }, 5000));

    collector.hub.apply(pricePoll(clock, 32000));
    FeedResult lapor;
    lapor.feedId = QStringLiteral("lapor");
    lapor.fetchTime = clock.now();
    lapor.events.append({QStringLiteral("lapor"), QStringLiteral("L-1"), clock.now(),
                         QStringLiteral("Wlingi"), QStringLiteral("jalan"), QStringLiteral("baru"),
                         QStringLiteral("Jalan berlubang")});
    collector.hub.apply(lapor);
    REQUIRE(collector.hub.alerts()->activeCount() == 1);

    REQUIRE(QTest::qWaitFor([&] { return wall.value("telur").toDouble() == 32000; }, 5000));
    CHECK(wall.value("igd").toDouble() == 41);
    CHECK(wall.hub.indicators()->reading(QStringLiteral("telur"))->sourceTime ==
          clock.now().addSecs(-30));
    REQUIRE(QTest::qWaitFor([&] { return wall.hub.alerts()->activeCount() == 1; }, 5000));
    CHECK(wall.hub.alerts()->active().first().event ==
          collector.hub.alerts()->active().first().event);
    REQUIRE(QTest::qWaitFor([&] { return wall.hub.records()->rowCount() == 1; }, 5000));
    CHECK(wall.hub.health()->health(QStringLiteral("harga"))->state ==
          FeedHealthModel::FeedState::Ok);

    // A node that comes later gets the same from the broker's retained state alone.
    TestNode late(broker, &clock, "wall-b", "wall");
    REQUIRE(QTest::qWaitFor([&] { return late.value("telur").isValid(); }, 5000));
    CHECK(late.value("telur").toDouble() == 32000);
    REQUIRE(QTest::qWaitFor([&] { return late.hub.alerts()->activeCount() == 1; }, 5000));
    CHECK(late.follower.config().value(QStringLiteral("screens")).toArray().size() == 1);

    // The alert clears at the collector, and so on every node.
    clock.advanceSeconds(60);
    collector.hub.apply(pricePoll(clock, 28000));
    REQUIRE(QTest::qWaitFor([&] { return wall.hub.alerts()->activeCount() == 0; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return late.hub.alerts()->activeCount() == 0; }, 5000));
    CHECK(late.value("telur").toDouble() == 28000);
}

TEST_CASE("A kiosk gets the public subtree only: public pages and their values, no records")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(3, 0), QTimeZone::utc()));
    TestCollector collector(broker, &clock);
    collector.hub.apply(pricePoll(clock, 32000));
    REQUIRE(collector.hub.alerts()->activeCount() == 1);
    REQUIRE(collector.hub.alerts()->acknowledgeEvent(collector.hub.alerts()->active()[0].event,
                                                     QStringLiteral("budi"), QStringLiteral("Budi"),
                                                     QStringLiteral("sudah dicek")) == "");

    TestNode kiosk(broker, &clock, "kios-alun", "kiosk");
    REQUIRE(QTest::qWaitFor([&] { return kiosk.value("telur").isValid(); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return kiosk.hub.alerts()->activeCount() == 1; }, 5000));
    // The operator page's figure, the operator page and who acknowledged stay out.
    CHECK_FALSE(kiosk.value("igd").isValid());
    const QJsonArray pages = kiosk.follower.config()
                                 .value(QStringLiteral("screens"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("pages"))
                                 .toArray();
    REQUIRE(pages.size() == 1);
    CHECK(pages.first().toObject().value(QStringLiteral("public")).toBool());
    const AlertModel::Active alert = kiosk.hub.alerts()->active().first();
    CHECK(alert.acknowledged);
    CHECK(alert.operatorName.isEmpty());
    CHECK(alert.note.isEmpty());
    CHECK(kiosk.follower.isLinked());
}

TEST_CASE("A node whose collector goes says so on every value at once, and keeps the values")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(3, 0), QTimeZone::utc()));
    auto collector = std::make_unique<TestCollector>(broker, &clock);
    collector->hub.apply(pricePoll(clock, 30000));
    TestNode wall(broker, &clock, "wall-a", "wall");
    REQUIRE(QTest::qWaitFor([&] { return wall.value("telur").isValid(); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return wall.follower.isLinked(); }, 5000));
    CHECK(wall.hub.indicators()->reading(QStringLiteral("telur"))->error.isEmpty());

    // A clean stop says offline; the node turns at once.
    collector.reset();
    REQUIRE(QTest::qWaitFor([&] { return !wall.follower.isLinked(); }, 5000));
    const IndicatorReading kept = *wall.hub.indicators()->reading(QStringLiteral("telur"));
    CHECK(kept.value == 30000);
    CHECK(kept.errorKind == FailureKind::Unreachable);
    CHECK_THAT(str(kept.error), Catch::Contains("collector pusat"));
    // As a failing feed's value on a wall of its own: kept, and shown as unconfirmed at once,
    // never as current; its age counts on by the node's clock.
    const auto status = [&] {
        return wall.hub.indicators()
            ->indexOf(QStringLiteral("telur"))
            .data(IndicatorModel::StatusRole)
            .value<IndicatorStatus>();
    };
    CHECK(status() == IndicatorStatus::Error);
    clock.advanceSeconds(200);
    wall.hub.indicators()->refreshStatus();
    CHECK(status() == IndicatorStatus::Error);

    // The collector comes back with a new run; the node takes its state again.
    TestCollector again(broker, &clock);
    again.hub.apply(pricePoll(clock, 29000));
    REQUIRE(QTest::qWaitFor([&] { return wall.follower.isLinked(); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return wall.value("telur").toDouble() == 29000; }, 5000));
    CHECK(wall.hub.indicators()->reading(QStringLiteral("telur"))->error.isEmpty());

    // The broker dies (no will can be sent for anyone): the node notices its own link.
    broker.kill();
    REQUIRE(QTest::qWaitFor([&] { return !wall.follower.isLinked(); }, 5000));
    CHECK_THAT(str(wall.follower.linkProblem()), Catch::Contains("broker"));
}

TEST_CASE("A node drops a malformed or foreign message whole and keeps what it shows")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(3, 0), QTimeZone::utc()));
    TestCollector collector(broker, &clock);
    collector.hub.apply(pricePoll(clock, 30000));
    TestNode wall(broker, &clock, "wall-a", "wall");
    REQUIRE(QTest::qWaitFor([&] { return wall.value("telur").isValid(); }, 5000));

    const QString topic = QStringLiteral("pantau/v1/uji/indicator/telur");
    for (const QByteArray &bad :
         {QByteArray("not json"), QByteArray(R"({"v": 2, "id": "telur"})"),
          QByteArray(R"({"v":1,"run":1,"seq":1,"id":"telur","value":"banyak"})")}) {
        const int before = wall.follower.rejected();
        QProcess pub;
        pub.start(QStringLiteral("mosquitto_pub"),
                  {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(broker.port()), QStringLiteral("-t"), topic,
                   QStringLiteral("-m"), QString::fromUtf8(bad)});
        REQUIRE(pub.waitForFinished(5000));
        REQUIRE(pub.exitCode() == 0);
        REQUIRE(QTest::qWaitFor([&] { return wall.follower.rejected() == before + 1; }, 5000));
        CHECK(wall.value("telur").toDouble() == 30000);
    }
}
