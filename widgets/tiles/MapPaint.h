#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QPainterPath;

namespace Pantau {

class Theme;

// What the map's painters (SchematicMapPainter, BoundaryMapPainter, MapLegend) draw from, made
// by KecamatanMapTile once per paint: each kecamatan's colour and value text in the order of
// Kecamatan::blitar(), the legend's ends, and the tile's text drawing, which refuses to clip
// and records each text for the tests.
struct MapPaint
{
    using DrawText = std::function<bool(QPainter &, const QRectF &, const QString &, const QFont &,
                                        const QColor &, Qt::Alignment)>;

    const Theme *theme = nullptr;
    qreal smallText = 0;  // the tile's body text size
    qreal hatchScale = 1; // the "no data" hatch grows with the tile
    DrawText drawText;

    QList<QColor> fills; // per kecamatan
    QList<bool> hasValue;
    QStringList values; // "–" without a value

    // The legend: the ramp's end values (equal when every kecamatan has the same), its colours
    // (nine stops, dimmed when the data is not current), and a word unit for its caption.
    bool anyValue = false;
    bool anyMissing = false;
    QString low;
    QString high;
    QList<QColor> ramp;
    QString caption;

    bool text(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
              const QColor &color, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) const
    {
        return drawText(painter, rect, text, font, color, alignment);
    }
    // Grey hatching over `path`: the kecamatan, or the legend's swatch, without data.
    void hatch(QPainter &painter, const QPainterPath &path) const;
    // The label colour on kecamatan `index`'s fill.
    QColor ink(int index) const;
};

} // namespace Pantau
