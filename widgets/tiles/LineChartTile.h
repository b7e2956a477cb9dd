#pragma once

#include "config/Config.h"
#include "tiles/ChartScale.h"
#include "tiles/Tile.h"

#include <QList>
#include <QPointF>
#include <QSizeF>

#include <cmath>
#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
class QGraphicsScene;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Pantau {

class IndicatorBinding;

// One or more indicators over the last hours, as lines (or filled areas), with a legend naming
// each series with its colour and current value. Qt Charts draws the series; it is kept inside
// this class and painted in the tile's own paint, so a later move away from Qt Charts touches
// only this file. Every label is drawn by the tile itself, in WIB through the Formatter, because
// Qt Charts would format times in the machine's zone and elide labels it cannot fit.
class LineChartTile : public Tile
{
    Q_OBJECT

public:
    LineChartTile(const TileContext &context, const TileConfig &config, QWidget *parent = nullptr);
    ~LineChartTile() override;

    int seriesCount() const;
    // The points series `i` holds: (ms since epoch, value), oldest first.
    QList<QPointF> seriesPoints(int i) const;
    // How often the series' points were swapped wholesale with QXYSeries::replace(), and how
    // often they were edited point by point; tests use these to check that the chart is only
    // rebuilt when the data changed, and in one step.
    int seriesReplacements() const { return m_replacements; }
    int seriesPointEdits() const { return m_pointEdits; }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;

private:
    struct LegendEntry
    {
        int series;
        QString label;
        QString value; // empty when values are dropped
    };

    qint64 windowMs() const;
    void updateAccessibleText();
    void refreshSeries();
    void layoutChart(const QSizeF &size);
    void applyColors(bool muted);
    QString yLabel(double value, const ChartScale &scale) const;
    QString legendValue(int series) const;
    // The legend entries laid out in at most `maxRows` rows of `width`: with values when they
    // fit, else without, else the first entries that fit and "+N lainnya".
    QList<QList<LegendEntry>> legendRows(const QFont &font, qreal width, int maxRows,
                                         int *hidden) const;
    qreal entryWidth(const LegendEntry &entry, const QFont &font) const;
    void paintLegend(QPainter &painter, const QRectF &area, const QFont &font, bool muted);
    void paintTimeLabels(QPainter &painter, const QFont &font, const QList<QRectF> &avoid);
    QColor seriesColor(int i, bool muted) const;

    TileConfig m_config;
    IndicatorBinding *m_binding; // child
    std::unique_ptr<QGraphicsScene> m_scene;
    QChart *m_chart = nullptr; // owned by m_scene
    QValueAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QLineSeries *> m_lines;           // the data of each indicator
    QList<QAbstractSeries *> m_shownSeries; // what the chart draws: the lines or their areas
    QList<QLineSeries *> m_outlines;        // with area: the line along each area's top
    QList<QList<QPointF>> m_points;         // as last given to the series
    double m_dataMin = 0, m_dataMax = 0;    // over all points in the window
    bool m_hasPoints = false;

    // What the chart was last laid out for, so a paint without changes does no work.
    bool m_seriesDirty = true;
    bool m_layoutDirty = true;
    QSizeF m_layoutSize;
    bool m_muted = false;
    // The layout computed for the last size and data: where things go inside the content area.
    QRectF m_plot;
    QRectF m_legendArea;
    QPointF m_contentOrigin; // the content area's top left in the tile, for the last paint
    ChartScale m_yScale;
    qint64 m_tickStepMs = 0;
    qreal m_timeLabelTop = 0;

    int m_replacements = 0;
    int m_pointEdits = 0;
};

} // namespace Pantau
