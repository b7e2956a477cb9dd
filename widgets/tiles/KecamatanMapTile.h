#pragma once

#include "config/Config.h"
#include "tiles/MapPaint.h"
#include "tiles/Tile.h"

#include <QHash>
#include <QPainterPath>
#include <QPoint>
#include <QPolygonF>
#include <QRectF>

#include <optional>

namespace Pantau {

class IndicatorBinding;
struct Kecamatan;

// The 22 kecamatan of Kabupaten Blitar coloured by one indicator each, with a colour ramp from
// the lowest to the highest value. With a GeoJSON boundary file it draws the real shapes;
// without one, or when the file cannot be read, a schematic tile map: one rounded square per
// kecamatan, north and south of the Brantas as on the ground, and said to be schematic. A
// kecamatan without a value is hatched grey and the legend says "tanpa data". The tile reads
// the values; SchematicMapPainter, BoundaryMapPainter and MapLegend draw them.
class KecamatanMapTile : public Tile
{
    Q_OBJECT

public:
    KecamatanMapTile(const TileContext &context, const TileConfig &config,
                     QWidget *parent = nullptr);

    // The three-letter code a cell shows when it is too small for the name: "WLI" for Wlingi.
    static QString shortCode(const Kecamatan &kecamatan);
    // The cell of a kecamatan on the schematic map, (column west→east, row north→south); rows
    // 0–2 lie north of the Brantas, rows 3–4 south of it.
    static std::optional<QPoint> schematicCell(const Kecamatan &kecamatan);

    // True when boundaries were configured and read: the real shapes are drawn.
    bool showsBoundaries() const { return !m_shapes.isEmpty(); }
    // True when boundaries were configured but could not be read: the schematic map is drawn
    // with a note saying so.
    bool boundariesFailed() const { return m_boundariesFailed; }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;

private:
    // What the painters draw from, for this paint.
    MapPaint mapPaint(bool dimmed);
    QString valueText(int index) const;
    QString scaleText(double value) const;
    void updateAccessibleText();

    TileConfig m_config;
    IndicatorBinding *m_binding; // child; row i is Kecamatan::blitar().at(i)
    // Read once at construction: boundaries do not change while the wall runs.
    QHash<QString, QList<QPolygonF>> m_shapes;
    QRectF m_bounds;
    bool m_boundariesFailed = false;
};

} // namespace Pantau
