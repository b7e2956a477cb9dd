#include "tiles/LineChartTile.h"

#include "binding/IndicatorBinding.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/Theme.h"
#include "time/Clock.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <cmath>
#include <optional>

namespace Pantau {

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000;

// Tick steps for the time axis, in hours: whole hours, and days for long windows.
constexpr int TimeStepsHours[] = {1, 2, 3, 4, 6, 12, 24, 48, 72, 168};

} // namespace

LineChartTile::LineChartTile(const TileContext &context, const TileConfig &config, QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
    , m_binding(new IndicatorBinding(context.indicators, config.indicators, this))
    , m_scene(std::make_unique<QGraphicsScene>())
{
    // The chart lives in a scene of its own that the tile renders in its paint, so frame,
    // chart and labels are one paint and Qt Charts never shows a widget of its own.
    m_chart = new QChart;
    m_scene->addItem(m_chart);
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins());
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);

    m_timeAxis = new QValueAxis;
    m_valueAxis = new QValueAxis;
    for (QValueAxis *axis : {m_timeAxis, m_valueAxis}) {
        // Qt Charts would write times in the machine's zone and elide what does not fit: the
        // tile writes every label itself.
        axis->setLabelsVisible(false);
        axis->setTitleVisible(false);
        axis->setMinorGridLineVisible(false);
        axis->setTickType(QValueAxis::TicksDynamic);
    }
    m_timeAxis->setGridLineVisible(false);
    m_valueAxis->setLineVisible(false);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    for (int i = 0; i < m_binding->count(); ++i) {
        QAbstractSeries *shown = nullptr;
        QLineSeries *line = nullptr;
        if (m_config.area) {
            auto *area = new QAreaSeries;
            line = new QLineSeries(area);
            area->setUpperSeries(line);
            shown = area;
        } else {
            line = new QLineSeries;
            shown = line;
        }
        m_chart->addSeries(shown);
        shown->attachAxis(m_timeAxis);
        shown->attachAxis(m_valueAxis);
        connect(line, &QXYSeries::pointsReplaced, this, [this] { ++m_replacements; });
        connect(line, &QXYSeries::pointAdded, this, [this] { ++m_pointEdits; });
        connect(line, &QXYSeries::pointRemoved, this, [this] { ++m_pointEdits; });
        connect(line, &QXYSeries::pointsRemoved, this, [this] { ++m_pointEdits; });
        m_lines.append(line);
        m_shownSeries.append(shown);
        m_points.append(QList<QPointF>());
    }
    // An area's own pen would also outline its sides and bottom; its top edge is a line of its
    // own, added after all areas so no fill covers another series' line.
    for (int i = 0; m_config.area && i < m_lines.size(); ++i) {
        auto *outline = new QLineSeries;
        m_chart->addSeries(outline);
        outline->attachAxis(m_timeAxis);
        outline->attachAxis(m_valueAxis);
        m_outlines.append(outline);
    }
    applyColors(false);

    followAge(m_binding);
    connect(m_binding, &IndicatorBinding::changed, this, [this] {
        // The work is done in the next paint, which the wall batches: many polls in a burst
        // cost one rebuild.
        m_seriesDirty = true;
        updateAccessibleText();
        markDirty();
    });
    updateAccessibleText();
}

LineChartTile::~LineChartTile() = default;

qint64 LineChartTile::windowMs() const
{
    return qint64(std::max(1, m_config.hours)) * HourMs;
}

void LineChartTile::updateAccessibleText()
{
    QStringList parts;
    for (int i = 0; i < m_binding->count(); ++i)
        parts.append(QStringLiteral("%1 %2").arg(
            m_binding->data(i, IndicatorModel::LabelRole).toString(), legendValue(i)));
    setAccessibleName(
        QStringLiteral("%1: %2").arg(frame().title, parts.join(QStringLiteral(", "))));
}

int LineChartTile::seriesCount() const
{
    return int(m_lines.size());
}

QList<QPointF> LineChartTile::seriesPoints(int i) const
{
    return i >= 0 && i < m_lines.size() ? m_lines.at(i)->points() : QList<QPointF>();
}

Tile::Frame LineChartTile::frame() const
{
    const QString title = m_config.title.isEmpty()
                              ? m_binding->data(0, IndicatorModel::LabelRole).toString()
                              : m_config.title;
    return frameFor(*m_binding, title, QString());
}

QColor LineChartTile::seriesColor(int i, bool muted) const
{
    const QColor color = theme().seriesColor(i);
    // Data that is not current keeps its hue, so the legend still matches, but loses its
    // strength, so it does not pass for current.
    return muted ? Theme::mix(color, theme().surface, 0.55) : color;
}

void LineChartTile::applyColors(bool muted)
{
    const qreal lineWidth = std::max<qreal>(2, smallTextSize() * 0.18);
    for (int i = 0; i < m_shownSeries.size(); ++i) {
        const QColor color = seriesColor(i, muted);
        const QPen pen(color, lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        if (auto *area = qobject_cast<QAreaSeries *>(m_shownSeries.at(i))) {
            area->setPen(Qt::NoPen);
            QColor fill = color;
            fill.setAlphaF(0.28);
            area->setBrush(fill);
            m_outlines.at(i)->setPen(pen);
        } else {
            m_lines.at(i)->setPen(pen);
        }
    }
    QColor grid = theme().surfaceBorder.lighter(130);
    m_valueAxis->setGridLinePen(QPen(grid, std::max<qreal>(1, smallTextSize() / 16)));
    m_timeAxis->setLinePen(QPen(theme().mutedText, std::max<qreal>(1, smallTextSize() / 16)));
    m_muted = muted;
}

void LineChartTile::refreshSeries()
{
    const qint64 nowMs = context().clock->now().toMSecsSinceEpoch();
    const double startMs = double(nowMs - windowMs());
    m_hasPoints = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QList<QPointF> history =
            m_binding->data(i, IndicatorModel::HistoryRole).value<QList<QPointF>>();
        QList<QPointF> inWindow;
        inWindow.reserve(history.size());
        for (const QPointF &p : history)
            if (p.x() >= startMs && p.x() <= double(nowMs))
                inWindow.append(p);
        for (const QPointF &p : std::as_const(inWindow)) {
            m_dataMin = m_hasPoints ? std::min(m_dataMin, p.y()) : p.y();
            m_dataMax = m_hasPoints ? std::max(m_dataMax, p.y()) : p.y();
            m_hasPoints = true;
        }
        if (inWindow != m_points.at(i)) {
            // One swap of the whole list: the chart redraws once, not once per point.
            m_lines.at(i)->replace(inWindow);
            if (!m_outlines.isEmpty())
                m_outlines.at(i)->replace(inWindow);
            m_points[i] = inWindow;
        }
    }
    m_seriesDirty = false;
    m_layoutDirty = true; // the value range and the legend's values may have changed
}

QString LineChartTile::yLabel(double value, const ChartScale &scale) const
{
    // One unit for the axis when all series share it; a bare number otherwise.
    QString unit = m_binding->data(0, IndicatorModel::UnitRole).toString();
    for (int i = 1; i < m_binding->count(); ++i)
        if (m_binding->data(i, IndicatorModel::UnitRole).toString() != unit)
            unit.clear();
    if (!Formatter::isAffixUnit(unit))
        unit.clear(); // "143 panggilan" on every tick is noise: the legend carries the unit
    if (std::abs(value) < scale.step * 1e-6)
        value = 0;
    return context().formatter->compactValue(value, unit, scale.decimals);
}

QString LineChartTile::legendValue(int series) const
{
    if (!m_binding->hasValue(series))
        return QStringLiteral("\u2013");
    return context().formatter->compactValue(
        m_binding->value(series), m_binding->data(series, IndicatorModel::UnitRole).toString(),
        m_binding->data(series, IndicatorModel::DecimalsRole).toInt());
}

qreal LineChartTile::entryWidth(const LegendEntry &entry, const QFont &font) const
{
    const QFontMetricsF metrics(font);
    const qreal em = metrics.height();
    if (entry.series < 0)
        return metrics.horizontalAdvance(entry.label) + 1;
    qreal width = em * 0.7 + em * 0.35 + metrics.horizontalAdvance(entry.label) + 1;
    if (!entry.value.isEmpty()) {
        QFont bold = font;
        bold.setWeight(QFont::Bold);
        width += em * 0.35 + QFontMetricsF(bold).horizontalAdvance(entry.value) + 1;
    }
    return width;
}

QList<QList<LineChartTile::LegendEntry>> LineChartTile::legendRows(const QFont &font, qreal width,
                                                                   int maxRows, int *hidden) const
{
    const qreal gap = QFontMetricsF(font).height() * 1.1;
    auto flow = [&](const QList<LegendEntry> &entries) {
        QList<QList<LegendEntry>> rows;
        qreal x = 0;
        for (const LegendEntry &entry : entries) {
            const qreal w = entryWidth(entry, font);
            if (w > width)
                return QList<QList<LegendEntry>>();
            if (rows.isEmpty() || x + gap + w > width) {
                if (rows.size() == maxRows)
                    return QList<QList<LegendEntry>>();
                rows.append(QList<LegendEntry>());
                x = w;
            } else {
                x += gap + w;
            }
            rows.last().append(entry);
        }
        return rows;
    };
    const int count = int(m_lines.size());
    auto entries = [&](bool withValues, int shown) {
        QList<LegendEntry> list;
        for (int i = 0; i < shown; ++i) {
            QString label = m_binding->data(i, IndicatorModel::LabelRole).toString();
            if (label.isEmpty())
                label = m_binding->ids().at(i);
            list.append({i, label, withValues ? legendValue(i) : QString()});
        }
        if (shown < count)
            list.append({-1, tr("+%1 lainnya").arg(count - shown), QString()});
        return list;
    };
    *hidden = 0;
    // Values go first, then whole entries from the end: the first series are the ones named
    // in the config first.
    for (const bool withValues : {true, false}) {
        if (auto rows = flow(entries(withValues, count)); !rows.isEmpty())
            return rows;
    }
    for (int shown = count - 1; shown >= 1; --shown) {
        if (auto rows = flow(entries(false, shown)); !rows.isEmpty()) {
            *hidden = count - shown;
            return rows;
        }
    }
    *hidden = count;
    return {};
}

namespace {

// Sets an axis's range and tick spacing without passing through a state with a great many
// ticks: Qt Charts lays the axis out after each setter, and the old spacing over a new, much
// larger range (a price chart's first values, say) would create one graphics item per tick,
// hundreds of thousands of them.
void setAxis(QValueAxis *axis, double min, double max, double interval, double anchor)
{
    const double span = std::max({max - min, axis->max() - axis->min(), interval, 1e-9});
    axis->setTickInterval(span);
    axis->setRange(min, max);
    axis->setTickAnchor(anchor);
    axis->setTickInterval(interval);
}

} // namespace

void LineChartTile::layoutChart(const QSizeF &size)
{
    m_layoutSize = size;
    m_layoutDirty = false;
    const qreal small = smallTextSize();
    const QFont font = theme().font(small);
    const qreal line = QFontMetricsF(font).height() * 1.15;
    const QFont axisFont = theme().font(std::max<qreal>(10, small * 0.85));
    const QFontMetricsF axisMetrics(axisFont);
    const qreal axisLine = axisMetrics.height() * 1.1;

    int hidden = 0;
    const int maxRows = std::max(1, int(size.height() * 0.4 / line));
    const int rows = int(legendRows(font, size.width(), maxRows, &hidden).size());
    m_legendArea = QRectF(0, 0, size.width(), rows * line);

    const qreal top = m_legendArea.bottom() + axisLine * 0.7;
    const qreal bottom = size.height() - axisLine * 1.15;
    m_timeLabelTop = bottom + axisLine * 0.15;
    const qreal plotHeight = std::max<qreal>(0, bottom - top);
    const int maxTicks = std::clamp(int(plotHeight / (axisLine * 1.4)) + 1, 2, 6);
    m_yScale = ChartScale::fit(
        m_dataMin, m_dataMax, maxTicks, m_config.area,
        [this](double value, const ChartScale &scale) { return yLabel(value, scale); });

    qreal labelWidth = 0;
    for (int t = 0; t <= m_yScale.steps(); ++t)
        labelWidth = std::max(labelWidth, axisMetrics.horizontalAdvance(
                                              yLabel(m_yScale.min + t * m_yScale.step, m_yScale)));
    const qreal timeLabelWidth = axisMetrics.horizontalAdvance(QStringLiteral("00.00")) + 1;
    const qreal left = labelWidth + 1 + axisMetrics.height() * 0.5;
    // Room on the right for half a time label centred on the newest tick.
    const qreal right = size.width() - timeLabelWidth * 0.5 - 1;
    m_plot = QRectF(left, top, std::max<qreal>(0, right - left), plotHeight);

    // The smallest whole-hour step at which the labels keep a gap of an "m" between them.
    m_tickStepMs = qint64(TimeStepsHours[std::size(TimeStepsHours) - 1]) * HourMs;
    for (const int hours : TimeStepsHours) {
        const qint64 stepMs = hours * HourMs;
        const QString sample = hours >= 24 ? QStringLiteral("28 Nov") : QStringLiteral("00.00");
        const qreal needed = axisMetrics.horizontalAdvance(sample) + axisMetrics.height();
        if (m_plot.width() * double(stepMs) / double(windowMs()) >= needed) {
            m_tickStepMs = stepMs;
            break;
        }
    }

    m_chart->setGeometry(QRectF(QPointF(0, 0), size));
    m_chart->setPlotArea(m_plot);
    setAxis(m_valueAxis, m_yScale.min, m_yScale.max, m_yScale.step, 0);
    setAxis(m_timeAxis, m_timeAxis->min(), m_timeAxis->max(), double(m_tickStepMs),
            m_timeAxis->tickAnchor());
    applyColors(m_muted);
}

void LineChartTile::paintLegend(QPainter &painter, const QRectF &area, const QFont &font,
                                bool muted)
{
    const qreal line = QFontMetricsF(font).height() * 1.15;
    const qreal em = QFontMetricsF(font).height();
    const qreal gap = em * 1.1;
    QFont bold = font;
    bold.setWeight(QFont::Bold);
    int hidden = 0;
    const int maxRows = std::max(1, int(area.height() / line + 0.01));
    const auto rows = legendRows(font, area.width(), maxRows, &hidden);
    // One entry a row: the values line up in a column, like a table, easier to compare.
    qreal valueColumn = 0;
    bool oneEach = true;
    for (const QList<LegendEntry> &row : rows) {
        oneEach = oneEach && row.size() == 1;
        if (row.size() == 1 && row.first().series >= 0)
            valueColumn =
                std::max(valueColumn, QFontMetricsF(font).horizontalAdvance(row.first().label) + 1);
    }
    for (const QList<LegendEntry> &row : rows)
        if (oneEach && row.first().series >= 0 && !row.first().value.isEmpty() &&
            em * 1.4 + valueColumn + QFontMetricsF(bold).horizontalAdvance(row.first().value) + 1 >
                area.width())
            oneEach = false;
    qreal y = area.top();
    for (const QList<LegendEntry> &row : rows) {
        qreal x = area.left();
        for (const LegendEntry &entry : row) {
            const qreal w = entryWidth(entry, font);
            if (entry.series < 0) {
                drawText(painter, QRectF(x, y, w, line), entry.label, font, theme().mutedText);
                x += w + gap;
                continue;
            }
            const qreal swatch = em * 0.7;
            painter.setPen(Qt::NoPen);
            painter.setBrush(seriesColor(entry.series, muted));
            painter.drawRoundedRect(QRectF(x, y + (line - swatch) / 2, swatch, swatch),
                                    swatch * 0.2, swatch * 0.2);
            qreal tx = x + swatch + em * 0.35;
            const qreal labelWidth = QFontMetricsF(font).horizontalAdvance(entry.label) + 1;
            drawText(painter, QRectF(tx, y, labelWidth, line), entry.label, font,
                     muted ? theme().mutedText : theme().text);
            tx += oneEach ? valueColumn : labelWidth;
            if (!entry.value.isEmpty()) {
                tx += em * 0.35;
                const qreal valueWidth = QFontMetricsF(bold).horizontalAdvance(entry.value) + 1;
                drawText(painter, QRectF(tx, y, valueWidth, line), entry.value, bold,
                         muted ? theme().mutedText : theme().text);
            }
            x += w + gap;
        }
        y += line;
    }
}

void LineChartTile::paintTimeLabels(QPainter &painter, const QFont &font,
                                    const QList<QRectF> &avoid)
{
    const Formatter &format = *context().formatter;
    const QDateTime now = context().clock->now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 startMs = nowMs - windowMs();
    // Ticks on whole hours of the wall's zone (WIB), counted from its midnight, so a 6-hour
    // step reads 00.00, 06.00, 12.00, 18.00 whatever zone the machine is set to.
    const QDateTime startLocal = QDateTime::fromMSecsSinceEpoch(startMs, format.zone());
    const qint64 anchorMs =
        QDateTime(startLocal.date(), QTime(0, 0), format.zone()).toMSecsSinceEpoch();
    qint64 tick =
        anchorMs + ((startMs - anchorMs + m_tickStepMs - 1) / m_tickStepMs) * m_tickStepMs;
    const QFontMetricsF metrics(font);
    const qreal height = metrics.height() * 1.1;
    const QRectF bounds(QPointF(0, 0), QSizeF(size()));
    QRectF previous;
    for (; tick <= nowMs; tick += m_tickStepMs) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(tick, Qt::UTC);
        const QString text = m_tickStepMs >= 24 * HourMs
                                 ? format.locale().toString(when.toTimeZone(format.zone()).date(),
                                                            QStringLiteral("d MMM"))
                                 : format.time(when);
        const qreal x =
            m_chart->mapToPosition(QPointF(double(tick), m_yScale.min), m_shownSeries.value(0)).x();
        const qreal width = metrics.horizontalAdvance(text) + 1;
        const QRectF rect(m_contentOrigin.x() + x - width / 2, m_contentOrigin.y() + m_timeLabelTop,
                          width, height);
        bool clear = bounds.contains(rect) && !rect.intersects(previous);
        for (const QRectF &other : avoid)
            clear = clear && !rect.intersects(other);
        if (clear && drawText(painter, rect, text, font, theme().mutedText, Qt::AlignCenter))
            previous = rect.adjusted(-metrics.height() * 0.5, 0, metrics.height() * 0.5, 0);
    }
}

void LineChartTile::paintContent(QPainter &painter, const QRectF &area, const Frame &frame)
{
    if (area.width() < 40 || area.height() < 30)
        return;
    if (m_seriesDirty)
        refreshSeries();
    if (m_layoutDirty || area.size() != m_layoutSize)
        layoutChart(area.size());
    const bool muted =
        frame.status == IndicatorStatus::Error || frame.status == IndicatorStatus::Stale;
    if (muted != m_muted)
        applyColors(muted);

    const qreal small = smallTextSize();
    const QFont font = theme().font(small);
    m_contentOrigin = area.topLeft();
    paintLegend(painter, m_legendArea.translated(area.topLeft()), font, muted);

    if (!m_hasPoints) {
        const QRectF rest = area.adjusted(0, m_legendArea.height(), 0, 0);
        drawText(painter, rest, tr("Belum ada riwayat %1 jam terakhir").arg(m_config.hours), font,
                 theme().mutedText, Qt::AlignCenter);
        return;
    }

    // The time axis follows the clock; moving it is cheap, the series are not touched.
    const qint64 nowMs = context().clock->now().toMSecsSinceEpoch();
    const double startMs = double(nowMs - windowMs());
    if (m_timeAxis->min() != startMs || m_timeAxis->max() != double(nowMs)) {
        const QDateTime startLocal =
            QDateTime::fromMSecsSinceEpoch(qint64(startMs), context().formatter->zone());
        setAxis(m_timeAxis, startMs, double(nowMs), double(m_tickStepMs),
                double(QDateTime(startLocal.date(), QTime(0, 0), context().formatter->zone())
                           .toMSecsSinceEpoch()));
    }
    m_chart->layout()->activate();

    m_scene->render(&painter, area, QRectF(QPointF(0, 0), area.size()), Qt::IgnoreAspectRatio);

    // The newest value of each line gets a dot, so "now" is easy to find from afar.
    painter.setPen(Qt::NoPen);
    const qreal dot = std::max<qreal>(3, small * 0.28);
    for (int i = 0; i < m_points.size(); ++i) {
        // Not when the newest point has left the window since: it would sit outside the plot.
        if (m_points.at(i).isEmpty() || m_points.at(i).last().x() < startMs)
            continue;
        painter.setBrush(seriesColor(i, muted));
        painter.drawEllipse(area.topLeft() +
                                m_chart->mapToPosition(m_points.at(i).last(), m_shownSeries.at(i)),
                            dot, dot);
    }

    const QFont axisFont = theme().font(std::max<qreal>(10, small * 0.85));
    const QFontMetricsF axisMetrics(axisFont);
    const qreal axisLine = axisMetrics.height() * 1.1;
    QList<QRectF> valueLabels;
    for (int t = 0; t <= m_yScale.steps(); ++t) {
        const double v = m_yScale.min + t * m_yScale.step;
        const qreal y =
            area.top() + m_chart->mapToPosition(QPointF(startMs, v), m_shownSeries.value(0)).y();
        const QRectF rect(area.left(), y - axisLine / 2, m_plot.left() - axisMetrics.height() * 0.5,
                          axisLine);
        if (drawText(painter, rect, yLabel(v, m_yScale), axisFont, theme().mutedText,
                     Qt::AlignRight | Qt::AlignVCenter))
            valueLabels.append(rect);
    }
    paintTimeLabels(painter, axisFont, valueLabels);
}

} // namespace Pantau
