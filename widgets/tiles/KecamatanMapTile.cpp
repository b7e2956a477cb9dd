#include "tiles/KecamatanMapTile.h"

#include "binding/IndicatorBinding.h"
#include "geo/BoundaryLoader.h"
#include "geo/Kecamatan.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"

#include <QLinearGradient>
#include <QPainter>
#include <QtDebug>

#include <cmath>

namespace Pantau {

namespace {

struct Place
{
    const char *compactCode;
    const char *shortCode;
    int column; // west → east
    int row;    // north → south; rows 0–2 north of the Brantas
};

// Kabupaten Blitar drawn as a grid that keeps each kecamatan's rough place: the fifteen north of
// the Brantas (around the slopes of Kelud) in rows 0–2, the seven of the south coast in rows
// 3–4. Codes are our own, three letters a local reader can tell apart.
constexpr Place Places[] = {
    {"350502", "UDN", 0, 0}, {"350509", "NGL", 3, 0}, {"350515", "GDS", 4, 0},
    {"350518", "DKO", 5, 0}, {"350501", "WND", 0, 1}, {"350503", "SRG", 1, 1},
    {"350506", "PGK", 2, 1}, {"350511", "GRM", 3, 1}, {"350514", "TLN", 4, 1},
    {"350517", "WLI", 5, 1}, {"350519", "KSB", 6, 1}, {"350507", "SNK", 2, 2},
    {"350510", "KNG", 3, 2}, {"350522", "SLP", 4, 2}, {"350521", "SLR", 5, 2},
    {"350504", "KDM", 1, 3}, {"350512", "STJ", 2, 3}, {"350516", "BNG", 4, 3},
    {"350505", "BKG", 1, 4}, {"350508", "WNT", 2, 4}, {"350513", "PGR", 3, 4},
    {"350520", "WTS", 4, 4},
};
constexpr int Columns = 7;
constexpr int Rows = 5;
constexpr int FirstSouthRow = 3;
// The river's band between rows 2 and 3, as a part of a row's height.
constexpr qreal RiverRatio = 0.5;

const Place *placeOf(const Kecamatan &kecamatan)
{
    const QString code = kecamatan.compactCode();
    for (const Place &place : Places)
        if (code == QLatin1String(place.compactCode))
            return &place;
    return nullptr;
}

// WCAG relative luminance, to pick the label colour with the better contrast on a fill.
qreal luminance(const QColor &color)
{
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

// The schematic grid in pixels.
struct Grid
{
    QRectF rect;
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    qreal river = 0;
    qreal gap = 0;

    static Grid fit(const QRectF &area)
    {
        Grid g;
        g.cellHeight = area.height() / (Rows + RiverRatio);
        g.cellWidth = area.width() / Columns;
        // Cells no flatter than 2:1 and no taller than square, so the map keeps its shape.
        g.cellWidth = std::min(g.cellWidth, g.cellHeight * 2);
        g.cellHeight = std::min(g.cellHeight, g.cellWidth);
        g.river = g.cellHeight * RiverRatio;
        const QSizeF size(g.cellWidth * Columns, g.cellHeight * Rows + g.river);
        g.rect = QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2,
                        size.width(), size.height());
        g.gap = std::max<qreal>(2, std::min(g.cellWidth, g.cellHeight) * 0.08);
        return g;
    }
    qreal rowTop(int row) const
    {
        return rect.top() + row * cellHeight + (row >= FirstSouthRow ? river : 0);
    }
    // Cells from (c0, r0) to (c1, r1) inclusive, inset by half the gap.
    QRectF block(int c0, int r0, int c1, int r1) const
    {
        const qreal top = rowTop(r0);
        return QRectF(rect.left() + c0 * cellWidth, top, (c1 - c0 + 1) * cellWidth,
                      rowTop(r1) + cellHeight - top)
            .adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2);
    }
    QRectF cell(int column, int row) const { return block(column, row, column, row); }
};

} // namespace

QString KecamatanMapTile::shortCode(const Kecamatan &kecamatan)
{
    if (const Place *place = placeOf(kecamatan))
        return QLatin1String(place->shortCode);
    return kecamatan.name.left(3).toUpper();
}

std::optional<QPoint> KecamatanMapTile::schematicCell(const Kecamatan &kecamatan)
{
    if (const Place *place = placeOf(kecamatan))
        return QPoint(place->column, place->row);
    return std::nullopt;
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

KecamatanMapTile::Scale KecamatanMapTile::scale() const
{
    Scale s;
    for (int i = 0; i < m_binding->count(); ++i) {
        const double v = m_binding->value(i);
        if (!m_binding->hasValue(i) || !std::isfinite(v)) {
            s.missing = true;
            continue;
        }
        s.min = s.any ? std::min(s.min, v) : v;
        s.max = s.any ? std::max(s.max, v) : v;
        s.any = true;
    }
    return s;
}

QColor KecamatanMapTile::fillColor(int index, const Scale &scale, bool dimmed) const
{
    const Theme &theme = this->theme();
    if (!m_binding->hasValue(index) || !std::isfinite(m_binding->value(index)))
        return theme.surfaceBorder;
    const double span = scale.max - scale.min;
    // All equal: the middle of the ramp, not an end that would read as "lowest" or "highest".
    const qreal t = span > 0 ? (m_binding->value(index) - scale.min) / span : 0.5;
    return rampColor(t, dimmed);
}

QColor KecamatanMapTile::rampColor(qreal t, bool dimmed) const
{
    const QColor color = theme().rampColor(t);
    // Not current: the colours sink towards the card, legend and cells alike.
    return dimmed ? mix(color, theme().surface, 0.55) : color;
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

void KecamatanMapTile::paintHatch(QPainter &painter, const QPainterPath &path)
{
    const Theme &theme = this->theme();
    QColor hatch = theme.mutedText;
    hatch.setAlpha(150);
    QBrush brush(hatch, Qt::BDiagPattern);
    const qreal scale = std::max(1.0, height() / 270.0);
    brush.setTransform(QTransform::fromScale(scale, scale));
    painter.setPen(Qt::NoPen);
    painter.setBrush(brush);
    painter.drawPath(path);
}

bool KecamatanMapTile::paintLegend(QPainter &painter, const QRectF &box, const Scale &scale,
                                   bool dimmed, const QString &note, qreal maxPx, qreal minPx,
                                   bool measureOnly)
{
    const Theme &theme = this->theme();
    const QString unit = m_binding->data(0, IndicatorModel::UnitRole).toString();
    const QString caption = Formatter::isAffixUnit(unit) ? QString() : unit;
    const QString low = scale.any ? scaleText(scale.min) : QString();
    const QString plainHigh = scale.any ? scaleText(scale.max) : QString();
    const bool single = low == plainHigh;
    const QString noData = tr("tanpa data");
    for (qreal px = std::floor(maxPx); px >= std::round(minPx); px -= 1) {
        const QFont font = theme.font(px);
        const QFontMetricsF metrics(font);
        const qreal line = metrics.height();
        const qreal spacing = std::round(line * 0.3);
        const qreal rampHeight = std::round(line * 0.7);
        const qreal swatch = std::round(line * 0.85);
        auto numbersWidth = [&](const QString &high) {
            return single ? metrics.horizontalAdvance(high)
                          : metrics.horizontalAdvance(low) + metrics.horizontalAdvance(high) + px;
        };
        // The unit goes with the highest number ("22 aduan") when it fits there, else on a line
        // of its own above the ramp when there is room to spare.
        QString high = plainHigh;
        bool captionLine = false;
        qreal needed = 0;
        if (scale.any) {
            if (!caption.isEmpty() && numbersWidth(plainHigh + u' ' + caption) <= box.width())
                high = plainHigh + u' ' + caption;
            else
                captionLine = !caption.isEmpty();
            if (numbersWidth(high) > box.width())
                continue;
            needed += rampHeight + line;
        }
        if (scale.missing) {
            if (swatch + px * 0.5 + metrics.horizontalAdvance(noData) > box.width())
                continue;
            needed += (needed > 0 ? spacing : 0) + line;
        }
        QStringList noteLines;
        if (!note.isEmpty()) {
            noteLines = TextFit::wrap(note, metrics, box.width(), 3);
            if (noteLines.isEmpty())
                continue;
            needed += (needed > 0 ? spacing * 1.5 : 0) + noteLines.size() * line;
        }
        if (needed > box.height())
            continue;
        const bool withCaption = captionLine && needed + line <= box.height() &&
                                 metrics.horizontalAdvance(caption) <= box.width();
        if (withCaption)
            needed += line;
        if (measureOnly)
            return true;

        qreal top = box.top() + (box.height() - needed) / 2;
        if (withCaption) {
            drawText(painter, QRectF(box.left(), top, box.width(), line), caption, font,
                     theme.mutedText);
            top += line;
        }
        if (scale.any) {
            const QRectF ramp(box.left(), top, box.width(), rampHeight);
            QLinearGradient gradient(ramp.topLeft(), ramp.topRight());
            for (int i = 0; i <= 8; ++i)
                gradient.setColorAt(i / 8.0, rampColor(i / 8.0, dimmed));
            painter.setPen(Qt::NoPen);
            painter.setBrush(single ? QBrush(rampColor(0.5, dimmed)) : QBrush(gradient));
            painter.drawRoundedRect(ramp, rampHeight * 0.25, rampHeight * 0.25);
            top += rampHeight;
            const QRectF numbers(box.left(), top, box.width(), line);
            if (single) {
                drawText(painter, numbers, low, font, theme.text, Qt::AlignHCenter | Qt::AlignTop);
            } else {
                drawText(painter, numbers, low, font, theme.text, Qt::AlignLeft | Qt::AlignTop);
                drawText(painter, numbers, high, font, theme.text, Qt::AlignRight | Qt::AlignTop);
            }
            top += line;
        }
        if (scale.missing) {
            if (scale.any)
                top += spacing;
            const QRectF swatchRect(box.left(), top + (line - swatch) / 2, swatch, swatch);
            QPainterPath path;
            path.addRoundedRect(swatchRect, swatch * 0.2, swatch * 0.2);
            painter.fillPath(path, theme.surfaceBorder);
            paintHatch(painter, path);
            const qreal textLeft = swatchRect.right() + px * 0.5;
            drawText(painter, QRectF(textLeft, top, box.right() - textLeft, line), noData, font,
                     theme.text);
            top += line;
        }
        if (!noteLines.isEmpty()) {
            top += spacing * 1.5;
            for (const QString &text : std::as_const(noteLines)) {
                drawText(painter, QRectF(box.left(), top, box.width(), line), text, font,
                         theme.mutedText);
                top += line;
            }
        }
        return true;
    }
    return false;
}

void KecamatanMapTile::paintSchematic(QPainter &painter, const QRectF &area, const Scale &scale,
                                      bool dimmed)
{
    const Theme &theme = this->theme();
    const qreal small = smallTextSize();
    const QList<Kecamatan> &all = Kecamatan::blitar();
    const QString note = tr("Peta skematis, bukan batas wilayah");
    const QFont noteFont = theme.font(std::max<qreal>(10, std::round(small * 0.85)));
    const qreal noteLine = QFontMetricsF(noteFont).height();
    const qreal legendMax = small;
    const qreal legendMin = std::max<qreal>(10, small * 0.7);

    QRectF mapArea = area;
    if (m_boundariesFailed) {
        // The reason the real map is missing comes first; "skematis" says what is shown instead.
        const QRectF line(area.left(), area.bottom() - noteLine, area.width(), noteLine);
        const QColor warning = theme.statusColor(IndicatorStatus::Warning).lighter(130);
        if (drawText(painter, line, tr("Batas wilayah tidak terbaca, peta skematis"), noteFont,
                     warning) ||
            drawText(painter, line, tr("Batas wilayah tidak terbaca"), noteFont, warning))
            mapArea.setBottom(line.top() - noteLine * 0.2);
    }
    // The note about the map being schematic goes in the legend's corner if it fits there,
    // else on a line of its own beneath the map.
    Grid grid = Grid::fit(mapArea);
    // The empty south-east corner (columns 5–6 south of the river) holds the legend, kept a
    // gap clear of Binangun and Wates.
    auto legendCorner = [](const Grid &g) {
        return g.block(5, FirstSouthRow, 6, Rows - 1).adjusted(g.gap, 0, 0, 0);
    };
    QRectF legendBox = legendCorner(grid);
    bool noteInLegend = !m_boundariesFailed && paintLegend(painter, legendBox, scale, dimmed, note,
                                                           legendMax, legendMin, true);
    if (!m_boundariesFailed && !noteInLegend) {
        const QRectF line(mapArea.left(), mapArea.bottom() - noteLine, mapArea.width(), noteLine);
        if (drawText(painter, line, note, noteFont, theme.mutedText) ||
            drawText(painter, line, tr("Peta skematis"), noteFont, theme.mutedText)) {
            mapArea.setBottom(line.top() - noteLine * 0.2);
            grid = Grid::fit(mapArea);
            legendBox = legendCorner(grid);
        }
    }

    // The river between north and south, with its name where the west end leaves room.
    const qreal riverY = grid.rowTop(FirstSouthRow) - grid.river / 2;
    const qreal amplitude = grid.river * 0.16;
    const qreal wavelength = std::max<qreal>(12, grid.cellWidth * 1.1);
    QPainterPath river;
    for (qreal x = grid.rect.left(); x <= grid.rect.right() + 0.5; x += 2) {
        const qreal y =
            riverY + amplitude * std::sin((x - grid.rect.left()) / wavelength * 2 * M_PI);
        if (x == grid.rect.left())
            river.moveTo(x, y);
        else
            river.lineTo(x, y);
    }
    const QColor water(0x56, 0xb4, 0xe9);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(water, std::max<qreal>(2, grid.river * 0.14), Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin));
    painter.drawPath(river);
    {
        // Rows 2 holds nothing in columns 0 and 1: the name sits there, just above the water.
        const QRectF room = grid.block(0, 2, 1, 2);
        const QString name = tr("Sungai Brantas");
        const qreal maxPx = std::min(small, room.height() * 0.8);
        for (const QString &text : {name, tr("Brantas")}) {
            const qreal px = TextFit::largestSize(theme, text, QFont::Normal,
                                                  QSizeF(room.width(), room.height()), maxPx, 10);
            if (px <= 0)
                continue;
            QFont font = theme.font(px);
            font.setItalic(true);
            const qreal h = QFontMetricsF(font).height();
            const qreal bottom = std::min(room.bottom(), riverY - amplitude - grid.river * 0.1);
            if (drawText(painter, QRectF(room.left(), bottom - h, room.width(), h), text, font,
                         water))
                break;
        }
    }

    // How the cells are labelled: the same way for all, so the map reads as one.
    const qreal pad = std::max<qreal>(2, grid.gap);
    const QSizeF inner(grid.cellWidth - grid.gap - pad * 2, grid.cellHeight - grid.gap - pad);
    auto fitsAll = [&](LabelMode mode, qreal px) {
        const QFontMetricsF bold(theme.font(px, QFont::Bold));
        const QFontMetricsF regular(theme.font(px));
        const qreal lines = (mode == LabelMode::NameAndValue || mode == LabelMode::CodeAndValue)
                                ? bold.height() + regular.height()
                                : bold.height();
        if (lines > inner.height())
            return false;
        for (int i = 0; i < all.size(); ++i) {
            const QString label =
                mode == LabelMode::NameAndValue ? all.at(i).name : shortCode(all.at(i));
            qreal width = bold.horizontalAdvance(label);
            if (mode == LabelMode::NameAndValue || mode == LabelMode::CodeAndValue)
                width = std::max(width, regular.horizontalAdvance(valueText(i)));
            else if (mode == LabelMode::CodeValueOneLine)
                width += regular.horizontalAdvance(u' ' + valueText(i));
            if (width > inner.width())
                return false;
        }
        return true;
    };
    LabelMode mode = LabelMode::None;
    qreal labelPx = 0;
    const qreal readable = std::max<qreal>(10, std::round(small * 0.75));
    for (const LabelMode candidate : {LabelMode::NameAndValue, LabelMode::CodeAndValue,
                                      LabelMode::CodeValueOneLine, LabelMode::CodeOnly}) {
        const qreal minPx = candidate == LabelMode::CodeOnly ? 10 : readable;
        for (qreal px = std::round(small * 1.2); px >= minPx; px -= 1) {
            if (fitsAll(candidate, px)) {
                mode = candidate;
                labelPx = px;
                break;
            }
        }
        if (mode != LabelMode::None)
            break;
    }

    const QFont labelFont = theme.font(std::max<qreal>(1, labelPx), QFont::Bold);
    const QFont valueFont = theme.font(std::max<qreal>(1, labelPx));
    const qreal radius = std::min(grid.cellWidth, grid.cellHeight) * 0.14;
    for (int i = 0; i < all.size(); ++i) {
        const std::optional<QPoint> place = schematicCell(all.at(i));
        if (!place)
            continue;
        const QRectF cell = grid.cell(place->x(), place->y());
        QPainterPath path;
        path.addRoundedRect(cell, radius, radius);
        const QColor fill = fillColor(i, scale, dimmed);
        painter.fillPath(path, fill);
        const bool hasValue = m_binding->hasValue(i);
        if (!hasValue)
            paintHatch(painter, path);
        if (mode == LabelMode::None)
            continue;
        const QColor dark = theme.background;
        const QColor light = theme.text;
        const qreal l = luminance(fill);
        const QColor ink =
            !hasValue ? theme.text
            : (l + 0.05) / (luminance(dark) + 0.05) > (luminance(light) + 0.05) / (l + 0.05)
                ? dark
                : light;
        const QRectF box = cell.adjusted(pad, pad / 2, -pad, -pad / 2);
        const qreal bh = QFontMetricsF(labelFont).height();
        const qreal vh = QFontMetricsF(valueFont).height();
        const QString label =
            mode == LabelMode::NameAndValue ? all.at(i).name : shortCode(all.at(i));
        switch (mode) {
        case LabelMode::NameAndValue:
        case LabelMode::CodeAndValue: {
            const qreal top = box.center().y() - (bh + vh) / 2;
            drawText(painter, QRectF(box.left(), top, box.width(), bh), label, labelFont, ink,
                     Qt::AlignCenter);
            drawText(painter, QRectF(box.left(), top + bh, box.width(), vh), valueText(i),
                     valueFont, ink, Qt::AlignCenter);
            break;
        }
        case LabelMode::CodeValueOneLine: {
            const QString value = u' ' + valueText(i);
            const qreal lw = QFontMetricsF(labelFont).horizontalAdvance(label);
            const qreal vw = QFontMetricsF(valueFont).horizontalAdvance(value);
            const qreal left = box.center().x() - (lw + vw) / 2;
            const qreal top = box.center().y() - bh / 2;
            drawText(painter, QRectF(left, top, lw + 0.5, bh), label, labelFont, ink);
            drawText(painter, QRectF(left + lw, top, vw + 0.5, bh), value, valueFont, ink);
            break;
        }
        case LabelMode::CodeOnly:
            drawText(painter, QRectF(box.left(), box.center().y() - bh / 2, box.width(), bh), label,
                     labelFont, ink, Qt::AlignCenter);
            break;
        case LabelMode::None:
            break;
        }
    }

    paintLegend(painter, legendBox, scale, dimmed, noteInLegend ? note : QString(), legendMax,
                legendMin, false);
}

void KecamatanMapTile::paintBoundaries(QPainter &painter, const QRectF &area, const Scale &scale,
                                       bool dimmed)
{
    const Theme &theme = this->theme();
    const qreal small = smallTextSize();
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
    const qreal k = std::cos(m_bounds.center().y() * M_PI / 180);
    const qreal spanX = std::max(1e-9, m_bounds.width() * k);
    const qreal spanY = std::max(1e-9, m_bounds.height());
    const qreal s = std::min(mapRect.width() / spanX, mapRect.height() / spanY);
    const QPointF origin(mapRect.center().x() - spanX * s / 2,
                         mapRect.center().y() - spanY * s / 2);
    auto project = [&](const QPointF &p) {
        return QPointF(origin.x() + (p.x() - m_bounds.left()) * k * s,
                       origin.y() + (m_bounds.bottom() - p.y()) * s);
    };

    struct Shape
    {
        int index;
        QPainterPath path;
        QPointF centroid;
        QColor fill;
    };
    QList<Shape> shapes;
    for (int i = 0; i < all.size(); ++i) {
        const auto found = m_shapes.constFind(all.at(i).compactCode());
        if (found == m_shapes.cend())
            continue;
        Shape shape{i, QPainterPath(), QPointF(), fillColor(i, scale, dimmed)};
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
        painter.fillPath(shape.path, shape.fill);
        if (!m_binding->hasValue(shape.index))
            paintHatch(painter, shape.path);
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
        const QString value = valueText(shape.index);
        const QColor fill = shape.fill;
        const qreal l = luminance(fill);
        const QColor ink = !m_binding->hasValue(shape.index) ? theme.text
                           : (l + 0.05) / (luminance(theme.background) + 0.05) >
                                   (luminance(theme.text) + 0.05) / (l + 0.05)
                               ? theme.background
                               : theme.text;
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
                drawText(painter, QRectF(box.left(), box.top(), w, nm.height()), name, nameFont,
                         ink, Qt::AlignCenter);
                if (withValue)
                    drawText(painter, QRectF(box.left(), box.top() + nm.height(), w, vm.height()),
                             value, valueFont, ink, Qt::AlignCenter);
                drawn = true;
            }
        }
    }

    // Kecamatan the file has no shape for are not on the map; say so rather than let them vanish.
    const int unmapped = int(all.size() - shapes.size());
    const QString note =
        unmapped > 0 ? tr("%n kecamatan tanpa batas wilayah", nullptr, unmapped) : QString();
    if (!paintLegend(painter, legendBox, scale, dimmed, note, small,
                     std::max<qreal>(10, small * 0.7), false))
        paintLegend(painter, legendBox, scale, dimmed, QString(), small,
                    std::max<qreal>(10, small * 0.7), false);
}

void KecamatanMapTile::paintContent(QPainter &painter, const QRectF &area, const Frame &frame)
{
    if (area.height() < 30 || area.width() < 60)
        return;
    // A value that is not current is dimmed, never shown as if it were.
    const bool dimmed = frame.status == IndicatorStatus::Error ||
                        frame.status == IndicatorStatus::Stale || frame.fromCache;
    const Scale s = scale();
    if (showsBoundaries())
        paintBoundaries(painter, area, s, dimmed);
    else
        paintSchematic(painter, area, s, dimmed);
}

} // namespace Pantau
