#include "tiles/ClockTile.h"

#include "locale/Formatter.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"
#include "time/Clock.h"

#include <QPainter>

namespace Pantau {

ClockTile::ClockTile(const TileContext &context, const TileConfig &config, QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
{
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        markDirty();
        scheduleTick();
    });
}

void ClockTile::scheduleTick()
{
    if (!isVisible())
        return;
    // Just past the next whole second, so the digits turn with the second and not before.
    const int msIntoSecond = context().clock->now().time().msec();
    m_tick.start(1000 - msIntoSecond + 5);
}

void ClockTile::showEvent(QShowEvent *event)
{
    Tile::showEvent(event);
    markDirty();
    scheduleTick();
}

void ClockTile::hideEvent(QHideEvent *event)
{
    m_tick.stop(); // nobody to show the seconds to
    Tile::hideEvent(event);
}

Tile::Frame ClockTile::frame() const
{
    Frame f;
    f.title = m_config.title.isEmpty() ? tr("Waktu Blitar") : m_config.title;
    f.status = IndicatorStatus::Ok;
    f.showAge = false;
    return f;
}

void ClockTile::paintContent(QPainter &painter, const QRectF &area, const Frame &)
{
    const Theme &theme = this->theme();
    const Formatter &format = *context().formatter;
    const QDateTime now = context().clock->now();
    const QString time = format.timeWithSeconds(now);
    const QString zone = format.zoneAbbreviation(now);
    const QString date = format.date(now);
    const qreal small = smallTextSize();

    // The date beneath, a little larger than body text; the time takes what is left.
    const qreal dateMax = std::max(small, std::min(area.height() * 0.16, small * 1.6));
    const qreal dateSize = TextFit::largestSize(
        theme, date, QFont::Normal, QSizeF(area.width(), dateMax * 1.3), dateMax, small * 0.9);
    qreal dateHeight = 0;
    if (dateSize > 0)
        dateHeight = QFontMetricsF(theme.font(dateSize)).height();
    QRectF timeArea = area.adjusted(0, 0, 0, -dateHeight * 1.15);

    // Time and zone side by side, the zone a third the size, sharing a baseline.
    const qreal zoneRatio = 0.36;
    auto widthAt = [&](qreal px) {
        return QFontMetricsF(theme.font(px, QFont::Bold)).horizontalAdvance(time) +
               QFontMetricsF(theme.font(px * zoneRatio, QFont::Bold))
                   .horizontalAdvance(u' ' + zone);
    };
    qreal size = std::floor(timeArea.height() / 1.2);
    if (const qreal w = widthAt(size); w > timeArea.width())
        size = std::floor(size * timeArea.width() / w);
    while (size > 6 && (widthAt(size) > timeArea.width() ||
                        QFontMetricsF(theme.font(size, QFont::Bold)).height() > timeArea.height()))
        size -= 1;

    const QFont timeFont = theme.font(size, QFont::Bold);
    const QFontMetricsF metrics(timeFont);
    const QFont zoneFont = theme.font(size * zoneRatio, QFont::Bold);
    const QFontMetricsF zoneMetrics(zoneFont);
    const qreal zoneGap = zoneMetrics.horizontalAdvance(u' ');
    const qreal zoneWidth = zoneMetrics.horizontalAdvance(zone);
    const qreal total = metrics.horizontalAdvance(time) + zoneGap + zoneWidth;
    // The block of time, zone and date centred in the area.
    const qreal blockHeight = metrics.height() + dateHeight * 1.15;
    const qreal top = area.top() + (area.height() - blockHeight) / 2;
    const qreal left = area.left() + (area.width() - total) / 2;
    const QRectF timeRect(left, top, metrics.horizontalAdvance(time) + 1, metrics.height());
    drawText(painter, timeRect, time, timeFont, theme.text);
    const qreal baseline = timeRect.top() + metrics.ascent();
    const QRectF zoneRect(timeRect.right() + zoneGap, baseline - zoneMetrics.ascent(),
                          zoneWidth + 1, zoneMetrics.height());
    drawText(painter, zoneRect, zone, zoneFont, theme.mutedText, Qt::AlignLeft | Qt::AlignTop);
    if (dateSize > 0)
        drawText(
            painter,
            QRectF(area.left(), timeRect.bottom() + dateHeight * 0.15, area.width(), dateHeight),
            date, theme.font(dateSize), theme.mutedText, Qt::AlignHCenter | Qt::AlignVCenter);

    if (isVisible() && !m_tick.isActive())
        scheduleTick();
}

} // namespace Pantau
