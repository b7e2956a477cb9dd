#pragma once

#include "DemoDisasters.h"
#include "DemoNoise.h"

namespace Pantau {

// The sensors (NGSI entities): river gauges on the Brantas and air quality stations.
class DemoEnvironment
{
public:
    DemoEnvironment(const DemoNoise &noise, const DemoDisasters &disasters);

    static constexpr int RiverGauges = 3;
    static const char *riverGaugeName(int gauge); // Lodoyo, Kademangan, Wlingi
    // River level (m) at a gauge, read every 10 minutes; a flood swells it.
    double riverLevel(int gauge, const QDateTime &now) const;
    static constexpr int AirStations = 2;
    static const char *airStationName(int station); // Kanigoro, Wlingi
    // PM2.5 (µg/m³) at a station, read hourly.
    double pm25(int station, const QDateTime &now) const;

private:
    DemoNoise m_noise;
    DemoDisasters m_disasters;
};

} // namespace Pantau
