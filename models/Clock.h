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
};

} // namespace Pantau
