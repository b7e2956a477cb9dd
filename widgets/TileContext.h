#pragma once

namespace Pantau {

class Clock;
class Formatter;
class Theme;

// What every tile needs besides its model: how to write numbers and times, what time it is,
// and how to look. All three outlive the tiles.
struct TileContext
{
    const Formatter *formatter = nullptr;
    const Clock *clock = nullptr;
    const Theme *theme = nullptr;
};

} // namespace Pantau
