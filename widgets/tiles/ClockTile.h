#pragma once

#include "config/Config.h"
#include "tiles/Tile.h"

#include <QTimer>

namespace Pantau {

// The time in Blitar, large, with the seconds, the Indonesian date beneath and the zone's name
// ("WIB"), whatever zone the machine itself is set to. The one tile allowed to change every
// second: it arms one single-shot timer for the next whole second while it is shown, and none
// while hidden.
class ClockTile : public Tile
{
    Q_OBJECT

public:
    ClockTile(const TileContext &context, const TileConfig &config, QWidget *parent = nullptr);

    // Whether the next-second timer is armed.
    bool isTicking() const { return m_tick.isActive(); }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void scheduleTick();

    TileConfig m_config;
    QTimer m_tick;
};

} // namespace Pantau
