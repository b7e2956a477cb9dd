#include "layout/TilePlacement.h"

#include <vector>

namespace Pantau {

namespace {

// The cells taken so far; grows downwards as tiles need it.
class Occupancy
{
public:
    explicit Occupancy(int columns)
        : m_columns(columns)
    {
    }

    bool isFree(const QRect &area) const
    {
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                if (taken(x, y))
                    return false;
        return true;
    }

    void take(const QRect &area)
    {
        const size_t needed = size_t(area.bottom() + 1) * size_t(m_columns);
        if (m_cells.size() < needed)
            m_cells.resize(needed, false);
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                m_cells[size_t(y) * size_t(m_columns) + size_t(x)] = true;
    }

private:
    bool taken(int x, int y) const
    {
        const size_t i = size_t(y) * size_t(m_columns) + size_t(x);
        return i < m_cells.size() && m_cells[i];
    }

    int m_columns;
    std::vector<bool> m_cells;
};

} // namespace

TilePlacement::Result TilePlacement::place(const QList<TileConfig> &tiles, int columns, int rows)
{
    Result result;
    result.cells.resize(tiles.size());
    if (columns < 1)
        return result;
    // A bound for the automatic flow, so a bad config cannot make it search forever.
    const int rowLimit = rows > 0 ? rows : int(tiles.size()) * 12 + 12;
    Occupancy occupancy(columns);

    auto fits = [&](const QRect &area) {
        return area.left() >= 0 && area.right() < columns && area.top() >= 0 &&
               area.bottom() < rowLimit;
    };

    // Pinned tiles first, so the flow goes around them.
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const TileConfig &tile = tiles.at(i);
        if (tile.row < 0 && tile.column < 0)
            continue;
        const QRect area(std::max(tile.column, 0), std::max(tile.row, 0), tile.columnSpan,
                         tile.rowSpan);
        if (tile.row < 0 || tile.column < 0) {
            result.problems.append({int(i), QStringLiteral("give both \"row\" and \"column\", or "
                                                           "neither to place the tile "
                                                           "automatically")});
        } else if (!fits(area)) {
            result.problems.append(
                {int(i), QStringLiteral("the tile (row %1, column %2, %3 × %4 cells) does not fit "
                                        "a grid of %5 columns and %6 rows")
                             .arg(tile.row)
                             .arg(tile.column)
                             .arg(tile.columnSpan)
                             .arg(tile.rowSpan)
                             .arg(columns)
                             .arg(rows > 0 ? QString::number(rows) : QStringLiteral("any"))});
        } else if (!occupancy.isFree(area)) {
            result.problems.append(
                {int(i), QStringLiteral("the tile overlaps another at row %1, column %2")
                             .arg(tile.row)
                             .arg(tile.column)});
        } else {
            occupancy.take(area);
            result.cells[i] = area;
        }
    }

    int cursor = 0; // the first cell that may still be free, row-major
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const TileConfig &tile = tiles.at(i);
        if (tile.row >= 0 || tile.column >= 0)
            continue;
        if (tile.columnSpan > columns) {
            result.problems.append({int(i), QStringLiteral("columnSpan %1 is wider than the "
                                                           "grid's %2 columns")
                                                .arg(tile.columnSpan)
                                                .arg(columns)});
            continue;
        }
        bool placed = false;
        for (int cell = cursor; cell < rowLimit * columns && !placed; ++cell) {
            const QRect area(cell % columns, cell / columns, tile.columnSpan, tile.rowSpan);
            if (!fits(area) || !occupancy.isFree(area))
                continue;
            occupancy.take(area);
            result.cells[i] = area;
            placed = true;
            if (cell == cursor)
                cursor += tile.columnSpan;
        }
        if (!placed)
            result.problems.append(
                {int(i), QStringLiteral("no free cells left for this tile in a grid of %1 "
                                        "columns and %2 rows")
                             .arg(columns)
                             .arg(rows)});
    }

    for (const QRect &area : std::as_const(result.cells))
        if (!area.isEmpty())
            result.rows = std::max(result.rows, area.bottom() + 1);
    if (rows > 0)
        result.rows = rows;
    return result;
}

} // namespace Pantau
