#include "time/ScaledClock.h"

#include <algorithm>
#include <cmath>

namespace Pantau {

ScaledClock::ScaledClock(const Clock *base, double scale, const QDateTime &origin,
                         const QDateTime &anchor)
    : m_base(base)
    , m_scale(std::clamp(std::isfinite(scale) ? scale : 1.0, MinScale, MaxScale))
    , m_anchor(anchor.isValid() ? anchor.toUTC() : base->now())
    , m_origin(origin.isValid() ? origin.toUTC() : m_anchor)
{
}

QDateTime ScaledClock::now() const
{
    const QDateTime real = m_base->now();
    if (!isScaled())
        return real;
    const qint64 realMs = m_anchor.msecsTo(real);
    return m_origin.addMSecs(simulatedMsFor(realMs));
}

qint64 ScaledClock::simulatedMsFor(qint64 realMs) const
{
    return qint64(std::llround(double(realMs) * m_scale));
}

} // namespace Pantau
