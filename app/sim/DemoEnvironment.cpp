#include "DemoEnvironment.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Pantau {

DemoEnvironment::DemoEnvironment(const DemoNoise &noise, const DemoDisasters &disasters)
    : m_noise(noise)
    , m_disasters(disasters)
{
}

const char *DemoEnvironment::riverGaugeName(int gauge)
{
    static const char *const names[RiverGauges] = {"Lodoyo", "Kademangan", "Wlingi"};
    return names[std::clamp(gauge, 0, RiverGauges - 1)];
}

double DemoEnvironment::riverLevel(int gauge, const QDateTime &now) const
{
    const QDateTime reading = DemoNoise::reportedAt(now, 600);
    const QDateTime local = reading.toTimeZone(m_noise.wib());
    static const double base[RiverGauges] = {2.1, 1.6, 2.7};
    const int month = local.date().month();
    // Wetter from November to April; afternoon rain lifts the river into the evening.
    const double season = 0.5 + 0.5 * std::cos((month - 1) * std::numbers::pi / 6);
    const double hour = local.time().hour() + local.time().minute() / 60.0;
    const double afternoon = std::exp(-std::pow((hour - 18.0) / 3.0, 2));
    double level = base[gauge] * (0.8 + 0.35 * season) +
                   0.4 * season * afternoon *
                       m_noise(quint64(local.date().toJulianDay()) * 3 + quint64(gauge));
    level += 0.04 * (m_noise(quint64(reading.toSecsSinceEpoch() / 600) * 5 + quint64(gauge)) - 0.5);
    // A flood anywhere upstream swells the Brantas, rising then falling over the event.
    if (const std::optional<DemoDisaster> d = m_disasters.at(reading);
        d && d->type == QLatin1String("banjir")) {
        const double span = double(d->start.secsTo(d->end));
        const double into = double(d->start.secsTo(reading)) / span;
        level += 1.8 * std::sin(std::numbers::pi * std::clamp(into, 0.0, 1.0));
    }
    return std::round(level * 100) / 100;
}

const char *DemoEnvironment::airStationName(int station)
{
    static const char *const names[AirStations] = {"Kanigoro", "Wlingi"};
    return names[std::clamp(station, 0, AirStations - 1)];
}

double DemoEnvironment::pm25(int station, const QDateTime &now) const
{
    const QDateTime reading = DemoNoise::reportedAt(now, 3600);
    const QDateTime local = reading.toTimeZone(m_noise.wib());
    const int hour = local.time().hour();
    // Traffic in the morning and evening; a dry season (June to September) of field burning.
    const double traffic =
        std::exp(-std::pow((hour - 7) / 2.0, 2)) + 0.8 * std::exp(-std::pow((hour - 18) / 2.5, 2));
    const int month = local.date().month();
    const double dry = month >= 6 && month <= 9 ? 1.5 : 1.0;
    const double value =
        (14 + 6 * station + 16 * traffic) * dry *
        (0.8 + 0.4 * m_noise(quint64(reading.toSecsSinceEpoch() / 3600) * 11 + quint64(station)));
    return std::round(value * 10) / 10;
}

} // namespace Pantau
