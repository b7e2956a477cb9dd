#pragma once

namespace Pantau {

class AlertModel;
class Clock;
class FeedHealthModel;
class Formatter;
class IndicatorModel;
class RecordsModel;
class RepaintScheduler;
class Theme;
struct DisplayConfig;

// What every tile needs besides its own binding: how to write numbers and times, what time it
// is, how to look, how to batch its repaints, and the models it may draw from. All outlive the
// tiles. A null scheduler makes tiles repaint at once (tests that grab a single tile).
struct TileContext
{
    const Formatter *formatter = nullptr;
    const Clock *clock = nullptr;
    const Theme *theme = nullptr;
    RepaintScheduler *scheduler = nullptr;
    const DisplayConfig *display = nullptr; // null: the defaults

    IndicatorModel *indicators = nullptr;
    RecordsModel *records = nullptr;
    FeedHealthModel *health = nullptr;
    AlertModel *alerts = nullptr;
};

} // namespace Pantau
