// The feed-health tile lists the troubled feeds first, with the reason of a failure in plain
// words and since when, and sums the rest up when there is no room.

#include "tiles/FeedHealthTile.h"

#include "TileFixture.h"
#include "state/FeedHealthModel.h"
#include "theme/Theme.h"

#include <catch2/catch.hpp>

using namespace Pantau;

TEST_CASE("A failing feed is listed first, with its plain reason and since when")
{
    TileFixture f;
    f.fillRealistic();
    f.clock.advanceSeconds(5 * 60); // 13.05 WIB
    f.fail(QStringLiteral("aduan"), FailureKind::NoAnswer, QStringLiteral("no answer in 30 s"));
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("health"));
    auto &health = dynamic_cast<FeedHealthTile &>(*tile);
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(health, size.size);
        saveForReview(image, QStringLiteral("health-failing-%1").arg(QLatin1String(size.name)));
        checkTextsLegible(health, image);
        CHECK(health.shownStatus() == IndicatorStatus::Error);
        REQUIRE_FALSE(health.shownFeeds().isEmpty());
        CHECK(health.shownFeeds().first() == QStringLiteral("aduan"));
        const QString text = allText(health);
        CAPTURE(text.toStdString());
        CHECK(drewText(health, QStringLiteral("\u26a0 Gagal")));
        CHECK(text.contains(QStringLiteral("sejak 13.05")));
        CHECK(text.contains(QStringLiteral("Server Dinas Kominfo tidak menjawab")));
    }
}

TEST_CASE("Late feeds come after failing ones, and what does not fit is counted")
{
    TileFixture f;
    f.fillRealistic();
    // Two hours without news from anyone but "harga", which fails.
    f.clock.advanceSeconds(2 * 3600);
    f.values(QStringLiteral("apbd"), {{QStringLiteral("apbd.pendapatan.persen"), 85}});
    f.fail(QStringLiteral("harga"), FailureKind::ServerError, QStringLiteral("503"));
    f.hub->health()->refresh();
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("health"));
    auto &health = dynamic_cast<FeedHealthTile &>(*tile);

    const QImage image = render(health, TileSizes[0].size);
    saveForReview(image, QStringLiteral("health-late"));
    checkTextsLegible(health, image);
    CHECK(health.shownStatus() == IndicatorStatus::Error);
    REQUIRE(health.shownFeeds().size() >= 2);
    CHECK(health.shownFeeds().at(0) == QStringLiteral("harga"));
    CHECK(drewText(health, QStringLiteral("\u25f7 Terlambat")));
    CHECK(allText(health).contains(QStringLiteral("2 jam lalu")));
    // apbd is fine, so it comes last of all.
    if (health.shownFeeds().size() == f.config.feeds.size())
        CHECK(health.shownFeeds().last() == QStringLiteral("apbd"));

    // On the small desktop tile not every feed fits: the rest are counted, never squeezed.
    const QImage small = render(health, TileSizes[2].size);
    saveForReview(small, QStringLiteral("health-late-desktop"));
    checkTextsLegible(health, small);
    const int hidden = int(f.config.feeds.size() - health.shownFeeds().size());
    if (hidden > 0)
        CHECK(allText(health).contains(QStringLiteral("+%1 lainnya").arg(hidden)));
    CHECK(health.shownFeeds().first() == QStringLiteral("harga"));
}

TEST_CASE("Feed health frame: waiting, then fine with the oldest success's age")
{
    TileFixture f;
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("health"));
    render(*tile, TileSizes[0].size);
    CHECK(tile->shownStatus() == IndicatorStatus::NoData);
    CHECK(drewText(*tile, QStringLiteral("\u2026 Menunggu")));

    f.fillRealistic();
    const QImage image = render(*tile, TileSizes[0].size);
    saveForReview(image, QStringLiteral("health-ok"));
    CHECK(tile->shownStatus() == IndicatorStatus::Ok);
    CHECK(drewText(*tile, QStringLiteral("\u2713 Normal")));
    checkTextsLegible(*tile, image);
}

TEST_CASE("A wall screen without its monitor is named on the feed-health tile")
{
    TileFixture f;
    f.fillRealistic();
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("health"));
    render(*tile, TileSizes[0].size);
    CHECK_FALSE(allText(*tile).contains(QStringLiteral("Layar")));

    f.hub->health()->setMissingScreens({QStringLiteral("WALL-2")});
    const QImage image = render(*tile, TileSizes[0].size);
    CHECK(allText(*tile).contains(QStringLiteral("Layar tidak terhubung: WALL-2")));
    CHECK(tile->shownStatus() == IndicatorStatus::Warning);
    checkTextsLegible(*tile, image);

    f.hub->health()->setMissingScreens({});
    render(*tile, TileSizes[0].size);
    CHECK_FALSE(allText(*tile).contains(QStringLiteral("Layar")));
}

// Regression: the tile named some feeds by their id ("bpkad-realisasi-apbd") and others by
// their agency, so its list read unevenly. Every row now shows the feed's name, given in the
// config or made from the agency and the dataset.
TEST_CASE("The feed-health tile names every feed by its name, never by its id")
{
    TileFixture f;
    f.fillRealistic();
    f.fail(QStringLiteral("harga"), FailureKind::ServerError,
           QStringLiteral("server answered 502"));
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("health"));
    auto &health = dynamic_cast<FeedHealthTile &>(*tile);
    const QImage image = render(health, QSize(900, 1000));
    saveForReview(image, QStringLiteral("health-names"));
    checkTextsLegible(health, image);
    REQUIRE(health.shownFeeds().size() == f.config.feeds.size());
    QStringList drawn;
    for (const Tile::DrawnText &text : health.drawnTexts())
        drawn.append(text.text);
    CAPTURE(drawn.join(u'|').toStdString());
    for (const FeedConfig &feed : std::as_const(f.config.feeds)) {
        CAPTURE(feed.id.toStdString());
        CHECK(drawn.contains(feed.name.id));
        CHECK_FALSE(drawn.contains(feed.id));
    }
    CHECK(drawn.contains(QStringLiteral("Harga bahan pokok")));
    CHECK(drawn.contains(QStringLiteral("Aduan SP4N-LAPOR!")));
    CHECK(drawn.contains(QStringLiteral("BPKAD: apbd")));
}
