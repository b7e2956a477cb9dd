#include "tiles/KpiTile.h"

#include "binding/IndicatorBinding.h"
#include "binding/TargetBinding.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Pantau {

KpiTile::KpiTile(const TileContext &context, const TileConfig &config, QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
{
    m_binding = new IndicatorBinding(context.indicators, TargetBinding::ids(config), this);
    followAge(m_binding);
    connect(m_binding, &IndicatorBinding::changed, this, [this] {
        updateAccessibleText();
        refreshSparkline();
        markDirty();
    });
    updateAccessibleText();
    refreshSparkline();
}

void KpiTile::refreshSparkline()
{
    // Copied out of the model once per change, not per paint: the history is up to a week long.
    const QList<QPointF> history =
        m_binding->data(0, IndicatorModel::HistoryRole).value<QList<QPointF>>();
    m_sparkline.clear();
    if (history.isEmpty())
        return;
    const double from = history.last().x() - SparklineHours * 3600.0 * 1000.0;
    for (const QPointF &point : history)
        if (point.x() >= from)
            m_sparkline.append(point);
}

std::optional<double> KpiTile::target() const
{
    return TargetBinding::target(m_config, *m_binding);
}

QString KpiTile::valueText() const
{
    if (!m_binding->hasValue(0))
        return QStringLiteral("\u2013");
    return context().formatter->compactValue(
        m_binding->value(0), m_binding->data(0, IndicatorModel::UnitRole).toString(),
        m_binding->data(0, IndicatorModel::DecimalsRole).toInt());
}

QString KpiTile::changeText() const
{
    if (!m_binding->hasValue(0))
        return {};
    const double value = m_binding->value(0);
    const int decimals = m_binding->data(0, IndicatorModel::DecimalsRole).toInt();
    const QString unit = m_binding->data(0, IndicatorModel::UnitRole).toString();
    const Formatter &format = *context().formatter;
    auto arrow = [](double delta) {
        return delta > 0   ? QStringLiteral("\u25b2")
               : delta < 0 ? QStringLiteral("\u25bc")
                           : QStringLiteral("\u25b6");
    };
    if (const std::optional<double> goal = target()) {
        const double delta = value - *goal;
        const QString goalText = format.compactValue(*goal, unit, decimals);
        if (format.number(delta, decimals) == format.number(0, decimals))
            return tr("%1 tepat target %2").arg(arrow(0), goalText);
        return (delta > 0 ? tr("%1 %2 di atas target %3") : tr("%1 %2 di bawah target %3"))
            .arg(arrow(delta), format.number(std::abs(delta), decimals), goalText);
    }
    const QVariant previous = m_binding->data(0, IndicatorModel::PreviousValueRole);
    if (!previous.isValid())
        return {};
    const double delta = value - previous.toDouble();
    if (format.number(delta, decimals) == format.number(0, decimals))
        return tr("%1 tetap dari sebelumnya").arg(arrow(0));
    return tr("%1 %2 dari sebelumnya").arg(arrow(delta), format.signedNumber(delta, decimals));
}

void KpiTile::updateAccessibleText()
{
    QString text = QStringLiteral("%1: %2").arg(
        m_binding->data(0, IndicatorModel::LabelRole).toString(), valueText());
    if (const QString change = changeText(); !change.isEmpty())
        text += QStringLiteral(", ") + change;
    setAccessibleName(text);
}

Tile::Frame KpiTile::frame() const
{
    const QString title = m_config.title.isEmpty()
                              ? m_binding->data(0, IndicatorModel::LabelRole).toString()
                              : m_config.title;
    return frameFor(*m_binding, title, QString());
}

void KpiTile::paintSparkline(QPainter &painter, const QRectF &area, bool dimmed)
{
    const QList<QPointF> &points = m_sparkline;
    if (points.size() < 2 || area.width() < 20 || area.height() < 8)
        return;
    double minY = points.first().y(), maxY = minY;
    for (const QPointF &p : points) {
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    const double minX = points.first().x();
    const double spanX = std::max(1.0, points.last().x() - minX);
    const double spanY = maxY - minY;
    QPainterPath path;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points.at(i);
        const qreal x = area.left() + (p.x() - minX) / spanX * area.width();
        // A flat series is drawn as a line through the middle, not pinned to an edge.
        const qreal y =
            spanY > 0 ? area.bottom() - (p.y() - minY) / spanY * area.height() : area.center().y();
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    QColor color = dimmed ? theme().mutedText : theme().seriesColor(0);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, std::max<qreal>(1.5, area.height() * 0.04), Qt::SolidLine,
                        Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal dot = std::max<qreal>(2.5, area.height() * 0.06);
    painter.drawEllipse(path.currentPosition(), dot, dot);
}

void KpiTile::paintContent(QPainter &painter, const QRectF &area, const Frame &frame)
{
    if (area.height() < 8)
        return;
    const Theme &theme = this->theme();
    const bool hasValue = m_binding->hasValue(0);
    const QString unit = m_binding->data(0, IndicatorModel::UnitRole).toString();
    const int decimals = m_binding->data(0, IndicatorModel::DecimalsRole).toInt();
    // "Rp" and "%" belong to the number; a word unit ("panggilan") is set smaller beside it, so
    // the number itself stays as large as the tile allows.
    const bool separateUnit = hasValue && !unit.isEmpty() && !Formatter::isAffixUnit(unit);
    const QString number =
        separateUnit ? context().formatter->number(m_binding->value(0), decimals) : valueText();
    // A value that is not current (failing feed, stale, from the cache) is dimmed and labelled,
    // never shown as if it were current.
    const bool lastGood = hasValue && (frame.status == IndicatorStatus::Error ||
                                       frame.status == IndicatorStatus::Stale || frame.fromCache);
    const qreal small = smallTextSize();
    const QFont smallFont = theme.font(small);
    const qreal line = QFontMetricsF(smallFont).height() * 1.1;

    QRectF valueArea = area;
    if (lastGood) {
        const QRectF noteRect(area.left(), area.bottom() - line, area.width(), line);
        const QString note = frame.fromCache ? tr("Dari cache, menunggu data baru")
                             : frame.status == IndicatorStatus::Stale
                                 ? tr("Data lama, belum diperbarui")
                                 : tr("Nilai terakhir yang berhasil dimuat");
        if (drawText(painter, noteRect, note, smallFont, theme.mutedText))
            valueArea.setBottom(noteRect.top());
    }

    // Beneath the number: the change on the left, the sparkline on the right. Both give way
    // before the number shrinks below a size readable across the room.
    const QString change = changeText();
    const bool hasHistory = m_sparkline.size() >= 2;
    const qreal bandHeight =
        (change.isEmpty() && !hasHistory) ? 0 : std::max(line, valueArea.height() * 0.28);
    if (bandHeight > 0 && valueArea.height() - bandHeight >= line * 2.2) {
        const QRectF band(valueArea.left(), valueArea.bottom() - bandHeight, valueArea.width(),
                          bandHeight);
        valueArea.setBottom(band.top());
        qreal changeWidth = 0;
        if (!change.isEmpty()) {
            const QRectF changeRect(band.left(), band.center().y() - line / 2, band.width(), line);
            changeWidth = QFontMetricsF(smallFont).horizontalAdvance(change);
            if (!drawText(painter, changeRect, change, smallFont,
                          lastGood ? theme.mutedText : theme.text))
                changeWidth = 0;
        }
        const qreal gap = small;
        const QRectF spark(band.left() + (changeWidth > 0 ? changeWidth + gap : 0),
                           band.top() + band.height() * 0.15,
                           band.width() - (changeWidth > 0 ? changeWidth + gap : 0),
                           band.height() * 0.7);
        if (spark.width() >= band.width() * 0.25)
            paintSparkline(painter, spark.adjusted(0, 0, -small * 0.4, 0), lastGood);
    }

    // The largest size at which number and unit fit: the number is the point of the tile.
    const QString unitText = separateUnit ? QStringLiteral(" ") + unit : QString();
    const qreal unitRatio = 0.38;
    qreal size = valueArea.height() * 0.8;
    auto widthAt = [&](qreal px) {
        return QFontMetricsF(theme.font(px, QFont::Bold)).horizontalAdvance(number) +
               QFontMetricsF(theme.font(px * unitRatio)).horizontalAdvance(unitText);
    };
    if (const qreal w = widthAt(size); w > valueArea.width())
        size *= valueArea.width() / w;
    size = std::floor(size);
    // Rounding to whole pixels can tip the width over; step down until it fits.
    while (size > 6 && (widthAt(size) > valueArea.width() ||
                        QFontMetricsF(theme.font(size, QFont::Bold)).height() > valueArea.height()))
        size -= 1;

    const QFont numberFont = theme.font(size, QFont::Bold);
    const QFontMetricsF metrics(numberFont);
    const qreal numberWidth = metrics.horizontalAdvance(number);
    const QRectF numberRect(valueArea.left(), valueArea.center().y() - metrics.height() / 2,
                            numberWidth + 1, metrics.height());
    drawText(painter, numberRect, number, numberFont, lastGood ? theme.mutedText : theme.text);
    if (!unitText.isEmpty()) {
        const QFont unitFont = theme.font(size * unitRatio);
        const QFontMetricsF unitMetrics(unitFont);
        // On the number's baseline, so "143 panggilan" reads as one phrase.
        const qreal baseline = numberRect.top() + metrics.ascent();
        const QRectF unitRect(numberRect.right(), baseline - unitMetrics.ascent(),
                              unitMetrics.horizontalAdvance(unitText) + 1, unitMetrics.height());
        drawText(painter, unitRect, unitText, unitFont, theme.mutedText,
                 Qt::AlignLeft | Qt::AlignTop);
    }
}

} // namespace Pantau
