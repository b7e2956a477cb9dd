#include "config/ConfigLoader.h"

#include "ConfigFixture.h"
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

// Reading whole configs: the complete and minimal fixtures, the demo, syntax errors and the
// shapes every key is checked for.

TEST_CASE("ConfigLoader reads a complete config with every key", "[ConfigLoader]")
{
    const ConfigLoader::Result result = loadFixture("valid.json");
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
    const ConfigLoader::Result result = loadFixture("minimal.json");
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
    const ConfigLoader::Result result = loadFixture("syntax-error.json");
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
