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

// Canvases of monitors, the spare monitor, gauges and the names people read.

TEST_CASE("ConfigLoader reads a 2x2 canvas, its panels and the spare monitor", "[ConfigLoader]")
{
    const ConfigLoader::Result result = loadFixture("canvas-2x2.json");
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
