#pragma once

#include <QDateTime>

namespace Pantau {

// The one source of "now" for the data layer. Everything that ages, expires or timestamps data
// asks a Clock, so tests can step time instead of sleeping and a soak run can compress days.
class Clock
{
public:
    virtual ~Clock() = default;
    // Current time in UTC.
    virtual QDateTime now() const = 0;
    // Milliseconds of this clock's time that pass in one real millisecond: 1, except for a
    // ScaledClock (pantau --time-scale). Whatever turns a span of clock time into a QTimer
    // interval divides by it, so timers keep step with the clock.
    virtual double rate() const { return 1.0; }
    // Real milliseconds for `clockMs` of this clock's time, never below `floorMs`.
    qint64 realMsFor(qint64 clockMs, qint64 floorMs = 0) const
    {
        const double ms = double(clockMs) / rate();
        return ms < double(floorMs) ? floorMs : qint64(ms + 0.5);
    }
};

} // namespace Pantau
