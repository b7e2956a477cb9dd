#include "screen/ScreenHeader.h"

#include "locale/Formatter.h"
#include "theme/Theme.h"
#include "time/Clock.h"

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

void ScreenHeader::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    update();
}

void ScreenHeader::setPart(Part part)
{
    m_part = part;
    update();
}

void ScreenHeader::setPageInfo(int page, int pageCount, bool pinned)
{
    if (page == m_page && pageCount == m_pageCount && pinned == m_pinned)
        return;
    m_page = page;
    m_pageCount = pageCount;
    m_pinned = pinned;
    update();
}

QString ScreenHeader::pageText() const
{
    if (m_pageCount <= 1)
        return {};
    const QString position = QStringLiteral("%1/%2").arg(m_page + 1).arg(m_pageCount);
    return m_pinned ? tr("%1 · Disematkan").arg(position) : position;
}

void ScreenHeader::setSilencedUntil(const QDateTime &until)
{
    if (until == m_silencedUntil)
        return;
    m_silencedUntil = until;
    update();
}

QString ScreenHeader::silenceText() const
{
    if (!m_silencedUntil.isValid() || m_silencedUntil <= m_context.clock->now())
        return {};
    // Words only: the wall's font (DejaVu) has no speaker glyph, and a box would say nothing.
    return tr("Suara dimatikan sampai %1").arg(m_context.formatter->time(m_silencedUntil));
}

void ScreenHeader::resizeEvent(QResizeEvent *event)
{
    // Scale with the screen: about 6% of a 1080-line screen, never unreadably small.
    if (parentWidget() && m_part == Part::All)
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

    const bool status = m_part == Part::All || m_part == Part::Status;
    const bool title = m_part == Part::All || m_part == Part::Title;
    if (status)
        paintStatus(painter, free);
    if (title)
        paintTitle(painter, free);
    if (status)
        scheduleNextMinute();
}

void ScreenHeader::paintStatus(QPainter &painter, QRectF &free)
{
    const Theme &theme = *m_context.theme;
    const qreal h = height();
    const qreal pad = h * 0.3;
    const QDateTime now = m_context.clock->now();
    painter.setFont(theme.font(h * 0.36));
    painter.setPen(theme.mutedText);
    const QString when = m_context.formatter->dateTime(now);
    const qreal whenWidth = painter.fontMetrics().horizontalAdvance(when);
    painter.drawText(QRectF(free.right() - whenWidth, 0, whenWidth, h), Qt::AlignVCenter, when);
    free.setRight(free.right() - whenWidth - pad);

    if (const QString silence = silenceText(); !silence.isEmpty()) {
        painter.setFont(theme.font(h * 0.34, QFont::Bold));
        painter.setPen(theme.demoBadge);
        const qreal w = painter.fontMetrics().horizontalAdvance(silence);
        painter.drawText(QRectF(free.right() - w, 0, w, h), Qt::AlignVCenter, silence);
        free.setRight(free.right() - w - pad);
    }

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
}

void ScreenHeader::paintTitle(QPainter &painter, QRectF &free)
{
    const Theme &theme = *m_context.theme;
    const qreal h = height();
    const qreal pad = h * 0.3;

    if (const QString pages = pageText(); !pages.isEmpty()) {
        painter.setFont(theme.font(h * 0.32, m_pinned ? QFont::Bold : QFont::Normal));
        painter.setPen(m_pinned ? theme.demoBadge : theme.mutedText);
        const qreal w = painter.fontMetrics().horizontalAdvance(pages);
        painter.drawText(QRectF(free.right() - w, 0, w, h), Qt::AlignVCenter, pages);
        free.setRight(free.right() - w - pad);
    }

    painter.setPen(theme.text);
    painter.setFont(theme.font(h * 0.45, QFont::Bold));
    painter.drawText(free, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(m_title, Qt::ElideRight, int(free.width())));
}

} // namespace Pantau
