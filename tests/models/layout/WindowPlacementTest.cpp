#include "layout/WindowPlacement.h"

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

ScreenConfig screen(const char *name, ScreenMatch match = {})
{
    ScreenConfig s;
    s.name = QLatin1String(name);
    s.match = match;
    return s;
}

MonitorInfo monitor(const char *name, const QRect &geometry, const char *serial = "")
{
    MonitorInfo m;
    m.name = QLatin1String(name);
    m.manufacturer = QStringLiteral("LG");
    m.model = QStringLiteral("49VL5G");
    m.serial = QLatin1String(serial);
    m.geometry = geometry;
    return m;
}

const QRect Left(0, 0, 1920, 1080);
const QRect Right(1920, 0, 1920, 1080);
const QRect Third(3840, 0, 1920, 1080);

QList<int> monitorsOf(const QList<WindowPlacement::Placement> &placements)
{
    QList<int> out;
    for (const auto &p : placements)
        out.append(p.monitor);
    return out;
}

} // namespace

TEST_CASE("Screens named after their monitors keep them when the order changes")
{
    const QList<ScreenConfig> screens = {screen("DP-1"), screen("DP-2")};
    const auto first =
        WindowPlacement::place(screens, {monitor("DP-1", Left), monitor("DP-2", Right)});
    CHECK(monitorsOf(first) == QList<int>{0, 1});
    // After a reboot the system lists them the other way round.
    const auto reordered =
        WindowPlacement::place(screens, {monitor("DP-2", Right), monitor("DP-1", Left)});
    CHECK(monitorsOf(reordered) == QList<int>{1, 0});
    CHECK(reordered.at(0).by == WindowPlacement::MatchedBy::Name);
}

TEST_CASE("A renamed monitor is still found by its serial, then by its geometry")
{
    ScreenMatch bySerial;
    bySerial.serial = QStringLiteral("SN-112");
    ScreenMatch byGeometry;
    byGeometry.geometry = Right;
    const QList<ScreenConfig> screens = {screen("OVERVIEW", byGeometry), screen("CC112", bySerial)};
    // The connectors were renamed by a driver update; serials and positions stayed.
    const auto placed = WindowPlacement::place(
        screens, {monitor("HDMI-A-1", Left, "SN-112"), monitor("HDMI-A-2", Right, "SN-OV")});
    CHECK(monitorsOf(placed) == QList<int>{1, 0});
    CHECK(placed.at(0).by == WindowPlacement::MatchedBy::Geometry);
    CHECK(placed.at(1).by == WindowPlacement::MatchedBy::Identity);
}

TEST_CASE("A stronger match wins a monitor over a weaker one")
{
    ScreenMatch byGeometry;
    byGeometry.geometry = Left;
    // Screen A would take the left monitor by geometry, but screen B is that monitor by name.
    const auto placed = WindowPlacement::place({screen("A", byGeometry), screen("DP-1")},
                                               {monitor("DP-1", Left), monitor("DP-2", Right)});
    CHECK(placed.at(1).monitor == 0);
    CHECK(placed.at(1).by == WindowPlacement::MatchedBy::Name);
    CHECK(placed.at(0).monitor == -1); // wants the left monitor; better missing than wrong
}

TEST_CASE("A missing monitor leaves its screen missing, never doubled up")
{
    const QList<ScreenConfig> screens = {screen("DP-1"), screen("DP-2"), screen("DP-3")};
    const auto placed =
        WindowPlacement::place(screens, {monitor("DP-3", Third), monitor("DP-1", Left)});
    CHECK(monitorsOf(placed) == QList<int>{1, -1, 0});
    CHECK(placed.at(1).by == WindowPlacement::MatchedBy::None);
}

TEST_CASE("Screens that say nothing of their monitor fall back to free ones, in order")
{
    const QList<ScreenConfig> screens = {screen("WALL-1"), screen("WALL-2")};
    const auto placed = WindowPlacement::place(
        screens, {monitor("HDMI-1", Left), monitor("HDMI-2", Right), monitor("HDMI-3", Third)});
    CHECK(monitorsOf(placed) == QList<int>{0, 1});
    CHECK(placed.at(0).by == WindowPlacement::MatchedBy::Index);
    // An extra monitor stays unused; without the fallback (after a hot-plug) nothing is guessed.
    const auto strict = WindowPlacement::place(screens, {monitor("HDMI-1", Left)}, false);
    CHECK(monitorsOf(strict) == QList<int>{-1, -1});
}

TEST_CASE("A fallback never takes a monitor a named screen owns")
{
    const auto placed =
        WindowPlacement::place({screen("WALL-1"), screen("DP-2")}, {monitor("DP-2", Right)});
    CHECK(monitorsOf(placed) == QList<int>{-1, 0});
}

namespace {

// A 2x2 canvas whose panels are the monitors P1..P4 (row-major), with a 40 px bezel.
ScreenConfig canvas2x2(const char *name = "VIDEOWALL")
{
    ScreenConfig s = screen(name);
    CanvasConfig canvas;
    canvas.columns = 2;
    canvas.rows = 2;
    canvas.bezelPixels = 40;
    for (const char *panel : {"P1", "P2", "P3", "P4"})
        canvas.panels.append({QLatin1String(panel), {}});
    s.canvas = canvas;
    s.size = {3840, 2160};
    return s;
}

const QRect TopLeft(0, 0, 1920, 1080);
const QRect TopRight(1920, 0, 1920, 1080);
const QRect BottomLeft(0, 1080, 1920, 1080);
const QRect BottomRight(1920, 1080, 1920, 1080);
const QRect WholeCanvas(0, 0, 3840, 2160);

} // namespace

TEST_CASE("A 2x2 canvas claims its four panels whatever order the monitors come in")
{
    // Listed in an order that has nothing to do with the grid, with an extra monitor first.
    const QList<MonitorInfo> monitors = {monitor("HDMI-9", QRect(3840, 0, 1920, 1080)),
                                         monitor("P4", BottomRight), monitor("P2", TopRight),
                                         monitor("P3", BottomLeft), monitor("P1", TopLeft)};
    const auto placed = WindowPlacement::place({canvas2x2()}, monitors);
    REQUIRE(placed.size() == 1);
    CHECK(placed.at(0).panels == QList<int>{4, 2, 3, 1});
    CHECK(placed.at(0).isPresent());
    CHECK(placed.at(0).monitor == 4); // the window belongs to the first panel's monitor
    CHECK(placed.at(0).geometry == WholeCanvas);
    CHECK(placed.at(0).panelRects == QList<QRect>{TopLeft, TopRight, BottomLeft, BottomRight});
}

TEST_CASE("A canvas's renamed panels are found by serial, and by geometry")
{
    ScreenConfig wall = canvas2x2();
    wall.canvas->panels[0] = {QString(), {}};
    wall.canvas->panels[0].match.serial = QStringLiteral("SN-1");
    wall.canvas->panels[3] = {QString(), {}};
    wall.canvas->panels[3].match.geometry = BottomRight;
    const auto placed = WindowPlacement::place(
        {wall}, {monitor("DP-7", BottomRight, "SN-4"), monitor("DP-5", TopLeft, "SN-1"),
                 monitor("P2", TopRight), monitor("P3", BottomLeft)});
    CHECK(placed.at(0).panels == QList<int>{1, 2, 3, 0});
    CHECK(placed.at(0).panelBy.at(0) == WindowPlacement::MatchedBy::Identity);
    CHECK(placed.at(0).panelBy.at(3) == WindowPlacement::MatchedBy::Geometry);
    CHECK(placed.at(0).geometry == WholeCanvas);
}

TEST_CASE("A canvas with a missing panel keeps its whole rectangle, and with none it is missing")
{
    // The top-right and the bottom-right panels are unplugged: the right column is inferred
    // from the left one, so the window keeps covering the whole wall.
    const auto half =
        WindowPlacement::place({canvas2x2()}, {monitor("P3", BottomLeft), monitor("P1", TopLeft)});
    CHECK(half.at(0).panels == QList<int>{1, -1, 0, -1});
    CHECK(half.at(0).panelRects == QList<QRect>{TopLeft, TopRight, BottomLeft, BottomRight});
    CHECK(half.at(0).geometry == WholeCanvas);
    CHECK(half.at(0).monitor == 1);

    // Only the bottom-right one is left: the grid is continued up and to the left of it.
    const auto corner = WindowPlacement::place({canvas2x2()}, {monitor("P4", BottomRight)});
    CHECK(corner.at(0).geometry == WholeCanvas);

    // No panel at all: missing, and a panel never falls back onto some free monitor.
    const auto none = WindowPlacement::place(
        {canvas2x2()}, {monitor("HDMI-1", TopLeft), monitor("HDMI-2", TopRight)});
    CHECK_FALSE(none.at(0).isPresent());
    CHECK(none.at(0).panels == QList<int>{-1, -1, -1, -1});
    CHECK(none.at(0).geometry.isEmpty());
}

TEST_CASE("A canvas and plain screens share the monitors without taking each other's")
{
    // CC112 names nothing and falls back; it must not land on a panel of the canvas, even though
    // the panels come first in the monitor list.
    const QRect farRight(3840, 0, 1920, 1080);
    const auto placed = WindowPlacement::placeWall(
        {screen("CC112"), canvas2x2(), screen("DP-9")},
        MonitorSelector{QStringLiteral("SPARE"), {}},
        {monitor("P1", TopLeft), monitor("P2", TopRight),
         monitor("SPARE", QRect(0, 2160, 1920, 1080)), monitor("P3", BottomLeft),
         monitor("P4", BottomRight), monitor("HDMI-1", farRight),
         monitor("DP-9", QRect(5760, 0, 1920, 1080))});
    REQUIRE(placed.screens.size() == 3);
    CHECK(placed.screens.at(0).monitor == 5);
    CHECK(placed.screens.at(0).by == WindowPlacement::MatchedBy::Index);
    CHECK(placed.screens.at(0).geometry == farRight);
    CHECK(placed.screens.at(1).panels == QList<int>{0, 1, 3, 4});
    CHECK(placed.screens.at(2).monitor == 6);
    CHECK(placed.spare == 2);
}

TEST_CASE("The spare monitor is never taken as a screen's next free monitor")
{
    const auto placed = WindowPlacement::placeWall(
        {screen("WALL-1"), screen("WALL-2")}, MonitorSelector{QStringLiteral("HDMI-3"), {}},
        {monitor("HDMI-3", Third), monitor("HDMI-1", Left)});
    CHECK(placed.spare == 0);
    CHECK(placed.screens.at(0).monitor == 1);
    CHECK_FALSE(placed.screens.at(1).isPresent());
}
