#include "tiles/ChartScale.h"

#include <algorithm>
#include <optional>

namespace Pantau {

int ChartScale::decimalsFor(double step)
{
    for (int d = 0; d < 4; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return d;
    }
    return 4;
}

ChartScale ChartScale::fit(double low, double high, int maxTicks, bool fromZero, const Label &label)
{
    if (fromZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    if (high - low < 1e-9 * std::max(1.0, std::abs(high))) {
        const double pad = std::abs(high) > 0 ? std::abs(high) * 0.05 : 1.0;
        low -= pad;
        high += pad;
    }
    const double range = high - low;
    const double magnitude = std::pow(10.0, std::floor(std::log10(range / std::max(1, maxTicks))));
    std::optional<ChartScale> fallback;
    for (int k = 0; k < 4; ++k) {
        for (const double m : {1.0, 2.0, 2.5, 5.0}) {
            ChartScale s;
            s.step = m * magnitude * std::pow(10.0, k);
            s.min = std::floor(low / s.step) * s.step;
            s.max = std::ceil(high / s.step) * s.step;
            s.decimals = decimalsFor(s.step);
            const int ticks = s.steps() + 1;
            if (ticks > maxTicks)
                continue;
            bool distinct = true;
            QString previous;
            for (int t = 0; t < ticks && distinct; ++t) {
                const QString text = label(s.min + t * s.step, s);
                distinct = text != previous;
                previous = text;
            }
            if (distinct)
                return s;
            if (!fallback)
                fallback = s;
        }
    }
    return fallback.value_or(ChartScale{low, high, high - low, 2});
}

} // namespace Pantau
