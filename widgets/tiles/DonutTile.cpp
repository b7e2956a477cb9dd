#include "tiles/DonutTile.h"

#include "binding/IndicatorBinding.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Pantau {

// Where the ring and the legend go, and at what size, for one paint.
struct DonutTile::Layout
{
    QRectF donut; // a square
    QRectF legend;
    QList<LegendRow> rows; // as shown: the largest categories, then "Lainnya" if needed
    qreal fontPx = 0;
    bool showValue = true;
    qreal rowHeight = 0;
    qreal swatch = 0;
    qreal gap = 0;
    qreal labelWidth = 0;
    qreal shareWidth = 0;
    qreal valueWidth = 0;
    qreal trailingWidth = 0; // share and value columns, or "tanpa data"
};

namespace {

// The hole is this part of the ring's radius: room for the total, while slices stay thick
// enough to read their colour from across the room.
constexpr qreal HoleRatio = 0.6;

QString noDataText()
{
    return DonutTile::tr("tanpa data");
}

// The empty ring: lighter than the card's border, so it still reads from across a dim room.
QColor trackColor(const Theme &theme)
{
    return theme.surfaceBorder.lighter(135);
}

} // namespace

QColor DonutTile::sliceColor(const LegendRow &row, bool dimmed) const
{
    // "Lainnya" is a plain grey that no palette colour (its own light grey included) resembles.
    QColor color =
        row.colorIndex >= 0 ? theme().seriesColor(row.colorIndex) : QColor(0x6e, 0x7b, 0x90);
    // A value that is not current is dimmed, slice and swatch alike, so they still match.
    if (dimmed)
        color.setAlphaF(0.45);
    return color;
}

DonutTile::DonutTile(const TileContext &context, const TileConfig &config, QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
    , m_binding(new IndicatorBinding(context.indicators, config.indicators, this))
{
    followAge(m_binding);
    connect(m_binding, &IndicatorBinding::changed, this, [this] {
        updateAccessibleText();
        markDirty();
    });
    updateAccessibleText();
}

QString DonutTile::unit() const
{
    return m_binding->data(0, IndicatorModel::UnitRole).toString();
}

int DonutTile::decimals() const
{
    int most = 0;
    for (int i = 0; i < m_binding->count(); ++i)
        most = std::max(most, m_binding->data(i, IndicatorModel::DecimalsRole).toInt());
    return most;
}

QString DonutTile::shareText(double amount, double total) const
{
    if (!(amount >= 0) || !(total > 0))
        return QStringLiteral("\u2013");
    const double percent = amount / total * 100;
    // A slice too thin to round to 0,1% is still there; "0,0%" would say it is not.
    if (percent > 0 && percent < 0.05)
        return QStringLiteral("<") + context().formatter->value(0.1, QStringLiteral("%"), 1);
    return context().formatter->value(percent, QStringLiteral("%"), 1);
}

QList<DonutTile::LegendRow> DonutTile::legendRows() const
{
    const Formatter &format = *context().formatter;
    QList<LegendRow> rows;
    double total = 0;
    for (int i = 0; i < m_binding->count(); ++i) {
        LegendRow row;
        row.label = m_binding->data(i, IndicatorModel::LabelRole).toString();
        if (row.label.isEmpty())
            row.label = m_binding->ids().at(i);
        row.colorIndex = i; // by config position, so a category keeps its colour as ranks change
        const double value = m_binding->value(i);
        row.hasData = m_binding->hasValue(i) && std::isfinite(value);
        if (row.hasData) {
            row.amount = value;
            row.value =
                format.number(value, m_binding->data(i, IndicatorModel::DecimalsRole).toInt());
            if (value > 0)
                total += value;
        }
        rows.append(row);
    }
    for (LegendRow &row : rows)
        if (row.hasData)
            row.share = shareText(row.amount, total);
    // Largest first; categories with a value before those without. Stable, so ties keep the
    // config order.
    std::stable_sort(rows.begin(), rows.end(), [](const LegendRow &a, const LegendRow &b) {
        if (a.hasData != b.hasData)
            return a.hasData;
        return a.amount > b.amount;
    });
    return rows;
}

QString DonutTile::totalText() const
{
    double total = 0;
    bool any = false;
    for (int i = 0; i < m_binding->count(); ++i) {
        if (!m_binding->hasValue(i))
            continue;
        any = true;
        if (const double v = m_binding->value(i); v > 0 && std::isfinite(v))
            total += v;
    }
    if (!any)
        return QStringLiteral("\u2013");
    return context().formatter->compactValue(total, unit(), decimals());
}

void DonutTile::updateAccessibleText()
{
    QStringList parts;
    for (const LegendRow &row : legendRows())
        parts.append(row.hasData ? QStringLiteral("%1 %2 (%3)").arg(row.label, row.value, row.share)
                                 : QStringLiteral("%1 %2").arg(row.label, noDataText()));
    setAccessibleName(QStringLiteral("%1: %2; %3")
                          .arg(frame().title, totalText(), parts.join(QStringLiteral(", "))));
}

Tile::Frame DonutTile::frame() const
{
    const QString title = m_config.title.isEmpty()
                              ? m_binding->data(0, IndicatorModel::LabelRole).toString()
                              : m_config.title;
    return frameFor(*m_binding, title, QString());
}

std::optional<DonutTile::Layout> DonutTile::layout(const QRectF &area,
                                                   const QList<LegendRow> &rows) const
{
    const Theme &theme = this->theme();
    const Formatter &format = *context().formatter;
    const qreal small = smallTextSize();
    const bool wide = area.width() >= area.height() * 1.25;
    // The ring may give up some size for the legend, but stays the tile's main shape.
    const qreal minDonut = wide ? std::min(area.height(), area.width() * 0.45) * 0.7
                                : std::min(area.width(), area.height() * 0.45) * 0.7;
    double total = 0;
    for (const LegendRow &row : rows)
        if (row.hasData && row.amount > 0)
            total += row.amount;

    // The rows a legend of `capacity` lines shows: all, or the largest and one "Lainnya". The
    // palette has eight colours; a category whose colour a larger one already shows joins
    // "Lainnya" too, so no two named slices look alike.
    auto fitRows = [&](int capacity) -> QList<LegendRow> {
        QList<LegendRow> shown;
        QList<LegendRow> rest;
        QList<QRgb> colours;
        for (const LegendRow &row : rows) {
            const QRgb colour = theme.seriesColor(row.colorIndex).rgb();
            if (shown.size() < capacity && !colours.contains(colour)) {
                shown.append(row);
                colours.append(colour);
            } else {
                rest.append(row);
            }
        }
        if (rest.isEmpty())
            return shown;
        if (capacity < 2)
            return {};
        while (shown.size() > capacity - 1)
            rest.prepend(shown.takeLast());
        LegendRow other;
        other.label = tr("Lainnya");
        for (const LegendRow &row : std::as_const(rest)) {
            if (!row.hasData)
                continue;
            other.hasData = true;
            other.amount += std::max(0.0, row.amount);
        }
        if (other.hasData) {
            other.value = format.number(other.amount, decimals());
            other.share = shareText(other.amount, total);
        }
        shown.append(other);
        return shown;
    };

    // Larger text first; all categories before a "Lainnya" row; the value column before a
    // larger font without it.
    QList<qreal> sizes;
    for (const qreal factor : {1.3, 1.2, 1.1, 1.0, 0.9, 0.8})
        if (const qreal px = std::round(small * factor); px >= 10 && !sizes.contains(px))
            sizes.append(px);
    for (const bool allRows : {true, false}) {
        for (const bool showValue : {true, false}) {
            for (const qreal px : std::as_const(sizes)) {
                const QFont font = theme.font(px);
                const QFont bold = theme.font(px, QFont::Bold);
                const QFontMetricsF metrics(font);
                const QFontMetricsF boldMetrics(bold);
                Layout l;
                l.fontPx = px;
                l.showValue = showValue;
                l.rowHeight = std::ceil(metrics.height() * 1.3);
                l.swatch = std::round(metrics.height() * 0.75);
                l.gap = std::round(px * 0.6);
                const qreal legendSpace =
                    wide ? area.height() : area.height() - minDonut - l.gap * 1.5;
                const int capacity = int(std::floor(legendSpace / l.rowHeight));
                if (capacity < 1 || (allRows && capacity < rows.size()))
                    continue;
                l.rows = fitRows(capacity);
                if (l.rows.isEmpty())
                    continue;
                for (const LegendRow &row : std::as_const(l.rows)) {
                    l.labelWidth = std::max(l.labelWidth, metrics.horizontalAdvance(row.label));
                    l.shareWidth = std::max(l.shareWidth, boldMetrics.horizontalAdvance(row.share));
                    l.valueWidth = std::max(l.valueWidth, metrics.horizontalAdvance(row.value));
                }
                l.trailingWidth = l.shareWidth + (showValue ? l.gap + l.valueWidth : 0);
                for (const LegendRow &row : std::as_const(l.rows))
                    if (!row.hasData)
                        l.trailingWidth =
                            std::max(l.trailingWidth, metrics.horizontalAdvance(noDataText()));
                const qreal legendWidth =
                    std::ceil(l.swatch + l.gap + l.labelWidth + l.gap + l.trailingWidth) + 1;
                const qreal legendHeight = l.rows.size() * l.rowHeight;
                if (wide) {
                    const qreal donut =
                        std::min(area.height(), area.width() - legendWidth - l.gap * 2);
                    if (donut < minDonut)
                        continue;
                    // Ring and legend as one group, centred, so a wide tile has no lopsided gap.
                    const qreal spare = area.width() - donut - l.gap * 2 - legendWidth;
                    const qreal left = area.left() + spare / 2;
                    l.donut = QRectF(left, area.center().y() - donut / 2, donut, donut);
                    l.legend =
                        QRectF(l.donut.right() + l.gap * 2, area.center().y() - legendHeight / 2,
                               legendWidth, legendHeight);
                } else {
                    if (legendWidth > area.width())
                        continue;
                    const qreal donut =
                        std::min(area.width(), area.height() - legendHeight - l.gap * 1.5);
                    if (donut < minDonut)
                        continue;
                    const qreal spare = area.height() - donut - l.gap * 1.5 - legendHeight;
                    const qreal top = area.top() + spare / 2;
                    l.donut = QRectF(area.center().x() - donut / 2, top, donut, donut);
                    l.legend = QRectF(area.center().x() - legendWidth / 2,
                                      l.donut.bottom() + l.gap * 1.5, legendWidth, legendHeight);
                }
                return l;
            }
        }
    }
    return std::nullopt;
}

void DonutTile::paintRing(QPainter &painter, const QPointF &center, qreal radius,
                          const QList<LegendRow> &rows, bool dimmed)
{
    const Theme &theme = this->theme();
    const qreal hole = radius * HoleRatio;
    const QRectF outer(center.x() - radius, center.y() - radius, radius * 2, radius * 2);
    const QRectF inner(center.x() - hole, center.y() - hole, hole * 2, hole * 2);
    double total = 0;
    for (const LegendRow &row : rows)
        if (row.hasData && row.amount > 0)
            total += row.amount;

    // The empty ring: a track, so a tile without data still shows what it is.
    QPainterPath track;
    track.addEllipse(outer);
    track.addEllipse(inner);
    painter.setPen(Qt::NoPen);
    painter.setBrush(trackColor(theme));
    painter.drawPath(track);
    if (!(total > 0))
        return;

    // Clockwise from twelve o'clock, largest first: the order people read a pie in.
    qreal start = 90;
    const qreal separator = std::max<qreal>(1.5, radius * 0.025);
    for (const LegendRow &row : rows) {
        if (!row.hasData || !(row.amount > 0))
            continue;
        const qreal span = row.amount / total * 360;
        QPainterPath slice;
        slice.arcMoveTo(outer, start);
        slice.arcTo(outer, start, -span);
        slice.arcTo(inner, start - span, span);
        slice.closeSubpath();
        painter.setBrush(sliceColor(row, dimmed));
        // A thin line of the card's colour between slices, so neighbours never merge.
        painter.setPen(span < 359.9 ? QPen(theme.surface, separator) : QPen(Qt::NoPen));
        painter.drawPath(slice);
        start -= span;
    }
}

void DonutTile::paintHole(QPainter &painter, const QPointF &center, qreal radius, bool dimmed)
{
    const Theme &theme = this->theme();
    const qreal hole = radius * HoleRatio;
    const qreal width = hole * 1.7;
    const QString unit = this->unit();
    const bool hasTotal = totalText() != QStringLiteral("\u2013");
    // "Rp2,66 T" and "12,5%" are one phrase; a word unit goes on its own line beneath.
    const bool unitLine = hasTotal && !unit.isEmpty() && !Formatter::isAffixUnit(unit);
    QString number = totalText();
    if (unitLine) {
        double total = 0;
        for (int i = 0; i < m_binding->count(); ++i)
            if (const double v = m_binding->value(i); m_binding->hasValue(i) && v > 0)
                total += v;
        number = context().formatter->number(total, decimals());
    }
    const QColor color = dimmed ? theme.mutedText : theme.text;
    const qreal numberSize = TextFit::largestSize(theme, number, QFont::Bold,
                                                  QSizeF(width, hole * 0.8), hole * 0.75, 10);
    if (numberSize <= 0)
        return;
    const QFont numberFont = theme.font(numberSize, QFont::Bold);
    const QFontMetricsF numberMetrics(numberFont);
    qreal unitSize = 0;
    if (unitLine) {
        const qreal unitMax = std::min(numberSize * 0.45, smallTextSize() * 1.2);
        unitSize =
            TextFit::largestSize(theme, unit, QFont::Normal, QSizeF(width * 0.92, hole * 0.4),
                                 unitMax, std::min<qreal>(10, unitMax));
    }
    const QFont unitFont = theme.font(std::max<qreal>(1, unitSize));
    const qreal unitHeight = unitSize > 0 ? QFontMetricsF(unitFont).height() : 0;
    const qreal blockHeight = numberMetrics.height() + unitHeight;
    const QRectF numberRect(center.x() - width / 2, center.y() - blockHeight / 2, width,
                            numberMetrics.height());
    drawText(painter, numberRect, number, numberFont, color, Qt::AlignCenter);
    if (unitSize > 0)
        drawText(painter, QRectF(center.x() - width / 2, numberRect.bottom(), width, unitHeight),
                 unit, unitFont, theme.mutedText, Qt::AlignCenter);
}

void DonutTile::paintLegend(QPainter &painter, const Layout &l, bool dimmed)
{
    const Theme &theme = this->theme();
    const QFont font = theme.font(l.fontPx);
    const QFont bold = theme.font(l.fontPx, QFont::Bold);
    qreal top = l.legend.top();
    for (const LegendRow &row : l.rows) {
        const QRectF line(l.legend.left(), top, l.legend.width(), l.rowHeight);
        const QColor swatchColor = sliceColor(row, dimmed);
        const QRectF swatch(line.left(), line.center().y() - l.swatch / 2, l.swatch, l.swatch);
        painter.setPen(Qt::NoPen);
        if (row.hasData && row.amount > 0) {
            painter.setBrush(swatchColor);
            painter.drawRoundedRect(swatch, l.swatch * 0.2, l.swatch * 0.2);
        } else {
            // Not in the ring: an outline only, so the colour does not claim a slice.
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(swatchColor, std::max<qreal>(1.5, l.swatch * 0.12)));
            painter.drawRoundedRect(swatch.adjusted(1, 1, -1, -1), l.swatch * 0.2, l.swatch * 0.2);
        }
        const qreal labelLeft = swatch.right() + l.gap;
        drawText(painter, QRectF(labelLeft, line.top(), l.labelWidth + 1, line.height()), row.label,
                 font, theme.text);
        const qreal trailingLeft = line.right() - l.trailingWidth - 1;
        if (!row.hasData) {
            drawText(painter, QRectF(trailingLeft, line.top(), l.trailingWidth + 1, line.height()),
                     noDataText(), font, theme.mutedText, Qt::AlignRight | Qt::AlignVCenter);
        } else {
            const qreal shareLeft = l.showValue
                                        ? line.right() - l.valueWidth - l.gap - l.shareWidth - 1
                                        : line.right() - l.shareWidth - 1;
            drawText(painter, QRectF(shareLeft, line.top(), l.shareWidth + 1, line.height()),
                     row.share, bold, theme.text, Qt::AlignRight | Qt::AlignVCenter);
            if (l.showValue)
                drawText(painter,
                         QRectF(line.right() - l.valueWidth - 1, line.top(), l.valueWidth + 1,
                                line.height()),
                         row.value, font, theme.mutedText, Qt::AlignRight | Qt::AlignVCenter);
        }
        m_shownLegend.append(row.label);
        top += l.rowHeight;
    }
}

void DonutTile::paintContent(QPainter &painter, const QRectF &area, const Frame &frame)
{
    m_shownLegend.clear();
    if (area.height() < 24 || area.width() < 40)
        return;
    // A value that is not current is dimmed, never shown as if it were.
    const bool dimmed = frame.status == IndicatorStatus::Error ||
                        frame.status == IndicatorStatus::Stale || frame.fromCache;
    const QList<LegendRow> rows = legendRows();
    const std::optional<Layout> l = layout(area, rows);
    QRectF donut;
    if (l) {
        donut = l->donut;
        paintLegend(painter, *l, dimmed);
    } else {
        // No room for any legend row: the ring and its total alone.
        const qreal side = std::min(area.width(), area.height());
        donut = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side);
    }
    const qreal radius = donut.width() / 2;
    paintRing(painter, donut.center(), radius, l ? l->rows : rows, dimmed);
    paintHole(painter, donut.center(), radius, dimmed);
}

} // namespace Pantau
