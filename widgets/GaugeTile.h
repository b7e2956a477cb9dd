#pragma once

#include "Config.h"
#include "Tile.h"

#include <optional>

namespace Pantau {

class IndicatorBinding;

// How far one indicator has come towards its target: a 240° arc filled by value / target in the
// status colour, the value large in the middle, the attainment in words ("86,2% dari target")
// and the target beneath ("Target 98,13%"). The arc stops at full; the words tell how far over.
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
    // value / target, not capped; empty without a value or a positive target.
    std::optional<double> attainment() const;
    // The part of the arc drawn filled in the last paint, 0..1.
    qreal shownFill() const { return m_shownFill; }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;

private:
    std::optional<double> target() const;
    void updateAccessibleText();

    TileConfig m_config;
    IndicatorBinding *m_binding; // child; row 0 the value, row 1 the target indicator if any
    qreal m_shownFill = 0;
};

} // namespace Pantau
