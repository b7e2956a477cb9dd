// The clock shows Blitar's time (WIB) whatever zone the machine is in, with the Indonesian date,
// and keeps a timer only while it is shown.

#include "tiles/ClockTile.h"

#include "ScopedTz.h"
#include "TileFixture.h"

#include <QElapsedTimer>
#include <QTest>

#include <time.h>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

} // namespace

TEST_CASE("The clock shows WIB time and the Indonesian date on a machine in New York")
{
    const ScopedTz tz("America/New_York");
    TileFixture f;
    REQUIRE(TileFixture::T0.toLocalTime().time() == QTime(1, 0)); // the machine's own zone
    f.clock.setNow(TileFixture::T0.addSecs(5 * 60 + 27));
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("clock"));
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(*tile, size.size);
        CHECK(drewText(*tile, QStringLiteral("13.05.27")));
        CHECK(drewText(*tile, QStringLiteral("WIB")));
        CHECK(drewText(*tile, QStringLiteral("Sabtu, 28 November 2026")));
        CHECK(drewText(*tile, QStringLiteral("Waktu Blitar")));
        CHECK(tile->shownStatus() == IndicatorStatus::Ok);
        checkTextsLegible(*tile, image);
    }
    // Past midnight in Blitar it is Sunday, though still Saturday in New York and in UTC.
    f.clock.setNow(QDateTime(QDate(2026, 11, 28), QTime(17, 0, 1), Qt::UTC));
    render(*tile, TileSizes[0].size);
    CHECK(drewText(*tile, QStringLiteral("00.00.01")));
    CHECK(drewText(*tile, QStringLiteral("Minggu, 29 November 2026")));
}

TEST_CASE("The clock ticks only while shown")
{
    TileFixture f;
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("clock"));
    auto &clock = dynamic_cast<ClockTile &>(*tile);
    render(clock, TileSizes[0].size);
    CHECK_FALSE(clock.isTicking());
    clock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&clock));
    CHECK(clock.isTicking());
    // The next second comes, and the clock redraws with it.
    f.clock.advanceSeconds(1);
    // A generous limit only, so a broken timer fails instead of hanging.
    QElapsedTimer waited;
    waited.start();
    while (!drewText(clock, QStringLiteral("13.00.01")) && waited.elapsed() < 10'000)
        QTest::qWait(10);
    CHECK(drewText(clock, QStringLiteral("13.00.01")));
    CHECK(clock.isTicking());
    clock.hide();
    CHECK_FALSE(clock.isTicking());
}
