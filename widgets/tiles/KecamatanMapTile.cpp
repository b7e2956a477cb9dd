#include "tiles/KecamatanMapTile.h"

#include "binding/IndicatorBinding.h"
#include "geo/BoundaryLoader.h"
#include "geo/Kecamatan.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/Theme.h"
#include "tiles/BoundaryMapPainter.h"
#include "tiles/SchematicMapPainter.h"

#include <QtDebug>

#include <algorithm>
#include <cmath>

namespace Pantau {

QString KecamatanMapTile::shortCode(const Kecamatan &kecamatan)
{
    return SchematicMapPainter::shortCode(kecamatan);
}

std::optional<QPoint> KecamatanMapTile::schematicCell(const Kecamatan &kecamatan)
{
    return SchematicMapPainter::cell(kecamatan);
}

KecamatanMapTile::KecamatanMapTile(const TileContext &context, const TileConfig &config,
                                   QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
{
    QStringList ids;
    for (const Kecamatan &k : Kecamatan::blitar())
        ids.append(k.indicatorId(config.indicatorTemplate));
    m_binding = new IndicatorBinding(context.indicators, ids, this);
    followAge(m_binding);
    connect(m_binding, &IndicatorBinding::changed, this, [this] {
        updateAccessibleText();
        markDirty();
    });

    if (!config.boundaries.isEmpty()) {
        const BoundaryLoader::Result loaded =
            BoundaryLoader::loadFile(config.boundaries, config.boundaryKey);
        if (loaded.ok()) {
            for (auto it = loaded.shapes.cbegin(); it != loaded.shapes.cend(); ++it) {
                QList<QPolygonF> &rings = m_shapes[it.key()];
                for (const BoundaryLoader::Ring &ring : it.value())
                    rings.append(QPolygonF(ring));
            }
            m_bounds = loaded.bounds;
        } else {
            m_boundariesFailed = true;
            for (const Diagnostic &d : loaded.errors)
                qWarning().noquote() << "map boundaries:" << d.toString();
        }
        // Partial files are usable, but whoever installed them should hear what is missing.
        for (const QString &w : loaded.warnings)
            qWarning().noquote() << "map boundaries:" << w;
    }
    updateAccessibleText();
}

void KecamatanMapTile::updateAccessibleText()
{
    const QList<Kecamatan> &all = Kecamatan::blitar();
    int highest = -1, lowest = -1;
    for (int i = 0; i < all.size(); ++i) {
        if (!m_binding->hasValue(i))
            continue;
        if (highest < 0 || m_binding->value(i) > m_binding->value(highest))
            highest = i;
        if (lowest < 0 || m_binding->value(i) < m_binding->value(lowest))
            lowest = i;
    }
    QString text = frame().title;
    if (highest >= 0)
        text = tr("%1: tertinggi %2 %3, terendah %4 %5")
                   .arg(text, all.at(highest).name, valueText(highest), all.at(lowest).name,
                        valueText(lowest));
    setAccessibleName(text);
}

Tile::Frame KecamatanMapTile::frame() const
{
    const QString title = m_config.title.isEmpty() ? tr("Sebaran per Kecamatan") : m_config.title;
    // Row 0 may be an indicator the config does not have; take the first one it does.
    QString dimension;
    for (int i = 0; i < m_binding->count() && dimension.isEmpty(); ++i)
        dimension = m_binding->data(i, IndicatorModel::DimensionRole).toString();
    return frameFor(*m_binding, title, dimension);
}

MapPaint KecamatanMapTile::mapPaint(bool dimmed)
{
    MapPaint map;
    map.theme = &theme();
    map.smallText = smallTextSize();
    map.hatchScale = std::max(1.0, height() / 270.0);
    map.drawText = [this](QPainter &painter, const QRectF &rect, const QString &text,
                          const QFont &font, const QColor &color, Qt::Alignment alignment) {
        return drawText(painter, rect, text, font, color, alignment);
    };
    // Not current: the colours sink towards the card, legend and cells alike.
    const auto ramp = [&](qreal t) {
        const QColor color = theme().rampColor(t);
        return dimmed ? Theme::mix(color, theme().surface, 0.55) : color;
    };
    double min = 0;
    double max = 0;
    for (int i = 0; i < m_binding->count(); ++i) {
        const double v = m_binding->value(i);
        const bool has = m_binding->hasValue(i) && std::isfinite(v);
        if (!has) {
            map.anyMissing = true;
            continue;
        }
        min = map.anyValue ? std::min(min, v) : v;
        max = map.anyValue ? std::max(max, v) : v;
        map.anyValue = true;
    }
    for (int i = 0; i < m_binding->count(); ++i) {
        const double v = m_binding->value(i);
        const bool has = m_binding->hasValue(i) && std::isfinite(v);
        // All equal: the middle of the ramp, not an end that would read as "lowest" or
        // "highest".
        map.fills.append(!has ? theme().surfaceBorder
                              : ramp(max > min ? (v - min) / (max - min) : 0.5));
        map.hasValue.append(m_binding->hasValue(i));
        map.values.append(valueText(i));
    }
    for (int i = 0; i <= 8; ++i)
        map.ramp.append(ramp(i / 8.0));
    if (map.anyValue) {
        map.low = scaleText(min);
        map.high = scaleText(max);
    }
    // "Rp2,1 M" and "12,5%" carry their unit in each number; a word unit ("aduan") is named
    // once, in the legend.
    const QString unit = m_binding->data(0, IndicatorModel::UnitRole).toString();
    map.caption = Formatter::isAffixUnit(unit) ? QString() : unit;
    return map;
}

QString KecamatanMapTile::valueText(int index) const
{
    if (!m_binding->hasValue(index))
        return QStringLiteral("\u2013");
    return scaleText(m_binding->value(index));
}

QString KecamatanMapTile::scaleText(double value) const
{
    const QString unit = m_binding->data(0, IndicatorModel::UnitRole).toString();
    const int decimals = m_binding->data(0, IndicatorModel::DecimalsRole).toInt();
    // "Rp2,1 M" and "12,5%" carry their unit; a word unit ("aduan") would not fit a cell, and
    // the legend names it once.
    if (Formatter::isAffixUnit(unit))
        return context().formatter->compactValue(value, unit, decimals);
    return context().formatter->number(value, decimals);
}

void KecamatanMapTile::paintContent(QPainter &painter, const QRectF &area, const Frame &frame)
{
    if (area.height() < 30 || area.width() < 60)
        return;
    // A value that is not current is dimmed, never shown as if it were.
    const bool dimmed = frame.status == IndicatorStatus::Error ||
                        frame.status == IndicatorStatus::Stale || frame.fromCache;
    const MapPaint map = mapPaint(dimmed);
    if (showsBoundaries())
        BoundaryMapPainter::paint(map, painter, area, m_shapes, m_bounds);
    else
        SchematicMapPainter::paint(map, painter, area, m_boundariesFailed);
}

} // namespace Pantau
