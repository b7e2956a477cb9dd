#include "MosquittoBroker.h"
#include "TestValues.h"
#include "site/MqttClient.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <sys/socket.h>

#include <catch2/catch.hpp>

using namespace Pantau;
using Pantau::Test::str;

// The broker ACL shipped in resources/mosquitto/pantau.acl, on a real Mosquitto with the four
// role users. A refused publish is dropped without a word to an MQTT 3.1.1 client and a refused
// read is simply not delivered, so every "never arrives" below is checked after a marker that the
// same client published later, on a topic it may write, has arrived: the broker handles one
// client's messages in order, so by then the refused one would have come too.

namespace {

// Generous: the suite runs on busy CI machines, and each wait ends as soon as it is met.
constexpr int AclWaitMs = 10000;

QString aclTopic(const char *rest)
{
    return QStringLiteral("pantau/v1/uji/") + QLatin1String(rest);
}

QString aclPassword(const QString &role)
{
    return QStringLiteral("sandi-") + role + QStringLiteral("-7Hq2");
}

MosquittoBroker::Options aclBrokerOptions()
{
    MosquittoBroker::Options options;
    for (const char *role : {"collector", "desk", "wall", "kiosk"})
        options.users.append({QString::fromLatin1(role), aclPassword(QString::fromLatin1(role))});
    options.aclFile = QStringLiteral(PANTAU_SOURCE_DIR "/resources/mosquitto/pantau.acl");
    return options;
}

struct AclMessage
{
    QString topic;
    QByteArray payload;
};

// A client logged in as one role, under the client id a Pantau node of that name would use
// (the ACL's %c); it keeps what it receives.
struct RoleClient
{
    MqttClient client;
    QList<AclMessage> received;

    // `role` empty: no user name at all.
    RoleClient(const MosquittoBroker &broker, const QString &id, const QString &role,
               const QStringList &filters)
    {
        MqttClient::Options options;
        options.broker = *BrokerAddress::parse(broker.url(), nullptr);
        options.clientId = id;
        options.username = role;
        if (!role.isEmpty())
            options.password = aclPassword(role);
        options.minBackoffMs = 50;
        options.maxBackoffMs = 400;
        client.setOptions(options);
        for (const QString &filter : filters)
            client.subscribe(filter);
        QObject::connect(&client, &MqttClient::messageReceived,
                         [this](const QString &topic, const QByteArray &payload, bool) {
                             received.append({topic, payload});
                         });
    }

    void setWill(const QString &topic, const QByteArray &payload)
    {
        MqttClient::Options options = client.options();
        options.will = {topic, payload, true};
        client.setOptions(options);
    }

    bool startAndWait()
    {
        client.start();
        return QTest::qWaitFor([this] { return client.isConnected(); }, AclWaitMs);
    }

    bool has(const QByteArray &payload) const
    {
        return std::any_of(received.cbegin(), received.cend(),
                           [&](const AclMessage &m) { return m.payload == payload; });
    }

    bool waitFor(const QByteArray &payload)
    {
        return QTest::qWaitFor([&] { return has(payload); }, AclWaitMs);
    }

    QString topicOf(const QByteArray &payload) const
    {
        for (const AclMessage &m : received)
            if (m.payload == payload)
                return m.topic;
        return {};
    }
};

// `sender` publishes `marker` on `topic`, which it may write, and `receiver` waits for it: after
// that, whatever `sender` published before has been decided by the broker and, if let through,
// delivered to `receiver`.
bool aclMarkerArrives(RoleClient &sender, const QString &topic, const QByteArray &marker,
                      RoleClient &receiver)
{
    return sender.client.publish(topic, marker) && receiver.waitFor(marker);
}

} // namespace

TEST_CASE("The site ACL gives a kiosk the public subtree only, whatever it subscribes to, and "
          "lets it write nothing but its own public presence")
{
    MosquittoBroker broker(aclBrokerOptions());
    REQUIRE(broker.startOrWhy() == "");

    RoleClient collector(broker, QStringLiteral("pusat-collector"), QStringLiteral("collector"),
                         {aclTopic("#")});
    REQUIRE(collector.startAndWait());
    REQUIRE(collector.client.publish(aclTopic("records/112"), "rekaman-112-operator", true));
    REQUIRE(collector.client.publish(aclTopic("config"), "config-operator", true));
    REQUIRE(collector.client.publish(aclTopic("public/config"), "config-publik", true));
    REQUIRE(collector.client.publish(aclTopic("public/indicator/x"), "indikator-x-publik", true));
    // Retained by the broker once they came back to a subscriber: the kiosk sees the broker's
    // retained store, not a race with the publishes.
    for (const char *payload :
         {"rekaman-112-operator", "config-operator", "config-publik", "indikator-x-publik"})
        REQUIRE(collector.waitFor(payload));

    // A kiosk that asks for everything, as a misconfigured or hostile one would.
    RoleClient kiosk(broker, QStringLiteral("kios-alun-alun"), QStringLiteral("kiosk"),
                     {QStringLiteral("pantau/v1/#"), aclTopic("#")});
    REQUIRE(kiosk.startAndWait());
    REQUIRE(kiosk.waitFor("config-publik"));
    REQUIRE(kiosk.waitFor("indikator-x-publik"));
    CHECK(str(kiosk.topicOf("indikator-x-publik")) == "pantau/v1/uji/public/indicator/x");
    // Its own presence, published after both subscriptions were made on the same connection:
    // every retained message they matched has been sent before it.
    REQUIRE(aclMarkerArrives(kiosk, aclTopic("public/presence/kios-alun-alun"), "kios-ada-retained",
                             kiosk));
    CHECK_FALSE(kiosk.has("rekaman-112-operator"));
    CHECK_FALSE(kiosk.has("config-operator"));

    // Live, the same: an operator message, then a public one from the same collector.
    REQUIRE(collector.client.publish(aclTopic("indicator/x"), "indikator-x-operator-live"));
    REQUIRE(collector.client.publish(aclTopic("public/indicator/x"), "indikator-x-publik-live"));
    REQUIRE(kiosk.waitFor("indikator-x-publik-live"));
    CHECK_FALSE(kiosk.has("indikator-x-operator-live"));

    // What a kiosk may not write: a command, the operator presence (which the presence pattern
    // alone would allow), another machine's public presence, the site's state.
    REQUIRE(kiosk.client.publish(aclTopic("command/kios-alun-alun"), "perintah-dari-kios"));
    REQUIRE(kiosk.client.publish(aclTopic("presence/kios-alun-alun"), "kios-di-operator"));
    REQUIRE(kiosk.client.publish(aclTopic("public/presence/pusat-collector"), "kios-menyamar"));
    REQUIRE(kiosk.client.publish(aclTopic("public/config"), "config-dari-kios"));
    REQUIRE(
        aclMarkerArrives(kiosk, aclTopic("public/presence/kios-alun-alun"), "kios-ada", collector));
    CHECK(str(collector.topicOf("kios-ada")) == "pantau/v1/uji/public/presence/kios-alun-alun");
    CHECK_FALSE(collector.has("perintah-dari-kios"));
    CHECK_FALSE(collector.has("kios-di-operator"));
    CHECK_FALSE(collector.has("kios-menyamar"));
    CHECK_FALSE(collector.has("config-dari-kios"));
}

TEST_CASE("The site ACL lets a wall read the operator subtree and write only its own presence")
{
    MosquittoBroker broker(aclBrokerOptions());
    REQUIRE(broker.startOrWhy() == "");

    // Subscribed as the collector is: commands and both presence subtrees.
    RoleClient collector(broker, QStringLiteral("pusat-collector"), QStringLiteral("collector"),
                         {aclTopic("command/+"), aclTopic("presence/+"),
                          aclTopic("public/presence/+"), aclTopic("config")});
    REQUIRE(collector.startAndWait());
    REQUIRE(collector.client.publish(aclTopic("records/112"), "rekaman-112-operator", true));
    REQUIRE(
        collector.client.publish(aclTopic("public/presence/pusat-collector"), "pusat-ada", true));
    REQUIRE(collector.waitFor("pusat-ada"));

    RoleClient wall(broker, QStringLiteral("WALL-1"), QStringLiteral("wall"), {aclTopic("#")});
    REQUIRE(wall.startAndWait());
    REQUIRE(wall.waitFor("rekaman-112-operator"));
    // The collector's presence lives in the public subtree; a wall must see it.
    REQUIRE(wall.waitFor("pusat-ada"));

    REQUIRE(aclMarkerArrives(wall, aclTopic("presence/WALL-1"), "wall-1-ada", collector));
    CHECK(str(collector.topicOf("wall-1-ada")) == "pantau/v1/uji/presence/WALL-1");

    REQUIRE(wall.client.publish(aclTopic("presence/WALL-2"), "wall-1-menyamar"));
    REQUIRE(wall.client.publish(aclTopic("command/WALL-1"), "perintah-dari-wall"));
    REQUIRE(wall.client.publish(aclTopic("config"), "config-dari-wall"));
    REQUIRE(aclMarkerArrives(wall, aclTopic("presence/WALL-1"), "wall-1-masih-ada", collector));
    CHECK_FALSE(collector.has("wall-1-menyamar"));
    CHECK_FALSE(collector.has("perintah-dari-wall"));
    CHECK_FALSE(collector.has("config-dari-wall"));
}

TEST_CASE("The site ACL lets a wall's last will say that wall is gone, and not another")
{
    MosquittoBroker broker(aclBrokerOptions());
    REQUIRE(broker.startOrWhy() == "");
    RoleClient collector(broker, QStringLiteral("pusat-collector"), QStringLiteral("collector"),
                         {aclTopic("presence/+")});
    REQUIRE(collector.startAndWait());

    RoleClient honest(broker, QStringLiteral("WALL-3"), QStringLiteral("wall"), {});
    honest.setWill(aclTopic("presence/WALL-3"), "wall-3-hilang");
    RoleClient wrongWill(broker, QStringLiteral("WALL-4"), QStringLiteral("wall"), {});
    wrongWill.setWill(aclTopic("presence/WALL-9"), "wall-9-katanya-hilang");
    REQUIRE(honest.startAndWait());
    REQUIRE(wrongWill.startAndWait());

    // Their network goes: the sockets are cut with no DISCONNECT, so the broker sends the wills.
    for (RoleClient *wall : {&honest, &wrongWill}) {
        REQUIRE(wall->client.socketDescriptor() >= 0);
        REQUIRE(::shutdown(wall->client.socketDescriptor(), SHUT_RDWR) == 0);
    }
    REQUIRE(collector.waitFor("wall-3-hilang"));
    CHECK(str(collector.topicOf("wall-3-hilang")) == "pantau/v1/uji/presence/WALL-3");
    // Back on a new connection, so the broker is done with the old one and its will.
    REQUIRE(QTest::qWaitFor([&] { return wrongWill.client.connections() == 2; }, AclWaitMs));
    REQUIRE(aclMarkerArrives(wrongWill, aclTopic("presence/WALL-4"), "wall-4-kembali", collector));
    CHECK_FALSE(collector.has("wall-9-katanya-hilang"));
}

TEST_CASE("The site ACL lets a desk's command reach the collector, and nothing else it writes "
          "but its presence")
{
    MosquittoBroker broker(aclBrokerOptions());
    REQUIRE(broker.startOrWhy() == "");
    RoleClient collector(
        broker, QStringLiteral("pusat-collector"), QStringLiteral("collector"),
        {aclTopic("command/+"), aclTopic("presence/+"), aclTopic("config"), aclTopic("result/+")});
    REQUIRE(collector.startAndWait());
    REQUIRE(collector.client.publish(aclTopic("records/112"), "rekaman-112-operator", true));

    RoleClient desk(broker, QStringLiteral("MEJA-1"), QStringLiteral("desk"), {aclTopic("#")});
    REQUIRE(desk.startAndWait());
    // A desk reads everything, the records the walls and kiosks do not have among it.
    REQUIRE(desk.waitFor("rekaman-112-operator"));

    REQUIRE(aclMarkerArrives(desk, aclTopic("command/MEJA-1"), "akui-banjir", collector));
    CHECK(str(collector.topicOf("akui-banjir")) == "pantau/v1/uji/command/MEJA-1");
    REQUIRE(aclMarkerArrives(collector, aclTopic("result/MEJA-1"), "diakui", desk));

    REQUIRE(desk.client.publish(aclTopic("config"), "config-dari-meja"));
    REQUIRE(desk.client.publish(aclTopic("result/MEJA-1"), "jawaban-palsu"));
    REQUIRE(desk.client.publish(aclTopic("presence/WALL-1"), "meja-menyamar"));
    REQUIRE(aclMarkerArrives(desk, aclTopic("presence/MEJA-1"), "meja-1-ada", collector));
    CHECK_FALSE(collector.has("config-dari-meja"));
    CHECK_FALSE(collector.has("jawaban-palsu"));
    CHECK_FALSE(collector.has("meja-menyamar"));
}

TEST_CASE("The site broker refuses a client without credentials or with a wrong password, which "
          "then receives nothing")
{
    MosquittoBroker broker(aclBrokerOptions());
    REQUIRE(broker.startOrWhy() == "");
    RoleClient collector(broker, QStringLiteral("pusat-collector"), QStringLiteral("collector"),
                         {aclTopic("#")});
    REQUIRE(collector.startAndWait());
    REQUIRE(collector.client.publish(aclTopic("public/config"), "config-publik", true));
    REQUIRE(collector.waitFor("config-publik"));

    RoleClient anonymous(broker, QStringLiteral("tanpa-nama"), QString(), {QStringLiteral("#")});
    QSignalSpy anonymousLost(&anonymous.client, &MqttClient::disconnected);
    anonymous.client.start();

    RoleClient guessing(broker, QStringLiteral("penebak"), QStringLiteral("kiosk"),
                        {QStringLiteral("#")});
    MqttClient::Options options = guessing.client.options();
    options.password = QStringLiteral("kiosk");
    guessing.client.setOptions(options);
    QSignalSpy guessingLost(&guessing.client, &MqttClient::disconnected);
    guessing.client.start();

    // Refused, and trying again, each time refused.
    REQUIRE(QTest::qWaitFor([&] { return anonymousLost.size() >= 2 && guessingLost.size() >= 2; },
                            AclWaitMs));
    CHECK_THAT(str(anonymousLost.first().first().toString()),
               Catch::Contains("Connection Refused"));
    CHECK_THAT(str(guessingLost.first().first().toString()), Catch::Contains("Connection Refused"));
    CHECK(anonymous.client.connections() == 0);
    CHECK(guessing.client.connections() == 0);

    // Something any subscriber of # would get, and the time for it to arrive.
    REQUIRE(aclMarkerArrives(collector, aclTopic("public/indicator/x"), "indikator-x-publik",
                             collector));
    CHECK(anonymous.received.isEmpty());
    CHECK(guessing.received.isEmpty());
}
