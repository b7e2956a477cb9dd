#include "WallWindows.h"

#include "ScreenView.h"
#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

namespace Pantau {

QList<MonitorInfo> WallWindows::monitorInfos(const QList<QScreen *> &screens)
{
    QList<MonitorInfo> infos;
    for (QScreen *screen : screens)
        infos.append({screen->name(), screen->manufacturer(), screen->model(),
                      screen->serialNumber(), screen->geometry()});
    return infos;
}

WallWindows::WallWindows(const QList<ScreenView *> &views, bool windowed, QObject *parent)
    : QObject(parent)
    , m_views(views)
    , m_monitors(views.size())
    , m_lastMonitorNames(views.size())
    , m_windowed(windowed)
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &WallWindows::onScreenAdded);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &WallWindows::onScreenRemoved);
}

QScreen *WallWindows::monitorOf(const ScreenView *view) const
{
    const qsizetype i = m_views.indexOf(const_cast<ScreenView *>(view));
    return i < 0 ? nullptr : m_monitors.at(i).data();
}

QStringList WallWindows::missingScreens() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_views.size(); ++i)
        if (!m_monitors.at(i))
            names.append(m_views.at(i)->screenConfig().name);
    return names;
}

void WallWindows::showAll()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QList<ScreenConfig> configs;
    for (const ScreenView *view : std::as_const(m_views))
        configs.append(view->screenConfig());
    const QList<WindowPlacement::Placement> placed =
        WindowPlacement::place(configs, monitorInfos(screens));
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        const WindowPlacement::Placement &p = placed.at(i);
        QScreen *monitor = p.monitor >= 0 ? screens.at(p.monitor) : nullptr;
        m_monitors[i] = monitor;
        if (monitor)
            m_lastMonitorNames[i] = monitor->name();
        qInfo().noquote() << "wall screen" << configs.at(i).name
                          << (monitor ? QStringLiteral("on monitor %1 (%2)")
                                            .arg(monitor->name(), WindowPlacement::describe(p.by))
                                      : QStringLiteral("has no monitor"));
        if (m_windowed || !monitor) {
            if (!m_windowed)
                qWarning().noquote() << "no monitor for wall screen" << configs.at(i).name
                                     << "- showing it as a window (use --windowed to do so on "
                                        "purpose)";
            showWindowed(int(i), monitor ? monitor : QGuiApplication::primaryScreen());
            continue;
        }
        showFullScreenOn(m_views.at(i), monitor);
    }
    emit missingScreensChanged(missingScreens());
}

void WallWindows::showWindowed(int index, QScreen *host)
{
    ScreenView *view = m_views.at(index);
    const QRect area = host ? host->availableGeometry() : QRect(0, 0, 1280, 720);
    const QSize size(std::min(1280, area.width()), std::min(720, area.height()));
    const int offset = index * 40;
    view->resize(size);
    view->move(area.topLeft() + QPoint(offset, offset));
    view->show();
}

void WallWindows::showFullScreenOn(ScreenView *view, QScreen *screen)
{
    view->setWindowFlag(Qt::FramelessWindowHint);
    view->winId(); // the native window must exist to be put on its monitor before it shows
    // The screen first, then fullscreen: the other order opens it fullscreen on whichever
    // monitor the window happened to be on.
    view->windowHandle()->setScreen(screen);
    view->setGeometry(screen->geometry());
    view->showFullScreen();
}

void WallWindows::onScreenRemoved(QScreen *screen)
{
    if (m_windowed)
        return;
    bool changed = false;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        // A QPointer to a screen being removed is still set here: Qt emits this signal first
        // and only then moves leftover windows to the primary screen.
        if (m_monitors.at(i) != screen)
            continue;
        m_views.at(i)->hide();
        m_monitors[i] = nullptr;
        changed = true;
        qWarning().noquote() << "monitor" << screen->name() << "removed: wall screen"
                             << m_views.at(i)->screenConfig().name
                             << "is hidden until its monitor returns";
    }
    if (changed)
        emit missingScreensChanged(missingScreens());
}

void WallWindows::onScreenAdded(QScreen *screen)
{
    if (m_windowed)
        return;
    // Only screens without a monitor are candidates, and only a strict match counts (or the
    // very monitor a screen was on before): a returning monitor gets its own wall back.
    QList<ScreenConfig> configs;
    QList<qsizetype> missing;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_monitors.at(i))
            continue;
        configs.append(m_views.at(i)->screenConfig());
        missing.append(i);
    }
    if (missing.isEmpty())
        return;
    const QList<WindowPlacement::Placement> placed =
        WindowPlacement::place(configs, monitorInfos({screen}), false);
    qsizetype chosen = -1;
    for (qsizetype k = 0; k < missing.size() && chosen < 0; ++k)
        if (placed.at(k).monitor == 0)
            chosen = missing.at(k);
    for (qsizetype k = 0; k < missing.size() && chosen < 0; ++k)
        if (m_lastMonitorNames.at(missing.at(k)) == screen->name())
            chosen = missing.at(k);
    if (chosen < 0)
        return;
    m_monitors[chosen] = screen;
    m_lastMonitorNames[chosen] = screen->name();
    qInfo().noquote() << "monitor" << screen->name() << "is back: showing wall screen"
                      << m_views.at(chosen)->screenConfig().name;
    showFullScreenOn(m_views.at(chosen), screen);
    emit missingScreensChanged(missingScreens());
}

} // namespace Pantau
