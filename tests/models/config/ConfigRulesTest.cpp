#include "ConfigFixture.h"
#include "TestValues.h"
#include "config/ConfigLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <string>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// One rule at a time: minimal.json changed to break it, refused with one error in its place.

TEST_CASE("ConfigLoader checks each rule on its own", "[ConfigLoader]")
{
    using Change = std::function<void(QJsonObject &)>;
    struct Case
    {
        const char *what;
        Change change;
        const char *pointer;
        const char *message;
    };
    const QString feeds = QStringLiteral("feeds");
    const QString indicators = QStringLiteral("indicators");
    const QString screens = QStringLiteral("screens");

    const Case c = GENERATE_COPY(values<Case>({
        {"version missing", [](QJsonObject &r) { r.remove(QStringLiteral("version")); }, "",
         "missing required key \"version\""},
        {"version 0", [](QJsonObject &r) { r.insert(QStringLiteral("version"), 0); }, "/version",
         "versions start at 1"},
        {"version as text",
         [](QJsonObject &r) { r.insert(QStringLiteral("version"), QStringLiteral("1")); },
         "/version", "expected a whole number, found a string"},
        {"version 1.5", [](QJsonObject &r) { r.insert(QStringLiteral("version"), 1.5); },
         "/version", "expected a whole number"},
        {"version 3", [](QJsonObject &r) { r.insert(QStringLiteral("version"), 3); }, "/version",
         "upgrade"},
        {"no screens", [=](QJsonObject &r) { r.insert(screens, QJsonArray()); }, "/screens",
         "at least one screen"},
        {"screens not a list", [=](QJsonObject &r) { r.insert(screens, QJsonObject()); },
         "/screens", "expected an array, found an object"},
        {"feed maps no value",
         [=](QJsonObject &r) { setIn(r, feeds, 0, QStringLiteral("values"), QJsonArray()); },
         "/feeds/0/values", "at least one value"},
        {"interval 0",
         [=](QJsonObject &r) { setIn(r, feeds, 0, QStringLiteral("intervalSeconds"), 0); },
         "/feeds/0/intervalSeconds", "must be between 1 and 86400, found 0"},
        {"interval over a day",
         [=](QJsonObject &r) { setIn(r, feeds, 0, QStringLiteral("intervalSeconds"), 86401); },
         "/feeds/0/intervalSeconds", "must be between 1 and 86400, found 86401"},
        {"timeout over 10 minutes",
         [=](QJsonObject &r) { setIn(r, feeds, 0, QStringLiteral("timeoutSeconds"), 601); },
         "/feeds/0/timeoutSeconds", "must be between 1 and 600, found 601"},
        {"deadline over an hour",
         [=](QJsonObject &r) { setIn(r, feeds, 0, QStringLiteral("deadlineSeconds"), 3601); },
         "/feeds/0/deadlineSeconds", "must be between 1 and 3600, found 3601"},
        {"negative timeout",
         [=](QJsonObject &r) { setIn(r, feeds, 0, QStringLiteral("timeoutSeconds"), -5); },
         "/feeds/0/timeoutSeconds", "must be between 1 and 600, found -5"},
        {"format xml",
         [=](QJsonObject &r) {
             setIn(r, feeds, 0, QStringLiteral("format"), QStringLiteral("xml"));
         },
         "/feeds/0/format",
         "unsupported value \"xml\"; expected one of: json, csv, ckan, bps, ngsi"},
        {"url without host",
         [=](QJsonObject &r) {
             setIn(r, feeds, 0, QStringLiteral("url"), QStringLiteral("https:///api/apbd"));
         },
         "/feeds/0/url", "no host"},
        {"url without scheme",
         [=](QJsonObject &r) {
             setIn(r, feeds, 0, QStringLiteral("url"),
                   QStringLiteral("satudata.blitarkab.go.id/api/apbd"));
         },
         "/feeds/0/url", "expected http, https, file, demo or a file path"},
        {"url that is not a URL",
         [=](QJsonObject &r) {
             setIn(r, feeds, 0, QStringLiteral("url"), QStringLiteral("https://satu data/api"));
         },
         "/feeds/0/url", "not a valid URL"},
        {"url as a number", [=](QJsonObject &r) { setIn(r, feeds, 0, QStringLiteral("url"), 80); },
         "/feeds/0/url", "expected a string, found a number"},
        {"feed is not an object", [=](QJsonObject &r) { r.insert(feeds, QJsonArray{42}); },
         "/feeds/0", "expected an object, found a number"},
        {"decimals negative",
         [=](QJsonObject &r) { setIn(r, indicators, 0, QStringLiteral("decimals"), -1); },
         "/indicators/0/decimals", "must be between 0 and 6, found -1"},
        {"unit not text",
         [=](QJsonObject &r) { setIn(r, indicators, 0, QStringLiteral("unit"), true); },
         "/indicators/0/unit", "expected a string or {\"id\": …, \"en\": …}, found a boolean"},
        {"label missing",
         [=](QJsonObject &r) {
             setIn(r, indicators, 0, QStringLiteral("label"), QJsonValue::Undefined);
         },
         "/indicators/0", "missing required key \"label\""},
        {"english label not text",
         [=](QJsonObject &r) {
             setIn(r, indicators, 0, QStringLiteral("label"),
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("Realisasi")},
                               {QStringLiteral("en"), 5}});
         },
         "/indicators/0/label/en", "expected a string, found a number"},
        {"blank Indonesian label",
         [=](QJsonObject &r) {
             setIn(r, indicators, 0, QStringLiteral("label"),
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("  ")}});
         },
         "/indicators/0/label/id", "must not be empty"},
        {"columns 0", [=](QJsonObject &r) { setIn(r, screens, 0, QStringLiteral("columns"), 0); },
         "/screens/0/columns", "must be between 1 and 12, found 0"},
        {"columns 13", [=](QJsonObject &r) { setIn(r, screens, 0, QStringLiteral("columns"), 13); },
         "/screens/0/columns", "must be between 1 and 12, found 13"},
        {"tiles missing",
         [=](QJsonObject &r) {
             setIn(r, screens, 0, QStringLiteral("tiles"), QJsonValue::Undefined);
         },
         "/screens/0", "missing required key \"tiles\""},
        {"locale not text", [](QJsonObject &r) { r.insert(QStringLiteral("locale"), 1); },
         "/locale", "expected a string, found a number"},
        {"root key with a tilde", [](QJsonObject &r) { r.insert(QStringLiteral("m~n"), 1); },
         "/m~0n", "unknown key \"m~n\""},
        {"feed name empty",
         [=](QJsonObject &r) { setIn(r, feeds, 0, QStringLiteral("name"), QStringLiteral(" ")); },
         "/feeds/0/name", "must not be empty"},
        {"feed name a number",
         [=](QJsonObject &r) { setIn(r, feeds, 0, QStringLiteral("name"), 7); }, "/feeds/0/name",
         "expected a string or {\"id\": …, \"en\": …}, found a number"},
        {"feed name in English only",
         [=](QJsonObject &r) {
             setIn(r, feeds, 0, QStringLiteral("name"),
                   QJsonObject{{QStringLiteral("en"), QStringLiteral("Budget")}});
         },
         "/feeds/0/name", "missing required key \"id\""},
        {"unit a list",
         [=](QJsonObject &r) { setIn(r, indicators, 0, QStringLiteral("unit"), QJsonArray()); },
         "/indicators/0/unit", "expected a string or {\"id\": …, \"en\": …}, found an array"},
        {"unit with an unknown language",
         [=](QJsonObject &r) {
             setIn(r, indicators, 0, QStringLiteral("unit"),
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("jiwa")},
                               {QStringLiteral("jv"), QStringLiteral("jiwa")}});
         },
         "/indicators/0/unit/jv", "unknown key \"jv\""},
    }));
    CAPTURE(c.what);
    checkOneError(loadChanged(c.change), c.pointer, c.message);
}

TEST_CASE("ConfigLoader rejects an empty time zone rather than use the machine's", "[ConfigLoader]")
{
    // QTimeZone("") is valid: it is the machine's zone. A wall configured with "" would show
    // New York time on a machine set to New York, which is what "timeZone" exists to prevent.
    const ConfigLoader::Result result =
        loadChanged([](QJsonObject &r) { r.insert(QStringLiteral("timeZone"), QString()); });
    INFO(dump(result.errors));
    CHECK_FALSE(result.config.has_value());
    REQUIRE(result.errors.size() == 1);
    CHECK(str(result.errors.at(0).pointer) == "/timeZone");
    CHECK_THAT(str(result.errors.at(0).message), Catch::Contains("time zone"));
}

TEST_CASE("ConfigLoader judges a huge whole number by its size", "[ConfigLoader]")
{
    // 1e300 is a whole number, too big for any integer type: converting it to qint64 to test
    // for a fraction is undefined behaviour, and "expected a whole number" would be wrong.
    SECTION("a version far in the future is newer")
    {
        const ConfigLoader::Result result =
            loadChanged([](QJsonObject &r) { r.insert(QStringLiteral("version"), 1e300); });
        INFO(dump(result.errors));
        CHECK_FALSE(result.config.has_value());
        REQUIRE(result.errors.size() == 1);
        CHECK(str(result.errors.at(0).pointer) == "/version");
        CHECK_THAT(str(result.errors.at(0).message),
                   Catch::Contains("newer") && Catch::Contains("upgrade"));
    }
    SECTION("an interval far too long is out of range")
    {
        const ConfigLoader::Result result = loadChanged([](QJsonObject &r) {
            setIn(r, QStringLiteral("feeds"), 0, QStringLiteral("intervalSeconds"), 1e300);
        });
        INFO(dump(result.errors));
        CHECK_FALSE(result.config.has_value());
        REQUIRE(result.errors.size() == 1);
        CHECK(str(result.errors.at(0).pointer) == "/feeds/0/intervalSeconds");
        CHECK_THAT(str(result.errors.at(0).message),
                   Catch::Contains("must be between 1 and 86400"));
    }
    SECTION("numbers that fit are still judged right")
    {
        const ConfigLoader::Result result = loadChanged([](QJsonObject &r) {
            setIn(r, QStringLiteral("feeds"), 0, QStringLiteral("intervalSeconds"), 1e12);
        });
        REQUIRE(result.errors.size() == 1);
        CHECK_THAT(str(result.errors.at(0).message),
                   Catch::Contains("must be between 1 and 86400"));
    }
}

TEST_CASE("ConfigLoader places an unquoted value at its first letter", "[ConfigLoader]")
{
    // A value typed without quotes, the commonest slip in a hand-edited file: line 3 is
    // '  "locale": id_ID,' and the "i" of id_ID is column 13.
    const QByteArray json = "{\n"
                            "  \"version\": 1,\n"
                            "  \"locale\": id_ID,\n"
                            "  \"timeZone\": \"Asia/Jakarta\"\n"
                            "}\n";
    const ConfigLoader::Result result = ConfigLoader::loadBytes(json, QStringLiteral("wall.json"));
    CHECK_FALSE(result.config.has_value());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.at(0).line == 3);
    CHECK(result.errors.at(0).column == 13);
    CHECK_THAT(str(result.errors.at(0).toString()),
               Catch::StartsWith("wall.json:3:13: invalid JSON"));
}

TEST_CASE("ConfigLoader allows each feed one source per indicator", "[ConfigLoader]")
{
    SECTION("two feeds for one indicator")
    {
        const ConfigLoader::Result result = loadChanged([](QJsonObject &r) {
            QJsonArray feeds = r.value(QStringLiteral("feeds")).toArray();
            QJsonObject second = feeds.at(0).toObject();
            second.insert(QStringLiteral("id"), QStringLiteral("bpkad-cadangan"));
            feeds.append(second);
            r.insert(QStringLiteral("feeds"), feeds);
        });
        INFO(dump(result.errors));
        CHECK_FALSE(result.config.has_value());
        REQUIRE(result.errors.size() == 1);
        CHECK_THAT(str(at(result.errors, "/feeds/1/values/0/indicator").message),
                   Catch::Contains("duplicate source for indicator \"apbd.pendapatan.persen\"") &&
                       Catch::Contains("/feeds/0/values/0/indicator"));
    }
    SECTION("two feeds with one id")
    {
        const ConfigLoader::Result result = loadChanged([](QJsonObject &r) {
            QJsonArray feeds = r.value(QStringLiteral("feeds")).toArray();
            QJsonObject second = feeds.at(0).toObject();
            second.insert(
                QStringLiteral("values"),
                QJsonArray{QJsonObject{{QStringLiteral("indicator"), QStringLiteral("x")},
                                       {QStringLiteral("pointer"), QStringLiteral("/x")}}});
            feeds.append(second);
            r.insert(QStringLiteral("feeds"), feeds);
            QJsonArray indicators = r.value(QStringLiteral("indicators")).toArray();
            QJsonObject x = indicators.at(0).toObject();
            x.insert(QStringLiteral("id"), QStringLiteral("x"));
            indicators.append(x);
            r.insert(QStringLiteral("indicators"), indicators);
        });
        INFO(dump(result.errors));
        CHECK_FALSE(result.config.has_value());
        REQUIRE(result.errors.size() == 1);
        CHECK_THAT(str(at(result.errors, "/feeds/1/id").message),
                   Catch::Contains("duplicate feed id \"bpkad-realisasi-apbd\"") &&
                       Catch::Contains("first defined at /feeds/0/id"));
    }
}

TEST_CASE("ConfigLoader accepts what the rules allow", "[ConfigLoader]")
{
    SECTION("the bounds of every range")
    {
        const ConfigLoader::Result result = loadChanged([](QJsonObject &r) {
            setIn(r, QStringLiteral("feeds"), 0, QStringLiteral("intervalSeconds"), 86400);
            setIn(r, QStringLiteral("feeds"), 0, QStringLiteral("timeoutSeconds"), 1);
            setIn(r, QStringLiteral("feeds"), 0, QStringLiteral("deadlineSeconds"), 1);
            setIn(r, QStringLiteral("indicators"), 0, QStringLiteral("decimals"), 6);
            setIn(r, QStringLiteral("screens"), 0, QStringLiteral("columns"), 12);
        });
        INFO(dump(result.errors));
        REQUIRE(result.config.has_value());
        CHECK(result.config->feeds.at(0).intervalSeconds == 86400);
        CHECK(result.config->feeds.at(0).timeoutSeconds == 1);
        CHECK(result.config->feeds.at(0).deadlineSeconds == 1);
        CHECK(result.config->indicators.at(0).decimals == 6);
        CHECK(result.config->screens.at(0).pages.first().columns == 12);
        CHECK(result.config->sourcePath == QStringLiteral("changed.json"));
    }
    SECTION("a whole number written with a fraction part")
    {
        const QByteArray json =
            QJsonDocument(minimalObject()).toJson().replace("\"version\": 1", "\"version\": 1.0");
        REQUIRE(json.contains("1.0"));
        const ConfigLoader::Result result = ConfigLoader::loadBytes(json, QStringLiteral("x.json"));
        INFO(dump(result.errors));
        REQUIRE(result.config.has_value());
        CHECK(result.config->version == 1);
    }
    SECTION("an English locale and another Indonesian zone")
    {
        const ConfigLoader::Result result = loadChanged([](QJsonObject &r) {
            r.insert(QStringLiteral("locale"), QStringLiteral("en_US"));
            r.insert(QStringLiteral("timeZone"), QStringLiteral("Asia/Makassar"));
        });
        INFO(dump(result.errors));
        REQUIRE(result.config.has_value());
        CHECK(str(result.config->locale) == "en_US");
        CHECK(str(result.config->timeZone) == "Asia/Makassar");
    }
    SECTION("an http URL and a plain-http demo-less config")
    {
        const ConfigLoader::Result result = loadChanged([](QJsonObject &r) {
            setIn(r, QStringLiteral("feeds"), 0, QStringLiteral("url"),
                  QStringLiteral("http://satudata.blitarkab.go.id/api/bpkad/realisasi-apbd"));
        });
        INFO(dump(result.errors));
        REQUIRE(result.config.has_value());
        CHECK_FALSE(result.config->usesDemoFeeds());
        CHECK(str(result.config->feeds.at(0).url.host()) == "satudata.blitarkab.go.id");
    }
}
