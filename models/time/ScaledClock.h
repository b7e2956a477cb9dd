#pragma once

#include "time/Clock.h"

namespace Pantau {

// Simulated time that runs `scale` times faster than a base clock, for soak tests and
// screenshots: a day of the wall's life passes in minutes. Simulated time equals `origin` at the
// real instant `anchor`; two processes given the same scale, origin and anchor (pantau
// --time-scale and pantau-sim --speed) show the same simulated time whenever each started.
// With scale 1 and no origin it is the base clock exactly.
class ScaledClock final : public Clock
{
public:
    // The least and most speed-up accepted: below 1 the wall would lag real feeds, above a
    // day per second the poll intervals could not keep up with the simulated time.
    static constexpr double MinScale = 1.0;
    static constexpr double MaxScale = 86400.0;

    // `base` must outlive this clock. An invalid `origin` means "the base clock's now at the
    // anchor"; an invalid `anchor` means "the base clock's now, at construction".
    explicit ScaledClock(const Clock *base, double scale = 1.0, const QDateTime &origin = {},
                         const QDateTime &anchor = {});

    QDateTime now() const override;
    double rate() const override { return m_scale; }

    double scale() const { return m_scale; }
    QDateTime origin() const { return m_origin; }
    QDateTime anchor() const { return m_anchor; }
    bool isScaled() const { return m_scale != 1.0 || m_origin != m_anchor; }

    // Simulated milliseconds that pass in `realMs` of real time.
    qint64 simulatedMsFor(qint64 realMs) const;

private:
    const Clock *m_base;
    double m_scale;
    QDateTime m_anchor; // real, UTC
    QDateTime m_origin; // simulated, UTC
};

} // namespace Pantau
