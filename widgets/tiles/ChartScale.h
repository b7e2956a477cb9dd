#pragma once

#include <QString>

#include <cmath>
#include <functional>

namespace Pantau {

// The value axis of a chart: a range of whole steps of 1, 2, 2.5 or 5 × 10ⁿ, with at most a
// given number of ticks whose labels tell each other apart. Pure arithmetic, so it is tested
// without a chart.
struct ChartScale
{
    double min = 0;
    double max = 1;
    double step = 1;
    int decimals = 0;

    // Steps from min to max; there is a tick at each end.
    int steps() const { return int(std::llround((max - min) / step)); }

    // How a tick is written: two neighbouring ticks written alike ("Rp2,31 T" twice) say
    // nothing, so such a step is passed over for a coarser one.
    using Label = std::function<QString(double value, const ChartScale &scale)>;

    // The finest scale over data from `low` to `high` with at most `maxTicks` ticks. A flat
    // range is padded (5 %, or 1 around zero); `fromZero` (a filled area, an amount) takes zero
    // in.
    static ChartScale fit(double low, double high, int maxTicks, bool fromZero, const Label &label);
    // The decimals a step needs to tell its ticks apart ("2,5", not "3"); at most 4.
    static int decimalsFor(double step);
};

} // namespace Pantau
