#include "layout/TilePlacement.h"

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

TileConfig tile(int columnSpan = 1, int rowSpan = 1, int row = -1, int column = -1)
{
    TileConfig t;
    t.type = TileType::Kpi;
    t.columnSpan = columnSpan;
    t.rowSpan = rowSpan;
    t.row = row;
    t.column = column;
    return t;
}

} // namespace

TEST_CASE("TilePlacement flows tiles row by row")
{
    const TilePlacement::Result r = TilePlacement::place({tile(), tile(), tile()}, 2, 0);
    REQUIRE(r.problems.isEmpty());
    CHECK(r.cells == QList<QRect>{QRect(0, 0, 1, 1), QRect(1, 0, 1, 1), QRect(0, 1, 1, 1)});
    CHECK(r.rows == 2);
}

TEST_CASE("TilePlacement fills gaps left by spans and pinned tiles")
{
    // A 3-column grid: a wide tile, then a tall pinned one at the right; the flow goes around.
    const TilePlacement::Result r =
        TilePlacement::place({tile(2), tile(1, 2, 0, 2), tile(), tile(), tile(3)}, 3, 0);
    REQUIRE(r.problems.isEmpty());
    CHECK(r.cells.at(0) == QRect(0, 0, 2, 1));
    CHECK(r.cells.at(1) == QRect(2, 0, 1, 2));
    CHECK(r.cells.at(2) == QRect(0, 1, 1, 1));
    CHECK(r.cells.at(3) == QRect(1, 1, 1, 1));
    CHECK(r.cells.at(4) == QRect(0, 2, 3, 1));
    CHECK(r.rows == 3);
}

TEST_CASE("TilePlacement reports layouts that cannot work, naming the tile")
{
    SECTION("overlap")
    {
        const TilePlacement::Result r =
            TilePlacement::place({tile(2, 1, 0, 0), tile(1, 1, 0, 1)}, 2, 0);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.at(0).tile == 1);
        CHECK(r.problems.at(0).message.contains(QStringLiteral("overlaps")));
    }
    SECTION("wider than the grid")
    {
        const TilePlacement::Result r = TilePlacement::place({tile(3)}, 2, 0);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.at(0).message.contains(QStringLiteral("wider")));
    }
    SECTION("pinned outside a grid with fixed rows")
    {
        const TilePlacement::Result r = TilePlacement::place({tile(1, 1, 3, 0)}, 2, 2);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.at(0).message.contains(QStringLiteral("does not fit")));
    }
    SECTION("more tiles than a fixed grid holds")
    {
        const TilePlacement::Result r = TilePlacement::place({tile(), tile(), tile()}, 1, 2);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.at(0).tile == 2);
        CHECK(r.cells.at(2).isEmpty());
    }
    SECTION("only one of row and column")
    {
        const TilePlacement::Result r = TilePlacement::place({tile(1, 1, 0, -1)}, 2, 0);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.at(0).message.contains(QStringLiteral("both")));
    }
}
