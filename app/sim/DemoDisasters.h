#pragma once

#include "DemoNoise.h"

#include <QJsonArray>

#include <optional>

namespace Pantau {

// A disaster that strikes one kecamatan for a day or so: while it lasts that kecamatan's 112
// incidents rise, BPBD counts it, and a flood raises the river.
struct DemoDisaster
{
    int kecamatan = 0; // index into Kecamatan::blitar()
    QString type;      // banjir, tanah-longsor, angin-kencang
    QDateTime start;   // UTC
    QDateTime end;
};

// Where and when the scenario's disasters strike, and BPBD's count of the year's events.
class DemoDisasters
{
public:
    explicit DemoDisasters(const DemoNoise &noise);

    // The disaster under way at `now`, if any. Windows of three days hold at most one.
    std::optional<DemoDisaster> at(const QDateTime &now) const;
    // BPBD's disaster events this year by type, peaking in the rainy months (CKAN records).
    QJsonArray records(const QDateTime &now) const;

private:
    // The disaster that strikes in a three-day window, if one does.
    std::optional<DemoDisaster> in(qint64 window) const;

    DemoNoise m_noise;
};

} // namespace Pantau
