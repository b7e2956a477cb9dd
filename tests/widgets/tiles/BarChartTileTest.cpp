// The bar chart tile: a ranking, largest first, with whole names; the top rows and "+N
// lainnya" when not all fit; a row past its thresholds marked by an icon as well as colour.

#include "tiles/BarChartTile.h"

#include "TileFixture.h"
#include "config/ConfigLoader.h"
#include "geo/Kecamatan.h"
#include "state/IndicatorModel.h"
#include "theme/Theme.h"

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

double valueOf(const TileFixture &f, const QString &id)
{
    return f.hub->indicators()->indexOf(id).data(IndicatorModel::ValueRole).toDouble();
}

// The kecamatan names drawn, in reading order: down the first column, then the next.
QStringList drawnNames(const Tile &tile)
{
    QList<Tile::DrawnText> names;
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        if (Kecamatan::find(drawn.text))
            names.append(drawn);
    std::sort(names.begin(), names.end(), [](const auto &a, const auto &b) {
        return std::pair(a.rect.left(), a.rect.top()) < std::pair(b.rect.left(), b.rect.top());
    });
    QStringList texts;
    for (const Tile::DrawnText &drawn : names)
        texts.append(drawn.text);
    return texts;
}

TileConfig hargaBars()
{
    TileConfig config;
    config.type = TileType::Bar;
    config.title = QStringLiteral("Harga Pangan");
    config.indicators = {QStringLiteral("harga.telur"), QStringLiteral("harga.cabai"),
                         QStringLiteral("harga.beras"), QStringLiteral("harga.bawang"),
                         QStringLiteral("harga.gula")};
    return config;
}

} // namespace

TEST_CASE("BarChartTile ranks all 22 kecamatan by value on a 4K tile two rows high")
{
    TileFixture f;
    f.fillRealistic();
    const TileConfig &config = f.tileConfig(QStringLiteral("bar"));
    BarChartTile tile(f.context, config);
    // Names stay at a size readable across the room, so all 22 need a tile spanning two rows.
    const QImage image = render(tile, QSize(952, 1340));
    saveForReview(image, QStringLiteral("bar-22-wall-4k-tall"));
    checkTextsLegible(tile, image);

    const QStringList ranked = tile.rankedLabels();
    REQUIRE(ranked.size() == 22);
    CHECK(tile.shownRows() == 22);
    for (const Kecamatan &kecamatan : Kecamatan::blitar())
        CHECK(drewText(tile, kecamatan.name));
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        CHECK_FALSE(drawn.text.endsWith(QStringLiteral("lainnya")));
    // Largest first, and drawn in that order.
    for (qsizetype i = 1; i < ranked.size(); ++i) {
        CAPTURE(ranked.at(i - 1).toStdString(), ranked.at(i).toStdString());
        CHECK(
            valueOf(f, Kecamatan::find(ranked.at(i - 1))->indicatorId(config.indicatorTemplate)) >=
            valueOf(f, Kecamatan::find(ranked.at(i))->indicatorId(config.indicatorTemplate)));
    }
    CHECK(drawnNames(tile) == ranked);
    // The top value carries the shared unit once, when it fits.
    const double top =
        valueOf(f, Kecamatan::find(ranked.first())->indicatorId(config.indicatorTemplate));
    CHECK((drewText(tile, f.formatter.number(top, 0)) ||
           drewText(tile, f.formatter.number(top, 0) + QStringLiteral(" aduan"))));
    // Names and values are read across the room on a 4K wall: not smaller than 1080p body text.
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        if (Kecamatan::find(drawn.text))
            CHECK(drawn.font.pixelSize() >= 20);
}

TEST_CASE("BarChartTile shows the top rows and says how many it left out when space is short")
{
    TileFixture f;
    f.fillRealistic();
    BarChartTile tile(f.context, f.tileConfig(QStringLiteral("bar")));
    const QImage image = render(tile, TileSizes[2].size);
    checkTextsLegible(tile, image);

    const int shown = tile.shownRows();
    CAPTURE(shown);
    CHECK(shown >= 5);
    CHECK(shown < 22);
    CHECK(drewText(tile, QStringLiteral("+%1 lainnya").arg(22 - shown)));
    // Exactly the top of the ranking, each name whole and at a readable size.
    CHECK(drawnNames(tile) == tile.rankedLabels().mid(0, shown));
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        CHECK(drawn.font.pixelSize() >= 10);
}

TEST_CASE("BarChartTile honours a configured limit")
{
    TileFixture f;
    f.fillRealistic();
    TileConfig config = f.tileConfig(QStringLiteral("bar"));
    config.limit = 5;
    BarChartTile tile(f.context, config);
    const QImage image = render(tile, TileSizes[1].size);
    saveForReview(image, QStringLiteral("bar-limit5-wall-4k"));
    checkTextsLegible(tile, image);
    CHECK(tile.shownRows() == 5);
    CHECK(drawnNames(tile) == tile.rankedLabels().mid(0, 5));
    CHECK(drewText(tile, QStringLiteral("+17 lainnya")));
    // With room to spare, the top value carries the unit once; the others are plain numbers.
    const QString top = tile.rankedLabels().first();
    const double topValue = valueOf(f, Kecamatan::find(top)->indicatorId(config.indicatorTemplate));
    CHECK(drewText(tile, f.formatter.value(topValue, QStringLiteral("aduan"), 0)));
    const QString second = tile.rankedLabels().at(1);
    CHECK(drewText(
        tile, f.formatter.number(
                  valueOf(f, Kecamatan::find(second)->indicatorId(config.indicatorTemplate)), 0)));
}

TEST_CASE("BarChartTile marks a row past its thresholds with the status icon, not colour alone")
{
    TileFixture f;
    f.values(QStringLiteral("harga"), {{QStringLiteral("harga.telur"), 31500},
                                       {QStringLiteral("harga.cabai"), 62000},
                                       {QStringLiteral("harga.beras"), 13200},
                                       {QStringLiteral("harga.bawang"), 34500},
                                       {QStringLiteral("harga.gula"), 17800}});
    BarChartTile tile(f.context, hargaBars());
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(tile, size.size);
        saveForReview(image, QStringLiteral("bar-critical-%1").arg(QLatin1String(size.name)));
        checkTextsLegible(tile, image);
        CHECK(
            tile.rankedLabels() ==
            QStringList({QStringLiteral("Harga Cabai Rawit"), QStringLiteral("Harga Bawang Merah"),
                         QStringLiteral("Harga Telur Ayam Ras"), QStringLiteral("Harga Gula Pasir"),
                         QStringLiteral("Harga Beras Medium")}));

        const QString icon = Theme::statusIcon(IndicatorStatus::Critical);
        const Tile::DrawnText *name = findText(tile, QStringLiteral("Harga Telur Ayam Ras"));
        const Tile::DrawnText *value = findText(tile, QStringLiteral("Rp31.500"));
        const Tile::DrawnText *mark = findText(tile, icon);
        REQUIRE(name);
        REQUIRE(value);
        REQUIRE(mark);
        // On the egg's row, right after its value; and on no other row.
        CHECK(mark->rect.center().y() == Approx(name->rect.center().y()));
        CHECK(mark->rect.left() >= value->rect.right());
        int icons = 0;
        for (const Tile::DrawnText &drawn : tile.drawnTexts())
            icons += drawn.text == icon;
        CHECK(icons == 1);
        // Its bar is in the status colour, and no other bar is.
        const QColor critical = Theme::wall().statusColor(IndicatorStatus::Critical);
        auto criticalPixels = [&](const Tile::DrawnText &row) {
            int count = 0;
            const int y = int(row.rect.center().y());
            for (int x = int(row.rect.right()); x < image.width(); ++x)
                count += QColor(image.pixel(x, y)) == critical;
            return count;
        };
        CHECK(criticalPixels(*name) > 10);
        for (const QString &other :
             {QStringLiteral("Harga Cabai Rawit"), QStringLiteral("Harga Gula Pasir")}) {
            const Tile::DrawnText *otherName = findText(tile, other);
            REQUIRE(otherName);
            CHECK(criticalPixels(*otherName) == 0);
        }
    }
}

TEST_CASE("BarChartTile shows a dash for a row without a value, at the bottom")
{
    TileFixture f;
    f.values(QStringLiteral("harga"),
             {{QStringLiteral("harga.telur"), 28500}, {QStringLiteral("harga.beras"), 13200}});
    TileConfig config = hargaBars();
    config.indicators = {QStringLiteral("harga.cabai"), QStringLiteral("harga.telur"),
                         QStringLiteral("harga.beras")};
    BarChartTile tile(f.context, config);
    const QImage image = render(tile, TileSizes[0].size);
    checkTextsLegible(tile, image);
    CHECK(tile.rankedLabels().last() == QStringLiteral("Harga Cabai Rawit"));
    const Tile::DrawnText *dash = findText(tile, QStringLiteral("\u2013"));
    const Tile::DrawnText *name = findText(tile, QStringLiteral("Harga Cabai Rawit"));
    REQUIRE(dash);
    REQUIRE(name);
    CHECK(dash->rect.center().y() == Approx(name->rect.center().y()));
    CHECK(drewText(tile, QStringLiteral("Rp28.500")));
}

TEST_CASE("BarChartTile leaves out kecamatan that have no indicator")
{
    const QByteArray json = R"({
      "version": 1,
      "feeds": [{"id": "f", "opd": "Dinas Kominfo", "url": "https://example.invalid/", "format": "json",
                 "series": [{"records": "/data", "key": "kode", "value": "jumlah",
                             "indicatorTemplate": "aduan.kec.{key}"}]}],
      "indicators": [
        {"id": "aduan.kec.350517", "label": {"id": "Aduan Wlingi"}, "unit": "aduan", "dimension": "governance"},
        {"id": "aduan.kec.350501", "label": {"id": "Aduan Wonodadi"}, "unit": "aduan", "dimension": "governance"},
        {"id": "aduan.kec.350510", "label": {"id": "Aduan Kanigoro"}, "unit": "aduan", "dimension": "governance"}],
      "screens": [{"name": "WALL-1", "title": "Aduan", "tiles": [
        {"type": "bar", "indicatorTemplate": "aduan.kec.{code}"}]}]
    })";
    const ConfigLoader::Result loaded = ConfigLoader::loadBytes(json, QStringLiteral("bar.json"));
    REQUIRE(loaded.config);
    ManualClock clock(TileFixture::T0);
    IndicatorModel model(*loaded.config, &clock);
    Formatter formatter(QLocale(QStringLiteral("id_ID")),
                        QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    TileContext context;
    context.formatter = &formatter;
    context.clock = &clock;
    context.theme = &Theme::wall();
    context.indicators = &model;
    FeedResult poll;
    poll.feedId = QStringLiteral("f");
    poll.fetchTime = clock.now();
    poll.samples = {{QStringLiteral("aduan.kec.350517"), 12, clock.now()},
                    {QStringLiteral("aduan.kec.350501"), 3, clock.now()},
                    {QStringLiteral("aduan.kec.350510"), 7, clock.now()}};
    model.applyFeedResult(poll);

    BarChartTile tile(context, loaded.config->screens.first().pages.first().tiles.first());
    const QImage image = render(tile, TileSizes[0].size);
    saveForReview(image, QStringLiteral("bar-three-kecamatan"));
    checkTextsLegible(tile, image);
    CHECK(tile.rankedLabels() == QStringList({QStringLiteral("Wlingi"), QStringLiteral("Kanigoro"),
                                              QStringLiteral("Wonodadi")}));
    CHECK(tile.shownRows() == 3);
    CHECK(drewText(tile, QStringLiteral("Peringkat per Kecamatan")));
    CHECK(drewText(tile, QStringLiteral("12 aduan")));
    CHECK(drewText(tile, QStringLiteral("7")));
}
