#pragma once

#include "config/Config.h"
#include "tiles/Tile.h"

#include <QSet>

namespace Pantau {

class RecordsBinding;
class TickerStrip;

// A moving line of the latest events of some feeds: "13.05 · Wlingi · Kebakaran — Kebakaran
// gudang jerami …", item after item. It moves only while there is something new: a new record
// starts it, and after the items have passed by LoopsBeforeParking times it stops and parks,
// showing the newest items as still text. It pauses while the mouse is over it, so a
// supervisor can read it, and runs no timer while parked, paused or hidden.
class TickerTile : public Tile
{
    Q_OBJECT

public:
    static constexpr int LoopsBeforeParking = 3;
    static constexpr int MaxItems = 10;

    TickerTile(const TileContext &context, const TileConfig &config, QWidget *parent = nullptr);

    // Moving (or about to, once shown and not hovered), as opposed to parked.
    bool isScrolling() const { return m_scrolling; }
    // Whether a frame timer is running right now.
    bool isTimerActive() const;
    // Loops completed since the last new record.
    int loopsDone() const { return m_loopsDone; }
    // The strip's text, items joined by a bullet.
    QString stripText() const;
    // How often the strip's text was laid out; once per change of items or size, never per
    // frame.
    int stripRenders() const;
    // The pace, in strip heights per second.
    void setSpeed(qreal heightsPerSecond);

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void refreshItems();
    void onLoopFinished();
    // Starts or stops the strip and its timer by the current state.
    void updateMotion();
    void paintParked(QPainter &painter, const QRectF &area);

    TileConfig m_config;
    RecordsBinding *m_binding; // child
    TickerStrip *m_strip;      // child
    QSet<QString> m_seen;      // feed/id of the items shown, to tell a new record from an edit
    bool m_scrolling = false;
    bool m_hovered = false;
    bool m_onScreen = false;
    bool m_stripPlaced = false; // a paint has given the strip its band
    int m_loopsDone = 0;
};

} // namespace Pantau
