#pragma once

#include "tiles/MapPaint.h"

#include <QHash>
#include <QPolygonF>

namespace Pantau {

// The map with boundaries: each kecamatan's real shape (read from GeoJSON), coloured by its
// value, its name where it fits inside its own shape, and the legend beside or beneath.
namespace BoundaryMapPainter {

// `shapes` are keyed by the Kemendagri code without dots; `bounds` is their extent in degrees.
void paint(const MapPaint &map, QPainter &painter, const QRectF &area,
           const QHash<QString, QList<QPolygonF>> &shapes, const QRectF &bounds);

} // namespace BoundaryMapPainter

} // namespace Pantau
