// A screen's pages: they take turns on the clock, a supervisor can hold one, and a public kiosk
// never builds the pages meant for operators.

#include "screen/ScreenView.h"

#include "TileFixture.h"
#include "screen/ScreenHeader.h"
#include "tiles/Tile.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

// Three pages of the fixture's tiles: an operator page with the 112 ticker and complaints
// table, and two public pages.
ScreenConfig pagedScreen(const TileFixture &f, int rotateSeconds)
{
    ScreenConfig screen;
    screen.name = QStringLiteral("WALL-1");
    screen.title = QStringLiteral("Ringkasan");
    screen.rotation.seconds = rotateSeconds;
    PageConfig operators;
    operators.title = QStringLiteral("Operator 112");
    operators.tiles = {f.tileConfig(QStringLiteral("ticker")),
                       f.tileConfig(QStringLiteral("table"))};
    PageConfig prices;
    prices.title = QStringLiteral("Harga Pangan");
    prices.isPublic = true;
    prices.tiles = {f.tileConfig(QStringLiteral("kpi")), f.tileConfig(QStringLiteral("line"))};
    PageConfig budget;
    budget.title = QStringLiteral("Anggaran");
    budget.isPublic = true;
    budget.tiles = {f.tileConfig(QStringLiteral("gauge"))};
    screen.pages = {operators, prices, budget};
    return screen;
}

} // namespace

TEST_CASE("A screen's pages take turns with the clock, and the header says which")
{
    TileFixture f;
    f.fillRealistic();
    // 13.00.00 WIB: a synchronized 30 s rotation is at a boundary.
    ScreenView view(pagedScreen(f, 30), f.context, false);
    view.resize(1920, 1080);
    QSignalSpy changed(&view, &ScreenView::pageChanged);
    REQUIRE(view.pageCount() == 3);
    const int first = view.currentPage();
    CHECK(view.header()->pageText() == QStringLiteral("%1/3").arg(first + 1));

    f.clock.advanceSeconds(29);
    view.syncPage();
    CHECK(view.currentPage() == first);
    f.clock.advanceSeconds(1);
    view.syncPage();
    CHECK(view.currentPage() == (first + 1) % 3);
    CHECK(changed.size() == 1);
    f.clock.advanceSeconds(60);
    view.syncPage();
    CHECK(view.currentPage() == first);
    // Only the current page's tiles are visible.
    view.show();
    for (int page = 0; page < view.pageCount(); ++page)
        for (Tile *tile : view.pageTiles(page))
            CHECK(tile->isVisible() == (page == view.currentPage()));
}

TEST_CASE("A pinned page stays through the rotation until it is released")
{
    TileFixture f;
    ScreenView view(pagedScreen(f, 30), f.context, false);
    view.pinPage(2);
    CHECK(view.isPinned());
    CHECK(view.currentPage() == 2);
    CHECK(view.header()->pageText() == QStringLiteral("3/3 · Disematkan"));
    for (int i = 0; i < 5; ++i) {
        f.clock.advanceSeconds(30);
        view.syncPage();
        CHECK(view.currentPage() == 2);
    }
    view.releasePin();
    CHECK_FALSE(view.isPinned());
    CHECK(view.header()->pageText() == QStringLiteral("%1/3").arg(view.currentPage() + 1));
}

TEST_CASE("A public screen never builds the operator pages")
{
    TileFixture f;
    f.fillRealistic();
    ScreenView kiosk(pagedScreen(f, 30), f.context, false, true);
    REQUIRE(kiosk.pageCount() == 2);
    CHECK(kiosk.pageConfig(0).title == QStringLiteral("Harga Pangan"));
    CHECK(kiosk.pageConfig(1).title == QStringLiteral("Anggaran"));
    // No tile of the operator page exists to be shown, whatever the rotation or a pin asks.
    CHECK(kiosk.tiles().size() == 3);
    for (Tile *tile : kiosk.tiles())
        CHECK_FALSE(tile->inherits("Pantau::TickerTile"));
    for (int i = 0; i < 6; ++i) {
        f.clock.advanceSeconds(30);
        kiosk.syncPage();
        CHECK(kiosk.pageConfig(kiosk.currentPage()).isPublic);
    }
    kiosk.pinPage(5);
    CHECK_FALSE(kiosk.isPinned());
}

TEST_CASE("A screen without rotation keeps its first page")
{
    TileFixture f;
    ScreenView view(pagedScreen(f, 0), f.context, false);
    CHECK(view.currentPage() == 0);
    f.clock.advanceSeconds(3600);
    view.syncPage();
    CHECK(view.currentPage() == 0);
}
