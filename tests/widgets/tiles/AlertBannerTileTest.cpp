// The alert banner: a critical alert reaches it and pulses until acknowledged, names who
// acknowledged it, keeps still with reduced motion, and rings the bell once when asked to.

#include "tiles/AlertBannerTile.h"

#include "TileFixture.h"
#include "state/AlertModel.h"
#include "theme/Theme.h"

#include <QTest>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

const QString Egg = QStringLiteral("harga.telur");
const QString Harga = QStringLiteral("harga");

} // namespace

TEST_CASE("A critical alert reaches the banner and pulses until acknowledged")
{
    TileFixture f;
    f.fillRealistic();
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("alerts"));
    auto &banner = dynamic_cast<AlertBannerTile &>(*tile);
    banner.resize(TileSizes[0].size);
    banner.show();
    REQUIRE(QTest::qWaitForWindowExposed(&banner));
    CHECK_FALSE(banner.isPulsing());
    render(banner, TileSizes[0].size);
    CHECK(banner.shownStatus() == IndicatorStatus::Ok);
    CHECK(allText(banner).contains(QStringLiteral("Tidak ada peringatan aktif")));

    f.values(Harga, {{Egg, 31500}});
    REQUIRE(f.hub->alerts()->indexOf(QStringLiteral("telur-mahal")).isValid());
    CHECK(banner.isPulsing());
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(banner, size.size);
        saveForReview(image, QStringLiteral("alerts-critical-%1").arg(QLatin1String(size.name)));
        checkTextsLegible(banner, image);
        CHECK(banner.shownStatus() == IndicatorStatus::Critical);
        const QString text = allText(banner);
        CAPTURE(text.toStdString());
        CHECK(drewText(banner, QStringLiteral("\u2716 KRITIS")));
        CHECK(text.contains(QStringLiteral("Rp31.000/kg")));
        CHECK(text.contains(QStringLiteral("sejak 13.00")));
    }
    banner.resize(TileSizes[0].size);

    // The pulse is seen: two frames a moment apart differ.
    const QImage a = banner.grab().toImage();
    QElapsedTimer waited;
    waited.start();
    int differs = 0;
    while (differs == 0 && waited.elapsed() < 10'000) {
        QTest::qWait(50);
        differs = differingPixels(a, banner.grab().toImage());
    }
    CHECK(differs > 0);

    REQUIRE(f.hub->alerts()->acknowledge(QStringLiteral("telur-mahal"), QStringLiteral("Budi"),
                                         QStringLiteral("cek pasar")));
    CHECK_FALSE(banner.isPulsing());
    const QImage acknowledged = render(banner, TileSizes[0].size);
    saveForReview(acknowledged, QStringLiteral("alerts-acknowledged"));
    checkTextsLegible(banner, acknowledged);
    CHECK(allText(banner).contains(QStringLiteral("Diakui oleh Budi")));
    CHECK(banner.shownStatus() == IndicatorStatus::Critical);

    // Cleared: back to the calm line, and nothing runs.
    f.values(Harga, {{Egg, 28000}});
    render(banner, TileSizes[0].size);
    CHECK_FALSE(banner.isPulsing());
    CHECK(banner.shownStatus() == IndicatorStatus::Ok);
    CHECK(allText(banner).contains(QStringLiteral("Tidak ada peringatan aktif")));
}

TEST_CASE("More active alerts are counted, and a warning alone does not pulse")
{
    TileFixture f;
    f.fillRealistic();
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("alerts"));
    auto &banner = dynamic_cast<AlertBannerTile &>(*tile);
    banner.resize(TileSizes[0].size);
    banner.show();
    REQUIRE(QTest::qWaitForWindowExposed(&banner));

    f.values(QStringLiteral("c112"), {{QStringLiteral("112.waktu-respon"), 8.5}});
    CHECK_FALSE(banner.isPulsing());
    QImage image = render(banner, TileSizes[0].size);
    saveForReview(image, QStringLiteral("alerts-warning"));
    checkTextsLegible(banner, image);
    CHECK(banner.shownStatus() == IndicatorStatus::Warning);
    CHECK(drewText(banner, QStringLiteral("\u25b2 WASPADA")));

    // A critical one goes on top, and the warning is counted.
    f.values(Harga, {{Egg, 31500}});
    CHECK(banner.isPulsing());
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        image = render(banner, size.size);
        saveForReview(image, QStringLiteral("alerts-two-%1").arg(QLatin1String(size.name)));
        checkTextsLegible(banner, image);
        CHECK(banner.shownStatus() == IndicatorStatus::Critical);
        CHECK(allText(banner).contains(QStringLiteral("+1 peringatan lain")));
    }
}

TEST_CASE("With reduced motion a critical alert does not pulse")
{
    TileFixture f;
    f.fillRealistic();
    DisplayConfig display;
    display.reducedMotion = true;
    display.alertSound = true;
    f.context.display = &display;
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("alerts"));
    auto &banner = dynamic_cast<AlertBannerTile &>(*tile);
    banner.resize(TileSizes[0].size);
    banner.show();
    REQUIRE(QTest::qWaitForWindowExposed(&banner));

    f.values(QStringLiteral("c112"), {{QStringLiteral("112.waktu-respon"), 8.5}});
    f.values(Harga, {{Egg, 31500}});
    CHECK_FALSE(banner.isPulsing());
    const QImage image = render(banner, TileSizes[0].size);
    saveForReview(image, QStringLiteral("alerts-reduced-motion"));
    checkTextsLegible(banner, image);
    CHECK(banner.shownStatus() == IndicatorStatus::Critical);
    CHECK(drewText(banner, QStringLiteral("\u2716 KRITIS")));
    // Still: nothing changes on screen from one moment to the next.
    QTest::qWait(200);
    CHECK(differingPixels(image, render(banner, TileSizes[0].size)) == 0);
}
