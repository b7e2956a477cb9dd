#pragma once

#include "DemoDisasters.h"
#include "DemoNoise.h"

#include <QJsonObject>

namespace Pantau {

// The Call Center 112: the day's calls and the incidents dispatched, busier while a disaster
// lasts.
class DemoEmergency
{
public:
    DemoEmergency(const DemoNoise &noise, const DemoDisasters &disasters);

    // Today's summary so far, following a daily rhythm, with the genuine reports by category,
    // and the incoming and genuine counts of the last 24 hours, hourly (riwayat_per_jam).
    QJsonObject calls112Today(const QDateTime &now) const;
    // The latest incidents (genuine reports dispatched), newest first.
    QJsonObject incidents112(const QDateTime &now, int listed) const;

private:
    // The summary at `now`, with or without the last 24 hours hour by hour.
    QJsonObject calls112At(const QDateTime &now, bool withHistory) const;

    DemoNoise m_noise;
    DemoDisasters m_disasters;
};

} // namespace Pantau
