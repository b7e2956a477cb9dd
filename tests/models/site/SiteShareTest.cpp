// One site through a real Mosquitto: a collector's hub published by SitePublisher, and nodes
// that follow it with SiteFollower, in one process. What a node shows must be what the
// collector's hub holds, role by role; a link that goes says so at once on every value.

#include "MosquittoBroker.h"
#include "TestValues.h"
#include "config/ConfigLoader.h"
#include "site/SiteConnection.h"
#include "site/SiteFollower.h"
#include "site/SiteNode.h"
#include "site/SitePublisher.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "state/RecordsModel.h"
#include "time/ManualClock.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
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

    // The price comes back before anyone saw it: every node shows it returned and still owed.
    clock.advanceSeconds(60);
    collector.hub.apply(pricePoll(clock, 28000));
    const auto returned = [](TestNode &node) {
        const QModelIndex row = node.hub.alerts()->index(0);
        return row.isValid() && row.data(AlertModel::StateRole).value<AlarmState>() ==
                                    AlarmState::ReturnedUnacknowledged;
    };
    REQUIRE(QTest::qWaitFor([&] { return returned(wall); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return returned(late); }, 5000));

    // Acknowledged at the collector, it is over, and so on every node.
    REQUIRE(collector.hub.alerts()->acknowledge(QStringLiteral("telur-mahal"), {}, {}));
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
    // Linked once it has heard the collector live: its answer to the kiosk's presence.
    CHECK(QTest::qWaitFor([&] { return kiosk.follower.isLinked(); }, 5000));
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

namespace {

// What a node shows, in one string: a bad message must change none of it.
QString shown(const TestNode &node)
{
    QStringList parts;
    IndicatorModel *indicators = node.hub.indicators();
    for (const char *id : {"telur", "igd"}) {
        const std::optional<IndicatorReading> r = indicators->reading(QString::fromLatin1(id));
        parts.append(QStringLiteral("%1=%2 %3 %4 %5")
                         .arg(QString::fromLatin1(id))
                         .arg(r && r->value ? *r->value : -1)
                         .arg(r ? r->error : QString(),
                              r ? r->fetchTime.toString(Qt::ISODateWithMs) : QString(),
                              r ? r->sourceTime.toString(Qt::ISODateWithMs) : QString()));
        parts.append(QString::number(indicators->indexOf(QString::fromLatin1(id))
                                         .data(IndicatorModel::HistoryRole)
                                         .value<QList<QPointF>>()
                                         .size()));
    }
    for (const AlertModel::Active &alert : node.hub.alerts()->active())
        parts.append(QStringLiteral("alert %1 %2").arg(alert.event).arg(alert.acknowledged));
    parts.append(QStringLiteral("records %1").arg(node.hub.records()->rowCount()));
    FeedHealthModel *health = node.hub.health();
    for (int row = 0; row < health->rowCount(); ++row)
        parts.append(QString::number(int(health->index(row)
                                             .data(FeedHealthModel::StateRole)
                                             .value<FeedHealthModel::FeedState>())));
    parts.append(QString::fromUtf8(QJsonDocument(node.follower.config()).toJson()));
    const std::optional<int> pin = node.follower.pin(QStringLiteral("WALL-1"));
    parts.append(QStringLiteral("pin %1").arg(pin ? *pin : -1));
    parts.append(QStringLiteral("linked %1").arg(node.follower.isLinked()));
    return parts.join(u'\n');
}

// Publishes `payload` on `topic` with mosquitto_pub at QoS 1, so that the broker has it when
// this returns; from stdin, as a config-sized payload is longer than one argument may be.
void publishWithTool(const MosquittoBroker &broker, const QString &topic, const QByteArray &payload)
{
    QProcess pub;
    pub.start(QStringLiteral("mosquitto_pub"),
              {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
               QString::number(broker.port()), QStringLiteral("-q"), QStringLiteral("1"),
               QStringLiteral("-t"), topic, QStringLiteral("-s")});
    REQUIRE(pub.waitForStarted(5000));
    pub.write(payload);
    pub.closeWriteChannel();
    REQUIRE(pub.waitForFinished(10000));
    INFO(str(QString::fromUtf8(pub.readAllStandardError())));
    REQUIRE(pub.exitCode() == 0);
}

} // namespace

TEST_CASE("Bad messages on every topic kind, sent with mosquitto_pub, are dropped and counted, "
          "and change nothing a node shows")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(3, 0), QTimeZone::utc()));
    TestCollector collector(broker, &clock);
    collector.hub.apply(pricePoll(clock, 32000)); // over the rule: an alert is active
    FeedResult records;
    records.feedId = QStringLiteral("lapor");
    records.fetchTime = clock.now();
    EventRecord record;
    record.feedId = QStringLiteral("lapor");
    record.id = QStringLiteral("L-1");
    record.time = clock.now().addSecs(-60);
    record.text = QStringLiteral("Jalan berlubang di Kanigoro");
    records.events.append(record);
    collector.hub.apply(records);
    TestNode wall(broker, &clock, "wall-a", "wall");
    TestNode kiosk(broker, &clock, "kios-alun", "kiosk");
    for (TestNode *node : {&wall, &kiosk})
        REQUIRE(QTest::qWaitFor(
            [&] { return node->follower.isLinked() && node->hub.alerts()->activeCount() == 1; },
            10000));
    REQUIRE(QTest::qWaitFor([&] { return wall.hub.records()->rowCount() == 1; }, 10000));
    const QString wallBefore = shown(wall);
    const QString kioskBefore = shown(kiosk);

    // Every kind, in both subtrees, and topics outside the scheme; for each, whether the wall
    // and the kiosk read it (a wall subscribes to the operator kinds it shows, its own results
    // and the public presence; a kiosk to the public subtree only).
    struct Target
    {
        const char *topic;
        SiteTopic::Kind kind;
        bool wallReads;
        bool kioskReads;
    };
    using K = SiteTopic::Kind;
    const Target targets[] = {
        {"config", K::Config, true, false},
        {"indicator/telur", K::Indicator, true, false},
        {"history/telur", K::History, true, false},
        {"records/lapor", K::Records, true, false},
        {"health/harga", K::Health, true, false},
        {"alert/telur-mahal@1", K::Alert, true, false},
        {"pin/WALL-1", K::Pin, true, false},
        {"command/wall-a", K::Command, false, false},
        {"result/wall-x", K::Result, false, false},
        {"result/wall-a", K::Result, true, false},
        {"presence/wall-x", K::Presence, true, false},
        {"public/config", K::Config, false, true},
        {"public/indicator/telur", K::Indicator, false, true},
        {"public/history/telur", K::History, false, true},
        {"public/health/harga", K::Health, false, true},
        {"public/alert/telur-mahal@1", K::Alert, false, true},
        {"public/pin/WALL-1", K::Pin, false, true},
        {"public/presence/kios-x", K::Presence, true, true},
        {"bogus/x", K::Config, false, false},
        {"indicator", K::Indicator, false, false},
        {"indicator/telur/extra", K::Indicator, false, false},
        {"public/bogus/x", K::Config, false, true},
        {"public/records/lapor", K::Records, false, true},
    };
    int wallExpected = wall.follower.rejected();
    int kioskExpected = kiosk.follower.rejected();
    for (const Target &target : targets) {
        const QString topic = QStringLiteral("pantau/v1/uji/") + QLatin1String(target.topic);
        QByteArray oversized = R"({"v":1,"run":1,"seq":1,"pad":")";
        oversized.append(QByteArray(SiteTopic::maxPayload(target.kind), 'x'));
        oversized.append(R"("})");
        const QByteArray payloads[] = {
            "not json",
            R"([1, 2, 3])",
            R"({"v":2,"run":1,"seq":1})",                       // an unknown version
            R"({"v":1,"run":1,"seq":999999,"nonsense":[1,2]})", // out of schema
            R"({"v":1,"run":"eins","seq":1})",
            oversized,
        };
        for (const QByteArray &payload : payloads) {
            INFO(str(topic) << " <- " << payload.left(60).toStdString());
            publishWithTool(broker, topic, payload);
            wallExpected += target.wallReads ? 1 : 0;
            kioskExpected += target.kioskReads ? 1 : 0;
        }
    }
    // A good message after all of them: once the nodes have it, they have had the bad ones.
    PresenceMessage marker = presenceOf("penanda", "kiosk");
    marker.online = true;
    publishWithTool(broker, QStringLiteral("pantau/v1/uji/public/presence/penanda"),
                    SiteCodec::encode(marker, {1, 1}));
    for (TestNode *node : {&wall, &kiosk})
        REQUIRE(QTest::qWaitFor(
            [&] { return node->follower.presence().contains(QStringLiteral("penanda")); }, 10000));
    CHECK(wall.follower.rejected() == wallExpected);
    CHECK(kiosk.follower.rejected() == kioskExpected);
    CHECK(shown(wall) == wallBefore);
    CHECK(shown(kiosk) == kioskBefore);

    // And the site goes on: the next poll still reaches both.
    clock.advanceSeconds(60);
    collector.hub.apply(pricePoll(clock, 30500));
    for (TestNode *node : {&wall, &kiosk})
        REQUIRE(QTest::qWaitFor([&] { return node->value("telur").toDouble() == 30500; }, 10000));
}

TEST_CASE("A command the collector never answers is reported as unanswered, not left waiting")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    // A collector that is there but never applies a command: as when the broker's ACL dropped
    // the command (a wall logged in as "wall" that opened a desk), or the collector died with it.
    SiteConnection collector(siteAt(broker), presenceOf("pusat", "collector"));
    collector.setBackoff(50, 400);
    QString error;
    REQUIRE(collector.start(&error));
    SiteNode desk(siteAt(broker), SiteNode::Role::Desktop, QStringLiteral("meja"));
    desk.connection()->setBackoff(50, 400);
    desk.setAnswerTimeout(500);
    REQUIRE(desk.start(&error));
    REQUIRE(QTest::qWaitFor([&] { return desk.follower()->isLinked(); }, 10000));

    QSignalSpy finished(&desk, &SiteNode::commandFinished);
    CommandMessage command;
    command.action = CommandMessage::Action::Release;
    command.screen = QStringLiteral("WALL-1");
    const QString id = desk.send(command, &error);
    REQUIRE_FALSE(id.isEmpty());
    CHECK(desk.pendingCount() == 1);
    REQUIRE(finished.wait(5000));
    CHECK(finished.first().at(0).toString() == id);
    CHECK_FALSE(finished.first().at(1).toBool());
    CHECK_THAT(str(finished.first().at(2).toString()), Catch::Contains("tidak menjawab"));
    CHECK(desk.pendingCount() == 0);
}

TEST_CASE("A machine's last will keeps the screens it showed, so the desk says which went dark")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(3, 0), QTimeZone::utc()));
    TestNode desk(broker, &clock, "meja", "desktop");
    REQUIRE(QTest::qWaitFor([&] { return desk.connection.client()->isConnected(); }, 10000));

    PresenceMessage online = presenceOf("PC-A", "wall");
    online.online = true;
    online.screens = {QStringLiteral("WALL-1"), QStringLiteral("WALL-2")};
    const QString topic = QStringLiteral("pantau/v1/uji/presence/PC-A");
    publishWithTool(broker, topic, SiteCodec::encode(online, {5, 1}));
    REQUIRE(QTest::qWaitFor([&] { return desk.follower.presence().contains("PC-A"); }, 10000));
    // The will, as SiteConnection writes it at connect: offline, no screens, the run's last seq.
    PresenceMessage will = presenceOf("PC-A", "wall");
    will.online = false;
    publishWithTool(broker, topic, SiteCodec::encode(will, {5, Revision::MaxSeq}));
    REQUIRE(QTest::qWaitFor(
        [&] { return !desk.follower.presence().value(QStringLiteral("PC-A")).online; }, 10000));
    CHECK(desk.follower.presence().value(QStringLiteral("PC-A")).screens == online.screens);
}
