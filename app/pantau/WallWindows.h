#pragma once

#include "layout/WindowPlacement.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QStringList>

#include <optional>

class QScreen;

namespace Pantau {

class ScreenView;

// Puts each wall screen's window on its monitor and keeps it there while monitors come and go.
// Qt's own answer to a monitor being unplugged is to move its windows onto another monitor and
// leave them visible there, on top of that monitor's own wall; here the window is hidden
// instead, or moved fullscreen onto the spare monitor when one is configured and free, and shown
// again, fullscreen, when its monitor returns. A canvas is one frameless window over the union
// of its panels' monitors; it keeps its place while some panels are missing and hides only when
// all are. In windowed mode (a desktop, a demo) windows are ordinary windows and Qt's default is
// right.
class WallWindows : public QObject
{
    Q_OBJECT

public:
    // The views outlive this object.
    WallWindows(const QList<ScreenView *> &views, bool windowed, QObject *parent = nullptr);

    // The monitor that takes over a screen whose own monitor is unplugged. Before showAll().
    void setSpare(const std::optional<MonitorSelector> &spare);

    // Places every view: fullscreen on its monitor, or as a window.
    void showAll();

    // What placement needs to know of each monitor.
    static QList<MonitorInfo> monitorInfos(const QList<QScreen *> &screens);

    // The monitor a view is on (the spare while it stands in; a canvas's first panel present);
    // null while its monitor is missing.
    QScreen *monitorOf(const ScreenView *view) const;
    // The spare monitor while it shows a screen; null otherwise.
    QScreen *spareInUse() const;
    // Configured screens that have no monitor now, by name; a canvas's missing panels as
    // "NAME panel 2" (counted from 1, row by row), or "NAME" when all are missing.
    QStringList missingScreens() const;

signals:
    void missingScreensChanged(const QStringList &names);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Slot
    {
        QPointer<QScreen> monitor; // its own, the spare, or a canvas's first panel present
        bool onSpare = false;
        // The name of the monitor the view was last on, so one placed as "the next free
        // monitor" finds the same monitor when it is plugged back in.
        QString lastMonitorName;
        // A canvas only: each panel's monitor and last monitor name, and where the window and
        // its panels lie in global coordinates (kept while panels come and go).
        QList<QPointer<QScreen>> panels;
        QStringList lastPanelNames;
        QRect geometry;
        QList<QRect> panelRects;
        int corrections = 0; // times a moved canvas window was put back
    };

    void onScreenAdded(QScreen *screen);
    void onScreenRemoved(QScreen *screen);
    void showFullScreenOn(ScreenView *view, QScreen *screen);
    void showCanvas(int index);
    void showWindowed(int index, QScreen *host);
    // Gives a free spare to the first screen on one monitor that has none.
    void assignSpare();
    // Recomputes a canvas's rectangle from the panels present; false when none is.
    bool updateCanvasGeometry(Slot &slot, const ScreenView *view);
    bool isCanvas(int index) const;

    QList<ScreenView *> m_views;
    QList<Slot> m_slots;
    std::optional<MonitorSelector> m_spareSelector;
    QPointer<QScreen> m_spare;
    bool m_windowed;
};

} // namespace Pantau
