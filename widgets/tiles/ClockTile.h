#pragma once

#include "config/Config.h"
#include "tiles/Tile.h"

#include <QTimer>

#include <limits>

namespace Pantau {

// The time in Blitar, large, with the seconds, the Indonesian date beneath and the zone's name
// ("WIB"), whatever zone the machine itself is set to. The one tile allowed to change every
// second: it arms one single-shot timer for the next whole second while it is shown, and none
// while hidden. Its layout is worked out once for a size, date and zone; a tick that leaves
// them be repaints the digits that changed (most seconds, the last one) and nothing else.
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
    // The texts shown at one moment.
    struct Texts
    {
        QString time;
        QString zone;
        QString date;
    };
    // The texts of one second. A tick and the paint that follows share them: formatting a
    // time in a named zone costs more than drawing it.
    struct Shown
    {
        qint64 second = std::numeric_limits<qint64>::min();
        qint64 minute = std::numeric_limits<qint64>::min();
        QString minuteTime; // the minute's first second, formatted in the zone
        Texts texts;
    };
    // Where the texts go for one content area, date and zone. The time's own width is part of
    // the key: digits of a proportional font would move the centred block.
    struct Layout
    {
        QRectF area;
        QString zone;
        QString date;
        qreal timeAdvance = -1;
        QFont timeFont;
        QFont zoneFont;
        QFont dateFont;
        QRectF timeRect;
        QRectF zoneRect;
        QRectF dateRect; // empty when the date does not fit
    };

    const Texts &textsNow() const;
    // The width of this second's time in a font.
    qreal timeAdvance(const QFont &font) const;
    // Whether the layout still serves this second's texts in an area.
    bool layoutHolds(const QRectF &area) const;
    void layOut(const QRectF &area, const Texts &texts);
    void tick();
    void scheduleTick();
    // The ink of the characters of this second's time that differ from those painted last;
    // null when none do.
    QRectF changedDigits() const;

    TileConfig m_config;
    QTimer m_tick;
    Layout m_layout;
    mutable Shown m_shown;
    QString m_paintedTime; // the time as the last paint drew it
};

} // namespace Pantau
