#pragma once

#include "tiles/MapPaint.h"

#include <QPoint>

#include <optional>

namespace Pantau {

struct Kecamatan;

// The map without boundaries: Kabupaten Blitar as a grid of rounded squares, one per
// kecamatan, north and south of the Brantas as on the ground, with the river between them and
// the legend in the empty south-east corner. Said to be schematic, so nobody reads it as
// borders.
namespace SchematicMapPainter {

// The three-letter code a cell shows when it is too small for the name: "WLI" for Wlingi.
QString shortCode(const Kecamatan &kecamatan);
// The cell of a kecamatan, (column west→east, row north→south); rows 0–2 lie north of the
// Brantas, rows 3–4 south of it.
std::optional<QPoint> cell(const Kecamatan &kecamatan);

// `boundariesFailed`: boundaries were configured but could not be read, which the map says.
void paint(const MapPaint &map, QPainter &painter, const QRectF &area, bool boundariesFailed);

} // namespace SchematicMapPainter

} // namespace Pantau
