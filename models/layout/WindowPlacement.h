#pragma once

#include "config/Config.h"

#include <QList>
#include <QRect>
#include <QString>

#include <optional>

namespace Pantau {

// What the wall knows of one attached monitor; the app fills it from QScreen, tests by hand.
struct MonitorInfo
{
    QString name; // QScreen::name(), e.g. "HDMI-1"
    QString manufacturer;
    QString model;
    QString serial;
    QRect geometry;
};

// Which monitor each configured screen goes on. A screen is matched by its name first, then by
// manufacturer, model and serial, then by geometry; only a screen that none of these place
// falls back to the next unclaimed monitor, because the order of monitors changes between boots
// and a bare index would put the 112 screen where the overview belongs. No monitor is given to
// two screens. A pure function, so every case (renamed, reordered, missing, extra) is tested
// without a display.
class WindowPlacement
{
public:
    enum class MatchedBy {
        None,     // no monitor: the screen is missing
        Name,     // QScreen::name() equals the screen's name
        Identity, // manufacturer, model and serial as configured
        Geometry, // position and size as configured
        Index,    // the fallback: the next monitor nothing else claimed
    };

    struct Placement
    {
        // Index into the monitor list; -1 when missing. For a canvas, its first panel found:
        // the monitor its window belongs to.
        int monitor = -1;
        MatchedBy by = MatchedBy::None;
        // Where the window goes: its monitor's geometry, or for a canvas the bounding rectangle
        // of its panels (a missing panel's place inferred from the others). Empty when missing.
        QRect geometry;
        // A canvas only, row-major: each panel's monitor (-1 when missing), how it was found,
        // and where it lies in global coordinates (inferred when missing).
        QList<int> panels;
        QList<MatchedBy> panelBy;
        QList<QRect> panelRects;

        bool isPresent() const { return monitor >= 0; }
    };

    struct Result
    {
        QList<Placement> screens; // one per configured screen, in order
        int spare = -1;           // the spare monitor, when configured and attached
    };

    // Places screens, canvases and the spare. A canvas's panels are found by name, identity or
    // geometry like screens, never as "the next free monitor": a panel in the wrong corner
    // would tear the grid apart. The spare never takes a screen's monitor, and no screen falls
    // back onto the spare.
    static Result placeWall(const QList<ScreenConfig> &screens,
                            const std::optional<MonitorSelector> &spare,
                            const QList<MonitorInfo> &monitors, bool allowIndexFallback = true);

    // `allowIndexFallback` false keeps unmatched screens missing, as a wall must after a
    // hot-plug: a window moved onto some other free monitor would only confuse.
    static QList<Placement> place(const QList<ScreenConfig> &screens,
                                  const QList<MonitorInfo> &monitors,
                                  bool allowIndexFallback = true);

    // Whether `monitor` is the one `selector` names (by name, identity or geometry).
    static bool selects(const MonitorSelector &selector, const MonitorInfo &monitor);

    static QString describe(MatchedBy by);
};

} // namespace Pantau
