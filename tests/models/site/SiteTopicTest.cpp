#include "site/SiteTopic.h"

#include "TestValues.h"

#include <catch2/catch.hpp>

using namespace Pantau;
using Pantau::Test::str;

TEST_CASE(
    "Site topics are written and read back under pantau/v1/<site>/, public ones below public/")
{
    const QString site = QStringLiteral("blitar");
    struct Case
    {
        SiteTopic topic;
        const char *name;
    };
    const Case cases[] = {
        {{SiteTopic::Kind::Config, false, {}}, "pantau/v1/blitar/config"},
        {{SiteTopic::Kind::Indicator, false, QStringLiteral("serapan-apbd")},
         "pantau/v1/blitar/indicator/serapan-apbd"},
        {{SiteTopic::Kind::History, true, QStringLiteral("harga-beras")},
         "pantau/v1/blitar/public/history/harga-beras"},
        {{SiteTopic::Kind::Records, false, QStringLiteral("panggilan-112")},
         "pantau/v1/blitar/records/panggilan-112"},
        {{SiteTopic::Kind::Alert, false, QStringLiteral("banjir-1764900000000")},
         "pantau/v1/blitar/alert/banjir-1764900000000"},
        {{SiteTopic::Kind::Pin, true, QStringLiteral("WALL-2")},
         "pantau/v1/blitar/public/pin/WALL-2"},
        {{SiteTopic::Kind::Command, false, QStringLiteral("desk-kabid")},
         "pantau/v1/blitar/command/desk-kabid"},
        {{SiteTopic::Kind::Presence, true, QStringLiteral("kiosk-alun-alun")},
         "pantau/v1/blitar/public/presence/kiosk-alun-alun"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.name);
        CHECK(str(c.topic.name(site)) == c.name);
        QString error;
        const auto read = SiteTopic::parse(site, QString::fromLatin1(c.name), &error);
        REQUIRE(read);
        CHECK(read->kind == c.topic.kind);
        CHECK(read->isPublic == c.topic.isPublic);
        CHECK(str(read->key) == str(c.topic.key));
    }
}

TEST_CASE("A topic outside the site's scheme is refused with what was expected")
{
    struct Case
    {
        const char *topic;
        const char *expected;
    };
    const Case cases[] = {
        {"pantau/v1/lain/config", "not a topic of site \"blitar\""},
        {"pantau/v2/blitar/config", "not a topic of site"},
        {"pantau/v1/blitar/cuaca/x", "unknown kind \"cuaca\" (expected one of: config, indicator"},
        {"pantau/v1/blitar/indicator", "expected indicator/<id>"},
        {"pantau/v1/blitar/indicator/a/b", "expected indicator/<id>"},
        {"pantau/v1/blitar/indicator/", "expected indicator/<id>"},
        {"pantau/v1/blitar/config/x", "expected config with no level below it"},
        {"pantau/v1/blitar/public/records/panggilan-112", "the public subtree carries no records"},
        {"pantau/v1/blitar/public/command/kiosk", "the public subtree carries no command"},
        {"pantau/v1/blitar/public", "unknown kind \"public\""},
    };
    for (const Case &c : cases) {
        CAPTURE(c.topic);
        QString error;
        CHECK_FALSE(
            SiteTopic::parse(QStringLiteral("blitar"), QString::fromLatin1(c.topic), &error));
        CHECK_THAT(str(error), Catch::Contains(c.expected));
    }
}

TEST_CASE("A topic level takes no slash, wildcard or NUL, so an id cannot reach another topic")
{
    CHECK(SiteTopic::isLevel(QStringLiteral("serapan-apbd")));
    CHECK(SiteTopic::isLevel(QStringLiteral("WALL-1")));
    CHECK_FALSE(SiteTopic::isLevel(QString()));
    CHECK_FALSE(SiteTopic::isLevel(QStringLiteral("a/b")));
    CHECK_FALSE(SiteTopic::isLevel(QStringLiteral("+")));
    CHECK_FALSE(SiteTopic::isLevel(QStringLiteral("x#")));
    CHECK_FALSE(SiteTopic::isLevel(QStringLiteral("a") + QChar(0)));
}
