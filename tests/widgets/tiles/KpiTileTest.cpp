#include "tiles/KpiTile.h"

#include "TileFixture.h"
#include "config/ConfigLoader.h"
#include "locale/Formatter.h"
#include "screen/ScreenHeader.h"
#include "screen/ScreenView.h"
#include "state/IndicatorModel.h"
#include "theme/Theme.h"
#include "time/ManualClock.h"

#include <QImage>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

const QDateTime t0(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);

Config tileConfig()
{
    const QByteArray json = R"({
      "version": 1,
      "feeds": [{"id": "f", "opd": "Dinas Koperasi dan Perdagangan", "url": "https://example.invalid/", "format": "json",
                 "values": [{"indicator": "telur", "pointer": "/v"}]}],
      "indicators": [{"id": "telur", "label": {"id": "Harga Telur Ayam Ras"}, "unit": "Rp", "dimension": "economy"}],
      "screens": [{"name": "WALL-1", "title": "Ekonomi", "tiles": [{"type": "kpi", "indicator": "telur"}]}]
    })";
    const ConfigLoader::Result result = ConfigLoader::loadBytes(json, QStringLiteral("tile.json"));
    REQUIRE(result.config);
    return *result.config;
}

FeedResult sample(double value, const QDateTime &when)
{
    FeedResult r;
    r.feedId = QStringLiteral("f");
    r.fetchTime = when;
    r.samples = {{QStringLiteral("telur"), value, when}};
    return r;
}

// One egg-price indicator, the model, clock and formatting a tile draws from.
struct EggFixture
{
    Config config = tileConfig();
    ManualClock clock{t0};
    IndicatorModel model{config, &clock};
    Formatter formatter{QLocale(QStringLiteral("id_ID")),
                        QTimeZone(QByteArrayLiteral("Asia/Jakarta"))};
    TileContext context = [this] {
        TileContext c;
        c.formatter = &formatter;
        c.clock = &clock;
        c.theme = &Theme::wall();
        c.indicators = &model;
        return c;
    }();
};

} // namespace

TEST_CASE("KpiTile shows the value in Indonesian formatting and repaints on change")
{
    EggFixture f;
    KpiTile tile(f.context, f.config.screens.at(0).pages.first().tiles.at(0));
    tile.resize(480, 270);

    CHECK(tile.valueText() == QStringLiteral("\u2013"));
    const QImage empty = tile.grab().toImage();

    f.model.applyFeedResult(sample(28500, t0));
    CHECK(tile.valueText() == QStringLiteral("Rp28.500"));
    CHECK(tile.accessibleName() == QStringLiteral("Harga Telur Ayam Ras: Rp28.500"));
    const QImage first = tile.grab().toImage();
    CHECK(differingPixels(empty, first) > 500);

    f.model.applyFeedResult(sample(29250, t0));
    CHECK(tile.valueText() == QStringLiteral("Rp29.250"));
    CHECK(differingPixels(first, tile.grab().toImage()) > 50);
}

TEST_CASE("KpiTile ages its data by the injected f.clock and marks a failure")
{
    EggFixture f;
    KpiTile tile(f.context, f.config.screens.at(0).pages.first().tiles.at(0));
    tile.resize(480, 270);
    f.model.applyFeedResult(sample(28500, t0));

    const QImage fresh = tile.grab().toImage();
    f.clock.advanceSeconds(2 * 60);
    const QImage aged = tile.grab().toImage();
    // Only the age line changed ("baru saja" to "2 menit lalu"): a few pixels, not the number.
    const int ageChange = differingPixels(fresh, aged);
    CHECK(ageChange > 0);

    FeedResult failed;
    failed.feedId = QStringLiteral("f");
    failed.fetchTime = f.clock.now();
    failed.error = QStringLiteral("server answered 503");
    f.model.applyFeedResult(failed);
    // The last good value stays, and the tile looks clearly different (badge, reason, dimming).
    CHECK(tile.valueText() == QStringLiteral("Rp28.500"));
    CHECK(differingPixels(aged, tile.grab().toImage()) > ageChange);
}

TEST_CASE("ScreenView builds its tiles and shows the demo badge only for demo feeds")
{
    EggFixture f;

    ScreenView demo(f.config.screens.at(0), f.context, true);
    ScreenView real(f.config.screens.at(0), f.context, false);
    CHECK(demo.tiles().size() == 1);
    CHECK(demo.header()->showsDemoBadge());
    CHECK_FALSE(real.header()->showsDemoBadge());
    demo.resize(1280, 720);
    real.resize(1280, 720);
    const QImage withBadge = demo.grab().toImage();
    const QImage withoutBadge = real.grab().toImage();
    // The badge is a large amber block: count its colour in the header strip.
    auto amberPixels = [](const QImage &image) {
        int count = 0;
        const QColor amber = Theme::wall().demoBadge;
        for (int y = 0; y < 60; ++y)
            for (int x = 0; x < image.width(); ++x)
                count += QColor(image.pixel(x, y)) == amber;
        return count;
    };
    CHECK(amberPixels(withBadge) > 2000);
    CHECK(amberPixels(withoutBadge) == 0);
}
