#pragma once

#include "config/Config.h"

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace Pantau {

// Where the panels of a canvas lie and which pixels of them tiles may use. The page grid is
// split evenly over the panels; each panel keeps half the bezel free on every side that meets
// another panel, so the gap between two panels' tiles is exactly the bezel, centred on the seam,
// and no tile straddles it. Pure arithmetic on rectangles: the loader checks layouts with it,
// the placement finds the canvas's window with it and the view draws with it.
class CanvasLayout
{
public:
    struct Problem
    {
        int tile = -1; // index into the page's tiles; -1 for the page as a whole
        QString message;
    };

    // The panels of a canvas of `size` with no monitors to go by (a snapshot, a window):
    // equal shares, row-major, in the canvas's own coordinates.
    static QList<QRect> evenPanels(const CanvasConfig &canvas, const QSize &size);

    // Every panel's rectangle from the monitors found for it (an invalid QRect where none was):
    // a missing panel takes its column's x and width and its row's y and height from the panels
    // found beside it, or continues the grid past them. Empty when no panel was found.
    static QList<QRect> inferPanels(const CanvasConfig &canvas, const QList<QRect> &found);

    static QRect boundingRect(const QList<QRect> &rects);

    // `panels` moved so that their bounding rectangle starts at (0, 0): window coordinates.
    static QList<QRect> relativeTo(const QList<QRect> &panels, const QPoint &origin);

    // The part of panel `panel` that is free of the bezel: the panel less half the bezel on
    // each side that meets another panel (the left or upper panel of a seam gives the smaller
    // half of an odd bezel).
    static QRect contentRect(const CanvasConfig &canvas, const QList<QRect> &panels, int panel);

    // The panel (row-major index) a tile's grid cells lie in; -1 when they cross a seam.
    static int panelOf(const CanvasConfig &canvas, int columns, int rows, const QRect &cells);

    // Each tile's pixels: `cells` as TilePlacement gives them for a grid of `columns` x `rows`,
    // `areas` the pixels each panel gives its tiles. A tile crossing a seam gets an empty rect.
    static QList<QRect> tileRects(const CanvasConfig &canvas, int columns, int rows,
                                  const QList<QRect> &cells, const QList<QRect> &areas);

    // What keeps a page from being shown on this canvas: a grid that does not split evenly over
    // the panels, or tiles that cross a seam. `rows` is the grid's height as placed.
    static QList<Problem> check(const CanvasConfig &canvas, int columns, int rows,
                                const QList<QRect> &cells);
};

} // namespace Pantau
