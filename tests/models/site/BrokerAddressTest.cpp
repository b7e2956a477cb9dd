#include "site/BrokerAddress.h"

#include "TestValues.h"

#include <catch2/catch.hpp>

using namespace Pantau;
using Pantau::Test::str;

TEST_CASE("A broker address reads mqtt and mqtts URLs with their default ports")
{
    QString error;
    const auto plain = BrokerAddress::parse(QStringLiteral("mqtt://broker.kominfo.local"), &error);
    REQUIRE(plain);
    CHECK(str(plain->host) == "broker.kominfo.local");
    CHECK(plain->port == 1883);
    CHECK_FALSE(plain->tls);

    const auto tls = BrokerAddress::parse(QStringLiteral("mqtts://10.0.0.5"), &error);
    REQUIRE(tls);
    CHECK(tls->port == 8883);
    CHECK(tls->tls);

    const auto port = BrokerAddress::parse(QStringLiteral(" mqtt://127.0.0.1:18830/ "), &error);
    REQUIRE(port);
    CHECK(str(port->host) == "127.0.0.1");
    CHECK(port->port == 18830);
    CHECK(str(port->toString()) == "mqtt://127.0.0.1:18830");

    const auto v6 = BrokerAddress::parse(QStringLiteral("mqtt://[::1]:1884"), &error);
    REQUIRE(v6);
    CHECK(str(v6->host) == "::1");
    CHECK(str(v6->toString()) == "mqtt://[::1]:1884");
}

TEST_CASE("A broker address that is not one says what was expected, and refuses credentials")
{
    struct Case
    {
        const char *text;
        const char *expected;
    };
    const Case cases[] = {
        {"", "expected mqtt://HOST[:PORT]"},
        {"broker:1883", "the scheme must be mqtt or mqtts, not \"broker\""},
        {"http://broker", "the scheme must be mqtt or mqtts, not \"http\""},
        {"mqtt://wall:rahasia@broker", "credentials do not belong in the address"},
        {"mqtt://wall@broker", "credentials do not belong in the address"},
        {"mqtt://broker/pantau", "expected nothing after the port, found \"/pantau\""},
        {"mqtt://broker?x=1", "expected nothing after the port"},
        {"mqtt://broker:0", "the port must be 1 to 65535"},
        {"mqtt://broker:70000", "expected mqtt://HOST[:PORT]"},
        {"mqtt://:1883", "expected a host name or address after //"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.text);
        QString error;
        CHECK_FALSE(BrokerAddress::parse(QString::fromUtf8(c.text), &error));
        CHECK_THAT(str(error), Catch::Contains(c.expected));
        CHECK_THAT(str(error), Catch::StartsWith("broker address \""));
    }
}
