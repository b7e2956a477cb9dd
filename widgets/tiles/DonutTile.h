#pragma once

#include "config/Config.h"
#include "tiles/Tile.h"

#include <optional>

namespace Pantau {

class IndicatorBinding;

// A composition (112 calls by category, say) as a ring of slices, one per indicator, with a
// legend naming each slice, its share and its value, and the total in the ring's hole. Drawn
// with QPainter so every text goes through Tile::drawText. When the legend cannot show every
// category, the largest keep their rows and the rest are summed in one "Lainnya" row (and one
// grey slice), so no coloured slice is ever left unnamed.
class DonutTile : public Tile
{
    Q_OBJECT

public:
    DonutTile(const TileContext &context, const TileConfig &config, QWidget *parent = nullptr);

    // The sum of all positive slices with the unit, "35 panggilan"; a dash while none has a value.
    QString totalText() const;
    // One legend row: the category, its share ("37,5%"), its value ("12"), both empty for a
    // category without data (the row then says "tanpa data").
    struct LegendRow
    {
        QString label;
        QString share;
        QString value;
        int colorIndex = -1; // Theme::seriesColor index; -1 for the grey "Lainnya"
        double amount = 0;   // for sorting and summing; 0 without data
        bool hasData = false;
    };
    // Every category's row, largest first, those without data last: what the legend shows when
    // there is room for all.
    QList<LegendRow> legendRows() const;
    // The labels of the legend rows drawn in the last paint, "Lainnya" included.
    const QStringList &shownLegend() const { return m_shownLegend; }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;

private:
    struct Layout;
    std::optional<Layout> layout(const QRectF &area, const QList<LegendRow> &rows) const;
    void paintRing(QPainter &painter, const QPointF &center, qreal radius,
                   const QList<LegendRow> &rows, bool dimmed);
    void paintHole(QPainter &painter, const QPointF &center, qreal radius, bool dimmed);
    void paintLegend(QPainter &painter, const Layout &layout, bool dimmed);
    QColor sliceColor(const LegendRow &row, bool dimmed) const;
    void updateAccessibleText();
    QString unit() const;
    int decimals() const;
    QString shareText(double amount, double total) const;

    TileConfig m_config;
    IndicatorBinding *m_binding; // child; one row per slice, in config order
    QStringList m_shownLegend;
};

} // namespace Pantau
