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
    connect(&m_tick, &QTimer::timeout, this, &ClockTile::tick);
}

const ClockTile::Texts &ClockTile::textsNow() const
{
    const QDateTime now = context().clock->now();
    const qint64 second = now.toSecsSinceEpoch();
    if (second == m_shown.second)
        return m_shown.texts;
    const Formatter &format = *context().formatter;
    m_shown.second = second;
    // The date, the zone's name and its offset change only where the day or the offset turns,
    // and those fall on whole minutes in every zone in use. So the zone is asked once a minute.
    const qint64 minute = second / 60 - (second % 60 < 0 ? 1 : 0);
    if (minute != m_shown.minute) {
        m_shown.minute = minute;
        m_shown.minuteTime = format.timeWithSeconds(QDateTime::fromSecsSinceEpoch(minute * 60));
        m_shown.texts.zone = format.zoneAbbreviation(now);
        m_shown.texts.date = format.date(now);
    }
    // Within the minute only the seconds move: the last two digits of the minute's own text,
    // whose "00" gives the locale's zero. A text that does not end so is formatted whole.
    QString time = m_shown.minuteTime;
    const qsizetype n = time.size();
    if (n >= 2 && time.at(n - 1).digitValue() == 0 && time.at(n - 2).digitValue() == 0) {
        const int seconds = int(second - minute * 60);
        const char16_t zero = time.at(n - 1).unicode();
        time[n - 2] = QChar(char16_t(zero + seconds / 10));
        time[n - 1] = QChar(char16_t(zero + seconds % 10));
    } else {
        time = format.timeWithSeconds(now);
    }
    m_shown.texts.time = std::move(time);
    return m_shown.texts;
}

qreal ClockTile::timeAdvance(const QFont &font) const
{
    return TextFit::width(textsNow().time, font);
}

void ClockTile::tick()
{
    // Most seconds change the last digits alone: only their ink is painted again.
    if (!layoutHolds(m_layout.area))
        markDirty();
    else if (const QRectF changed = changedDigits(); !changed.isNull())
        markContentDirty(changed);
    scheduleTick();
}

QRectF ClockTile::changedDigits() const
{
    const QString &time = textsNow().time;
    const QRectF &all = m_layout.timeRect;
    if (m_paintedTime.size() != time.size())
        return inkBox(all, m_layout.timeFont);
    qsizetype same = 0;
    while (same < time.size() && time.at(same) == m_paintedTime.at(same))
        ++same;
    if (same == time.size())
        return {};
    // The text is as wide as the one painted (layoutHolds), so the characters before the first
    // change stay where they are. Kerning across that point is within the ink's reach.
    const qreal left = all.left() + TextFit::width(time.left(same), m_layout.timeFont);
    return inkBox(QRectF(left, all.top(), all.right() - left, all.height()), m_layout.timeFont);
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

bool ClockTile::layoutHolds(const QRectF &area) const
{
    const Texts &texts = textsNow();
    return m_layout.timeAdvance >= 0 && m_layout.area == area && m_layout.zone == texts.zone &&
           m_layout.date == texts.date && timeAdvance(m_layout.timeFont) == m_layout.timeAdvance;
}

void ClockTile::layOut(const QRectF &area, const Texts &texts)
{
    const Theme &theme = this->theme();
    const qreal small = smallTextSize();
    const QString &time = texts.time;
    const QString &zone = texts.zone;
    const QString &date = texts.date;

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

    Layout l;
    l.area = area;
    l.zone = zone;
    l.date = date;
    l.timeFont = theme.font(size, QFont::Bold);
    const QFontMetricsF metrics(l.timeFont);
    l.timeAdvance = timeAdvance(l.timeFont);
    l.zoneFont = theme.font(size * zoneRatio, QFont::Bold);
    const QFontMetricsF zoneMetrics(l.zoneFont);
    const qreal zoneGap = zoneMetrics.horizontalAdvance(u' ');
    const qreal zoneWidth = zoneMetrics.horizontalAdvance(zone);
    const qreal total = l.timeAdvance + zoneGap + zoneWidth;
    // The block of time, zone and date centred in the area.
    const qreal blockHeight = metrics.height() + dateHeight * 1.15;
    const qreal top = area.top() + (area.height() - blockHeight) / 2;
    const qreal left = area.left() + (area.width() - total) / 2;
    l.timeRect = QRectF(left, top, l.timeAdvance + 1, metrics.height());
    const qreal baseline = l.timeRect.top() + metrics.ascent();
    l.zoneRect = QRectF(l.timeRect.right() + zoneGap, baseline - zoneMetrics.ascent(),
                        zoneWidth + 1, zoneMetrics.height());
    if (dateSize > 0) {
        l.dateFont = theme.font(dateSize);
        l.dateRect =
            QRectF(area.left(), l.timeRect.bottom() + dateHeight * 0.15, area.width(), dateHeight);
    }
    m_layout = l;
}

void ClockTile::paintContent(QPainter &painter, const QRectF &area, const Frame &)
{
    const Theme &theme = this->theme();
    const Texts &texts = textsNow();
    if (!layoutHolds(area)) {
        layOut(area, texts);
        if (paintingPart())
            markDirty(); // the second turned over between the tick and this paint
    }
    drawText(painter, m_layout.timeRect, texts.time, m_layout.timeFont, theme.text);
    m_paintedTime = texts.time;
    drawText(painter, m_layout.zoneRect, texts.zone, m_layout.zoneFont, theme.mutedText,
             Qt::AlignLeft | Qt::AlignTop);
    if (!m_layout.dateRect.isEmpty())
        drawText(painter, m_layout.dateRect, texts.date, m_layout.dateFont, theme.mutedText,
                 Qt::AlignHCenter | Qt::AlignVCenter);

    if (isVisible() && !m_tick.isActive())
        scheduleTick();
}

} // namespace Pantau
