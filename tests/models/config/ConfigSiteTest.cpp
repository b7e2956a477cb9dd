#include "ConfigFixture.h"
#include "TestValues.h"
#include "config/ConfigLoader.h"

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// A wall of one clock, with `site` as its "site" section (JSON text, or empty for none).
ConfigLoader::Result loadWithSite(const QString &site)
{
    QString json = QStringLiteral(R"({"version": 1, %1
        "feeds": [{"id": "harga", "opd": "Disperindag", "url": "demo:/harga", "format": "json",
                   "values": [{"indicator": "telur", "pointer": "/telur"}]}],
        "indicators": [{"id": "telur", "label": {"id": "Harga Telur"}, "unit": "Rp",
                        "dimension": "economy"}],
        "screens": [{"name": "WALL-1", "tiles": [{"type": "clock"}]}]})");
    json = json.arg(site.isEmpty() ? QString() : QStringLiteral("\"site\": %1,").arg(site));
    return ConfigLoader::loadBytes(json.toUtf8(), QStringLiteral("/etc/pantau/site.json"));
}

} // namespace

TEST_CASE("A config without a site is a wall on its own", "[ConfigSite]")
{
    const ConfigLoader::Result result = loadWithSite({});
    REQUIRE(result.config);
    CHECK_FALSE(result.config->site);
}

TEST_CASE("The site section names the broker, the site and where the password is", "[ConfigSite]")
{
    const ConfigLoader::Result result = loadWithSite(QStringLiteral(R"({
        "broker": "mqtts://broker.blitarkab.go.id", "id": "blitar", "username": "wall",
        "password": {"file": "secrets/wall.password"}, "caBundle": "ca.pem",
        "fallback": "poll", "fallbackAfterSeconds": 90})"));
    INFO(dump(result.errors));
    REQUIRE(result.config);
    REQUIRE(result.config->site);
    const SiteConfig &site = *result.config->site;
    CHECK(site.broker.host == QStringLiteral("broker.blitarkab.go.id"));
    CHECK(site.broker.port == 8883);
    CHECK(site.broker.tls);
    CHECK(site.id == QStringLiteral("blitar"));
    CHECK(site.username == QStringLiteral("wall"));
    REQUIRE(site.password);
    CHECK(site.password->file == QStringLiteral("/etc/pantau/secrets/wall.password"));
    CHECK(site.password->env.isEmpty());
    CHECK(site.caBundle == QStringLiteral("/etc/pantau/ca.pem"));
    CHECK(site.fallback == SiteConfig::Fallback::Poll);
    CHECK(site.fallbackAfterSeconds == 90);
}

TEST_CASE("A minimal site is anonymous, without fallback", "[ConfigSite]")
{
    const ConfigLoader::Result result =
        loadWithSite(QStringLiteral(R"({"broker": "mqtt://127.0.0.1:1884", "id": "demo"})"));
    REQUIRE(result.config);
    REQUIRE(result.config->site);
    CHECK(result.config->site->broker.port == 1884);
    CHECK_FALSE(result.config->site->broker.tls);
    CHECK(result.config->site->username.isEmpty());
    CHECK_FALSE(result.config->site->password);
    CHECK(result.config->site->fallback == SiteConfig::Fallback::None);
}

TEST_CASE("A bad site section is refused at its place", "[ConfigSite]")
{
    struct Case
    {
        const char *site;
        const char *pointer;
        const char *says;
    };
    const Case cases[] = {
        {R"({"broker": "mqtt://b", "id": "x", "username": "u", "password": "rahasia"})",
         "/site/password", "must not be written in the config"},
        {R"({"broker": "mqtt://b", "id": "x", "password": {"env": "P"}})", "/site/password",
         "needs a \"username\""},
        {R"({"broker": "mqtt://b", "id": "x", "username": "u", "password": {}})", "/site/password",
         "exactly one of"},
        {R"({"broker": "http://b", "id": "x"})", "/site/broker", "mqtt"},
        {R"({"broker": "mqtt://user:pw@b", "id": "x"})", "/site/broker", ""},
        {R"({"broker": "mqtt://b", "id": "a/b"})", "/site/id", "topic level"},
        {R"({"broker": "mqtt://b"})", "/site", "\"id\""},
        {R"({"id": "x"})", "/site", "\"broker\""},
        {R"({"broker": "mqtt://b", "id": "x", "caBundle": "ca.pem"})", "/site/caBundle",
         "mqtts://"},
        {R"({"broker": "mqtt://b", "id": "x", "fallback": "sometimes"})", "/site/fallback", ""},
        {R"({"broker": "mqtt://b", "id": "x", "fallbackAfterSeconds": 1})",
         "/site/fallbackAfterSeconds", ""},
        {R"({"broker": "mqtt://b", "id": "x", "port": 1883})", "/site/port", ""},
        {R"("mqtt://b")", "/site", ""},
    };
    for (const Case &c : cases) {
        INFO(c.site);
        const ConfigLoader::Result result = loadWithSite(QString::fromUtf8(c.site));
        INFO(dump(result.errors));
        CHECK_FALSE(result.config);
        const Diagnostic d = at(result.errors, c.pointer);
        CHECK(d.message.contains(QString::fromUtf8(c.says)));
    }
}

TEST_CASE("A config with a site and no feeds, indicators or screens only joins the site",
          "[ConfigSite]")
{
    const ConfigLoader::Result result = ConfigLoader::loadBytes(
        R"({"version": 1, "site": {"broker": "mqtt://10.20.0.5", "id": "blitar",
            "username": "wall", "password": {"env": "PANTAU_BROKER_PASSWORD"}},
            "kiosk": {"pinHash": "pbkdf2-sha256$200000$JPPVVGW1CYwfOjA8YOuVCA==$Stcy3TOqLRDmBSv5ddS1x/voNVW1Axv7bsZavy2h4FY="}})",
        QStringLiteral("/etc/pantau/wall.json"));
    INFO(dump(result.errors));
    REQUIRE(result.config);
    CHECK(result.config->joinsSiteOnly());
    CHECK(result.config->feeds.isEmpty());
    CHECK(result.config->site->id == QStringLiteral("blitar"));
    CHECK_FALSE(result.config->kiosk.pinHash.isEmpty());

    // A wall's own config is never one that only joins.
    const ConfigLoader::Result own =
        loadWithSite(QStringLiteral(R"({"broker": "mqtt://127.0.0.1", "id": "demo"})"));
    REQUIRE(own.config);
    CHECK_FALSE(own.config->joinsSiteOnly());
}

TEST_CASE("A config that only joins a site refuses what would come from the collector, and one "
          "without a site still needs its sections",
          "[ConfigSite]")
{
    const ConfigLoader::Result joins = ConfigLoader::loadBytes(
        R"({"version": 1, "site": {"broker": "mqtt://10.20.0.5", "id": "blitar"},
            "alerts": [], "display": {}})",
        QStringLiteral("wall.json"));
    CHECK_FALSE(joins.config);
    const std::string errors = dump(joins.errors);
    CHECK_THAT(errors, Catch::Contains("wall.json: /alerts: a config that only joins a site"));
    CHECK_THAT(errors, Catch::Contains("wall.json: /display: a config that only joins a site"));

    // Part of the site's sections is a broken wall config, not a joining one.
    const ConfigLoader::Result partial = ConfigLoader::loadBytes(
        R"({"version": 1, "site": {"broker": "mqtt://10.20.0.5", "id": "blitar"},
            "screens": []})",
        QStringLiteral("wall.json"));
    CHECK_FALSE(partial.config);
    CHECK_THAT(dump(partial.errors), Catch::Contains("missing required key \"feeds\""));

    const ConfigLoader::Result bare =
        ConfigLoader::loadBytes(R"({"version": 1})", QStringLiteral("wall.json"));
    CHECK_FALSE(bare.config);
    CHECK_THAT(dump(bare.errors), Catch::Contains("missing required key \"screens\""));
}
