#include "tiles/HistoryChart.h"

#include "locale/Formatter.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>

#include <cmath>

namespace Pantau {

namespace {

constexpr qint64 MinuteMs = 60'000;
// Time steps from a minute to a week, so a few hours and seven days both get 4-8 ticks.
constexpr qint64 TimeStepsMin[] = {1, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080};

double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

int decimalsFor(double step, int minimum)
{
    for (int d = minimum; d < 4; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return d;
    }
    return 4;
}

} // namespace

HistoryChart::HistoryChart(const Formatter *formatter, QWidget *parent)
    : QWidget(parent)
    , m_formatter(formatter)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 28, 4)); // room for the last time label
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(320, 200);
}

void HistoryChart::setSeries(const QList<Series> &series)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool any = false;
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.label);
        line->replace(s.points);
        // Sparse samples (a wall that just started) would draw no line at all; dots show them.
        line->setPointsVisible(s.points.size() < 60);
        m_chart->addSeries(line);
        for (const QPointF &p : s.points) {
            if (!any) {
                minX = maxX = p.x();
                minY = maxY = p.y();
                any = true;
            }
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    if (!any)
        return;
    if (maxX - minX < MinuteMs)
        maxX = minX + MinuteMs;
    if (maxY == minY) {
        const double pad = std::max(1.0, std::abs(maxY) * 0.05);
        minY -= pad;
        maxY += pad;
    }

    // Time ticks on whole steps of the configured zone's wall clock ("13.00", not "13.07").
    qint64 step = TimeStepsMin[std::size(TimeStepsMin) - 1] * MinuteMs;
    for (qint64 minutes : TimeStepsMin)
        if ((maxX - minX) / (minutes * MinuteMs) <= 6) {
            step = minutes * MinuteMs;
            break;
        }
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(minX), m_formatter->zone());
    const qint64 offset = qint64(first.offsetFromUtc()) * 1000;
    const bool manyDays = !m_formatter->isSameDay(
        first, QDateTime::fromMSecsSinceEpoch(qint64(maxX), m_formatter->zone()));
    auto *timeAxis = new QCategoryAxis;
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    timeAxis->setRange(minX, maxX);
    for (qint64 t = ((qint64(minX) + offset + step - 1) / step) * step - offset; t <= maxX;
         t += step) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(t, m_formatter->zone());
        const QString label = manyDays ? QStringLiteral("%1 %2").arg(m_formatter->shortDate(when),
                                                                     m_formatter->time(when))
                                       : m_formatter->time(when);
        timeAxis->append(label, double(t));
    }
    timeAxis->setTitleText(m_formatter->zoneAbbreviation(first));

    const double yStep = niceStep(maxY - minY, 5);
    const double yMin = std::floor(minY / yStep) * yStep;
    const double yMax = std::ceil(maxY / yStep) * yStep;
    const int yDecimals = decimalsFor(yStep, 0);
    auto *valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueAxis->setRange(yMin, yMax);
    for (double v = yMin; v <= yMax + yStep / 2; v += yStep)
        valueAxis->append(m_formatter->number(v, yDecimals), v);

    m_chart->addAxis(timeAxis, Qt::AlignBottom);
    m_chart->addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(timeAxis);
        s->attachAxis(valueAxis);
    }
    m_chart->legend()->setVisible(series.size() > 1);
}

QList<QList<QPointF>> HistoryChart::shownPoints() const
{
    QList<QList<QPointF>> points;
    for (QAbstractSeries *s : m_chart->series())
        points.append(static_cast<QLineSeries *>(s)->points());
    return points;
}

QStringList HistoryChart::timeLabels() const
{
    const QList<QAbstractAxis *> axes = m_chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? QStringList()
                          : static_cast<QCategoryAxis *>(axes.first())->categoriesLabels();
}

QStringList HistoryChart::valueLabels() const
{
    const QList<QAbstractAxis *> axes = m_chart->axes(Qt::Vertical);
    return axes.isEmpty() ? QStringList()
                          : static_cast<QCategoryAxis *>(axes.first())->categoriesLabels();
}

} // namespace Pantau
