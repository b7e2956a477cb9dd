#pragma once

#include "tiles/MapPaint.h"

namespace Pantau {

// The map's legend: the colour ramp with its end values and unit, "tanpa data" with its hatched
// swatch when some kecamatan has no value, and a note (wrapped) beneath.
namespace MapLegend {

// Draws into `box` at the largest text size from `maxPx` down to `minPx` at which everything
// fits; false, drawing nothing, when even the smallest does not. `measureOnly` checks without
// drawing.
bool paint(const MapPaint &map, QPainter &painter, const QRectF &box, const QString &note,
           qreal maxPx, qreal minPx, bool measureOnly);

} // namespace MapLegend

} // namespace Pantau
