#include "tiles/GaugeTile.h"

#include "TileFixture.h"
#include "state/IndicatorModel.h"
#include "theme/Theme.h"

#include <QImage>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

const QString Persen = QStringLiteral("apbd.pendapatan.persen");

int pixelsOf(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == color.rgb();
    return count;
}

} // namespace

TEST_CASE("GaugeTile shows the value, how much of the target it is, and the target")
{
    TileFixture f;
    f.fillRealistic();
    GaugeTile tile(f.context, f.tileConfig(QStringLiteral("gauge")));
    // 85,20 of 98,13.
    CHECK(tile.valueText() == QStringLiteral("85,20%"));
    CHECK(tile.attainmentText() == QStringLiteral("86,8% dari target"));
    CHECK(tile.targetText() == QStringLiteral("Target 98,13%"));
    REQUIRE(tile.attainment());
    CHECK(*tile.attainment() == Approx(85.2 / 98.13));
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(tile, size.size);
        checkTextsLegible(tile, image);
        CHECK(drewText(tile, QStringLiteral("85,20%")));
        CHECK(drewText(tile, QStringLiteral("86,8% dari target")));
        CHECK(drewText(tile, QStringLiteral("Target 98,13%")));
        CHECK(tile.shownFill() == Approx(85.2 / 98.13));
    }
    CHECK(tile.accessibleName() ==
          QStringLiteral("Realisasi Pendapatan terhadap Target: 85,20%, 86,8% dari target, "
                         "Target 98,13%"));
}

TEST_CASE("GaugeTile's value is large: cap height at least 1/40 of the wall screen")
{
    TileFixture f;
    f.fillRealistic();
    GaugeTile tile(f.context, f.tileConfig(QStringLiteral("gauge")));
    for (const TileSize &size : {TileSizes[0], TileSizes[1]}) {
        CAPTURE(size.name);
        render(tile, size.size);
        bool found = false;
        for (const Tile::DrawnText &drawn : tile.drawnTexts()) {
            if (drawn.text != tile.valueText())
                continue;
            found = true;
            CHECK(QFontMetricsF(drawn.font).capHeight() >= size.screenHeight / 40.0);
        }
        CHECK(found);
    }
}

TEST_CASE("GaugeTile stops the arc at the target but says how far beyond it is")
{
    TileFixture f;
    f.fillRealistic();
    GaugeTile tile(f.context, f.tileConfig(QStringLiteral("gauge")));
    f.values(QStringLiteral("apbd"), {{Persen, 110}});
    CHECK(tile.attainmentText() == QStringLiteral("112,1% dari target"));
    const QImage image = render(tile, TileSizes[0].size);
    checkTextsLegible(tile, image);
    CHECK(tile.shownFill() == 1.0);
    CHECK(drewText(tile, QStringLiteral("112,1% dari target")));
}

TEST_CASE("GaugeTile takes its target from another indicator")
{
    TileFixture f;
    f.fillRealistic();
    TileConfig config = f.tileConfig(QStringLiteral("gauge"));
    config.target.reset();
    config.targetIndicator = QStringLiteral("apbd.pendapatan.target");
    config.title.clear();
    GaugeTile tile(f.context, config);
    CHECK(tile.targetText() == QStringLiteral("Target 90,50%"));
    CHECK(tile.attainmentText() == QStringLiteral("94,1% dari target"));
    const QImage image = render(tile, TileSizes[0].size);
    checkTextsLegible(tile, image);
    // Without a title of its own, the tile is named after its indicator.
    CHECK(drewText(tile, QStringLiteral("Realisasi Pendapatan APBD")));

    // The target indicator changing repaints the tile.
    f.values(QStringLiteral("apbd"), {{QStringLiteral("apbd.pendapatan.target"), 85.2}});
    CHECK(tile.attainmentText() == QStringLiteral("100,0% dari target"));
    render(tile, TileSizes[0].size);
    CHECK(drewText(tile, QStringLiteral("Target 85,20%")));
}

TEST_CASE("GaugeTile fills its arc in the colour of the status")
{
    TileFixture f;
    f.fillRealistic();
    GaugeTile tile(f.context, f.tileConfig(QStringLiteral("gauge")));
    const QColor ok = Theme::wall().statusColor(IndicatorStatus::Ok);
    const QColor critical = Theme::wall().statusColor(IndicatorStatus::Critical);

    const QImage fine = render(tile, TileSizes[1].size);
    saveForReview(fine, QStringLiteral("gauge-ok-4k"));
    REQUIRE(tile.shownStatus() == IndicatorStatus::Ok);
    const int okPixels = pixelsOf(fine, ok);
    CAPTURE(okPixels);
    // The badge alone is a few thousand pixels; the arc adds far more.
    CHECK(okPixels > 20000);

    // Below the critical level of 40%.
    f.values(QStringLiteral("apbd"), {{Persen, 35}});
    const QImage bad = render(tile, TileSizes[1].size);
    saveForReview(bad, QStringLiteral("gauge-critical-4k"));
    REQUIRE(tile.shownStatus() == IndicatorStatus::Critical);
    CHECK(pixelsOf(bad, ok) == 0);
    CHECK(pixelsOf(bad, critical) > okPixels / 3);
    CHECK(tile.shownFill() == Approx(35 / 98.13));
    CHECK(drewText(tile, QStringLiteral("35,7% dari target")));
}

TEST_CASE("GaugeTile before any data shows a dash, an empty arc and the target")
{
    TileFixture f;
    GaugeTile tile(f.context, f.tileConfig(QStringLiteral("gauge")));
    CHECK(tile.valueText() == QStringLiteral("\u2013"));
    CHECK(tile.attainmentText().isEmpty());
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(tile, size.size);
        checkTextsLegible(tile, image);
        CHECK(tile.shownFill() == 0);
        CHECK(drewText(tile, QStringLiteral("\u2013")));
        CHECK(drewText(tile, QStringLiteral("Target 98,13%")));
    }
}

TEST_CASE("GaugeTile fits a tall tile")
{
    TileFixture f;
    f.fillRealistic();
    GaugeTile tile(f.context, f.tileConfig(QStringLiteral("gauge")));
    const QImage image = render(tile, QSize(300, 476));
    saveForReview(image, QStringLiteral("gauge-tall"));
    checkTextsLegible(tile, image);
    CHECK(drewText(tile, QStringLiteral("85,20%")));
    CHECK(drewText(tile, QStringLiteral("Target 98,13%")));
}

namespace {

// The 112 response time on a scale of 0 to 15 minutes, against its thresholds (Waspada from
// 7, Kritis from 10, higher is worse): a level with no goal, like bed occupancy or a river.
TileConfig responseTimeOnScale(const TileFixture &f)
{
    TileConfig config = f.tileConfig(QStringLiteral("gauge"));
    config.target.reset();
    config.title.clear();
    config.indicators = {QStringLiteral("112.waktu-respon")};
    config.scale = TileConfig::Scale{0, 15};
    return config;
}

} // namespace

// Regression: bed occupancy was drawn as a gauge "of target 100 %", which read as if full
// hospitals were the goal. On a scale the gauge shows a level and where trouble starts.
TEST_CASE("GaugeTile on a scale shows a level against the thresholds, never a target")
{
    TileFixture f;
    f.fillRealistic();
    f.values(QStringLiteral("c112"), {{QStringLiteral("112.waktu-respon"), 6}});
    GaugeTile tile(f.context, responseTimeOnScale(f));
    CHECK_FALSE(tile.attainment());
    CHECK(tile.attainmentText().isEmpty());
    REQUIRE(tile.level());
    CHECK(*tile.level() == Approx(6.0 / 15));
    // The unit is the value's; the thresholds and the range say only numbers.
    const QString thresholds = tile.levelText();
    CHECK(thresholds == QStringLiteral("Waspada 7,0 \u00b7 Kritis 10,0"));
    CHECK(tile.scaleText() == QStringLiteral("0\u201315 menit"));
    CHECK(tile.footerText() == tile.scaleText());
    const QColor warning = Theme::wall().statusColor(IndicatorStatus::Warning);
    const QColor critical = Theme::wall().statusColor(IndicatorStatus::Critical);
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(tile, size.size);
        saveForReview(image, QStringLiteral("gauge-scale-%1").arg(QLatin1String(size.name)));
        checkTextsLegible(tile, image);
        CHECK(tile.shownStatus() == IndicatorStatus::Ok);
        CHECK(tile.shownFill() == Approx(6.0 / 15));
        // On a wall the thresholds are written out; a desk's small tile keeps the marks only.
        if (size.screenHeight > 0)
            CHECK(drewText(tile, thresholds));
        CHECK(drewText(tile, QStringLiteral("0\u201315 menit")));
        for (const Tile::DrawnText &text : tile.drawnTexts()) {
            CHECK_FALSE(text.text.contains(QStringLiteral("target"), Qt::CaseInsensitive));
        }
        // The ranges of concern are marked even while the value is fine.
        CHECK(pixelsOf(image, warning) > 0);
        CHECK(pixelsOf(image, critical) > 0);
    }

    // Past the top the arc stays full; the value says how far.
    f.values(QStringLiteral("c112"), {{QStringLiteral("112.waktu-respon"), 21.5}});
    render(tile, TileSizes[0].size);
    CHECK(tile.shownStatus() == IndicatorStatus::Critical);
    CHECK(tile.shownFill() == 1);
    CHECK(*tile.level() == 1);
    CHECK(drewText(tile, tile.valueText()));
}

TEST_CASE("GaugeTile on a scale without thresholds shows only its range")
{
    TileFixture f;
    f.fillRealistic();
    TileConfig config = f.tileConfig(QStringLiteral("gauge"));
    config.target.reset();
    config.title.clear();
    config.indicators = {QStringLiteral("112.masuk")}; // no thresholds
    config.scale = TileConfig::Scale{0, 500};
    GaugeTile tile(f.context, config);
    CHECK(tile.levelText().isEmpty());
    CHECK(tile.scaleText() == QStringLiteral("0\u2013500 panggilan"));
    render(tile, TileSizes[0].size);
    CHECK(drewText(tile, QStringLiteral("0\u2013500 panggilan")));
    CHECK_FALSE(drewText(tile, QString()));
}
