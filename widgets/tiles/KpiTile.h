#pragma once

#include "config/Config.h"
#include "tiles/Tile.h"

namespace Pantau {

class IndicatorBinding;

// One indicator as a big number with its unit, readable across the room, with its change
// against the previous value (or against a target) and a sparkline of its recent history.
// Repaints only when its own rows of the indicator model change.
class KpiTile : public Tile
{
    Q_OBJECT

public:
    // How far back the sparkline reaches: a day shows the daily rhythm of most indicators.
    static constexpr int SparklineHours = 24;

    KpiTile(const TileContext &context, const TileConfig &config, QWidget *parent = nullptr);

    // The value as drawn ("88,42%", "Rp2,66 T"), or a dash while there is none. Also part of
    // the accessible name.
    QString valueText() const;
    // The change line as drawn: "▲ 750 dari sebelumnya", "▼ 3,87 di bawah target 98,00%"; empty
    // when there is nothing to compare with.
    QString changeText() const;

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;

private:
    void updateAccessibleText();
    std::optional<double> target() const;
    void paintSparkline(QPainter &painter, const QRectF &area, bool dimmed);
    void refreshSparkline();

    TileConfig m_config;
    IndicatorBinding *m_binding; // child; row 0 the value, row 1 the target indicator if any
    QList<QPointF> m_sparkline;  // the last SparklineHours of history, kept between changes
};

} // namespace Pantau
