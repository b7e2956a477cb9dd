#include "WindowPlacement.h"

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
