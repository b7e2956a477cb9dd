#include "ScreenHeader.h"

#include "Clock.h"
#include "Formatter.h"
#include "Theme.h"

#include <QPainter>

namespace Pantau {

ScreenHeader::ScreenHeader(const TileContext &context, const QString &title, bool demo,
                           QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(title)
    , m_demo(demo)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_minuteTimer.setSingleShot(true);
    connect(&m_minuteTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void ScreenHeader::resizeEvent(QResizeEvent *event)
{
    // Scale with the screen: about 6% of a 1080-line screen, never unreadably small.
    if (parentWidget())
        setFixedHeight(std::max(40, parentWidget()->height() * 6 / 100));
    QWidget::resizeEvent(event);
}

void ScreenHeader::scheduleNextMinute()
{
    // The clock shows minutes, so it wakes once a minute, just after the minute turns.
    const QDateTime now = m_context.clock->now();
    const int msIntoMinute = now.time().second() * 1000 + now.time().msec();
    m_minuteTimer.start(60'000 - msIntoMinute + 50);
}

void ScreenHeader::paintEvent(QPaintEvent *)
{
    const Theme &theme = *m_context.theme;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), theme.background);

    const qreal h = height();
    const qreal pad = h * 0.3;
    QRectF free = QRectF(rect()).adjusted(pad, 0, -pad, 0);

    const QDateTime now = m_context.clock->now();
    painter.setFont(theme.font(h * 0.36));
    painter.setPen(theme.mutedText);
    const QString when = m_context.formatter->dateTime(now);
    const qreal whenWidth = painter.fontMetrics().horizontalAdvance(when);
    painter.drawText(QRectF(free.right() - whenWidth, 0, whenWidth, h), Qt::AlignVCenter, when);
    free.setRight(free.right() - whenWidth - pad);

    if (m_demo) {
        painter.setFont(theme.font(h * 0.4, QFont::Black));
        const QString label = tr("DATA DEMO");
        const qreal w = painter.fontMetrics().horizontalAdvance(label) + h * 0.8;
        const QRectF badge(free.right() - w, h * 0.14, w, h * 0.72);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.demoBadge);
        painter.drawRoundedRect(badge, h * 0.12, h * 0.12);
        painter.setPen(theme.demoBadgeText);
        painter.drawText(badge, Qt::AlignCenter, label);
        free.setRight(badge.left() - pad);
    }

    painter.setPen(theme.text);
    painter.setFont(theme.font(h * 0.45, QFont::Bold));
    painter.drawText(free, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(m_title, Qt::ElideRight, int(free.width())));

    scheduleNextMinute();
}

} // namespace Pantau
