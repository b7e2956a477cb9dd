#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace Pantau {

class Formatter;

// A desk-sized chart of the whole history of one or more indicators, for the control desk's
// tile detail: lines with a legend, times on the axis in the configured zone (WIB) and values
// in the configured locale, both written by the Formatter. Qt Charts would write them in the
// machine's zone and in C notation, so both axes are category axes with labels made here.
class HistoryChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString label;
        QList<QPointF> points; // (ms since epoch, value), oldest first
    };

    HistoryChart(const Formatter *formatter, QWidget *parent = nullptr);

    void setSeries(const QList<Series> &series);

    // What the chart shows, for tests: its series' points and the axes' labels.
    QList<QList<QPointF>> shownPoints() const;
    QStringList timeLabels() const;
    QStringList valueLabels() const;

private:
    const Formatter *m_formatter;
    QChart *m_chart;    // owned by m_view
    QChartView *m_view; // child
};

} // namespace Pantau
