#pragma once

#include "config/TileType.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Pantau {

// One tile of a screen's grid. Which keys matter depends on the type; ConfigLoader checks that
// each type gets what it needs and nothing it would ignore.
struct TileConfig
{
    // TileTypes says which of the keys below each type reads
    TileType type = TileType::Kpi;
    QString title;   // empty: the tile's own default (the indicator's label, say)
    QString titleEn; // the English title, shown with the UI in English; empty: `title`
    // kpi, gauge: one; line, donut: one or more; bar: a list, or none with indicatorTemplate.
    QStringList indicators;
    // bar, map: an indicator per kecamatan, "aduan.kec.{code}" or "...{name}", where code is the
    // Kemendagri code without dots ("350517") and name the kecamatan's name in lower case.
    QString indicatorTemplate;
    std::optional<double> target; // kpi, gauge: the level to compare with
    QString targetIndicator;      // kpi, gauge: or another indicator holding the target
    // gauge: instead of a target, a level on a fixed scale, read against the indicator's
    // thresholds (bed occupancy 0-100 %, a river 0-5 m): nobody's goal is a full hospital.
    struct Scale
    {
        double min = 0;
        double max = 100;
    };
    std::optional<Scale> scale;
    int hours = 24;      // line: how far back the time axis reaches
    bool area = false;   // line: fill below the line
    int limit = 0;       // table: rows; bar: bars; 0 = as many as fit
    QStringList feeds;   // table, ticker: event feeds to show; empty = all
    QString boundaries;  // map: GeoJSON file of kecamatan boundaries, absolute path
    QString boundaryKey; // map: feature property naming the kecamatan; empty = guess

    // Placement in the screen's grid, 0-based; -1 places the tile at the next free cell.
    int row = -1;
    int column = -1;
    int rowSpan = 1;
    int columnSpan = 1;

    QString indicator() const { return indicators.value(0); }
};

} // namespace Pantau
