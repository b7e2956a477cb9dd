#include "site/MqttClient.h"

#include "MosquittoBroker.h"
#include "TestValues.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <optional>
#include <sys/socket.h>

#include <catch2/catch.hpp>

using namespace Pantau;
using Pantau::Test::str;

namespace {

struct Received
{
    QString topic;
    QByteArray payload;
    bool retained;
};

// A client of `broker` that keeps what it receives; quick to retry, so a test does not wait.
struct TestClient
{
    MqttClient client;
    QList<Received> received;

    TestClient(const MosquittoBroker &broker, const QString &id)
    {
        MqttClient::Options options;
        options.broker = *BrokerAddress::parse(broker.url(), nullptr);
        options.clientId = id;
        options.minBackoffMs = 50;
        options.maxBackoffMs = 400;
        client.setOptions(options);
        QObject::connect(&client, &MqttClient::messageReceived,
                         [this](const QString &topic, const QByteArray &payload, bool retained) {
                             received.append({topic, payload, retained});
                         });
    }

    bool startAndWait()
    {
        client.start();
        return QTest::qWaitFor([this] { return client.isConnected(); }, 5000);
    }

    bool waitForPayload(const QByteArray &payload)
    {
        return QTest::qWaitFor(
            [&] {
                return std::any_of(received.cbegin(), received.cend(),
                                   [&](const Received &r) { return r.payload == payload; });
            },
            5000);
    }

    std::optional<Received> find(const QByteArray &payload) const
    {
        for (const Received &r : received)
            if (r.payload == payload)
                return r;
        return std::nullopt;
    }
};

// Both subscribed and the broker has taken the subscriptions: a marker published by one has
// come back to it.
bool settle(TestClient &client, const QString &topic)
{
    const QByteArray marker =
        "marker-" + QByteArray::number(QRandomGenerator::global()->generate());
    return client.client.publish(topic, marker) && client.waitForPayload(marker);
}

} // namespace

TEST_CASE("An MQTT client publishes and receives through a real Mosquitto, retained state "
          "reaching a late subscriber")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");

    TestClient collector(broker, QStringLiteral("collector"));
    REQUIRE(collector.startAndWait());
    CHECK(collector.client.state() == MqttClient::State::Connected);
    CHECK(collector.client.connections() == 1);
    REQUIRE(collector.client.publish(QStringLiteral("pantau/v1/demo/value/harga.beras"),
                                     "{\"value\":14250}", true));
    // A retained message is the broker's once it acknowledged it: loop until the wall sees it.
    TestClient wall(broker, QStringLiteral("wall-1"));
    wall.client.subscribe(QStringLiteral("pantau/v1/demo/#"));
    REQUIRE(wall.startAndWait());
    REQUIRE(wall.waitForPayload("{\"value\":14250}"));
    const auto retained = wall.find("{\"value\":14250}");
    CHECK(str(retained->topic) == "pantau/v1/demo/value/harga.beras");
    CHECK(retained->retained);

    REQUIRE(settle(wall, QStringLiteral("pantau/v1/demo/marker")));
    REQUIRE(collector.client.publish(QStringLiteral("pantau/v1/demo/value/harga.beras"),
                                     "{\"value\":14300}", true));
    REQUIRE(wall.waitForPayload("{\"value\":14300}"));
    // Delivered live, it is not marked retained, though it was published so.
    CHECK_FALSE(wall.find("{\"value\":14300}")->retained);
    // Outside the subscription nothing arrives.
    REQUIRE(collector.client.publish(QStringLiteral("other/thing"), "nope"));
    REQUIRE(settle(wall, QStringLiteral("pantau/v1/demo/marker")));
    CHECK_FALSE(wall.find("nope"));
}

TEST_CASE("An MQTT client comes back after its broker is killed and restarted, and subscribes "
          "again")
{
    for (const bool persistence : {false, true}) {
        CAPTURE(persistence);
        MosquittoBroker::Options options;
        options.persistence = persistence;
        MosquittoBroker broker(options);
        REQUIRE(broker.startOrWhy() == "");
        TestClient wall(broker, QStringLiteral("wall-1"));
        wall.client.subscribe(QStringLiteral("pantau/v1/demo/#"));
        QSignalSpy lost(&wall.client, &MqttClient::disconnected);
        REQUIRE(wall.startAndWait());

        broker.kill();
        REQUIRE(QTest::qWaitFor([&] { return !lost.isEmpty(); }, 5000));
        CHECK_FALSE(wall.client.isConnected());
        CHECK_FALSE(lost.first().first().toString().isEmpty());
        CHECK_FALSE(wall.client.publish(QStringLiteral("pantau/v1/demo/x"), "while away"));

        REQUIRE(broker.startOrWhy() == "");
        REQUIRE(QTest::qWaitFor([&] { return wall.client.isConnected(); }, 5000));
        CHECK(wall.client.connections() == 2);
        // The subscription was made again on the new connection (a clean session keeps none).
        TestClient collector(broker, QStringLiteral("collector"));
        REQUIRE(collector.startAndWait());
        REQUIRE(settle(wall, QStringLiteral("pantau/v1/demo/marker")));
        REQUIRE(collector.client.publish(QStringLiteral("pantau/v1/demo/x"), "after restart"));
        CHECK(wall.waitForPayload("after restart"));
        CHECK_FALSE(wall.find("while away"));
    }
}

TEST_CASE("An MQTT client started before its broker says why it cannot connect and keeps trying")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    broker.kill(); // the port is known and nobody listens on it
    TestClient wall(broker, QStringLiteral("wall-1"));
    QSignalSpy lost(&wall.client, &MqttClient::disconnected);
    wall.client.start();
    REQUIRE(QTest::qWaitFor([&] { return lost.size() >= 2; }, 5000)); // tried, waited, tried
    CHECK_THAT(str(lost.first().first().toString()), Catch::Contains("refused"));
    CHECK(wall.client.state() != MqttClient::State::Connected);
    REQUIRE(broker.startOrWhy() == "");
    REQUIRE(QTest::qWaitFor([&] { return wall.client.isConnected(); }, 5000));
    CHECK(wall.client.connections() == 1);
    CHECK(wall.client.lastError().isEmpty());
}

TEST_CASE("An MQTT client's will is published when its link dies, not when it leaves cleanly")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    TestClient desk(broker, QStringLiteral("desk"));
    desk.client.subscribe(QStringLiteral("pantau/v1/demo/presence/#"));
    REQUIRE(desk.startAndWait());

    auto withWill = [&](TestClient &node, const QByteArray &will) {
        MqttClient::Options options = node.client.options();
        options.will = {QStringLiteral("pantau/v1/demo/presence/") + options.clientId, will, true};
        node.client.setOptions(options);
    };

    TestClient leaving(broker, QStringLiteral("wall-1"));
    withWill(leaving, "{\"online\":false,\"node\":\"wall-1\"}");
    REQUIRE(leaving.startAndWait());
    leaving.client.stop();
    CHECK(leaving.client.state() == MqttClient::State::Stopped);

    TestClient dying(broker, QStringLiteral("wall-2"));
    withWill(dying, "{\"online\":false,\"node\":\"wall-2\"}");
    QSignalSpy lost(&dying.client, &MqttClient::disconnected);
    REQUIRE(dying.startAndWait());
    // The network goes: the socket is cut under the client, with no DISCONNECT sent.
    REQUIRE(dying.client.socketDescriptor() >= 0);
    REQUIRE(::shutdown(dying.client.socketDescriptor(), SHUT_RDWR) == 0);
    REQUIRE(desk.waitForPayload("{\"online\":false,\"node\":\"wall-2\"}"));
    CHECK(str(desk.find("{\"online\":false,\"node\":\"wall-2\"}")->topic) ==
          "pantau/v1/demo/presence/wall-2");
    // The cut client noticed, and is back.
    REQUIRE(QTest::qWaitFor([&] { return !lost.isEmpty(); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return dying.client.connections() == 2; }, 5000));
    // The clean leave sent no will: the desk's marker, published after both, came through
    // without it.
    REQUIRE(settle(desk, QStringLiteral("pantau/v1/demo/presence/marker")));
    CHECK_FALSE(desk.find("{\"online\":false,\"node\":\"wall-1\"}"));
}

TEST_CASE("An MQTT client with the wrong password is refused, says so, and one with the right one "
          "gets in")
{
    MosquittoBroker::Options brokerOptions;
    brokerOptions.users = {{QStringLiteral("wall"), QStringLiteral("betul-123")}};
    MosquittoBroker broker(brokerOptions);
    REQUIRE(broker.startOrWhy() == "");

    TestClient anonymous(broker, QStringLiteral("anon"));
    QSignalSpy anonymousLost(&anonymous.client, &MqttClient::disconnected);
    anonymous.client.start();
    REQUIRE(QTest::qWaitFor([&] { return !anonymousLost.isEmpty(); }, 5000));
    CHECK_THAT(str(anonymousLost.first().first().toString()),
               Catch::Contains("Connection Refused"));

    TestClient wrong(broker, QStringLiteral("wrong"));
    MqttClient::Options options = wrong.client.options();
    options.username = QStringLiteral("wall");
    options.password = QStringLiteral("salah");
    wrong.client.setOptions(options);
    QSignalSpy wrongLost(&wrong.client, &MqttClient::disconnected);
    wrong.client.start();
    REQUIRE(QTest::qWaitFor([&] { return !wrongLost.isEmpty(); }, 5000));
    CHECK_THAT(str(wrongLost.first().first().toString()), Catch::Contains("Connection Refused"));
    CHECK(wrong.client.connections() == 0);

    TestClient right(broker, QStringLiteral("right"));
    options.password = QStringLiteral("betul-123");
    right.client.setOptions(options);
    REQUIRE(right.startAndWait());
}

TEST_CASE("An MQTT client over TLS trusts the broker through its caBundle, and refuses a "
          "certificate the system's store does not vouch for")
{
    MosquittoBroker::Options options;
    options.certFile = QStringLiteral(PANTAU_TEST_DATA "/tls/localhost-cert.pem");
    options.keyFile = QStringLiteral(PANTAU_TEST_DATA "/tls/localhost-key.pem");
    MosquittoBroker broker(options);
    REQUIRE(broker.startOrWhy() == "");
    REQUIRE(broker.url().startsWith(QStringLiteral("mqtts://")));

    SECTION("with the broker's authority as caBundle, it connects and carries messages")
    {
        TestClient wall(broker, QStringLiteral("wall-tls"));
        MqttClient::Options o = wall.client.options();
        o.caBundle = options.certFile;
        wall.client.setOptions(o);
        wall.client.subscribe(QStringLiteral("pantau/v1/demo/#"));
        REQUIRE(wall.startAndWait());
        REQUIRE(settle(wall, QStringLiteral("pantau/v1/demo/tls")));
    }

    SECTION("against the system's store, the self-signed certificate is refused, with why")
    {
        TestClient wall(broker, QStringLiteral("wall-tls"));
        QSignalSpy lost(&wall.client, &MqttClient::disconnected);
        wall.client.start();
        REQUIRE(QTest::qWaitFor([&] { return !lost.isEmpty(); }, 10000));
        CHECK_FALSE(wall.client.isConnected());
        CHECK_FALSE(wall.client.lastError().isEmpty());
        QTest::qWait(500); // it keeps trying, and never gets in
        CHECK(wall.client.connections() == 0);
    }
}
