#include "tiles/DonutTile.h"

#include "TileFixture.h"
#include "config/ConfigLoader.h"
#include "theme/Theme.h"

#include <QImage>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

// Ten categories on one feed, for legends that cannot show them all.
Config manyCategoriesConfig()
{
    QByteArray values, indicators, ids;
    for (int i = 1; i <= 10; ++i) {
        const QByteArray n = QByteArray::number(i);
        values += QByteArray(i > 1 ? "," : "") + R"({"indicator": "k)" + n +
                  R"(", "pointer": "/k)" + n + R"("})";
        indicators += QByteArray(i > 1 ? "," : "") + R"({"id": "k)" + n +
                      R"(", "label": {"id": "Kategori )" + n +
                      R"("}, "unit": "panggilan", "dimension": "emergency"})";
        ids += QByteArray(i > 1 ? "," : "") + R"("k)" + n + R"(")";
    }
    const QByteArray json = R"({"version": 1, "feeds": [{"id": "f", "opd": "Dinas Kominfo",
        "url": "https://example.invalid/", "format": "json", "values": [)" +
                            values + R"(]}], "indicators": [)" + indicators +
                            R"(], "screens": [{"name": "W", "title": "T", "tiles": [
        {"type": "donut", "title": "Panggilan per Kategori", "indicators": [)" +
                            ids + "]}]}]}";
    const ConfigLoader::Result loaded = ConfigLoader::loadBytes(json, QStringLiteral("t"));
    for (const Diagnostic &d : loaded.errors)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(loaded.config);
    return *loaded.config;
}

struct ManyCategories
{
    Config config = manyCategoriesConfig();
    ManualClock clock{TileFixture::T0};
    Formatter formatter{QLocale(QStringLiteral("id_ID")),
                        QTimeZone(QByteArrayLiteral("Asia/Jakarta"))};
    DataHub hub{config, DataHub::Options(), &clock};
    TileContext context = [this] {
        TileContext c;
        c.formatter = &formatter;
        c.clock = &clock;
        c.theme = &Theme::wall();
        c.indicators = hub.indicators();
        return c;
    }();

    void values(const QList<QPair<QString, double>> &pairs)
    {
        FeedResult r;
        r.feedId = QStringLiteral("f");
        r.fetchTime = clock.now();
        for (const auto &[id, v] : pairs)
            r.samples.append({id, v, clock.now()});
        hub.apply(r);
    }
};

} // namespace

TEST_CASE("DonutTile names every slice with its share and value, and the total in the hole")
{
    TileFixture f;
    f.fillRealistic();
    DonutTile tile(f.context, f.tileConfig(QStringLiteral("donut")));
    // kebakaran 4, bencana 7, kecelakaan 12, penyakit 9, kerusuhan 1, binatang 2: 35 calls.
    CHECK(tile.totalText() == QStringLiteral("35 panggilan"));
    const QList<DonutTile::LegendRow> rows = tile.legendRows();
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(0).label == QStringLiteral("Kecelakaan"));
    CHECK(rows.at(0).share == QStringLiteral("34,3%"));
    CHECK(rows.at(0).value == QStringLiteral("12"));
    CHECK(rows.at(5).label == QStringLiteral("Kerusuhan"));
    CHECK(rows.at(5).share == QStringLiteral("2,9%"));
    // Colours follow the config position, not the rank, so they stay put as ranks change.
    CHECK(rows.at(0).colorIndex == 2);

    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(tile, size.size);
        checkTextsLegible(tile, image);
        CHECK(tile.shownLegend().size() == 6);
        CHECK(drewText(tile, QStringLiteral("35")));
        CHECK(drewText(tile, QStringLiteral("panggilan")));
        CHECK(drewText(tile, QStringLiteral("Bencana Alam")));
        CHECK(drewText(tile, QStringLiteral("34,3%")));
        CHECK(drewText(tile, QStringLiteral("20,0%"))); // bencana 7 of 35
    }
    CHECK(tile.accessibleName().contains(QStringLiteral("Kecelakaan 12 (34,3%)")));
}

TEST_CASE("DonutTile starts the largest slice at twelve o'clock in its category colour")
{
    TileFixture f;
    f.fillRealistic();
    DonutTile tile(f.context, f.tileConfig(QStringLiteral("donut")));
    const QImage image = render(tile, TileSizes[1].size);
    const Tile::DrawnText *number = findText(tile, QStringLiteral("35"));
    const Tile::DrawnText *unit = findText(tile, QStringLiteral("panggilan"));
    REQUIRE(number);
    REQUIRE(unit);
    // The total is centred in the hole: the ring's centre is the centre of the two lines.
    const int x = qRound(number->rect.center().x()) + 12;
    int y = qRound(number->rect.top()) - 2;
    const QRgb surface = Theme::wall().surface.rgb();
    while (y > 0 && image.pixel(x, y) == surface)
        --y;
    const int inner = y;
    while (y > 0 && image.pixel(x, y) != surface)
        --y;
    REQUIRE(inner - y > 20); // the ring is thick enough to read across the room
    const QColor ring(image.pixel(x, (inner + y) / 2));
    // Kecelakaan, third in the config.
    CHECK(ring == Theme::wall().seriesColor(2));
}

TEST_CASE("DonutTile keeps the largest slices and sums the rest in one Lainnya row")
{
    ManyCategories m;
    QList<QPair<QString, double>> values;
    for (int i = 1; i <= 10; ++i)
        values.append({QStringLiteral("k%1").arg(i), double(11 - i)}); // 10, 9, ..., 1: 55
    m.values(values);
    DonutTile tile(m.context, m.config.screens.first().pages.first().tiles.first());
    // A desktop tile has no room for ten rows.
    const QImage image = render(tile, TileSizes[2].size);
    checkTextsLegible(tile, image);
    saveForReview(image, QStringLiteral("donut-lainnya-desktop"));
    const QStringList shown = tile.shownLegend();
    CAPTURE(shown.join(u',').toStdString());
    REQUIRE(shown.size() >= 3);
    REQUIRE(shown.size() < 10);
    CHECK(shown.last() == QStringLiteral("Lainnya"));
    for (int i = 0; i < shown.size() - 1; ++i)
        CHECK(shown.at(i) == QStringLiteral("Kategori %1").arg(i + 1));
    // The rest summed: categories shown.size() .. 10 hold 11 - n each.
    double rest = 0;
    for (int n = int(shown.size()); n <= 10; ++n)
        rest += 11 - n;
    CHECK(drewText(tile, m.formatter.number(rest, 0)));
    CHECK(drewText(tile, m.formatter.value(rest / 55 * 100, QStringLiteral("%"), 1)));

    // A wall tile has room for ten rows, but the palette has eight colours: Kategori 9 and 10
    // would look like 1 and 2, so they are summed in "Lainnya" instead.
    render(tile, TileSizes[1].size);
    QStringList expected;
    for (int i = 1; i <= 8; ++i)
        expected.append(QStringLiteral("Kategori %1").arg(i));
    expected.append(QStringLiteral("Lainnya"));
    CHECK(tile.shownLegend() == expected);
    // On the "Lainnya" row: 2 + 1 of 55.
    const Tile::DrawnText *other = findText(tile, QStringLiteral("Lainnya"));
    REQUIRE(other);
    QStringList row;
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        if (drawn.rect.top() == other->rect.top())
            row.append(drawn.text);
    CHECK(row ==
          QStringList{QStringLiteral("Lainnya"), QStringLiteral("5,5%"), QStringLiteral("3")});
}

TEST_CASE("DonutTile leaves zero and missing slices out of the ring without misleading words")
{
    ManyCategories m;
    // k1..k3 have values, k4 is zero, k5 is tiny, k6..k10 never arrived.
    m.values({{QStringLiteral("k1"), 5000},
              {QStringLiteral("k2"), 3000},
              {QStringLiteral("k3"), 1999},
              {QStringLiteral("k4"), 0},
              {QStringLiteral("k5"), 1}});
    DonutTile tile(m.context, m.config.screens.first().pages.first().tiles.first());
    const QList<DonutTile::LegendRow> rows = tile.legendRows();
    REQUIRE(rows.size() == 10);
    CHECK(rows.at(3).label == QStringLiteral("Kategori 5"));
    // 1 of 10 000 is not "0,0%": the slice exists.
    CHECK(rows.at(3).share == QStringLiteral("<0,1%"));
    CHECK(rows.at(4).label == QStringLiteral("Kategori 4"));
    CHECK(rows.at(4).share == QStringLiteral("0,0%"));
    CHECK(rows.at(4).value == QStringLiteral("0"));
    for (int i = 5; i < 10; ++i) {
        CHECK_FALSE(rows.at(i).hasData);
        CHECK(rows.at(i).share.isEmpty());
        CHECK(rows.at(i).value.isEmpty());
    }
    CHECK(tile.totalText() == QStringLiteral("10.000 panggilan"));

    const QImage image = render(tile, TileSizes[1].size);
    checkTextsLegible(tile, image);
    saveForReview(image, QStringLiteral("donut-missing-4k"));
    CHECK(drewText(tile, QStringLiteral("tanpa data")));
    CHECK(drewText(tile, QStringLiteral("50,0%")));
}

TEST_CASE("DonutTile shows a dash and an empty ring before any data")
{
    ManyCategories m;
    DonutTile tile(m.context, m.config.screens.first().pages.first().tiles.first());
    CHECK(tile.totalText() == QStringLiteral("\u2013"));
    const QImage image = render(tile, TileSizes[0].size);
    checkTextsLegible(tile, image);
    CHECK(drewText(tile, QStringLiteral("\u2013")));
    CHECK_FALSE(drewText(tile, QStringLiteral("0,0%")));
}

TEST_CASE("DonutTile puts the legend beside the ring when wide and beneath it when tall")
{
    TileFixture f;
    f.fillRealistic();
    DonutTile tile(f.context, f.tileConfig(QStringLiteral("donut")));

    render(tile, TileSizes[0].size);
    const Tile::DrawnText *total = findText(tile, QStringLiteral("35"));
    const Tile::DrawnText *label = findText(tile, QStringLiteral("Kecelakaan"));
    REQUIRE(total);
    REQUIRE(label);
    CHECK(label->rect.left() > total->rect.right());

    const QImage tall = render(tile, QSize(335, 476));
    saveForReview(tall, QStringLiteral("donut-tall"));
    checkTextsLegible(tile, tall);
    total = findText(tile, QStringLiteral("35"));
    label = findText(tile, QStringLiteral("Kecelakaan"));
    REQUIRE(total);
    REQUIRE(label);
    CHECK(label->rect.top() > total->rect.bottom());
}

TEST_CASE("DonutTile repaints when one of its slices changes")
{
    TileFixture f;
    f.fillRealistic();
    DonutTile tile(f.context, f.tileConfig(QStringLiteral("donut")));
    const QImage before = render(tile, TileSizes[0].size);
    f.values(QStringLiteral("c112"), {{QStringLiteral("112.kat.kerusuhan"), 20}});
    CHECK(tile.totalText() == QStringLiteral("54 panggilan"));
    const QImage after = render(tile, TileSizes[0].size);
    CHECK(differingPixels(before, after) > 1000);
    CHECK(tile.legendRows().first().label == QStringLiteral("Kerusuhan"));
}
