#include "WallWindows.h"

#include "layout/CanvasLayout.h"
#include "layout/WindowPlacement.h"
#include "screen/ScreenView.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace Pantau {

namespace {

QString panelLabel(const ScreenConfig &screen, qsizetype panel)
{
    return QStringLiteral("%1 panel %2").arg(screen.name).arg(panel + 1);
}

} // namespace

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
    , m_slots(views.size())
    , m_windowed(windowed)
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (const auto &canvas = m_views.at(i)->screenConfig().canvas) {
            m_slots[i].panels.resize(canvas->panels.size());
            m_slots[i].lastPanelNames.resize(canvas->panels.size());
        }
    }
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &WallWindows::onScreenAdded);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &WallWindows::onScreenRemoved);
}

void WallWindows::setSpare(const std::optional<MonitorSelector> &spare)
{
    m_spareSelector = spare;
}

bool WallWindows::isCanvas(int index) const
{
    return m_views.at(index)->screenConfig().isCanvas();
}

QScreen *WallWindows::monitorOf(const ScreenView *view) const
{
    const qsizetype i = m_views.indexOf(const_cast<ScreenView *>(view));
    return i < 0 ? nullptr : m_slots.at(i).monitor.data();
}

QScreen *WallWindows::spareInUse() const
{
    for (const Slot &slot : m_slots)
        if (slot.onSpare)
            return slot.monitor;
    return nullptr;
}

QStringList WallWindows::missingScreens() const
{
    QStringList names;
    // Windowed (a desk PC, the demo) every screen is a window wherever there is room: none is
    // missing, and the feed-health view must not cry wolf about monitors nobody promised.
    if (m_windowed)
        return names;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        const Slot &slot = m_slots.at(i);
        const ScreenConfig &screen = m_views.at(i)->screenConfig();
        if (!screen.isCanvas()) {
            if (!slot.monitor || slot.onSpare)
                names.append(screen.name);
            continue;
        }
        if (!slot.monitor) {
            names.append(screen.name);
            continue;
        }
        for (qsizetype p = 0; p < slot.panels.size(); ++p)
            if (!slot.panels.at(p))
                names.append(panelLabel(screen, p));
    }
    return names;
}

void WallWindows::showAll()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QList<ScreenConfig> configs;
    for (const ScreenView *view : std::as_const(m_views))
        configs.append(view->screenConfig());
    const WindowPlacement::Result placed =
        WindowPlacement::placeWall(configs, m_spareSelector, monitorInfos(screens));
    m_spare = placed.spare >= 0 ? screens.at(placed.spare) : nullptr;
    if (m_spareSelector)
        qInfo().noquote() << (m_spare ? QStringLiteral("spare monitor is %1").arg(m_spare->name())
                                      : QStringLiteral("the spare monitor is not attached"));
    QList<int> unplaced;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        const WindowPlacement::Placement &p = placed.screens.at(i);
        Slot &slot = m_slots[i];
        slot.monitor = p.isPresent() ? screens.at(p.monitor) : nullptr;
        if (slot.monitor)
            slot.lastMonitorName = slot.monitor->name();
        for (qsizetype k = 0; k < p.panels.size(); ++k) {
            slot.panels[k] = p.panels.at(k) >= 0 ? screens.at(p.panels.at(k)) : nullptr;
            if (slot.panels.at(k))
                slot.lastPanelNames[k] = slot.panels.at(k)->name();
            else
                qWarning().noquote() << "no monitor for" << panelLabel(configs.at(i), k);
        }
        slot.geometry = p.geometry;
        slot.panelRects = p.panelRects;
        qInfo().noquote() << "wall screen" << configs.at(i).name
                          << (slot.monitor ? (isCanvas(int(i))
                                                  ? QStringLiteral("is a canvas over %1,%2 %3x%4")
                                                        .arg(p.geometry.x())
                                                        .arg(p.geometry.y())
                                                        .arg(p.geometry.width())
                                                        .arg(p.geometry.height())
                                                  : QStringLiteral("on monitor %1 (%2)")
                                                        .arg(slot.monitor->name(),
                                                             WindowPlacement::describe(p.by)))
                              : m_windowed ? QStringLiteral("as a window")
                                           : QStringLiteral("has no monitor"));
        if (m_windowed) {
            showWindowed(int(i),
                         slot.monitor ? slot.monitor.data() : QGuiApplication::primaryScreen());
            continue;
        }
        if (!slot.monitor) {
            unplaced.append(int(i));
            continue;
        }
        if (isCanvas(int(i)))
            showCanvas(int(i));
        else
            showFullScreenOn(m_views.at(i), slot.monitor);
    }
    if (!m_windowed)
        assignSpare();
    for (const int i : std::as_const(unplaced)) {
        if (m_slots.at(i).onSpare)
            continue;
        qWarning().noquote() << "no monitor for wall screen" << configs.at(i).name
                             << "- showing it as a window (use --windowed to do so on "
                                "purpose)";
        showWindowed(i, QGuiApplication::primaryScreen());
    }
    emit missingScreensChanged(missingScreens());
}

void WallWindows::showWindowed(int index, QScreen *host)
{
    ScreenView *view = m_views.at(index);
    const QRect area = host ? host->availableGeometry() : QRect(0, 0, 1280, 720);
    QSize size(std::min(1280, area.width()), std::min(720, area.height()));
    if (isCanvas(index)) {
        // A canvas as a window keeps its shape, its panels shared out evenly.
        size = view->screenConfig().size.scaled(size, Qt::KeepAspectRatio);
        view->setPanelRects({});
    }
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

void WallWindows::showCanvas(int index)
{
    // Not fullscreen: that covers one monitor. A frameless window of the canvas's size, put on
    // its first panel's monitor, covering the others as well.
    ScreenView *view = m_views.at(index);
    Slot &slot = m_slots[index];
    view->setWindowFlag(Qt::FramelessWindowHint);
    view->setWindowState(Qt::WindowNoState);
    view->winId();
    view->windowHandle()->setScreen(slot.monitor);
    view->setGeometry(slot.geometry);
    view->setPanelRects(CanvasLayout::relativeTo(slot.panelRects, slot.geometry.topLeft()));
    slot.corrections = 0;
    view->removeEventFilter(this);
    view->installEventFilter(this);
    view->show();
}

bool WallWindows::eventFilter(QObject *watched, QEvent *event)
{
    // A window manager may move or shrink a window that spans monitors; a canvas goes back
    // where its panels are. Only a few times: a manager that insists would otherwise fight.
    if (event->type() != QEvent::Move && event->type() != QEvent::Resize)
        return false;
    const qsizetype i = m_views.indexOf(static_cast<ScreenView *>(watched));
    if (i < 0 || m_windowed || !isCanvas(int(i)) || !m_slots.at(i).monitor)
        return false;
    ScreenView *view = m_views.at(i);
    if (!view->isVisible() || view->geometry() == m_slots.at(i).geometry)
        return false;
    Slot &slot = m_slots[i];
    if (++slot.corrections > 5) {
        if (slot.corrections == 6)
            qWarning().noquote() << "the window manager keeps moving canvas"
                                 << view->screenConfig().name << "- leaving it where it is";
        return false;
    }
    QTimer::singleShot(0, view, [view, this, i] {
        if (m_slots.at(i).monitor && view->geometry() != m_slots.at(i).geometry)
            view->setGeometry(m_slots.at(i).geometry);
    });
    return false;
}

bool WallWindows::updateCanvasGeometry(Slot &slot, const ScreenView *view)
{
    // The window stays with the monitor it is on while that one is present.
    QList<QRect> found;
    const bool anchored = slot.monitor && slot.panels.contains(slot.monitor);
    if (!anchored)
        slot.monitor = nullptr;
    for (const QPointer<QScreen> &panel : std::as_const(slot.panels)) {
        found.append(panel ? panel->geometry() : QRect());
        if (panel && !slot.monitor)
            slot.monitor = panel;
    }
    if (!slot.monitor)
        return false;
    slot.panelRects = CanvasLayout::inferPanels(*view->screenConfig().canvas, found);
    slot.geometry = CanvasLayout::boundingRect(slot.panelRects);
    return true;
}

void WallWindows::assignSpare()
{
    if (m_windowed || !m_spare || spareInUse())
        return;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        Slot &slot = m_slots[i];
        // Canvases don't go to the spare: one monitor cannot show a wall of them.
        if (slot.monitor || isCanvas(int(i)))
            continue;
        slot.monitor = m_spare;
        slot.onSpare = true;
        qWarning().noquote() << "wall screen" << m_views.at(i)->screenConfig().name
                             << "is shown on the spare monitor" << m_spare->name()
                             << "until its own monitor returns";
        showFullScreenOn(m_views.at(i), m_spare);
        return;
    }
}

void WallWindows::onScreenRemoved(QScreen *screen)
{
    if (m_windowed)
        return;
    bool changed = false;
    if (screen == m_spare)
        m_spare = nullptr;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        ScreenView *view = m_views.at(i);
        Slot &slot = m_slots[i];
        // A QPointer to a screen being removed is still set here: Qt emits this signal first
        // and only then moves leftover windows to the primary screen.
        if (!isCanvas(int(i))) {
            if (slot.monitor != screen)
                continue;
            view->hide();
            slot.monitor = nullptr;
            changed = true;
            qWarning().noquote() << "monitor" << screen->name() << "removed: wall screen"
                                 << view->screenConfig().name
                                 << (slot.onSpare
                                         ? "is hidden: it was on the spare, and its own monitor is "
                                           "still missing"
                                         : "is hidden until its monitor returns");
            slot.onSpare = false;
            continue;
        }
        bool lost = false;
        for (qsizetype p = 0; p < slot.panels.size(); ++p) {
            if (slot.panels.at(p) != screen)
                continue;
            slot.panels[p] = nullptr;
            lost = true;
            qWarning().noquote() << "monitor" << screen->name()
                                 << "removed:" << panelLabel(view->screenConfig(), p)
                                 << "is missing";
        }
        if (!lost)
            continue;
        changed = true;
        QScreen *anchor = nullptr;
        for (const QPointer<QScreen> &panel : std::as_const(slot.panels))
            if (panel && !anchor)
                anchor = panel;
        if (!anchor) {
            view->hide();
            slot.monitor = nullptr;
            qWarning().noquote() << "canvas" << view->screenConfig().name
                                 << "is hidden until its monitors return";
        } else if (slot.monitor == screen) {
            // The window belonged to the monitor that went; it moves to a panel still there,
            // where it is, before Qt moves it onto the primary screen.
            slot.monitor = anchor;
            view->hide();
            showCanvas(int(i));
        }
    }
    if (changed || !m_spare)
        assignSpare();
    if (changed)
        emit missingScreensChanged(missingScreens());
}

void WallWindows::onScreenAdded(QScreen *screen)
{
    if (m_windowed)
        return;
    const MonitorInfo info = monitorInfos({screen}).constFirst();
    // Candidates: screens without their own monitor, and canvas panels without theirs. Only a
    // strict match counts (or the very monitor one was on before): a returning monitor gets its
    // own wall back.
    struct Candidate
    {
        qsizetype view;
        int panel; // -1: a screen on one monitor
    };
    QList<ScreenConfig> configs;
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        const Slot &slot = m_slots.at(i);
        const ScreenConfig &screenConfig = m_views.at(i)->screenConfig();
        if (!screenConfig.canvas) {
            if (slot.monitor && !slot.onSpare)
                continue;
            ScreenConfig config = screenConfig;
            configs.append(config);
            candidates.append({i, -1});
            continue;
        }
        for (qsizetype p = 0; p < slot.panels.size(); ++p) {
            if (slot.panels.at(p))
                continue;
            // A panel stands in as a screen of its own for the match.
            ScreenConfig config;
            config.name = screenConfig.canvas->panels.at(p).name;
            config.match = screenConfig.canvas->panels.at(p).match;
            configs.append(config);
            candidates.append({i, int(p)});
        }
    }
    const QList<WindowPlacement::Placement> placed = WindowPlacement::place(configs, {info}, false);
    qsizetype chosen = -1;
    for (qsizetype k = 0; k < candidates.size() && chosen < 0; ++k)
        if (placed.at(k).monitor == 0)
            chosen = k;
    for (qsizetype k = 0; k < candidates.size() && chosen < 0; ++k) {
        const Candidate &c = candidates.at(k);
        const Slot &slot = m_slots.at(c.view);
        const QString last = c.panel < 0 ? slot.lastMonitorName : slot.lastPanelNames.at(c.panel);
        if (last == screen->name())
            chosen = k;
    }
    if (chosen < 0) {
        if (!m_spare && m_spareSelector && WindowPlacement::selects(*m_spareSelector, info)) {
            m_spare = screen;
            qInfo().noquote() << "spare monitor" << screen->name() << "is attached";
            assignSpare();
            emit missingScreensChanged(missingScreens());
        }
        return;
    }
    const Candidate c = candidates.at(chosen);
    ScreenView *view = m_views.at(c.view);
    Slot &slot = m_slots[c.view];
    if (c.panel < 0) {
        const bool wasOnSpare = slot.onSpare;
        slot.monitor = screen;
        slot.onSpare = false;
        slot.lastMonitorName = screen->name();
        qInfo().noquote() << "monitor" << screen->name() << "is back: showing wall screen"
                          << view->screenConfig().name;
        showFullScreenOn(view, screen);
        if (wasOnSpare) {
            qInfo().noquote() << "the spare monitor is free again";
            assignSpare();
        }
    } else {
        slot.panels[c.panel] = screen;
        slot.lastPanelNames[c.panel] = screen->name();
        qInfo().noquote() << "monitor" << screen->name()
                          << "is back:" << panelLabel(view->screenConfig(), c.panel);
        const QRect before = slot.geometry;
        const bool wasShown = bool(slot.monitor);
        updateCanvasGeometry(slot, view);
        if (!wasShown || slot.geometry != before)
            showCanvas(int(c.view));
    }
    emit missingScreensChanged(missingScreens());
}

} // namespace Pantau
