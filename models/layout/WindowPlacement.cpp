#include "layout/WindowPlacement.h"

#include "layout/CanvasLayout.h"

#include <functional>

namespace Pantau {

namespace {

bool identityMatches(const ScreenMatch &match, const MonitorInfo &monitor)
{
    if (match.manufacturer.isEmpty() && match.model.isEmpty() && match.serial.isEmpty())
        return false;
    auto same = [](const QString &wanted, const QString &actual) {
        return wanted.isEmpty() || wanted.compare(actual, Qt::CaseInsensitive) == 0;
    };
    return same(match.manufacturer, monitor.manufacturer) && same(match.model, monitor.model) &&
           same(match.serial, monitor.serial);
}

} // namespace

WindowPlacement::Result WindowPlacement::placeWall(const QList<ScreenConfig> &screens,
                                                   const std::optional<MonitorSelector> &spare,
                                                   const QList<MonitorInfo> &monitors,
                                                   bool allowIndexFallback)
{
    // Everything that wants a monitor: a screen, one panel of a canvas, or the spare.
    struct Claim
    {
        qsizetype screen = -1; // -1: the spare
        int panel = -1;        // the panel of a canvas; -1 for a screen on one monitor
        QString name;
        ScreenMatch match;
        bool mayFallBack = false;
        int monitor = -1;
        MatchedBy by = MatchedBy::None;
    };
    QList<Claim> claims;
    for (qsizetype s = 0; s < screens.size(); ++s) {
        const ScreenConfig &screen = screens.at(s);
        if (!screen.canvas) {
            claims.append({s, -1, screen.name, screen.match, screen.match.isEmpty()});
            continue;
        }
        for (int p = 0; p < screen.canvas->panels.size(); ++p) {
            const MonitorSelector &panel = screen.canvas->panels.at(p);
            claims.append({s, p, panel.name, panel.match, false});
        }
    }
    if (spare)
        claims.append({-1, -1, spare->name, spare->match, false});

    QList<bool> claimed(monitors.size(), false);
    // One pass per rule, strongest first, so a weak match never takes a monitor that a
    // stronger rule would give to another screen.
    auto pass = [&](MatchedBy by,
                    const std::function<bool(const Claim &, const MonitorInfo &)> &fits) {
        for (Claim &claim : claims) {
            if (claim.monitor >= 0)
                continue;
            for (qsizetype m = 0; m < monitors.size(); ++m) {
                if (claimed[m] || !fits(claim, monitors.at(m)))
                    continue;
                claim.monitor = int(m);
                claim.by = by;
                claimed[m] = true;
                break;
            }
        }
    };
    pass(MatchedBy::Name, [](const Claim &claim, const MonitorInfo &monitor) {
        return !monitor.name.isEmpty() && claim.name == monitor.name;
    });
    pass(MatchedBy::Identity, [](const Claim &claim, const MonitorInfo &monitor) {
        return identityMatches(claim.match, monitor);
    });
    pass(MatchedBy::Geometry, [](const Claim &claim, const MonitorInfo &monitor) {
        return claim.match.geometry && *claim.match.geometry == monitor.geometry;
    });
    if (allowIndexFallback) {
        // Only screens that say nothing about their monitor fall back: one that names a model
        // or a geometry wants that monitor and is better missing than on the wrong one.
        pass(MatchedBy::Index,
             [](const Claim &claim, const MonitorInfo &) { return claim.mayFallBack; });
    }

    Result result;
    result.screens.resize(screens.size());
    for (qsizetype s = 0; s < screens.size(); ++s) {
        if (const std::optional<CanvasConfig> &canvas = screens.at(s).canvas) {
            result.screens[s].panels.fill(-1, canvas->panels.size());
            result.screens[s].panelBy.fill(MatchedBy::None, canvas->panels.size());
        }
    }
    for (const Claim &claim : std::as_const(claims)) {
        if (claim.screen < 0) {
            result.spare = claim.monitor;
            continue;
        }
        Placement &placement = result.screens[claim.screen];
        if (claim.panel < 0) {
            placement.monitor = claim.monitor;
            placement.by = claim.by;
            if (claim.monitor >= 0)
                placement.geometry = monitors.at(claim.monitor).geometry;
            continue;
        }
        placement.panels[claim.panel] = claim.monitor;
        placement.panelBy[claim.panel] = claim.by;
    }
    for (qsizetype s = 0; s < screens.size(); ++s) {
        const std::optional<CanvasConfig> &canvas = screens.at(s).canvas;
        if (!canvas)
            continue;
        Placement &placement = result.screens[s];
        QList<QRect> found;
        for (qsizetype p = 0; p < placement.panels.size(); ++p) {
            const int m = placement.panels.at(p);
            found.append(m >= 0 ? monitors.at(m).geometry : QRect());
            if (m >= 0 && placement.monitor < 0) {
                placement.monitor = m;
                placement.by = placement.panelBy.at(p);
            }
        }
        placement.panelRects = CanvasLayout::inferPanels(*canvas, found);
        placement.geometry = CanvasLayout::boundingRect(placement.panelRects);
    }
    return result;
}

QList<WindowPlacement::Placement> WindowPlacement::place(const QList<ScreenConfig> &screens,
                                                         const QList<MonitorInfo> &monitors,
                                                         bool allowIndexFallback)
{
    return placeWall(screens, std::nullopt, monitors, allowIndexFallback).screens;
}

bool WindowPlacement::selects(const MonitorSelector &selector, const MonitorInfo &monitor)
{
    if (!selector.name.isEmpty() && selector.name == monitor.name)
        return true;
    if (identityMatches(selector.match, monitor))
        return true;
    return selector.match.geometry && *selector.match.geometry == monitor.geometry;
}

QString WindowPlacement::describe(MatchedBy by)
{
    switch (by) {
    case MatchedBy::Name:
        return QStringLiteral("by name");
    case MatchedBy::Identity:
        return QStringLiteral("by manufacturer, model and serial");
    case MatchedBy::Geometry:
        return QStringLiteral("by geometry");
    case MatchedBy::Index:
        return QStringLiteral("as the next free monitor (no name or identity matched)");
    case MatchedBy::None:
        break;
    }
    return QStringLiteral("missing");
}

} // namespace Pantau
