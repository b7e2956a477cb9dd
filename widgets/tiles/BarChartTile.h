#pragma once

#include "config/Config.h"
#include "tiles/Tile.h"

#include <QList>
#include <QStringList>

namespace Pantau {

class IndicatorBinding;

// A ranking of indicators as horizontal bars, largest first: a name column, the bar, and the
// value at the bar's end. With an indicator template it ranks the kecamatan of Kabupaten
// Blitar. Drawn with QPainter rather than Qt Charts, because names must be shown whole: when
// not all rows fit at a readable size, the tile shows the top rows and says how many it left
// out. A row past its thresholds is coloured by its status and carries the status icon, so it
// does not rely on colour alone.
class BarChartTile : public Tile
{
    Q_OBJECT

public:
    BarChartTile(const TileContext &context, const TileConfig &config, QWidget *parent = nullptr);

    // Every row's name in ranking order: largest value first, rows without a value last.
    QStringList rankedLabels() const;
    // How many rows the last paint showed.
    int shownRows() const { return m_shownRows; }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;

private:
    struct Row
    {
        int index; // in the binding
        QString label;
    };
    struct Layout
    {
        int columns = 1;
        int perColumn = 0;
        int shown = 0;
        qreal textPx = 0;
        qreal rowHeight = 0;
        qreal columnWidth = 0;
        qreal nameWidth = 0;
        qreal barLength = 0; // of the largest value
        bool unitOnTop = false;
    };

    void rank();
    void updateAccessibleText();
    Layout chooseLayout(const QSizeF &area) const;
    // The length of the largest value's bar such that every row's value (and icon) fits after
    // its bar within `space`; negative when they cannot.
    qreal barLength(qreal px, qreal space, bool unitOnTop) const;
    // The width of a row's value text and status icon, at `px`.
    qreal valueWidth(int rank, qreal px, bool unitOnTop) const;
    QString valueText(int index, bool withUnit) const;
    bool sharedWordUnit() const;
    IndicatorStatus rowStatus(int index) const;

    TileConfig m_config;
    IndicatorBinding *m_binding; // child
    QList<Row> m_rows;           // in ranking order
    bool m_rankDirty = true;
    int m_shownRows = 0;
};

} // namespace Pantau
