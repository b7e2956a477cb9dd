#pragma once

#include "config/TileConfig.h"

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>

namespace Pantau {

// How a configured screen finds its monitor besides its name; see WindowPlacement.
struct ScreenMatch
{
    QString manufacturer;
    QString model;
    QString serial;
    std::optional<QRect> geometry;

    bool isEmpty() const
    {
        return manufacturer.isEmpty() && model.isEmpty() && serial.isEmpty() && !geometry;
    }
};

// One monitor picked out by its name, or by the same keys as a screen's `match`: a panel of a
// canvas, or the spare monitor.
struct MonitorSelector
{
    QString name; // QScreen::name(); empty: only `match` counts
    ScreenMatch match;

    bool isEmpty() const { return name.isEmpty() && match.isEmpty(); }
};

// A screen spread over a rectangle of monitors (2 x 2 panels, say) that shows one grid. The
// page grid is split evenly over the panels, and `bezelPixels` are left free across each seam,
// half on either side, so no tile or text is cut by the monitors' frames.
struct CanvasConfig
{
    int columns = 1;
    int rows = 1;
    int bezelPixels = 0;
    QList<MonitorSelector> panels; // row-major, columns x rows of them
};

// One page of a screen: a grid of tiles. Pages of a screen take turns, like a playlist.
struct PageConfig
{
    QString title;         // empty: the screen's title
    QString titleEn;       // English; empty: `title`
    bool isPublic = false; // shown on a public kiosk; operator pages (112 details) are not
    int columns = 2;
    int rows = 0; // 0: as many as the tiles need
    QList<TileConfig> tiles;
};

// How a screen's pages take turns.
struct RotationConfig
{
    int seconds = 0; // 0: no rotation, the first page stays
    // Turn on the clock's boundaries (every 30 s past the minute, say), so every screen with
    // the same interval turns together, even across machines; otherwise from the screen's start.
    bool synchronized = true;
};

struct ScreenConfig
{
    QString name; // matched against QScreen::name()
    QString title;
    QString titleEn; // English; empty: `title`
    ScreenMatch match;
    // What --snapshot renders when no monitor is matched; for a canvas, the whole canvas
    // (columns x 1920 by rows x 1080 unless given: bezels are taken from the panels' pixels).
    QSize size{1920, 1080};
    QList<PageConfig> pages; // at least one
    RotationConfig rotation;
    std::optional<CanvasConfig> canvas; // set: a canvas, found through its panels, not `match`

    bool isCanvas() const { return canvas.has_value(); }
};

} // namespace Pantau
