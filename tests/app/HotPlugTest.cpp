// Monitors unplugged and plugged back under a running wall, on the offscreen platform: a wall
// screen whose monitor goes away must not appear on another monitor, and must come back
// fullscreen on its own monitor when that returns.

#include "MonitorLayout.h"
#include "ViewContext.h"
#include "WallWindows.h"
#include "locale/Formatter.h"
#include "screen/ScreenView.h"
#include "theme/Theme.h"
#include "time/ManualClock.h"

#include <QCoreApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QWindow>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

struct Walls : ViewContext
{
    std::vector<std::unique_ptr<ScreenView>> views;

    explicit Walls(const QStringList &names)
    {
        for (const QString &name : names) {
            ScreenConfig screen;
            screen.name = name;
            screen.title = name;
            views.push_back(std::make_unique<ScreenView>(screen, context, false));
        }
    }
    QList<ScreenView *> list() const
    {
        QList<ScreenView *> out;
        for (const auto &view : views)
            out.append(view.get());
        return out;
    }
};

const QRect Second(1920, 0, 1920, 1080);

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

QString screenName(const ScreenView &view)
{
    return view.windowHandle() && view.windowHandle()->screen()
               ? view.windowHandle()->screen()->name()
               : QString();
}

} // namespace

TEST_CASE("Wall screens open fullscreen on the monitors named after them")
{
    REQUIRE(QGuiApplication::screens().size() == 3);
    Walls walls({QStringLiteral("WALL-2"), QStringLiteral("WALL-1")});
    WallWindows windows(walls.list(), false);
    windows.showAll();
    settle();
    CHECK(screenName(*walls.views[0]) == QStringLiteral("WALL-2"));
    CHECK(screenName(*walls.views[1]) == QStringLiteral("WALL-1"));
    CHECK(walls.views[0]->isFullScreen());
    CHECK(walls.views[0]->geometry() == Second);
    CHECK(windows.missingScreens().isEmpty());
}

TEST_CASE("An unplugged monitor's wall screen hides, and returns fullscreen with it")
{
    REQUIRE(setMonitors({{QStringLiteral("WALL-1"), 0, 0},
                         {QStringLiteral("WALL-2"), 1920, 0},
                         {QStringLiteral("WALL-3"), 3840, 0}}));
    settle();
    Walls walls({QStringLiteral("WALL-1"), QStringLiteral("WALL-2"), QStringLiteral("WALL-3")});
    WallWindows windows(walls.list(), false);
    QSignalSpy missing(&windows, &WallWindows::missingScreensChanged);
    windows.showAll();
    settle();
    ScreenView &second = *walls.views[1];
    REQUIRE(second.isVisible());

    // WALL-2 is unplugged.
    REQUIRE(setMonitors({{QStringLiteral("WALL-1"), 0, 0}, {QStringLiteral("WALL-3"), 3840, 0}}));
    settle();
    CHECK(QGuiApplication::screens().size() == 2);
    CHECK_FALSE(second.isVisible());
    CHECK(windows.monitorOf(&second) == nullptr);
    CHECK(windows.missingScreens() == QStringList{QStringLiteral("WALL-2")});
    REQUIRE_FALSE(missing.isEmpty());
    CHECK(missing.last().at(0).toStringList() == QStringList{QStringLiteral("WALL-2")});
    // The other walls stay where they were, and nothing else is shown on their monitors.
    for (const auto &view : walls.views) {
        if (view.get() == &second)
            continue;
        CHECK(view->isVisible());
        CHECK(screenName(*view) == view->screenConfig().name);
    }
    for (QWindow *window : QGuiApplication::topLevelWindows()) {
        if (!window->isVisible())
            continue;
        CHECK(window != second.windowHandle());
    }

    // WALL-2 is plugged back in.
    REQUIRE(setMonitors({{QStringLiteral("WALL-1"), 0, 0},
                         {QStringLiteral("WALL-2"), 1920, 0},
                         {QStringLiteral("WALL-3"), 3840, 0}}));
    settle();
    CHECK(second.isVisible());
    CHECK(second.isFullScreen());
    CHECK(screenName(second) == QStringLiteral("WALL-2"));
    CHECK(second.geometry() == Second);
    CHECK(windows.missingScreens().isEmpty());
}

TEST_CASE("A screen placed on the next free monitor finds that monitor again when it returns")
{
    REQUIRE(setMonitors({{QStringLiteral("WALL-1"), 0, 0}, {QStringLiteral("WALL-2"), 1920, 0}}));
    settle();
    // Config names that match no monitor: placed in order, and remembered by monitor.
    Walls walls({QStringLiteral("OVERVIEW"), QStringLiteral("CC112")});
    WallWindows windows(walls.list(), false);
    windows.showAll();
    settle();
    ScreenView &cc112 = *walls.views[1];
    CHECK(screenName(cc112) == QStringLiteral("WALL-2"));

    REQUIRE(setMonitors({{QStringLiteral("WALL-1"), 0, 0}}));
    settle();
    CHECK_FALSE(cc112.isVisible());
    CHECK(walls.views[0]->isVisible());

    REQUIRE(setMonitors({{QStringLiteral("WALL-1"), 0, 0}, {QStringLiteral("WALL-2"), 1920, 0}}));
    settle();
    CHECK(cc112.isVisible());
    CHECK(cc112.isFullScreen());
    CHECK(screenName(cc112) == QStringLiteral("WALL-2"));
}

namespace {

// A canvas over `panels` (row-major) with a 40 px bezel and one page of a 2x2 grid per panel's
// worth of cells, no tiles: these tests are about windows.
ScreenConfig canvasScreen(const QString &name, int columns, int rows, const QStringList &panels)
{
    ScreenConfig screen;
    screen.name = name;
    screen.title = name;
    CanvasConfig canvas;
    canvas.columns = columns;
    canvas.rows = rows;
    canvas.bezelPixels = 40;
    for (const QString &panel : panels)
        canvas.panels.append({panel, {}});
    screen.canvas = canvas;
    screen.size = QSize(columns * 1920, rows * 1080);
    PageConfig page;
    page.columns = 2 * columns;
    page.rows = 2 * rows;
    screen.pages.append(page);
    return screen;
}

struct MixedWall : ViewContext
{
    std::vector<std::unique_ptr<ScreenView>> views;

    explicit MixedWall(const QList<ScreenConfig> &screens)
    {
        for (const ScreenConfig &screen : screens)
            views.push_back(std::make_unique<ScreenView>(screen, context, false));
    }
    QList<ScreenView *> list() const
    {
        QList<ScreenView *> out;
        for (const auto &view : views)
            out.append(view.get());
        return out;
    }
};

// Visible top-level windows other than `own` that cover any part of `area`.
QStringList windowsOver(const QRect &area, const QWindow *own)
{
    QStringList found;
    for (QWindow *window : QGuiApplication::topLevelWindows())
        if (window != own && window->isVisible() && window->geometry().intersects(area))
            found.append(window->title());
    return found;
}

const QRect WholeCanvas(0, 0, 3840, 2160);

} // namespace

TEST_CASE("A canvas is one frameless window over its panels, kept while some panels are missing")
{
    const QString p1 = QStringLiteral("P1"), p2 = QStringLiteral("P2"), p3 = QStringLiteral("P3"),
                  p4 = QStringLiteral("P4"), side = QStringLiteral("WALL-5");
    REQUIRE(
        setMonitors({{p2, 1920, 0}, {p1, 0, 0}, {p3, 0, 1080}, {p4, 1920, 1080}, {side, 3840, 0}}));
    settle();
    ScreenConfig plain;
    plain.name = side;
    plain.title = side;
    MixedWall wall({canvasScreen(QStringLiteral("VIDEOWALL"), 2, 2, {p1, p2, p3, p4}), plain});
    WallWindows windows(wall.list(), false);
    QSignalSpy missing(&windows, &WallWindows::missingScreensChanged);
    windows.showAll();
    settle();
    ScreenView &canvas = *wall.views[0];
    ScreenView &other = *wall.views[1];
    REQUIRE(canvas.isVisible());
    CHECK_FALSE(canvas.isFullScreen());
    CHECK(canvas.windowFlags().testFlag(Qt::FramelessWindowHint));
    CHECK(canvas.geometry() == WholeCanvas);
    CHECK(canvas.windowHandle()->geometry() == WholeCanvas);
    CHECK(canvas.panelRects() == QList<QRect>{QRect(0, 0, 1920, 1080), QRect(1920, 0, 1920, 1080),
                                              QRect(0, 1080, 1920, 1080),
                                              QRect(1920, 1080, 1920, 1080)});
    CHECK(screenName(canvas) == p1);
    CHECK(other.isFullScreen());
    CHECK(screenName(other) == side);
    CHECK(windows.missingScreens().isEmpty());

    // P2 is unplugged: the canvas stays where it is, on the other three, and says what is missing.
    REQUIRE(setMonitors({{p1, 0, 0}, {p3, 0, 1080}, {p4, 1920, 1080}, {side, 3840, 0}}));
    settle();
    CHECK(canvas.isVisible());
    CHECK(canvas.geometry() == WholeCanvas);
    CHECK(windows.missingScreens() == QStringList{QStringLiteral("VIDEOWALL panel 2")});
    REQUIRE_FALSE(missing.isEmpty());
    CHECK(missing.last().at(0).toStringList() == QStringList{QStringLiteral("VIDEOWALL panel 2")});

    // P1, the monitor its window belonged to, goes too: it moves to a panel still there, in place.
    REQUIRE(setMonitors({{p3, 0, 1080}, {p4, 1920, 1080}, {side, 3840, 0}}));
    settle();
    CHECK(canvas.isVisible());
    CHECK(canvas.geometry() == WholeCanvas);
    CHECK(canvas.windowHandle()->geometry() == WholeCanvas);
    CHECK(screenName(canvas) == p3);
    CHECK(windows.missingScreens() ==
          QStringList{QStringLiteral("VIDEOWALL panel 1"), QStringLiteral("VIDEOWALL panel 2")});
    // Nothing of the canvas is on the plain screen's monitor, and that screen is untouched.
    CHECK(windowsOver(QRect(3840, 0, 1920, 1080), other.windowHandle()).isEmpty());
    CHECK(other.isVisible());
    CHECK(screenName(other) == side);

    // All its panels gone: hidden, and reported as a whole.
    REQUIRE(setMonitors({{side, 3840, 0}}));
    settle();
    CHECK_FALSE(canvas.isVisible());
    CHECK(windows.monitorOf(&canvas) == nullptr);
    CHECK(windows.missingScreens() == QStringList{QStringLiteral("VIDEOWALL")});
    for (QWindow *window : QGuiApplication::topLevelWindows())
        if (window->isVisible())
            CHECK(window != canvas.windowHandle());

    // They return, in another order: the canvas is back over all four.
    REQUIRE(
        setMonitors({{side, 3840, 0}, {p4, 1920, 1080}, {p3, 0, 1080}, {p2, 1920, 0}, {p1, 0, 0}}));
    settle();
    CHECK(canvas.isVisible());
    CHECK_FALSE(canvas.isFullScreen());
    CHECK(canvas.geometry() == WholeCanvas);
    CHECK(canvas.windowHandle()->geometry() == WholeCanvas);
    CHECK(windows.missingScreens().isEmpty());
    CHECK(other.isVisible());
    CHECK(other.geometry() == QRect(3840, 0, 1920, 1080));
}

TEST_CASE("A screen whose monitor is unplugged moves to the spare, and back when it returns")
{
    const QString w1 = QStringLiteral("WALL-1"), w2 = QStringLiteral("WALL-2"),
                  d1 = QStringLiteral("DUO-1"), d2 = QStringLiteral("DUO-2"),
                  spare = QStringLiteral("SPARE");
    const QRect spareArea(0, 1080, 1920, 1080);
    REQUIRE(
        setMonitors({{w1, 0, 0}, {w2, 1920, 0}, {spare, 0, 1080}, {d1, 3840, 0}, {d2, 5760, 0}}));
    settle();
    ScreenConfig first, second;
    first.name = first.title = w1;
    second.name = second.title = w2;
    MixedWall wall({first, second, canvasScreen(QStringLiteral("DUO"), 2, 1, {d1, d2})});
    WallWindows windows(wall.list(), false);
    windows.setSpare(MonitorSelector{spare, {}});
    windows.showAll();
    settle();
    ScreenView &lost = *wall.views[1];
    ScreenView &duo = *wall.views[2];
    REQUIRE(lost.isVisible());
    CHECK(windows.spareInUse() == nullptr);
    CHECK(windowsOver(spareArea, nullptr).isEmpty()); // the spare shows nothing while unneeded

    // A canvas does not go to the spare: one monitor cannot stand in for a wall of them.
    REQUIRE(setMonitors({{w1, 0, 0}, {w2, 1920, 0}, {spare, 0, 1080}}));
    settle();
    CHECK_FALSE(duo.isVisible());
    CHECK(windows.spareInUse() == nullptr);

    // WALL-2 is unplugged: its window goes fullscreen on the spare, and nowhere else.
    REQUIRE(setMonitors({{w1, 0, 0}, {spare, 0, 1080}}));
    settle();
    CHECK(lost.isVisible());
    CHECK(lost.isFullScreen());
    CHECK(screenName(lost) == spare);
    CHECK(lost.geometry() == spareArea);
    REQUIRE(windows.spareInUse() != nullptr);
    CHECK(windows.spareInUse()->name() == spare);
    CHECK(windows.monitorOf(&lost)->name() == spare);
    CHECK(windows.missingScreens() == QStringList{w2, QStringLiteral("DUO")});
    CHECK(windowsOver(QRect(0, 0, 1920, 1080), wall.views[0]->windowHandle()).isEmpty());
    CHECK(wall.views[0]->isVisible());
    CHECK(screenName(*wall.views[0]) == w1);

    // WALL-2 returns: its screen goes back, and the spare is free again.
    REQUIRE(setMonitors({{w1, 0, 0}, {w2, 1920, 0}, {spare, 0, 1080}}));
    settle();
    CHECK(lost.isVisible());
    CHECK(lost.isFullScreen());
    CHECK(screenName(lost) == w2);
    CHECK(lost.geometry() == QRect(1920, 0, 1920, 1080));
    CHECK(windows.spareInUse() == nullptr);
    CHECK(windowsOver(spareArea, nullptr).isEmpty());
    CHECK(windows.missingScreens() == QStringList{QStringLiteral("DUO")});
}

TEST_CASE("A windowed wall shows every screen as a window and reports none missing")
{
    // The demo on a laptop: more wall screens than monitors is what --windowed is for.
    REQUIRE(QGuiApplication::screens().size() == 3);
    Walls walls({QStringLiteral("WALL-1"), QStringLiteral("LOBBY"), QStringLiteral("FOYER")});
    WallWindows windows(walls.list(), true);
    QSignalSpy missing(&windows, &WallWindows::missingScreensChanged);
    windows.showAll();
    settle();
    for (const auto &view : walls.views) {
        CHECK(view->isVisible());
        CHECK_FALSE(view->isFullScreen());
    }
    CHECK(windows.missingScreens().isEmpty());
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().first().toStringList().isEmpty());
}
