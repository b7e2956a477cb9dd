// The screen and tile part of the config: every tile type with what it needs, and a precise
// complaint, placed by JSON Pointer, for anything it would ignore or cannot draw.

#include "config/ConfigLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

const char *const AllTiles = PANTAU_TEST_DATA "/config/all-tiles.json";

QJsonObject allTiles()
{
    QFile file(QString::fromUtf8(AllTiles));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Loads all-tiles.json with tiles of the first screen replaced, by index.
ConfigLoader::Result withTiles(const QList<QPair<int, QJsonObject>> &replacements)
{
    QJsonObject root = allTiles();
    QJsonArray screens = root.value(QStringLiteral("screens")).toArray();
    QJsonObject screen = screens.at(0).toObject();
    QJsonArray tiles = screen.value(QStringLiteral("tiles")).toArray();
    for (const auto &[index, tile] : replacements)
        tiles.replace(index, tile);
    screen.insert(QStringLiteral("tiles"), tiles);
    screens.replace(0, screen);
    root.insert(QStringLiteral("screens"), screens);
    return ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("tiles.json"));
}

ConfigLoader::Result withTile(int index, const QJsonObject &tile)
{
    return withTiles({{index, tile}});
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The one error expected, at `pointer`, containing `words`.
void expectError(const ConfigLoader::Result &result, const char *pointer, const char *words)
{
    CHECK_FALSE(result.config);
    bool found = false;
    for (const Diagnostic &d : result.errors) {
        UNSCOPED_INFO(d.toString().toStdString());
        if (d.pointer == QLatin1String(pointer) && d.message.contains(QLatin1String(words)))
            found = true;
    }
    CHECK(found);
}

} // namespace

TEST_CASE("The fixture with every tile type loads, each tile with its own keys")
{
    const ConfigLoader::Result result = ConfigLoader::loadFile(QString::fromUtf8(AllTiles));
    for (const Diagnostic &d : result.errors)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(result.config);
    const QList<TileConfig> &tiles = result.config->screens.at(0).pages.first().tiles;
    QStringList types;
    for (const TileConfig &tile : tiles)
        types.append(describe(tile.type).name);
    CHECK(types == QStringList{"kpi", "kpi", "line", "bar", "donut", "gauge", "table", "ticker",
                               "clock", "map", "health", "alerts"});
    CHECK(tiles.at(1).targetIndicator == QStringLiteral("apbd.pendapatan.target"));
    CHECK(tiles.at(2).indicators.size() == 3);
    CHECK(tiles.at(3).indicatorTemplate == QStringLiteral("aduan.kec.{code}"));
    CHECK(tiles.at(5).target == 98.13);
    CHECK(tiles.at(6).feeds == QStringList{"aduan"});
    CHECK(tiles.at(6).limit == 8);
    CHECK(tiles.at(7).columnSpan == 2);
}

TEST_CASE("A tile key that its type would ignore is refused")
{
    expectError(withTile(0, parse(R"({"type": "clock", "indicator": "harga.telur"})")),
                "/screens/0/tiles/0/indicator", "a clock tile has no key");
    expectError(withTile(0, parse(R"({"type": "kpi", "indicator": "harga.telur", "hours": 3})")),
                "/screens/0/tiles/0/hours", "a kpi tile has no key");
}

TEST_CASE("Each tile type gets what it needs")
{
    expectError(withTile(5, parse(R"({"type": "gauge", "indicator": "harga.telur"})")),
                "/screens/0/tiles/5", "needs \"target\"");
    expectError(withTile(2, parse(R"({"type": "line"})")), "/screens/0/tiles/2",
                "at least one entry");
    expectError(withTile(3, parse(R"({"type": "bar"})")), "/screens/0/tiles/3",
                "\"indicators\" or \"indicatorTemplate\"");
    expectError(withTile(9, parse(R"({"type": "map"})")), "/screens/0/tiles/9",
                "needs \"indicatorTemplate\"");
    expectError(withTile(2, parse(R"({"type": "line", "indicators": ["harga.emas"]})")),
                "/screens/0/tiles/2/indicators/0", "unknown indicator");
    expectError(withTile(0, parse(R"({"type": "kpi", "indicator": "harga.telur",
                                      "target": 1, "targetIndicator": "harga.gula"})")),
                "/screens/0/tiles/0", "not both");
}

TEST_CASE("An indicator template must use the kecamatan and match configured indicators")
{
    expectError(withTile(9, parse(R"({"type": "map", "indicatorTemplate": "aduan.kec"})")),
                "/screens/0/tiles/9/indicatorTemplate", "{code}");
    expectError(withTile(9, parse(R"({"type": "map", "indicatorTemplate": "stunting.{code}"})")),
                "/screens/0/tiles/9/indicatorTemplate", "\"stunting.350501\" for Wonodadi");
}

TEST_CASE("Tables and tickers show event feeds only")
{
    expectError(withTile(6, parse(R"({"type": "table", "feeds": ["harga"]})")),
                "/screens/0/tiles/6/feeds/0", "no \"events\" mapping");
    expectError(withTile(6, parse(R"({"type": "table", "feeds": ["pasar"]})")),
                "/screens/0/tiles/6/feeds/0", "unknown feed");
}

TEST_CASE("A layout that cannot be placed is refused at the tile")
{
    expectError(withTile(0, parse(R"({"type": "clock", "columnSpan": 5})")), "/screens/0/tiles/0",
                "wider than the grid");
    expectError(withTiles({{0, parse(R"({"type": "clock", "row": 0, "column": 0,
                                         "columnSpan": 2})")},
                           {8, parse(R"({"type": "clock", "row": 0, "column": 1})")}}),
                "/screens/0/tiles/8", "overlaps");
}

TEST_CASE("Display settings are read, and anything else there is refused")
{
    QJsonObject root = allTiles();
    root.insert(QStringLiteral("display"), parse(R"({"reducedMotion": true, "alertSound": true})"));
    ConfigLoader::Result ok =
        ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("d.json"));
    REQUIRE(ok.config);
    CHECK(ok.config->display.reducedMotion);
    CHECK(ok.config->display.alertSound);

    root.insert(QStringLiteral("display"), parse(R"({"reducedMotion": "ya", "blink": 1})"));
    const ConfigLoader::Result bad =
        ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("d.json"));
    expectError(bad, "/display/reducedMotion", "expected true or false");
    expectError(bad, "/display/blink", "unknown key");
}

TEST_CASE("Alarm options and a rule's delays and deadband are read, with their bounds")
{
    QJsonObject root = allTiles();
    root.insert(QStringLiteral("display"),
                parse(R"({"alertSound": true, "alertSoundRepeatSeconds": 0,
                          "alertReannounceMinutes": 30})"));
    root.insert(QStringLiteral("alertOptions"),
                parse(R"({"maxShelveHours": 12, "journalRetentionDays": 30})"));
    root.insert(QStringLiteral("alerts"),
                QJsonArray{parse(R"({"id": "telur", "indicator": "harga.telur", "above": 30000,
                                     "severity": "warning", "onDelaySeconds": 60,
                                     "offDelaySeconds": 300, "deadband": 500})")});
    const ConfigLoader::Result ok =
        ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("a.json"));
    REQUIRE(ok.config);
    CHECK(ok.config->display.alertSoundRepeatSeconds == 0);
    CHECK(ok.config->display.alertReannounceMinutes == 30);
    CHECK(ok.config->alertOptions.maxShelveHours == 12);
    CHECK(ok.config->alertOptions.journalRetentionDays == 30);
    REQUIRE(ok.config->alerts.size() == 1);
    CHECK(ok.config->alerts[0].onDelaySeconds == 60);
    CHECK(ok.config->alerts[0].offDelaySeconds == 300);
    CHECK(ok.config->alerts[0].deadband == 500);

    // Left out: the defaults.
    const ConfigLoader::Result plain =
        ConfigLoader::loadBytes(QJsonDocument(allTiles()).toJson(), QStringLiteral("p.json"));
    REQUIRE(plain.config);
    CHECK(plain.config->alertOptions.maxShelveHours == 8);
    CHECK(plain.config->alertOptions.journalRetentionDays == 400);
    CHECK(plain.config->display.alertSoundRepeatSeconds == 10);
    CHECK(plain.config->display.alertReannounceMinutes == 15);

    root.insert(QStringLiteral("alertOptions"), parse(R"({"maxShelveHours": 100, "x": 1})"));
    root.insert(QStringLiteral("alerts"),
                QJsonArray{parse(R"({"id": "f", "feed": "harga", "failingForSeconds": 60,
                                     "severity": "critical", "deadband": 1})"),
                           parse(R"({"id": "g", "indicator": "harga.telur", "below": 1,
                                     "severity": "critical", "deadband": -1,
                                     "onDelaySeconds": -5})")});
    const ConfigLoader::Result bad =
        ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("a.json"));
    expectError(bad, "/alertOptions/maxShelveHours", "between 1 and 72");
    expectError(bad, "/alertOptions/x", "unknown key");
    expectError(bad, "/alerts/0/deadband", "for an \"above\" or \"below\" alert");
    expectError(bad, "/alerts/1/deadband", "0 or more");
    expectError(bad, "/alerts/1/onDelaySeconds", "between 0 and 86400");
}

TEST_CASE("A screen may have pages, public or not, and a rotation")
{
    QJsonObject root = allTiles();
    QJsonArray screens = root.value(QStringLiteral("screens")).toArray();
    QJsonObject screen = screens.at(0).toObject();
    const QJsonArray tiles = screen.value(QStringLiteral("tiles")).toArray();
    screen.remove(QStringLiteral("tiles"));
    screen.remove(QStringLiteral("columns"));
    screen.insert(QStringLiteral("rotation"), parse(R"({"seconds": 20, "synchronized": false})"));
    screen.insert(QStringLiteral("pages"),
                  QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Operator")},
                                         {QStringLiteral("columns"), 4},
                                         {QStringLiteral("tiles"), tiles}},
                             QJsonObject{{QStringLiteral("title"), QStringLiteral("Publik")},
                                         {QStringLiteral("public"), true},
                                         {QStringLiteral("tiles"), QJsonArray{tiles.at(0)}}}});
    screens.replace(0, screen);
    root.insert(QStringLiteral("screens"), screens);
    const ConfigLoader::Result ok =
        ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("pages.json"));
    for (const Diagnostic &d : ok.errors)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(ok.config);
    const ScreenConfig &s = ok.config->screens.at(0);
    REQUIRE(s.pages.size() == 2);
    CHECK(s.pages.at(0).tiles.size() == 12);
    CHECK(s.pages.at(0).columns == 4);
    CHECK_FALSE(s.pages.at(0).isPublic);
    CHECK(s.pages.at(1).isPublic);
    CHECK(s.pages.at(1).title == QStringLiteral("Publik"));
    CHECK(s.rotation.seconds == 20);
    CHECK_FALSE(s.rotation.synchronized);

    // Pages and a grid of its own at once are refused, as is a rotation below 5 s.
    screen.insert(QStringLiteral("tiles"), tiles);
    screen.insert(QStringLiteral("rotation"), parse(R"({"seconds": 1})"));
    screens.replace(0, screen);
    root.insert(QStringLiteral("screens"), screens);
    const ConfigLoader::Result bad =
        ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("pages.json"));
    expectError(bad, "/screens/0/tiles", "unknown key");
    expectError(bad, "/screens/0/rotation/seconds", "between 5 and 86400");
}
