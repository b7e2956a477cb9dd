#include "WindowPlacement.h"

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

QList<WindowPlacement::Placement> WindowPlacement::place(const QList<ScreenConfig> &screens,
                                                         const QList<MonitorInfo> &monitors,
                                                         bool allowIndexFallback)
{
    QList<Placement> result(screens.size());
    QList<bool> claimed(monitors.size(), false);

    // One pass per rule, strongest first, so a weak match never takes a monitor that a
    // stronger rule would give to another screen.
    auto pass = [&](MatchedBy by,
                    const std::function<bool(const ScreenConfig &, const MonitorInfo &)> &fits) {
        for (qsizetype s = 0; s < screens.size(); ++s) {
            if (result[s].monitor >= 0)
                continue;
            for (qsizetype m = 0; m < monitors.size(); ++m) {
                if (claimed[m] || !fits(screens.at(s), monitors.at(m)))
                    continue;
                result[s] = {int(m), by};
                claimed[m] = true;
                break;
            }
        }
    };
    pass(MatchedBy::Name, [](const ScreenConfig &screen, const MonitorInfo &monitor) {
        return !monitor.name.isEmpty() && screen.name == monitor.name;
    });
    pass(MatchedBy::Identity, [](const ScreenConfig &screen, const MonitorInfo &monitor) {
        return identityMatches(screen.match, monitor);
    });
    pass(MatchedBy::Geometry, [](const ScreenConfig &screen, const MonitorInfo &monitor) {
        return screen.match.geometry && *screen.match.geometry == monitor.geometry;
    });
    if (allowIndexFallback) {
        // Only screens that say nothing about their monitor fall back: one that names a model
        // or a geometry wants that monitor and is better missing than on the wrong one.
        pass(MatchedBy::Index, [](const ScreenConfig &screen, const MonitorInfo &) {
            return screen.match.isEmpty();
        });
    }
    return result;
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
