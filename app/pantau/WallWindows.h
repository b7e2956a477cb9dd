#pragma once

#include "WindowPlacement.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QScreen;

namespace Pantau {

class ScreenView;

// Puts each wall screen's window on its monitor and keeps it there while monitors come and go.
// Qt's own answer to a monitor being unplugged is to move its windows onto another monitor and
// leave them visible there, on top of that monitor's own wall; here the window is hidden
// instead, and shown again, fullscreen, when its monitor returns. In windowed mode (a desktop, a
// demo) windows are ordinary windows and Qt's default is right.
class WallWindows : public QObject
{
    Q_OBJECT

public:
    // The views outlive this object.
    WallWindows(const QList<ScreenView *> &views, bool windowed, QObject *parent = nullptr);

    // Places every view: fullscreen on its monitor, or as a window.
    void showAll();

    // What placement needs to know of each monitor.
    static QList<MonitorInfo> monitorInfos(const QList<QScreen *> &screens);

    // The monitor a view is on; null while its monitor is missing.
    QScreen *monitorOf(const ScreenView *view) const;
    // Configured screens that have no monitor now, by name.
    QStringList missingScreens() const;

signals:
    void missingScreensChanged(const QStringList &names);

private:
    void onScreenAdded(QScreen *screen);
    void onScreenRemoved(QScreen *screen);
    void showFullScreenOn(ScreenView *view, QScreen *screen);
    void showWindowed(int index, QScreen *host);

    QList<ScreenView *> m_views;
    QList<QPointer<QScreen>> m_monitors;
    // The name of the monitor each view was last on, so one placed as "the next free monitor"
    // finds the same monitor when it is plugged back in.
    QStringList m_lastMonitorNames;
    bool m_windowed;
};

} // namespace Pantau
