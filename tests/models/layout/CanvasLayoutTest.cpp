#include "layout/CanvasLayout.h"

#include "layout/TilePlacement.h"

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

CanvasConfig canvas(int columns, int rows, int bezel)
{
    CanvasConfig c;
    c.columns = columns;
    c.rows = rows;
    c.bezelPixels = bezel;
    c.panels.resize(columns * rows);
    return c;
}

TileConfig tileAt(int row, int column, int rowSpan = 1, int columnSpan = 1)
{
    TileConfig t;
    t.type = TileType::Clock;
    t.row = row;
    t.column = column;
    t.rowSpan = rowSpan;
    t.columnSpan = columnSpan;
    return t;
}

} // namespace

TEST_CASE("A 2x2 canvas's tiles keep the bezel gap exactly over each seam")
{
    const CanvasConfig wall = canvas(2, 2, 40);
    // The monitors as a 2x2 wall gives them: seams at x = 1920 and y = 1080.
    const QList<QRect> panels = CanvasLayout::evenPanels(wall, {3840, 2160});
    REQUIRE(panels == QList<QRect>{QRect(0, 0, 1920, 1080), QRect(1920, 0, 1920, 1080),
                                   QRect(0, 1080, 1920, 1080), QRect(1920, 1080, 1920, 1080)});
    QList<QRect> areas;
    for (int p = 0; p < 4; ++p)
        areas.append(CanvasLayout::contentRect(wall, panels, p));
    CHECK(areas.at(0) == QRect(0, 0, 1900, 1060));
    CHECK(areas.at(3) == QRect(1940, 1100, 1900, 1060));

    // A 4x4 grid: 2x2 cells per panel, with spans that stay inside a panel.
    const QList<TileConfig> tiles = {tileAt(0, 0, 2, 2), tileAt(0, 2),       tileAt(0, 3),
                                     tileAt(1, 2, 1, 2), tileAt(2, 0, 1, 2), tileAt(3, 0, 1, 2),
                                     tileAt(2, 2, 2, 2)};
    const TilePlacement::Result placed = TilePlacement::place(tiles, 4, 4);
    REQUIRE(placed.problems.isEmpty());
    REQUIRE(CanvasLayout::check(wall, 4, placed.rows, placed.cells).isEmpty());
    const QList<QRect> rects = CanvasLayout::tileRects(wall, 4, 4, placed.cells, areas);
    REQUIRE(rects.size() == tiles.size());

    const int seamX = 1920;
    const int seamY = 1080;
    int leftEdge = 0;        // rightmost pixel of a tile left of the vertical seam, + 1
    int rightEdge = 1 << 30; // leftmost pixel right of it
    int topEdge = 0;
    int bottomEdge = 1 << 30;
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRect &r = rects.at(i);
        CAPTURE(i, r.x(), r.y(), r.width(), r.height());
        REQUIRE_FALSE(r.isEmpty());
        // No tile straddles a seam: every tile lies inside exactly one panel's free area.
        const auto inside = std::count_if(areas.cbegin(), areas.cend(),
                                          [&](const QRect &a) { return a.contains(r); });
        CHECK(inside == 1);
        CHECK_FALSE((r.left() < seamX && r.right() >= seamX));
        CHECK_FALSE((r.top() < seamY && r.bottom() >= seamY));
        if (r.right() < seamX)
            leftEdge = std::max(leftEdge, r.right() + 1);
        else
            rightEdge = std::min(rightEdge, r.left());
        if (r.bottom() < seamY)
            topEdge = std::max(topEdge, r.bottom() + 1);
        else
            bottomEdge = std::min(bottomEdge, r.top());
    }
    // The gap is the bezel, centred on the seam.
    CHECK(leftEdge == seamX - 20);
    CHECK(rightEdge == seamX + 20);
    CHECK(topEdge == seamY - 20);
    CHECK(bottomEdge == seamY + 20);
    // Cells of one panel share its free area evenly, edge to edge.
    CHECK(rects.at(1) == QRect(1940, 0, 950, 530));
    CHECK(rects.at(2) == QRect(2890, 0, 950, 530));
}

TEST_CASE("An odd bezel still leaves exactly the bezel free across the seam")
{
    const CanvasConfig row = canvas(3, 1, 25);
    const QList<QRect> panels = CanvasLayout::evenPanels(row, {5760, 1080});
    const QRect first = CanvasLayout::contentRect(row, panels, 0);
    const QRect middle = CanvasLayout::contentRect(row, panels, 1);
    const QRect last = CanvasLayout::contentRect(row, panels, 2);
    CHECK(middle.left() - (first.right() + 1) == 25);
    CHECK(last.left() - (middle.right() + 1) == 25);
    CHECK(first.left() == 0);
    CHECK(last.right() == 5759);
    CHECK(first.height() == 1080); // one row: no horizontal seam, nothing taken top or bottom
}

TEST_CASE("A canvas check names the tile and the seam it crosses")
{
    const CanvasConfig wall = canvas(2, 2, 40);
    const QList<TileConfig> tiles = {tileAt(0, 1, 1, 2), tileAt(1, 0, 2, 1), tileAt(0, 0)};
    const TilePlacement::Result placed = TilePlacement::place(tiles, 4, 4);
    REQUIRE(placed.problems.isEmpty());
    const QList<CanvasLayout::Problem> problems =
        CanvasLayout::check(wall, 4, placed.rows, placed.cells);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).tile == 0);
    CHECK(problems.at(0).message.toStdString() ==
          "the tile crosses the seam between panels 1 and 2, which runs between grid columns 1 "
          "and 2; a tile must lie within one panel of the canvas");
    CHECK(problems.at(1).tile == 1);
    CHECK(problems.at(1).message.contains(
        QStringLiteral("the seam between panels 1 and 3, which runs between grid rows 1 and 2")));
    // The tile crossing a seam gets no pixels at all rather than half a tile on each panel.
    const QList<QRect> rects = CanvasLayout::tileRects(
        wall, 4, 4, placed.cells, CanvasLayout::evenPanels(wall, {3840, 2160}));
    CHECK(rects.at(0).isEmpty());
    CHECK_FALSE(rects.at(2).isEmpty());
}

TEST_CASE("A canvas grid must split evenly over its panels")
{
    const CanvasConfig wall = canvas(2, 2, 0);
    const QList<CanvasLayout::Problem> problems = CanvasLayout::check(wall, 3, 3, {});
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).tile == -1);
    CHECK(problems.at(0).message.contains(QStringLiteral("3 columns do not split evenly")));
    CHECK(problems.at(1).message.contains(QStringLiteral("3 rows do not split evenly")));
}

TEST_CASE("Missing panels are inferred from their row and column")
{
    const CanvasConfig wall = canvas(3, 1, 0);
    // Only the middle panel is attached, and it is 2560 wide: its neighbours continue it.
    const QList<QRect> panels =
        CanvasLayout::inferPanels(wall, {QRect(), QRect(100, 50, 2560, 1440), QRect()});
    CHECK(panels == QList<QRect>{QRect(-2460, 50, 2560, 1440), QRect(100, 50, 2560, 1440),
                                 QRect(2660, 50, 2560, 1440)});
    CHECK(CanvasLayout::inferPanels(wall, {QRect(), QRect(), QRect()}).isEmpty());
}
