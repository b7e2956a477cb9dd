#include "tiles/SchematicMapPainter.h"

#include "geo/Kecamatan.h"
#include "state/IndicatorStatus.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"
#include "tiles/MapLegend.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Pantau::SchematicMapPainter {

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

// How a cell's label is written: the same way for all cells, so the map reads as one.
enum class LabelMode { NameAndValue, CodeAndValue, CodeValueOneLine, CodeOnly, None };

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

QString shortCode(const Kecamatan &kecamatan)
{
    if (const Place *place = placeOf(kecamatan))
        return QLatin1String(place->shortCode);
    return kecamatan.name.left(3).toUpper();
}

std::optional<QPoint> cell(const Kecamatan &kecamatan)
{
    if (const Place *place = placeOf(kecamatan))
        return QPoint(place->column, place->row);
    return std::nullopt;
}

void paint(const MapPaint &map, QPainter &painter, const QRectF &area, bool boundariesFailed)
{
    const Theme &theme = *map.theme;
    const qreal small = map.smallText;
    const QList<Kecamatan> &all = Kecamatan::blitar();
    const QString note = QCoreApplication::translate("Pantau::KecamatanMapTile",
                                                     "Peta skematis, bukan batas wilayah");
    const QFont noteFont = theme.font(std::max<qreal>(10, std::round(small * 0.85)));
    const qreal noteLine = QFontMetricsF(noteFont).height();
    const qreal legendMax = small;
    const qreal legendMin = std::max<qreal>(10, small * 0.7);

    QRectF mapArea = area;
    if (boundariesFailed) {
        // The reason the real map is missing comes first; "skematis" says what is shown instead.
        const QRectF line(area.left(), area.bottom() - noteLine, area.width(), noteLine);
        const QColor warning = theme.statusColor(IndicatorStatus::Warning).lighter(130);
        if (map.text(painter, line,
                     QCoreApplication::translate("Pantau::KecamatanMapTile",
                                                 "Batas wilayah tidak terbaca, peta skematis"),
                     noteFont, warning) ||
            map.text(painter, line,
                     QCoreApplication::translate("Pantau::KecamatanMapTile",
                                                 "Batas wilayah tidak terbaca"),
                     noteFont, warning))
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
    bool noteInLegend = !boundariesFailed &&
                        MapLegend::paint(map, painter, legendBox, note, legendMax, legendMin, true);
    if (!boundariesFailed && !noteInLegend) {
        const QRectF line(mapArea.left(), mapArea.bottom() - noteLine, mapArea.width(), noteLine);
        if (map.text(painter, line, note, noteFont, theme.mutedText) ||
            map.text(painter, line,
                     QCoreApplication::translate("Pantau::KecamatanMapTile", "Peta skematis"),
                     noteFont, theme.mutedText)) {
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
        const QString name =
            QCoreApplication::translate("Pantau::KecamatanMapTile", "Sungai Brantas");
        const qreal maxPx = std::min(small, room.height() * 0.8);
        for (const QString &text :
             {name, QCoreApplication::translate("Pantau::KecamatanMapTile", "Brantas")}) {
            const qreal px = TextFit::largestSize(theme, text, QFont::Normal,
                                                  QSizeF(room.width(), room.height()), maxPx, 10);
            if (px <= 0)
                continue;
            QFont font = theme.font(px);
            font.setItalic(true);
            const qreal h = QFontMetricsF(font).height();
            const qreal bottom = std::min(room.bottom(), riverY - amplitude - grid.river * 0.1);
            if (map.text(painter, QRectF(room.left(), bottom - h, room.width(), h), text, font,
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
                width = std::max(width, regular.horizontalAdvance(map.values.at(i)));
            else if (mode == LabelMode::CodeValueOneLine)
                width += regular.horizontalAdvance(u' ' + map.values.at(i));
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
        const std::optional<QPoint> place = cell(all.at(i));
        if (!place)
            continue;
        const QRectF cellRect = grid.cell(place->x(), place->y());
        QPainterPath path;
        path.addRoundedRect(cellRect, radius, radius);
        painter.fillPath(path, map.fills.at(i));
        if (!map.hasValue.at(i))
            map.hatch(painter, path);
        if (mode == LabelMode::None)
            continue;
        const QColor ink = map.ink(i);
        const QRectF box = cellRect.adjusted(pad, pad / 2, -pad, -pad / 2);
        const qreal bh = QFontMetricsF(labelFont).height();
        const qreal vh = QFontMetricsF(valueFont).height();
        const QString label =
            mode == LabelMode::NameAndValue ? all.at(i).name : shortCode(all.at(i));
        switch (mode) {
        case LabelMode::NameAndValue:
        case LabelMode::CodeAndValue: {
            const qreal top = box.center().y() - (bh + vh) / 2;
            map.text(painter, QRectF(box.left(), top, box.width(), bh), label, labelFont, ink,
                     Qt::AlignCenter);
            map.text(painter, QRectF(box.left(), top + bh, box.width(), vh), map.values.at(i),
                     valueFont, ink, Qt::AlignCenter);
            break;
        }
        case LabelMode::CodeValueOneLine: {
            const QString value = u' ' + map.values.at(i);
            const qreal lw = QFontMetricsF(labelFont).horizontalAdvance(label);
            const qreal vw = QFontMetricsF(valueFont).horizontalAdvance(value);
            const qreal left = box.center().x() - (lw + vw) / 2;
            const qreal top = box.center().y() - bh / 2;
            map.text(painter, QRectF(left, top, lw + 0.5, bh), label, labelFont, ink);
            map.text(painter, QRectF(left + lw, top, vw + 0.5, bh), value, valueFont, ink);
            break;
        }
        case LabelMode::CodeOnly:
            map.text(painter, QRectF(box.left(), box.center().y() - bh / 2, box.width(), bh), label,
                     labelFont, ink, Qt::AlignCenter);
            break;
        case LabelMode::None:
            break;
        }
    }

    MapLegend::paint(map, painter, legendBox, noteInLegend ? note : QString(), legendMax, legendMin,
                     false);
}

} // namespace Pantau::SchematicMapPainter
