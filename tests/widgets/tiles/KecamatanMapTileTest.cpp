#include "tiles/KecamatanMapTile.h"

#include "TileFixture.h"
#include "geo/Kecamatan.h"
#include "theme/Theme.h"

#include <QImage>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

// The label drawn for a kecamatan: its name, or its code when cells are small.
const Tile::DrawnText *labelOf(const Tile &tile, const Kecamatan &k)
{
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        if (drawn.text == k.name || drawn.text == KecamatanMapTile::shortCode(k))
            return &drawn;
    return nullptr;
}

bool drewTextContaining(const Tile &tile, const QString &part)
{
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        if (drawn.text.contains(part))
            return true;
    return false;
}

TileConfig withBoundaries(const TileFixture &f, const QString &file)
{
    TileConfig config = f.tileConfig(QStringLiteral("map"));
    config.boundaries = QStringLiteral(PANTAU_TEST_DATA "/geo/") + file;
    config.boundaryKey = QStringLiteral("kode");
    return config;
}

// The fill just left of a label, inside its cell or shape.
QColor fillBeside(const QImage &image, const Tile::DrawnText &label)
{
    return QColor(image.pixel(qRound(label.rect.left()) - 2, qRound(label.rect.center().y())));
}

} // namespace

TEST_CASE("KecamatanMapTile's short codes are unique three-letter codes")
{
    QStringList codes;
    for (const Kecamatan &k : Kecamatan::blitar()) {
        const QString code = KecamatanMapTile::shortCode(k);
        CHECK(code.size() == 3);
        CHECK_FALSE(codes.contains(code));
        codes.append(code);
        CHECK(KecamatanMapTile::schematicCell(k));
    }
    CHECK(KecamatanMapTile::shortCode(*Kecamatan::find(QStringLiteral("Wlingi"))) ==
          QStringLiteral("WLI"));
}

TEST_CASE("KecamatanMapTile draws all 22 kecamatan on a schematic map and says it is schematic")
{
    TileFixture f;
    f.fillRealistic();
    KecamatanMapTile tile(f.context, f.tileConfig(QStringLiteral("map")));
    CHECK_FALSE(tile.showsBoundaries());
    CHECK_FALSE(tile.boundariesFailed());
    const QImage image = render(tile, TileSizes[1].size);
    checkTextsLegible(tile, image);
    for (const Kecamatan &k : Kecamatan::blitar()) {
        CAPTURE(k.name.toStdString());
        CHECK(labelOf(tile, k));
    }
    CHECK(drewTextContaining(tile, QStringLiteral("skematis")));
    CHECK(drewTextContaining(tile, QStringLiteral("Brantas")));
    // No name is ever cut: every label is a whole name or a whole code.
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        CHECK_FALSE(drawn.text.endsWith(QStringLiteral("\u2026")));
}

TEST_CASE("KecamatanMapTile keeps the north above the Brantas and the south coast below it")
{
    TileFixture f;
    f.fillRealistic();
    KecamatanMapTile tile(f.context, f.tileConfig(QStringLiteral("map")));
    for (const TileSize &size : {TileSizes[0], TileSizes[1]}) {
        CAPTURE(size.name);
        render(tile, size.size);
        const Tile::DrawnText *wlingi = labelOf(tile, *Kecamatan::find(QStringLiteral("Wlingi")));
        const Tile::DrawnText *bakung = labelOf(tile, *Kecamatan::find(QStringLiteral("Bakung")));
        REQUIRE(wlingi);
        REQUIRE(bakung);
        CHECK(wlingi->rect.top() < bakung->rect.top());
        // Every northern label lies above every southern one.
        qreal lowestNorth = -1, highestSouth = 1e9;
        for (const Kecamatan &k : Kecamatan::blitar()) {
            const Tile::DrawnText *label = labelOf(tile, k);
            REQUIRE(label);
            if (KecamatanMapTile::schematicCell(k)->y() < 3)
                lowestNorth = std::max(lowestNorth, label->rect.bottom());
            else
                highestSouth = std::min(highestSouth, label->rect.top());
        }
        CHECK(lowestNorth < highestSouth);
    }
}

TEST_CASE("KecamatanMapTile colours each kecamatan on the ramp from lowest to highest")
{
    TileFixture f;
    QList<QPair<QString, double>> values;
    for (const Kecamatan &k : Kecamatan::blitar())
        values.append({QStringLiteral("aduan.kec.") + k.compactCode(),
                       k.name == QLatin1String("Wlingi")   ? 40
                       : k.name == QLatin1String("Bakung") ? 2
                                                           : 20});
    f.values(QStringLiteral("aduan-kec"), values);
    KecamatanMapTile tile(f.context, f.tileConfig(QStringLiteral("map")));
    const QImage image = render(tile, TileSizes[1].size);
    saveForReview(image, QStringLiteral("map-ramp-4k"));
    checkTextsLegible(tile, image);
    const Tile::DrawnText *wlingi = labelOf(tile, *Kecamatan::find(QStringLiteral("Wlingi")));
    const Tile::DrawnText *bakung = labelOf(tile, *Kecamatan::find(QStringLiteral("Bakung")));
    REQUIRE(wlingi);
    REQUIRE(bakung);
    CHECK(fillBeside(image, *wlingi) == Theme::wall().rampColor(1));
    CHECK(fillBeside(image, *bakung) == Theme::wall().rampColor(0));
    // The legend gives the ends of the ramp and the unit; nobody lacks data.
    CHECK(drewText(tile, QStringLiteral("2")));
    CHECK((drewText(tile, QStringLiteral("40 aduan")) ||
           (drewText(tile, QStringLiteral("40")) && drewText(tile, QStringLiteral("aduan")))));
    CHECK_FALSE(drewText(tile, QStringLiteral("tanpa data")));
}

TEST_CASE("KecamatanMapTile hatches a kecamatan without a value and the legend says so")
{
    TileFixture f;
    f.values(QStringLiteral("aduan-kec"),
             {{QStringLiteral("aduan.kec.350517"), 5}, {QStringLiteral("aduan.kec.350505"), 9}});
    KecamatanMapTile tile(f.context, f.tileConfig(QStringLiteral("map")));
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(tile, size.size);
        saveForReview(image, QStringLiteral("map-partial-%1").arg(QLatin1String(size.name)));
        checkTextsLegible(tile, image);
        CHECK(drewText(tile, QStringLiteral("tanpa data")));
    }
    const QImage image = render(tile, TileSizes[1].size);
    const Tile::DrawnText *doko = labelOf(tile, *Kecamatan::find(QStringLiteral("Doko")));
    REQUIRE(doko);
    // Not a colour of the ramp: Doko has no value.
    const QColor beside = fillBeside(image, *doko);
    for (int i = 0; i <= 10; ++i)
        CHECK(beside != Theme::wall().rampColor(i / 10.0));
}

TEST_CASE("KecamatanMapTile draws real shapes from a boundary file")
{
    TileFixture f;
    f.fillRealistic();
    KecamatanMapTile tile(f.context, withBoundaries(f, QStringLiteral("blitar-kasar.geojson")));
    REQUIRE(tile.showsBoundaries());
    CHECK_FALSE(tile.boundariesFailed());
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(tile, size.size);
        saveForReview(image, QStringLiteral("map-boundaries-%1").arg(QLatin1String(size.name)));
        checkTextsLegible(tile, image);
        // Real shapes: no schematic note, no river drawn by hand.
        CHECK_FALSE(drewTextContaining(tile, QStringLiteral("skematis")));
        CHECK_FALSE(drewTextContaining(tile, QStringLiteral("Brantas")));
    }
    const QImage image = render(tile, TileSizes[1].size);
    // The invented rectangles are large enough for a name at the centroid.
    const Tile::DrawnText *wlingi = nullptr;
    const Tile::DrawnText *bakung = nullptr;
    for (const Tile::DrawnText &drawn : tile.drawnTexts()) {
        if (drawn.text == QLatin1String("Wlingi"))
            wlingi = &drawn;
        if (drawn.text == QLatin1String("Bakung"))
            bakung = &drawn;
    }
    REQUIRE(wlingi);
    REQUIRE(bakung);
    // North is up: Wlingi lies at 8.0° S, Bakung at 8.3° S.
    CHECK(wlingi->rect.top() < bakung->rect.top());
    // Kecamatan without a shape in the file are not drawn at all.
    CHECK_FALSE(labelOf(tile, *Kecamatan::find(QStringLiteral("Doko"))));
    // The shape is filled with its value's colour on the ramp. Above the glyphs, inside the
    // label's line, there is only the fill.
    const QColor fill(
        image.pixel(qRound(wlingi->rect.center().x()), qRound(wlingi->rect.top()) + 1));
    // fillRealistic gives Wlingi 4 on a scale from 1 to 22.
    const QColor expected = Theme::wall().rampColor((4.0 - 1) / (22 - 1));
    CAPTURE(fill.name().toStdString(), expected.name().toStdString());
    CHECK(std::abs(fill.red() - expected.red()) <= 1);
    CHECK(std::abs(fill.green() - expected.green()) <= 1);
    CHECK(std::abs(fill.blue() - expected.blue()) <= 1);
    // The legend says how many kecamatan the file leaves off the map.
    CHECK(drewText(tile, QStringLiteral("16 kecamatan")));
}

TEST_CASE("KecamatanMapTile falls back to the schematic map when the boundaries are broken")
{
    TileFixture f;
    f.fillRealistic();
    for (const QString &file :
         {QStringLiteral("broken.geojson"), QStringLiteral("missing.geojson")}) {
        CAPTURE(file.toStdString());
        KecamatanMapTile tile(f.context, withBoundaries(f, file));
        CHECK(tile.boundariesFailed());
        CHECK_FALSE(tile.showsBoundaries());
        for (const TileSize &size : TileSizes) {
            CAPTURE(size.name);
            const QImage image = render(tile, size.size);
            saveForReview(image, QStringLiteral("map-broken-%1").arg(QLatin1String(size.name)));
            checkTextsLegible(tile, image);
            CHECK(drewTextContaining(tile, QStringLiteral("Batas wilayah tidak terbaca")));
        }
        render(tile, TileSizes[1].size);
        for (const Kecamatan &k : Kecamatan::blitar())
            CHECK(labelOf(tile, k));
    }
}

TEST_CASE("KecamatanMapTile fits a tall tile, schematic or with boundaries")
{
    TileFixture f;
    f.fillRealistic();
    KecamatanMapTile schematic(f.context, f.tileConfig(QStringLiteral("map")));
    KecamatanMapTile shapes(f.context, withBoundaries(f, QStringLiteral("blitar-kasar.geojson")));
    for (KecamatanMapTile *tile : {&schematic, &shapes}) {
        CAPTURE(tile->showsBoundaries());
        const QImage image = render(*tile, QSize(335, 476));
        saveForReview(image, tile->showsBoundaries() ? QStringLiteral("map-boundaries-tall")
                                                     : QStringLiteral("map-tall"));
        checkTextsLegible(*tile, image);
    }
    for (const Kecamatan &k : Kecamatan::blitar())
        CHECK(labelOf(schematic, k));
}
