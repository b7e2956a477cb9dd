#include "tiles/BoundaryMapPainter.h"

#include "geo/Kecamatan.h"
#include "theme/Theme.h"
#include "tiles/MapLegend.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Pantau::BoundaryMapPainter {

void paint(const MapPaint &map, QPainter &painter, const QRectF &area,
           const QHash<QString, QList<QPolygonF>> &shapesByCode, const QRectF &bounds)
{
    const Theme &theme = *map.theme;
    const qreal small = map.smallText;
    const QList<Kecamatan> &all = Kecamatan::blitar();

    // The legend beside the map on a wide tile, beneath it on a tall one.
    const bool wide = area.width() >= area.height() * 1.2;
    const qreal gap = small;
    const QRectF legendBox = wide ? QRectF(area.right() - area.width() * 0.26, area.top(),
                                           area.width() * 0.26, area.height())
                                  : QRectF(area.left(), area.bottom() - area.height() * 0.25,
                                           area.width(), area.height() * 0.25);
    QRectF mapRect = area;
    if (wide)
        mapRect.setRight(legendBox.left() - gap);
    else
        mapRect.setBottom(legendBox.top() - gap);

    // Equirectangular, with longitude shrunk by cos(latitude) so shapes are not stretched
    // (Blitar lies at 8° south: a 1% correction, but the code holds anywhere).
    const qreal k = std::cos(bounds.center().y() * M_PI / 180);
    const qreal spanX = std::max(1e-9, bounds.width() * k);
    const qreal spanY = std::max(1e-9, bounds.height());
    const qreal s = std::min(mapRect.width() / spanX, mapRect.height() / spanY);
    const QPointF origin(mapRect.center().x() - spanX * s / 2,
                         mapRect.center().y() - spanY * s / 2);
    auto project = [&](const QPointF &p) {
        return QPointF(origin.x() + (p.x() - bounds.left()) * k * s,
                       origin.y() + (bounds.bottom() - p.y()) * s);
    };

    struct Shape
    {
        int index;
        QPainterPath path;
        QPointF centroid;
    };
    QList<Shape> shapes;
    for (int i = 0; i < all.size(); ++i) {
        const auto found = shapesByCode.constFind(all.at(i).compactCode());
        if (found == shapesByCode.cend())
            continue;
        Shape shape{i, QPainterPath(), QPointF()};
        shape.path.setFillRule(Qt::OddEvenFill);
        qreal largest = -1;
        for (const QPolygonF &ring : found.value()) {
            QPolygonF projected;
            projected.reserve(ring.size());
            for (const QPointF &p : ring)
                projected.append(project(p));
            shape.path.addPolygon(projected);
            shape.path.closeSubpath();
            // The label goes at the centroid of the largest ring (the main land, not an islet).
            qreal area2 = 0, cx = 0, cy = 0;
            for (qsizetype j = 0; j < projected.size(); ++j) {
                const QPointF &a = projected.at(j);
                const QPointF &b = projected.at((j + 1) % projected.size());
                const qreal cross = a.x() * b.y() - b.x() * a.y();
                area2 += cross;
                cx += (a.x() + b.x()) * cross;
                cy += (a.y() + b.y()) * cross;
            }
            if (std::abs(area2) > largest && std::abs(area2) > 1e-9) {
                largest = std::abs(area2);
                shape.centroid = QPointF(cx / (3 * area2), cy / (3 * area2));
            }
        }
        if (largest < 0)
            shape.centroid = shape.path.boundingRect().center();
        shapes.append(shape);
    }

    for (const Shape &shape : std::as_const(shapes)) {
        painter.fillPath(shape.path, map.fills.at(shape.index));
        if (!map.hasValue.at(shape.index))
            map.hatch(painter, shape.path);
    }
    // Borders in the card's colour, so neighbours of similar colour stay apart.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(theme.surface, std::max<qreal>(1, small * 0.1)));
    for (const Shape &shape : std::as_const(shapes))
        painter.drawPath(shape.path);

    // A name (and its value) only where it fits inside its own shape; none rather than one
    // spilling over a neighbour.
    const qreal maxPx = small;
    const qreal minPx = std::max<qreal>(10, std::round(small * 0.75));
    for (const Shape &shape : std::as_const(shapes)) {
        const QString name = all.at(shape.index).name;
        const QString &value = map.values.at(shape.index);
        const QColor ink = map.ink(shape.index);
        bool drawn = false;
        for (const bool withValue : {true, false}) {
            for (qreal px = maxPx; px >= minPx && !drawn; px -= 1) {
                const QFont nameFont = theme.font(px, QFont::Bold);
                const QFont valueFont = theme.font(px);
                const QFontMetricsF nm(nameFont), vm(valueFont);
                const qreal w = std::max(nm.horizontalAdvance(name),
                                         withValue ? vm.horizontalAdvance(value) : 0.0) +
                                2;
                const qreal h = nm.height() + (withValue ? vm.height() : 0);
                const QRectF box(shape.centroid.x() - w / 2, shape.centroid.y() - h / 2, w, h);
                if (!shape.path.contains(box))
                    continue;
                map.text(painter, QRectF(box.left(), box.top(), w, nm.height()), name, nameFont,
                         ink, Qt::AlignCenter);
                if (withValue)
                    map.text(painter, QRectF(box.left(), box.top() + nm.height(), w, vm.height()),
                             value, valueFont, ink, Qt::AlignCenter);
                drawn = true;
            }
        }
    }

    // Kecamatan the file has no shape for are not on the map; say so rather than let them vanish.
    const int unmapped = int(all.size() - shapes.size());
    const QString note =
        unmapped > 0
            ? QCoreApplication::translate("Pantau::KecamatanMapTile",
                                          "%n kecamatan tanpa batas wilayah", nullptr, unmapped)
            : QString();
    if (!MapLegend::paint(map, painter, legendBox, note, small, std::max<qreal>(10, small * 0.7),
                          false))
        MapLegend::paint(map, painter, legendBox, QString(), small,
                         std::max<qreal>(10, small * 0.7), false);
}

} // namespace Pantau::BoundaryMapPainter
