// Every tile type at the three sizes a tile is read at: nothing clipped, nothing outside the
// tile, every text visible, and the states a wall must show (old data, failures, each status)
// told apart in words, not colour alone. The images are saved for a person to look at.

#include "TileFixture.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"
#include "tiles/KpiTile.h"

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

const QStringList AllTypes = {
    QStringLiteral("kpi"),    QStringLiteral("line"),   QStringLiteral("bar"),
    QStringLiteral("donut"),  QStringLiteral("gauge"),  QStringLiteral("table"),
    QStringLiteral("ticker"), QStringLiteral("clock"),  QStringLiteral("map"),
    QStringLiteral("health"), QStringLiteral("alerts"),
};

// Types whose frame reports the state of indicators (and so can be stale or failing).
const QStringList IndicatorTypes = {QStringLiteral("kpi"),   QStringLiteral("line"),
                                    QStringLiteral("bar"),   QStringLiteral("donut"),
                                    QStringLiteral("gauge"), QStringLiteral("map")};

} // namespace

TEST_CASE("Every tile type fits its texts at wall and desktop sizes")
{
    const QString type = GENERATE_REF(from_range(AllTypes));
    const TileSize size = GENERATE(from_range(std::begin(TileSizes), std::end(TileSizes)));
    CAPTURE(type.toStdString(), size.name);

    TileFixture f;
    f.fillRealistic();
    std::unique_ptr<Tile> tile = f.makeTile(type);
    const QImage image = render(*tile, size.size);
    saveForReview(image, QStringLiteral("%1-%2").arg(type, QLatin1String(size.name)));
    checkTextsLegible(*tile, image);
    // Whole words only: nothing shortened with an ellipsis at the tested sizes.
    for (const Tile::DrawnText &drawn : tile->drawnTexts()) {
        CAPTURE(drawn.text.toStdString());
        CHECK_FALSE(drawn.text.endsWith(QStringLiteral("\u2026")));
    }
}

TEST_CASE("A KPI value's cap height is at least 1/40 of the wall screen's height")
{
    const TileSize size = GENERATE(TileSizes[0], TileSizes[1]);
    CAPTURE(size.name);
    TileFixture f;
    f.fillRealistic();
    KpiTile tile(f.context, f.tileConfig(QStringLiteral("kpi")));
    render(tile, size.size);
    const QString value = tile.valueText();
    REQUIRE(drewText(tile, value));
    for (const Tile::DrawnText &drawn : tile.drawnTexts()) {
        if (drawn.text != value)
            continue;
        const qreal capHeight = QFontMetricsF(drawn.font).capHeight();
        CAPTURE(capHeight);
        CHECK(capHeight >= size.screenHeight / 40.0);
    }
}

TEST_CASE("Stale data looks different from fresh data on every indicator tile")
{
    const QString type = GENERATE_REF(from_range(IndicatorTypes));
    CAPTURE(type.toStdString());
    TileFixture f;
    f.fillRealistic();
    std::unique_ptr<Tile> tile = f.makeTile(type);
    const QImage fresh = render(*tile, TileSizes[0].size);
    REQUIRE(tile->shownStatus() != IndicatorStatus::Stale);

    // A day without news: every feed is past its stale limit.
    f.clock.advanceSeconds(24 * 3600);
    f.hub->indicators()->refreshStatus();
    const QImage stale = render(*tile, TileSizes[0].size);
    saveForReview(stale, QStringLiteral("%1-stale").arg(type));
    CHECK(tile->shownStatus() == IndicatorStatus::Stale);
    CHECK(drewText(*tile, Theme::statusIcon(IndicatorStatus::Stale) + u' ' +
                              Theme::statusWord(IndicatorStatus::Stale)));
    // Far more than the age line changed: the content is hatched or dimmed.
    CHECK(differingPixels(fresh, stale) > fresh.width() * fresh.height() / 20);
    checkTextsLegible(*tile, stale);
}

TEST_CASE("A failing feed names its reason in plain words and keeps the last value")
{
    const QString type = GENERATE_REF(from_range(IndicatorTypes));
    CAPTURE(type.toStdString());
    TileFixture f;
    f.fillRealistic();
    for (const FeedConfig &feed : f.config.feeds)
        f.fail(feed.id, FailureKind::NoAnswer, QStringLiteral("no complete answer within 30 s"));
    std::unique_ptr<Tile> tile = f.makeTile(type);
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(*tile, size.size);
        saveForReview(image, QStringLiteral("%1-error-%2").arg(type, QLatin1String(size.name)));
        CHECK(tile->shownStatus() == IndicatorStatus::Error);
        const QString text = allText(*tile);
        CAPTURE(text.toStdString());
        CHECK(text.contains(QStringLiteral("tidak menjawab")));
        CHECK(text.contains(Theme::statusWord(IndicatorStatus::Error)));
        checkTextsLegible(*tile, image);
    }
}

TEST_CASE("Every status shows its badge with an icon and a word")
{
    TileFixture f;
    KpiTile tile(f.context, f.tileConfig(QStringLiteral("kpi")));
    auto badge = [](IndicatorStatus status) {
        return Theme::statusIcon(status) + u' ' + Theme::statusWord(status);
    };
    auto check = [&](IndicatorStatus expected) {
        for (const TileSize &size : TileSizes) {
            CAPTURE(size.name, statusKey(expected).toStdString());
            const QImage image = render(tile, size.size);
            CHECK(tile.shownStatus() == expected);
            CHECK(drewText(tile, badge(expected)));
            checkTextsLegible(tile, image);
        }
    };
    check(IndicatorStatus::NoData);
    const QString egg = QStringLiteral("harga.telur");
    f.values(QStringLiteral("harga"), {{egg, 28000}});
    check(IndicatorStatus::Ok);
    f.values(QStringLiteral("harga"), {{egg, 29500}});
    check(IndicatorStatus::Warning);
    f.values(QStringLiteral("harga"), {{egg, 31500}});
    check(IndicatorStatus::Critical);
    f.fail(QStringLiteral("harga"), FailureKind::ServerError,
           QStringLiteral("server answered 503"));
    check(IndicatorStatus::Error);
    CHECK(allText(tile).contains(QStringLiteral("Server Dinas Koperasi dan Perdagangan")));
    f.values(QStringLiteral("harga"), {{egg, 28000}});
    f.clock.advanceSeconds(6 * 3600);
    f.hub->indicators()->refreshStatus();
    check(IndicatorStatus::Stale);
}

TEST_CASE("The theme hands out one shared font per size and weight, and never the wrong one")
{
    const Theme &theme = Theme::wall();
    const QFont body = theme.font(20);
    // The same size (after rounding) and weight: a copy of the same font, engine and all.
    CHECK(theme.font(20.2).isCopyOf(body));
    CHECK(theme.font(19.6).isCopyOf(body));
    CHECK_FALSE(theme.font(20, QFont::Bold).isCopyOf(body));
    CHECK(theme.font(20, QFont::Bold).weight() == QFont::Bold);
    // Many sizes in turn (a wall resized over and over): each still has its own size.
    for (int px = 1; px <= 1200; ++px) {
        const QFont font = theme.font(px, px % 2 ? QFont::Normal : QFont::Bold);
        REQUIRE(font.pixelSize() == px);
        REQUIRE(font.weight() == (px % 2 ? QFont::Normal : QFont::Bold));
        REQUIRE(font.family() == body.family());
    }
}

TEST_CASE("Text widths come from the cache exactly as Qt measures them, past the cache's size")
{
    const Theme &theme = Theme::wall();
    // More texts and fonts than the cache holds, measured twice over: each answer is the one
    // Qt gives, whether it was measured now or kept, so no text gets another's width.
    const int count = TextFit::CacheSize * 2 + 7;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < count; ++i) {
            const QFont font = theme.font(10 + i % 37, i % 3 ? QFont::Normal : QFont::Bold);
            const QString text = QStringLiteral("Rp%1 · Kec. %2").arg(i * 517).arg(i % 22);
            REQUIRE(TextFit::width(text, font) == QFontMetricsF(font).horizontalAdvance(text));
        }
    }
    // The same text in two fonts, and two texts in one font, are kept apart.
    const QString text = QStringLiteral("Diperbarui baru saja");
    CHECK(TextFit::width(text, theme.font(20)) < TextFit::width(text, theme.font(40)));
    CHECK(TextFit::width(text, theme.font(20)) <
          TextFit::width(text + QStringLiteral(" lagi"), theme.font(20)));
}
