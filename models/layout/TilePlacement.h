#pragma once

#include "config/Config.h"

#include <QList>
#include <QRect>

namespace Pantau {

// Where each tile of a screen goes in its grid. Tiles with a row and column sit there; the rest
// flow into the first free cells, row by row, as a reader expects. Kept apart from the widgets so
// the config loader can reject an impossible layout before a window opens.
class TilePlacement
{
public:
    struct Problem
    {
        int tile = -1; // index into the tile list
        QString message;
    };
    struct Result
    {
        QList<QRect> cells; // per tile, in grid cells (x = column, y = row); empty when unplaced
        int rows = 0;       // rows the grid needs
        QList<Problem> problems;
    };

    // `rows` 0 grows the grid as far as the tiles need.
    static Result place(const QList<TileConfig> &tiles, int columns, int rows);
};

} // namespace Pantau
