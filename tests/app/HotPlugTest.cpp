// Monitors unplugged and plugged back under a running wall, on the offscreen platform: a wall
// screen whose monitor goes away must not appear on another monitor, and must come back
// fullscreen on its own monitor when that returns.

#include "Formatter.h"
#include "ManualClock.h"
#include "MonitorLayout.h"
#include "ScreenView.h"
#include "Theme.h"
#include "ViewContext.h"
#include "WallWindows.h"

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
