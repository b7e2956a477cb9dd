#pragma once

#include "config/Config.h"
#include "tiles/Tile.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Pantau {

// The most severe active alert as a banner: "✖ KRITIS" or "▲ WASPADA", the message, since when,
// who acknowledged it, and how many more are active; a calm "✓ Tidak ada peringatan aktif" when
// none is. A critical alert nobody has acknowledged pulses, to catch an eye across the room,
// and stops once acknowledged or cleared; with reduced motion it gets a thick bright border
// instead, and never moves. Optionally the system bell sounds once when a critical alert is
// raised.
class AlertBannerTile : public Tile
{
    Q_OBJECT

public:
    static constexpr int PulseFramesPerSecond = 13;
    static constexpr int PulsePeriodMs = 1400;

    AlertBannerTile(const TileContext &context, const TileConfig &config,
                    QWidget *parent = nullptr);

    // Whether the pulse is running now (a critical, unacknowledged alert on a shown tile).
    bool isPulsing() const { return m_pulse.isActive(); }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onAlertsChanged();
    // Starts or stops the pulse by the most severe alert and whether the tile is shown.
    void updatePulse();
    bool wantsPulse() const;
    bool reducedMotion() const;
    // 0..1, how bright the pulse is now.
    qreal pulseIntensity() const;
    void paintNone(QPainter &painter, const QRectF &area);

    TileConfig m_config;
    QTimer m_pulse;
    QElapsedTimer m_pulseClock;
    QRect m_bannerRect; // where the last paint put the banner: the pulse repaints only that
    bool m_onScreen = false;
};

} // namespace Pantau
