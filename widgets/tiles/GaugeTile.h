#pragma once

#include "config/Config.h"
#include "tiles/Tile.h"

#include <optional>

namespace Pantau {

class IndicatorBinding;

// How far one indicator has come towards its target: a 240° arc filled by value / target in the
// status colour, the value large in the middle, the attainment in words ("86,2% dari target")
// and the target beneath ("Target 98,13%"). The arc stops at full; the words tell how far over.
// With a `scale` instead, a level with no goal (bed occupancy, a river): the arc runs from the
// scale's bottom to its top, its warning and critical ranges marked along its inside, the
// thresholds under the value ("Waspada 85% · Kritis 95%") and the range in the opening.
class GaugeTile : public Tile
{
    Q_OBJECT

public:
    GaugeTile(const TileContext &context, const TileConfig &config, QWidget *parent = nullptr);

    // The value as drawn, "85,20%"; a dash while there is none.
    QString valueText() const;
    // "86,2% dari target"; empty without a value or a usable target.
    QString attainmentText() const;
    // "Target 98,13%", or "Target belum ada" while the target indicator has no value.
    QString targetText() const;
    // value / target, not capped; empty without a value or a positive target, and on a scale.
    std::optional<double> attainment() const;
    // On a scale: where the value lies on it, 0 at the bottom and 1 at the top, held to that
    // range; empty without a value or without a scale.
    std::optional<double> level() const;
    // On a scale: the thresholds, under the value ("Waspada 85% · Kritis 95%"); empty without
    // a scale or without thresholds.
    QString levelText() const;
    // On a scale: its range, "0–100%"; empty without a scale.
    QString scaleText() const;
    // The line in the arc's opening: scaleText() on a scale, else targetText().
    QString footerText() const;
    // The part of the arc drawn filled in the last paint, 0..1.
    qreal shownFill() const { return m_shownFill; }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;

private:
    std::optional<double> target() const;
    // Where `value` lies on the scale, 0..1.
    double scaleFraction(double value) const;
    void paintThresholdBands(QPainter &painter, const QRectF &arcRect, qreal thickness) const;
    void updateAccessibleText();

    TileConfig m_config;
    IndicatorBinding *m_binding; // child; row 0 the value, row 1 the target indicator if any
    qreal m_shownFill = 0;
};

} // namespace Pantau
