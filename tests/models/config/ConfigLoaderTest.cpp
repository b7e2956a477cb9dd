#include "config/ConfigLoader.h"

#include "TestValues.h"

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

namespace {

QString configPath(const char *name)
{
    return QStringLiteral(PANTAU_TEST_DATA "/config/") + QLatin1String(name);
}

ConfigLoader::Result load(const char *name)
{
    return ConfigLoader::loadFile(configPath(name));
}

std::string dump(const Diagnostics &errors)
{
    std::string out;
    for (const Diagnostic &d : errors)
        out += "\n  " + str(d.toString());
    return out.empty() ? std::string(" (none)") : out;
}

// The one diagnostic at `pointer`; fails the test when there is none or more than one.
Diagnostic at(const Diagnostics &errors, const char *pointer)
{
    INFO("looking for the diagnostic at \"" << pointer << "\" among:" << dump(errors));
    const auto count = std::count_if(errors.cbegin(), errors.cend(), [&](const Diagnostic &d) {
        return d.line == 0 && d.pointer == QLatin1String(pointer);
    });
    REQUIRE(count == 1);
    return *std::find_if(errors.cbegin(), errors.cend(), [&](const Diagnostic &d) {
        return d.line == 0 && d.pointer == QLatin1String(pointer);
    });
}

QStringList pointers(const Diagnostics &errors)
{
    QStringList list;
    for (const Diagnostic &d : errors)
        list.append(d.pointer);
    list.sort();
    return list;
}

// The errors of a configPath that must be rejected, with the invariants every rejection keeps:
// no config, and every diagnostic labelled with the file and placed by pointer.
Diagnostics rejected(const char *name)
{
    const ConfigLoader::Result result = load(name);
    INFO(name << ":" << dump(result.errors));
    CHECK_FALSE(result.config.has_value());
    REQUIRE_FALSE(result.errors.isEmpty());
    for (const Diagnostic &d : result.errors) {
        CHECK(d.file == configPath(name));
        CHECK(d.line == 0);
        CHECK(d.column == 0);
        CHECK_FALSE(d.message.isEmpty());
        // "FILE: /pointer: message"
        if (!d.pointer.isEmpty())
            CHECK(str(d.toString()) == str(d.file) + ": " + str(d.pointer) + ": " + str(d.message));
    }
    return result.errors;
}

QJsonObject minimalObject()
{
    QFile file(configPath("minimal.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    REQUIRE(document.isObject());
    return document.object();
}

// Loads minimal.json after `change` has edited it, to test one rule at a time.
ConfigLoader::Result loadChanged(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = minimalObject();
    change(root);
    return ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("changed.json"));
}

// A config changed to break one rule: refused, with one error at `pointer` saying `message`.
void checkOneError(const ConfigLoader::Result &result, const char *pointer, const char *message)
{
    INFO(dump(result.errors));
    CHECK_FALSE(result.config.has_value());
    REQUIRE(result.errors.size() == 1);
    CHECK(str(result.errors.at(0).pointer) == pointer);
    CHECK_THAT(str(result.errors.at(0).message), Catch::Contains(message));
    CHECK(str(result.errors.at(0).file) == "changed.json");
}

// Sets root[key][index][field] = value, for lists of objects such as feeds and indicators.
void setIn(QJsonObject &root, const QString &list, int index, const QString &field,
           const QJsonValue &value)
{
    QJsonArray array = root.value(list).toArray();
    QJsonObject item = array.at(index).toObject();
    if (value.isUndefined())
        item.remove(field);
    else
        item.insert(field, value);
    array.replace(index, item);
    root.insert(list, array);
}

} // namespace

TEST_CASE("ConfigLoader reads a complete config with every key", "[ConfigLoader]")
{
    const ConfigLoader::Result result = load("valid.json");
    INFO(dump(result.errors));
    REQUIRE(result.errors.isEmpty());
    REQUIRE(result.config.has_value());
    const Config &config = *result.config;

    CHECK(config.sourcePath == configPath("valid.json"));
    CHECK(config.version == 1);
    CHECK(str(config.locale) == "id_ID");
    CHECK(str(config.timeZone) == "Asia/Jakarta");
    CHECK(config.usesDemoFeeds());

    REQUIRE(config.feeds.size() == 2);
    const FeedConfig &bpkad = config.feeds.at(0);
    CHECK(str(bpkad.id) == "bpkad-realisasi-apbd");
    CHECK(str(bpkad.opd) == "BPKAD");
    CHECK(bpkad.url ==
          QUrl(QStringLiteral("https://satudata.blitarkab.go.id/api/bpkad/realisasi-apbd")));
    CHECK_FALSE(bpkad.isDemo());
    CHECK(bpkad.format == FeedFormat::Json);
    CHECK(bpkad.intervalSeconds == 300);
    CHECK(bpkad.timeoutSeconds == 15);
    CHECK(bpkad.deadlineSeconds == 45);
    REQUIRE(bpkad.values.size() == 2);
    CHECK(str(bpkad.values.at(0).indicator) == "apbd.pendapatan.persen");
    CHECK(str(bpkad.values.at(0).pointer.toString()) == "/pendapatan/persen");
    REQUIRE(bpkad.values.at(0).timePointer.has_value());
    CHECK(str(bpkad.values.at(0).timePointer->toString()) == "/diperbarui");
    CHECK(str(bpkad.values.at(1).indicator) == "apbd.belanja.persen");
    CHECK(bpkad.values.at(1).pointer.tokens() ==
          QStringList{QStringLiteral("belanja"), QStringLiteral("persen")});
    CHECK_FALSE(bpkad.values.at(1).timePointer.has_value());

    const FeedConfig &kominfo = config.feeds.at(1);
    CHECK(str(kominfo.id) == "kominfo-112-harian");
    CHECK(str(kominfo.opd) == "Dinas Kominfo");
    CHECK(kominfo.isDemo());
    CHECK(str(kominfo.url.path()) == "/kominfo/112/ringkasan-harian");
    // Not given: the defaults.
    CHECK(kominfo.intervalSeconds == 60);
    CHECK(kominfo.timeoutSeconds == 10);
    CHECK(kominfo.deadlineSeconds == 30);
    REQUIRE(kominfo.values.size() == 2);
    CHECK(str(kominfo.values.at(1).pointer.toString()) == "/waktu_respon_rata_menit");

    REQUIRE(config.indicators.size() == 4);
    const IndicatorConfig &pendapatan = config.indicators.at(0);
    CHECK(str(pendapatan.id) == "apbd.pendapatan.persen");
    CHECK(str(pendapatan.label.id) == "Realisasi Pendapatan APBD");
    CHECK(str(pendapatan.label.en) == "Budget revenue realisation");
    CHECK(str(pendapatan.unit) == "%");
    CHECK(pendapatan.decimals == 2);
    CHECK(str(pendapatan.dimension) == "governance");
    CHECK(str(config.indicators.at(1).label.en).empty());
    CHECK(str(config.indicators.at(2).unit) == "panggilan");
    CHECK(config.indicators.at(2).decimals == 0);
    CHECK(str(config.indicators.at(2).dimension) == "emergency");
    CHECK(config.indicators.at(3).decimals == 1);
    CHECK(str(config.indicators.at(3).unit) == "menit");

    REQUIRE(config.screens.size() == 2);
    const ScreenConfig &wall1 = config.screens.at(0);
    CHECK(str(wall1.name) == "WALL-1");
    CHECK(str(wall1.title) == "Ringkasan Kabupaten Blitar");
    CHECK(wall1.pages.first().columns == 3);
    REQUIRE(wall1.pages.first().tiles.size() == 3);
    CHECK(wall1.pages.first().tiles.at(0).type == TileType::Kpi);
    CHECK(str(wall1.pages.first().tiles.at(0).indicator()) == "apbd.pendapatan.persen");
    CHECK(str(wall1.pages.first().tiles.at(2).indicator()) == "112.masuk");
    const ScreenConfig &wall2 = config.screens.at(1);
    CHECK(str(wall2.name) == "WALL-2");
    CHECK(str(wall2.title) == "WALL-2"); // no title: the name
    CHECK(wall2.pages.first().columns == 2);
    REQUIRE(wall2.pages.first().tiles.size() == 2);
    CHECK(str(wall2.pages.first().tiles.at(1).indicator()) == "112.waktu-respon");
}

TEST_CASE("ConfigLoader fills in defaults for a minimal config", "[ConfigLoader]")
{
    const ConfigLoader::Result result = load("minimal.json");
    INFO(dump(result.errors));
    REQUIRE(result.errors.isEmpty());
    REQUIRE(result.config.has_value());
    const Config &config = *result.config;
    CHECK(config.version == 1);
    CHECK(str(config.locale) == "id_ID");
    CHECK(str(config.timeZone) == "Asia/Jakarta");
    REQUIRE(config.feeds.size() == 1);
    CHECK(config.feeds.at(0).intervalSeconds == 60);
    CHECK(config.feeds.at(0).timeoutSeconds == 10);
    CHECK(config.feeds.at(0).deadlineSeconds == 30);
    REQUIRE(config.feeds.at(0).values.size() == 1);
    CHECK_FALSE(config.feeds.at(0).values.at(0).timePointer.has_value());
    REQUIRE(config.indicators.size() == 1);
    CHECK(config.indicators.at(0).decimals == 0);
    CHECK(config.indicators.at(0).unit.isEmpty());
    CHECK(config.indicators.at(0).label.en.isEmpty());
    REQUIRE(config.screens.size() == 1);
    CHECK(config.screens.at(0).pages.first().columns == 2);
    CHECK(str(config.screens.at(0).title) == "WALL-1");
}

TEST_CASE("ConfigLoader accepts the demo config shipped with Pantau", "[ConfigLoader]")
{
    const QString path = QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json");
    const ConfigLoader::Result result = ConfigLoader::loadFile(path);
    INFO(dump(result.errors));
    REQUIRE(result.errors.isEmpty());
    REQUIRE(result.config.has_value());
    CHECK(result.config->sourcePath == path);
    CHECK(result.config->usesDemoFeeds());
    CHECK_FALSE(result.config->feeds.isEmpty());
    CHECK_FALSE(result.config->indicators.isEmpty());
    CHECK_FALSE(result.config->screens.isEmpty());
    for (const FeedConfig &feed : result.config->feeds) {
        CAPTURE(str(feed.id));
        CHECK(feed.isDemo());
        CHECK(feed.deadlineSeconds >= feed.timeoutSeconds);
    }
}

TEST_CASE("The demo config is the wall issue 6 asks for", "[ConfigLoader]")
{
    const ConfigLoader::Result result =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    REQUIRE(result.config.has_value());
    const Config &config = *result.config;

    // At least 40 indicators from at least 8 agencies, each labelled in both languages, with
    // a unit; every dimension of the smart-city model appears.
    CHECK(config.indicators.size() >= 40);
    QSet<QString> agencies;
    for (const FeedConfig &feed : config.feeds)
        agencies.insert(feed.opd);
    CHECK(agencies.size() >= 8);
    QSet<QString> dimensions;
    for (const IndicatorConfig &indicator : config.indicators) {
        CAPTURE(str(indicator.id));
        CHECK_FALSE(indicator.label.id.isEmpty());
        CHECK_FALSE(indicator.label.en.isEmpty());
        CHECK_FALSE(indicator.unit.isEmpty());
        dimensions.insert(indicator.dimension);
    }
    for (const char *dimension :
         {"governance", "economy", "society", "living", "environment", "branding", "emergency"})
        CHECK(dimensions.contains(QLatin1String(dimension)));

    // Four wall screens turning together; every tile type at least once; titles in both
    // languages; no page past twelve tiles.
    REQUIRE(config.screens.size() == 4);
    QSet<QString> types;
    int publicPages = 0;
    for (const ScreenConfig &screen : config.screens) {
        CAPTURE(str(screen.name));
        CHECK_FALSE(screen.titleEn.isEmpty());
        if (screen.pages.size() > 1) {
            CHECK(screen.rotation.seconds == 30);
            CHECK(screen.rotation.synchronized);
        }
        for (const PageConfig &page : screen.pages) {
            CAPTURE(str(page.title));
            CHECK_FALSE(page.titleEn.isEmpty());
            CHECK(page.tiles.size() <= 12);
            for (const TileConfig &tile : page.tiles) {
                types.insert(describe(tile.type).name);
                if (!tile.title.isEmpty())
                    CHECK_FALSE(tile.titleEn.isEmpty());
                // A public page never lists individual 112 incidents or complaints.
                if (page.isPublic)
                    CHECK((tile.type != TileType::Table && tile.type != TileType::Ticker));
            }
            publicPages += page.isPublic ? 1 : 0;
        }
    }
    for (const char *type : {"kpi", "line", "bar", "donut", "gauge", "table", "ticker", "clock",
                             "map", "health", "alerts"})
        CHECK(types.contains(QLatin1String(type)));
    CHECK(publicPages >= 1);

    // The alerts a command center asks for first.
    QSet<QString> watched;
    for (const AlertRule &rule : config.alerts) {
        CHECK_FALSE(rule.message.en.isEmpty());
        watched.insert(rule.indicator.isEmpty() ? rule.feed : rule.indicator);
    }
    CHECK(watched.contains(QStringLiteral("harga.telur")));
    CHECK(watched.contains(QStringLiteral("112.waktu-respon")));
}

TEST_CASE("ConfigLoader refuses a newer config version with one clear error", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("future-version.json");
    // The unknown keys, formats and tile types of version 2 are not listed: they would only
    // hide the real cause.
    INFO(dump(errors));
    REQUIRE(errors.size() == 1);
    const Diagnostic &d = errors.at(0);
    CHECK(str(d.pointer) == "/version");
    CHECK_THAT(str(d.message), Catch::Contains("newer") && Catch::Contains("upgrade"));
    CHECK_THAT(str(d.message), Catch::Contains("2"));
    CHECK(str(d.toString()) ==
          str(configPath("future-version.json")) + ": /version: " + str(d.message));
}

TEST_CASE("ConfigLoader places a syntax error by line and column", "[ConfigLoader]")
{
    const ConfigLoader::Result result = load("syntax-error.json");
    CHECK_FALSE(result.config.has_value());
    INFO(dump(result.errors));
    REQUIRE(result.errors.size() == 1);
    const Diagnostic &d = result.errors.at(0);
    // Line 8 ('"opd": "BPKAD"') lacks its comma; the parser notices at the quote that opens
    // "url" on line 9, column 7 (Python's json module reports the same place).
    CHECK(d.line == 9);
    CHECK(d.column == 7);
    CHECK(d.file == configPath("syntax-error.json"));
    CHECK_THAT(str(d.message), Catch::StartsWith("invalid JSON"));
    CHECK_THAT(str(d.toString()),
               Catch::StartsWith(str(configPath("syntax-error.json")) + ":9:7: invalid JSON"));
    CHECK(str(d.toString()) == str(configPath("syntax-error.json")) + ":9:7: " + str(d.message));
}

TEST_CASE("ConfigLoader rejects unknown keys at every level", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("unknown-key.json");
    INFO(dump(errors));
    CHECK(pointers(errors) == QStringList{
                                  QStringLiteral("/feeds/0/headers"),
                                  QStringLiteral("/feeds/0/values/0/scale"),
                                  QStringLiteral("/indicators/0/label/jv"),
                                  QStringLiteral("/indicators/0/satuan~1unit"),
                                  QStringLiteral("/refreshSeconds"),
                                  QStringLiteral("/screens/0/tiles/1/size"),
                              });
    CHECK_THAT(str(at(errors, "/refreshSeconds").message),
               Catch::Contains("unknown key \"refreshSeconds\"") &&
                   Catch::Contains("expected one of") && Catch::Contains("feeds"));
    CHECK_THAT(str(at(errors, "/feeds/0/values/0/scale").message),
               Catch::Contains("unknown key \"scale\"") && Catch::Contains("timePointer"));
    CHECK_THAT(str(at(errors, "/indicators/0/label/jv").message),
               Catch::Contains("\"jv\"") && Catch::Contains("id, en"));
    // The key with a slash in it is escaped in the pointer and quoted as is in the message.
    CHECK_THAT(str(at(errors, "/indicators/0/satuan~1unit").message),
               Catch::Contains("unknown key \"satuan/unit\"") && Catch::Contains("unit"));
    CHECK_THAT(str(at(errors, "/screens/0/tiles/1/size").message),
               Catch::Contains("\"size\"") && Catch::Contains("a kpi tile") &&
                   Catch::Contains("type, title"));
}

TEST_CASE("ConfigLoader rejects values of the wrong type, saying what it found", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("wrong-type.json");
    INFO(dump(errors));
    CHECK(errors.size() == 10);

    struct Expectation
    {
        const char *pointer;
        const char *message;
    };
    const Expectation e = GENERATE(values<Expectation>({
        {"/locale", "expected a string, found a number"},
        {"/feeds/0/intervalSeconds", "expected a whole number, found a string"},
        {"/feeds/0/timeoutSeconds", "expected a whole number, found 7.5"},
        {"/feeds/0/values", "expected an array, found an object"},
        {"/indicators/0/label", "expected an object, found a string"},
        {"/indicators/0/decimals", "must be between 0 and 6, found 9"},
        {"/indicators/1/dimension", "unsupported value \"keuangan\"; expected one of: governance"},
        {"/screens/0/columns", "expected a whole number, found a boolean"},
        {"/screens/0/tiles/0", "expected an object, found a string"},
        {"/screens/0/tiles/1/type", "unsupported value \"grafik\"; expected one of: kpi"},
    }));
    CAPTURE(e.pointer);
    CHECK_THAT(str(at(errors, e.pointer).message), Catch::Contains(e.message));
}

TEST_CASE("ConfigLoader reports each missing required key where it is missing", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("missing-field.json");
    INFO(dump(errors));
    CHECK(errors.size() == 6);

    // A key missing from an object is reported at the object.
    CHECK_THAT(str(at(errors, "").message), Catch::Contains("missing required key \"screens\""));
    CHECK_THAT(str(at(errors, "/feeds/0").message),
               Catch::Contains("missing required key \"url\""));
    CHECK_THAT(str(at(errors, "/feeds/0/values/0").message),
               Catch::Contains("missing required key \"pointer\""));
    CHECK_THAT(str(at(errors, "/indicators/0").message),
               Catch::Contains("missing required key \"dimension\""));
    CHECK_THAT(str(at(errors, "/indicators/1/label").message),
               Catch::Contains("missing required key \"id\""));
    // A blank required string is as good as missing.
    CHECK_THAT(str(at(errors, "/feeds/0/opd").message), Catch::Contains("must not be empty"));

    // The whole document has the empty pointer, which is printed by name rather than as "".
    CHECK(str(at(errors, "").toString()) ==
          str(configPath("missing-field.json")) + ": (document): missing required key \"screens\"");
}

TEST_CASE("ConfigLoader reports duplicates with where the first one was", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("duplicate-id.json");
    INFO(dump(errors));
    CHECK(errors.size() == 2);
    CHECK_THAT(str(at(errors, "/indicators/2/id").message),
               Catch::Contains("duplicate indicator id \"apbd.pendapatan.persen\"") &&
                   Catch::Contains("first defined at /indicators/0/id"));
    CHECK_THAT(str(at(errors, "/screens/1/name").message),
               Catch::Contains("duplicate screen name \"WALL-1\"") &&
                   Catch::Contains("first defined at /screens/0/name"));
}

TEST_CASE("ConfigLoader rejects a value pointer that is not a JSON Pointer", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("bad-pointer.json");
    INFO(dump(errors));
    CHECK(errors.size() == 2);
    const Diagnostic pointer = at(errors, "/feeds/0/values/1/pointer");
    CHECK_THAT(str(pointer.message),
               Catch::Contains("not a JSON Pointer") && Catch::Contains("start with \"/\""));
    CHECK(str(pointer.toString()) == str(configPath("bad-pointer.json")) +
                                         ": /feeds/0/values/1/pointer: " + str(pointer.message));
    CHECK_THAT(str(at(errors, "/feeds/0/values/0/timePointer").message),
               Catch::Contains("not a JSON Pointer") && Catch::Contains("~0"));
}

TEST_CASE("ConfigLoader rejects references to indicators that are not defined", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("unknown-indicator.json");
    INFO(dump(errors));
    CHECK(errors.size() == 2);
    CHECK_THAT(str(at(errors, "/feeds/0/values/1/indicator").message),
               Catch::Contains("unknown indicator \"apbd.belanja.persen\"") &&
                   Catch::Contains("/indicators"));
    CHECK_THAT(str(at(errors, "/screens/0/tiles/2/indicator").message),
               Catch::Contains("unknown indicator \"apbd.silpa\"") &&
                   Catch::Contains("/indicators"));
}

TEST_CASE("ConfigLoader rejects an unknown locale and time zone", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("bad-locale-zone.json");
    INFO(dump(errors));
    CHECK(errors.size() == 2);
    CHECK_THAT(str(at(errors, "/locale").message),
               Catch::Contains("unknown locale \"xx_QQ\"") && Catch::Contains("id_ID"));
    CHECK_THAT(str(at(errors, "/timeZone").message),
               Catch::Contains("unknown time zone \"Mars/Olympus\"") &&
                   Catch::Contains("Asia/Jakarta"));
}

TEST_CASE("ConfigLoader accepts only http, https, file and demo URLs", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("bad-url.json");
    INFO(dump(errors));
    CHECK(errors.size() == 2);
    CHECK_THAT(str(at(errors, "/feeds/0/url").message),
               Catch::Contains("unsupported URL scheme \"ftp\"") &&
                   Catch::Contains("http, https, file, demo or a file path"));
    CHECK_THAT(str(at(errors, "/feeds/1/url").message),
               Catch::Contains("demo:/bpkad/realisasi-apbd"));
}

TEST_CASE("ConfigLoader rejects a deadline shorter than the timeout", "[ConfigLoader]")
{
    const Diagnostics errors = rejected("deadline-shorter-than-timeout.json");
    INFO(dump(errors));
    // The second feed's deadline equals its timeout, which is allowed.
    REQUIRE(errors.size() == 1);
    CHECK(str(errors.at(0).pointer) == "/feeds/0/deadlineSeconds");
    CHECK_THAT(str(errors.at(0).message),
               Catch::Contains("deadline (20 s)") && Catch::Contains("timeout (30 s)"));
}

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

TEST_CASE("ConfigLoader::loadBytes survives any input and never yields a config from it",
          "[ConfigLoader]")
{
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 197 + 11) % 256));
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    const QString utf16Text = QStringLiteral("{\"version\": 1}");
    const QByteArray utf16 =
        QByteArray("\xFF\xFE") +
        QByteArray(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
    const QByteArray deepObjects =
        QByteArray(10000, '{').replace("{", "{\"a\":") + "1" + QByteArray(10000, '}');

    struct Case
    {
        const char *what;
        QByteArray bytes;
    };
    const Case c = GENERATE_COPY(values<Case>({
        {"binary", binary},
        {"empty", QByteArray()},
        {"whitespace", QByteArray(" \n\t\r\n ")},
        {"NUL bytes", QByteArray(16, '\0')},
        {"a JSON array", QByteArray(R"([{"version": 1}])")},
        {"an empty array", QByteArray("[]")},
        {"a number", QByteArray("1")},
        {"a string", QByteArray(R"("version")")},
        {"null", QByteArray("null")},
        {"true", QByteArray("true")},
        {"deeply nested arrays", deep},
        {"deeply nested objects", deepObjects},
        {"invalid UTF-8", QByteArray("{\"version\": 1, \"locale\": \"id_\xFF\xFE\"}")},
        {"truncated UTF-8", QByteArray("{\"version\": 1, \"locale\": \"\xE2\x82")},
        {"a BOM alone", QByteArray("\xEF\xBB\xBF")},
        {"UTF-16", utf16},
        {"truncated document", QByteArray("{\"version\": 1, \"feeds\": [")},
        {"an empty object", QByteArray("{}")},
        {"version only", QByteArray(R"({"version": 1})")},
    }));
    CAPTURE(c.what);
    const ConfigLoader::Result result =
        ConfigLoader::loadBytes(c.bytes, QStringLiteral("rusak.json"));
    INFO(dump(result.errors));
    CHECK_FALSE(result.config.has_value());
    REQUIRE_FALSE(result.errors.isEmpty());
    for (const Diagnostic &d : result.errors) {
        CHECK(str(d.file) == "rusak.json");
        CHECK_FALSE(d.message.isEmpty());
        CHECK((d.line >= 1) == (d.column >= 1));
    }
}

TEST_CASE("ConfigLoader says what is wrong with a document that is not an object", "[ConfigLoader]")
{
    const ConfigLoader::Result array =
        ConfigLoader::loadBytes(R"([{"version": 1}])", QStringLiteral("wall.json"));
    REQUIRE(array.errors.size() == 1);
    CHECK(str(array.errors.at(0).pointer).empty());
    CHECK(str(array.errors.at(0).message) == "expected an object, found an array");
    CHECK(str(array.errors.at(0).toString()) ==
          "wall.json: (document): expected an object, found an array");

    const ConfigLoader::Result scalar = ConfigLoader::loadBytes("42", QStringLiteral("wall.json"));
    REQUIRE(scalar.errors.size() == 1);
    CHECK_FALSE(scalar.config.has_value());
    // Qt's parser takes only an object or an array at the top, so this is a syntax error.
    CHECK(scalar.errors.at(0).line == 1);
    CHECK(scalar.errors.at(0).column == 1);

    const ConfigLoader::Result deep = ConfigLoader::loadBytes(
        QByteArray(10000, '[') + QByteArray(10000, ']'), QStringLiteral("wall.json"));
    REQUIRE(deep.errors.size() == 1);
    CHECK(deep.errors.at(0).line == 1);
    CHECK_THAT(str(deep.errors.at(0).message), Catch::Contains("invalid JSON"));
}

TEST_CASE("ConfigLoader::loadFile explains a file it cannot read", "[ConfigLoader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a missing file")
    {
        const QString path = dir.filePath(QStringLiteral("tidak-ada.json"));
        const ConfigLoader::Result result = ConfigLoader::loadFile(path);
        CHECK_FALSE(result.config.has_value());
        REQUIRE(result.errors.size() == 1);
        const Diagnostic &d = result.errors.at(0);
        CHECK(d.file == path);
        CHECK_THAT(str(d.message),
                   Catch::Contains("cannot read") && Catch::Contains("No such file"));
        CHECK_THAT(str(d.toString()),
                   Catch::StartsWith(str(path)) && Catch::Contains("cannot read"));
    }
    SECTION("a directory")
    {
        const QString path = dir.path();
        const ConfigLoader::Result result = ConfigLoader::loadFile(path);
        CHECK_FALSE(result.config.has_value());
        REQUIRE(result.errors.size() == 1);
        const Diagnostic &d = result.errors.at(0);
        CHECK(d.file == path);
        CHECK_THAT(str(d.message), Catch::Contains("cannot read") && Catch::Contains("directory"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("kosong.json"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        const ConfigLoader::Result result = ConfigLoader::loadFile(path);
        CHECK_FALSE(result.config.has_value());
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.at(0).file == path);
        CHECK(result.errors.at(0).line == 1);
        CHECK(result.errors.at(0).column == 1);
    }
}

TEST_CASE("Diagnostic::toString formats both kinds of place", "[ConfigLoader]")
{
    Diagnostic byLine;
    byLine.file = QStringLiteral("/etc/pantau/wall.json");
    byLine.line = 12;
    byLine.column = 5;
    byLine.message = QStringLiteral("invalid JSON: missing name separator");
    CHECK(str(byLine.toString()) ==
          "/etc/pantau/wall.json:12:5: invalid JSON: missing name separator");

    Diagnostic byPointer;
    byPointer.file = QStringLiteral("wall.json");
    byPointer.pointer = QStringLiteral("/screens/0/tiles/2/indicator");
    byPointer.message = QStringLiteral("unknown indicator \"apbd.silpa\"");
    CHECK(str(byPointer.toString()) ==
          "wall.json: /screens/0/tiles/2/indicator: unknown indicator \"apbd.silpa\"");

    Diagnostic whole;
    whole.file = QStringLiteral("wall.json");
    whole.message = QStringLiteral("expected an object, found an array");
    CHECK(str(whole.toString()) == "wall.json: (document): expected an object, found an array");

    // Messages with "%1"-like text are printed as they are.
    Diagnostic percent;
    percent.file = QStringLiteral("w%1.json");
    percent.pointer = QStringLiteral("/c%d");
    percent.message = QStringLiteral("100% salah %1");
    CHECK(str(percent.toString()) == "w%1.json: /c%d: 100% salah %1");
}

TEST_CASE("ConfigLoader reads a 2x2 canvas, its panels and the spare monitor", "[ConfigLoader]")
{
    const ConfigLoader::Result result = load("canvas-2x2.json");
    INFO(dump(result.errors));
    REQUIRE(result.config.has_value());
    const Config &config = *result.config;
    REQUIRE(config.screens.size() == 2);
    const ScreenConfig &wall = config.screens.at(0);
    REQUIRE(wall.isCanvas());
    CHECK(wall.canvas->columns == 2);
    CHECK(wall.canvas->rows == 2);
    CHECK(wall.canvas->bezelPixels == 40);
    REQUIRE(wall.canvas->panels.size() == 4);
    CHECK(str(wall.canvas->panels.at(0).name) == "DP-1");
    CHECK(wall.canvas->panels.at(0).match.isEmpty());
    CHECK(str(wall.canvas->panels.at(2).match.serial) == "SN-3");
    CHECK(wall.canvas->panels.at(2).name.isEmpty());
    CHECK(str(wall.canvas->panels.at(3).name) == "DP-4");
    CHECK(wall.canvas->panels.at(3).match.geometry == QRect(1920, 1080, 1920, 1080));
    // Four full-HD panels; the bezels come out of the panels' own pixels.
    CHECK(wall.size == QSize(3840, 2160));
    CHECK_FALSE(config.screens.at(1).isCanvas());
    CHECK(config.screens.at(1).size == QSize(1920, 1080));
    REQUIRE(config.spare.has_value());
    CHECK(str(config.spare->name) == "HDMI-1");
}

TEST_CASE("ConfigLoader checks a canvas rule by rule", "[ConfigLoader]")
{
    using Change = std::function<void(QJsonObject &)>;
    struct Case
    {
        const char *what;
        Change change;
        const char *pointer;
        const char *message;
    };
    // Edits the canvas screen (screens[0]) or its first page.
    auto onWall = [](const std::function<void(QJsonObject &)> &edit) {
        return [edit](QJsonObject &root) {
            QJsonArray screens = root.value(QStringLiteral("screens")).toArray();
            QJsonObject wall = screens.at(0).toObject();
            edit(wall);
            screens.replace(0, wall);
            root.insert(QStringLiteral("screens"), screens);
        };
    };
    auto onCanvas = [onWall](const QString &key, const QJsonValue &value) {
        return onWall([=](QJsonObject &wall) {
            QJsonObject canvas = wall.value(QStringLiteral("canvas")).toObject();
            canvas.insert(key, value);
            wall.insert(QStringLiteral("canvas"), canvas);
        });
    };
    auto onPages = [onWall](const QJsonObject &page) {
        return onWall(
            [=](QJsonObject &wall) { wall.insert(QStringLiteral("pages"), QJsonArray{page}); });
    };
    auto clock = [](int row, int column, int rowSpan) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("clock")},
                           {QStringLiteral("row"), row},
                           {QStringLiteral("column"), column},
                           {QStringLiteral("rowSpan"), rowSpan}};
    };

    const Case c = GENERATE_COPY(values<Case>({
        {"three panels for a 2x2 canvas",
         onCanvas(QStringLiteral("panels"),
                  QJsonArray{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}),
         "/screens/0/canvas/panels", "expected 4 panels (2 columns x 2 rows, row by row), found 3"},
        {"bezel over 500", onCanvas(QStringLiteral("bezel"), 501), "/screens/0/canvas/bezel",
         "must be between 0 and 500, found 501"},
        {"negative bezel", onCanvas(QStringLiteral("bezel"), -1), "/screens/0/canvas/bezel",
         "must be between 0 and 500, found -1"},
        {"panel that is a number",
         onCanvas(QStringLiteral("panels"),
                  QJsonArray{QStringLiteral("A"), 7, QStringLiteral("C"), QStringLiteral("D")}),
         "/screens/0/canvas/panels/1", "expected a monitor name or an object"},
        {"panel object naming nothing",
         onCanvas(QStringLiteral("panels"), QJsonArray{QStringLiteral("A"), QJsonObject(),
                                                       QStringLiteral("C"), QStringLiteral("D")}),
         "/screens/0/canvas/panels/1", "expected at least one of name"},
        {"one monitor as two panels",
         onCanvas(QStringLiteral("panels"), QJsonArray{QStringLiteral("A"), QStringLiteral("B"),
                                                       QStringLiteral("A"), QStringLiteral("D")}),
         "/screens/0/canvas/panels/2",
         "duplicate monitor name \"A\"; first defined at /screens/0/canvas/panels/0"},
        {"a panel that is another screen's monitor",
         onCanvas(QStringLiteral("panels"),
                  QJsonArray{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                             QStringLiteral("CC112")}),
         "/screens/1/name", "monitor \"CC112\" is already used at /screens/0/canvas/panels/3"},
        {"the spare is a panel",
         [](QJsonObject &r) { r.insert(QStringLiteral("spare"), QStringLiteral("DP-2")); },
         "/spare", "duplicate monitor name \"DP-2\""},
        {"a canvas with match", onWall([](QJsonObject &wall) {
             wall.insert(QStringLiteral("match"),
                         QJsonObject{{QStringLiteral("serial"), QStringLiteral("X")}});
         }),
         "/screens/0/match", "a canvas finds its monitors through"},
        {"unknown canvas key", onCanvas(QStringLiteral("gap"), 3), "/screens/0/canvas/gap",
         "unknown key \"gap\""},
        {"three columns over two panels",
         onPages(QJsonObject{{QStringLiteral("columns"), 3},
                             {QStringLiteral("rows"), 2},
                             {QStringLiteral("tiles"), QJsonArray{clock(0, 0, 1)}}}),
         "/screens/0/pages/0", "3 columns do not split evenly over the canvas's 2 panel columns"},
        {"a tile across the vertical seam",
         onPages(
             QJsonObject{{QStringLiteral("columns"), 4},
                         {QStringLiteral("rows"), 2},
                         {QStringLiteral("tiles"),
                          QJsonArray{clock(0, 0, 1),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("clock")},
                                                 {QStringLiteral("row"), 0},
                                                 {QStringLiteral("column"), 1},
                                                 {QStringLiteral("columnSpan"), 2}}}}}),
         "/screens/0/pages/0/tiles/1",
         "the tile crosses the seam between panels 1 and 2, which runs between grid columns 1 "
         "and 2"},
        {"a tile across the horizontal seam",
         onPages(QJsonObject{{QStringLiteral("columns"), 4},
                             {QStringLiteral("rows"), 4},
                             {QStringLiteral("tiles"), QJsonArray{clock(1, 3, 2)}}}),
         "/screens/0/pages/0/tiles/0",
         "the seam between panels 2 and 4, which runs between grid rows 1 and 2"},
    }));
    CAPTURE(c.what);
    QFile file(configPath("canvas-2x2.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    c.change(root);
    const ConfigLoader::Result result =
        ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("changed.json"));
    INFO(dump(result.errors));
    CHECK_FALSE(result.config.has_value());
    REQUIRE(result.errors.size() == 1);
    CHECK(str(result.errors.at(0).pointer) == c.pointer);
    CHECK_THAT(str(result.errors.at(0).message), Catch::Contains(c.message));
}

namespace {

// minimal.json with its one tile replaced by a gauge of these keys.
ConfigLoader::Result loadGauge(const QJsonObject &keys)
{
    return loadChanged([&](QJsonObject &root) {
        QJsonObject gauge{{QStringLiteral("type"), QStringLiteral("gauge")},
                          {QStringLiteral("indicator"), QStringLiteral("apbd.pendapatan.persen")}};
        for (auto it = keys.constBegin(); it != keys.constEnd(); ++it)
            gauge.insert(it.key(), it.value());
        setIn(root, QStringLiteral("screens"), 0, QStringLiteral("tiles"), QJsonArray{gauge});
    });
}

QJsonObject scale(const QJsonValue &min, const QJsonValue &max)
{
    QJsonObject object;
    if (!min.isUndefined())
        object.insert(QStringLiteral("min"), min);
    if (!max.isUndefined())
        object.insert(QStringLiteral("max"), max);
    return object;
}

} // namespace

TEST_CASE("ConfigLoader reads feed names, units in two languages and a gauge's scale",
          "[ConfigLoader]")
{
    const ConfigLoader::Result result = loadChanged([](QJsonObject &root) {
        setIn(root, QStringLiteral("indicators"), 0, QStringLiteral("unit"),
              QJsonObject{{QStringLiteral("id"), QStringLiteral("jiwa")},
                          {QStringLiteral("en"), QStringLiteral("people")}});
        QJsonArray feeds = root.value(QStringLiteral("feeds")).toArray();
        QJsonObject second = feeds.at(0).toObject();
        second.insert(QStringLiteral("id"), QStringLiteral("bpkad-pad"));
        second.insert(QStringLiteral("name"),
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("Pendapatan Asli Daerah")},
                                  {QStringLiteral("en"), QStringLiteral("Own-source revenue")}});
        second.insert(QStringLiteral("values"), QJsonArray());
        second.insert(QStringLiteral("events"),
                      QJsonObject{{QStringLiteral("records"), QStringLiteral("/data")},
                                  {QStringLiteral("id"), QStringLiteral("id")},
                                  {QStringLiteral("time"), QStringLiteral("waktu")}});
        QJsonObject third = second;
        third.insert(QStringLiteral("id"), QStringLiteral("pad-harian"));
        third.insert(QStringLiteral("name"), QStringLiteral("PAD harian"));
        feeds.append(second);
        feeds.append(third);
        root.insert(QStringLiteral("feeds"), feeds);
        setIn(root, QStringLiteral("screens"), 0, QStringLiteral("tiles"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("type"), QStringLiteral("gauge")},
                  {QStringLiteral("indicator"), QStringLiteral("apbd.pendapatan.persen")},
                  {QStringLiteral("scale"), scale(QJsonValue::Undefined, 100)}}});
    });
    INFO(dump(result.errors));
    REQUIRE(result.config.has_value());
    const Config &config = *result.config;
    REQUIRE(config.feeds.size() == 3);
    // Unnamed: the agency and the dataset, without the agency's prefix of the id.
    CHECK(str(config.feeds.at(0).name.id) == "BPKAD: realisasi apbd");
    CHECK(config.feeds.at(0).name.en.isEmpty());
    CHECK(str(config.feeds.at(1).name.id) == "Pendapatan Asli Daerah");
    CHECK(str(config.feeds.at(1).name.en) == "Own-source revenue");
    CHECK(str(config.feeds.at(2).name.in(true)) == "PAD harian");
    CHECK(str(config.indicators.at(0).unit) == "jiwa");
    CHECK(str(config.indicators.at(0).unitEn) == "people");
    const TileConfig &gauge = config.screens.at(0).pages.at(0).tiles.at(0);
    REQUIRE(gauge.scale.has_value());
    CHECK(gauge.scale->min == 0);
    CHECK(gauge.scale->max == 100);
    CHECK_FALSE(gauge.target.has_value());
}

TEST_CASE("FeedConfig's default name reads as the agency and the dataset", "[ConfigLoader]")
{
    CHECK(
        str(FeedConfig::defaultName(QStringLiteral("BPKAD"), QStringLiteral("bpkad-realisasi-apbd"))
                .id) == "BPKAD: realisasi apbd");
    // The agency's initials are its prefix too.
    CHECK(str(FeedConfig::defaultName(QStringLiteral("Badan Penanggulangan Bencana Daerah"),
                                      QStringLiteral("bpbd_kejadian_bencana"))
                  .id) == "Badan Penanggulangan Bencana Daerah: kejadian bencana");
    // A first word that is not the agency stays.
    CHECK(str(FeedConfig::defaultName(QStringLiteral("Dinas Kesehatan"), QStringLiteral("stunting"))
                  .id) == "Dinas Kesehatan: stunting");
    CHECK(str(FeedConfig::defaultName(QStringLiteral("BPKAD"), QStringLiteral("bpkad")).id) ==
          "BPKAD: bpkad");
}

TEST_CASE("ConfigLoader checks a gauge's target and scale", "[ConfigLoader]")
{
    struct Case
    {
        const char *what;
        QJsonObject keys;
        const char *pointer;
        const char *message;
    };
    const Case c = GENERATE(values<Case>({
        {"neither", {}, "/screens/0/tiles/0", "or a \"scale\""},
        {"both",
         {{QStringLiteral("target"), 100}, {QStringLiteral("scale"), scale(0, 100)}},
         "/screens/0/tiles/0",
         "not both"},
        {"no top",
         {{QStringLiteral("scale"), scale(0, QJsonValue::Undefined)}},
         "/screens/0/tiles/0/scale",
         "missing required key \"max\""},
        {"top below bottom",
         {{QStringLiteral("scale"), scale(50, 10)}},
         "/screens/0/tiles/0/scale/max",
         "must be above its bottom"},
        {"top as text",
         {{QStringLiteral("scale"), scale(0, QStringLiteral("100"))}},
         "/screens/0/tiles/0/scale/max",
         "expected a number, found a string"},
        {"unknown key",
         {{QStringLiteral("scale"),
           QJsonObject{{QStringLiteral("max"), 5}, {QStringLiteral("step"), 1}}}},
         "/screens/0/tiles/0/scale/step",
         "unknown key"},
        {"a list",
         {{QStringLiteral("scale"), QJsonArray{0, 100}}},
         "/screens/0/tiles/0/scale",
         "expected an object"},
    }));
    CAPTURE(c.what);
    checkOneError(loadGauge(c.keys), c.pointer, c.message);
}

// Regression: the demo drew bed occupancy as a gauge "of target 100 %". Occupancy, rivers and
// PM2.5 are levels read against their thresholds, so their gauges carry a scale.
TEST_CASE("The demo's gauges of occupancy, rivers and PM2.5 are levels on a scale, not targets",
          "[ConfigLoader]")
{
    const ConfigLoader::Result result =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    INFO(dump(result.errors));
    REQUIRE(result.config.has_value());
    QSet<QString> levels;
    for (const ScreenConfig &screen : result.config->screens)
        for (const PageConfig &page : screen.pages)
            for (const TileConfig &tile : page.tiles) {
                if (tile.type != TileType::Gauge)
                    continue;
                const QString id = tile.indicator();
                const bool level = id.startsWith(QStringLiteral("tt.bor.")) ||
                                   id.startsWith(QStringLiteral("tma.")) ||
                                   id.startsWith(QStringLiteral("udara."));
                CAPTURE(str(id));
                CHECK(tile.scale.has_value() == level);
                CHECK((tile.target.has_value() || !tile.targetIndicator.isEmpty()) == !level);
                if (level)
                    levels.insert(id);
            }
    CHECK(levels.contains(QStringLiteral("tt.bor.ngudi-waluyo")));
    CHECK(levels.contains(QStringLiteral("tma.lodoyo")));
    CHECK(levels.contains(QStringLiteral("udara.pm25.kanigoro")));
    // Every feed of the demo has a name of its own in both languages.
    for (const FeedConfig &feed : result.config->feeds) {
        CAPTURE(str(feed.id));
        CHECK_FALSE(feed.name.id.contains(feed.id));
        CHECK_FALSE(feed.name.en.isEmpty());
    }
}
