#pragma once

#include "Config.h"

#include <QList>
#include <QRect>
#include <QString>

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
        int monitor = -1; // index into the monitor list; -1 when missing
        MatchedBy by = MatchedBy::None;
    };

    // `allowIndexFallback` false keeps unmatched screens missing, as a wall must after a
    // hot-plug: a window moved onto some other free monitor would only confuse.
    static QList<Placement> place(const QList<ScreenConfig> &screens,
                                  const QList<MonitorInfo> &monitors,
                                  bool allowIndexFallback = true);

    static QString describe(MatchedBy by);
};

} // namespace Pantau
