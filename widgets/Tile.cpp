#include "Tile.h"

#include "Clock.h"
#include "Formatter.h"
#include "Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace Pantau {

Tile::Tile(const TileContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_ageTimer.setSingleShot(true);
    m_ageTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_ageTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

QString Tile::ageText(const QDateTime &dataTime) const
{
    if (!dataTime.isValid())
        return tr("Belum ada data");
    const qint64 ageSeconds = dataTime.secsTo(m_context.clock->now());
    return tr("Diperbarui %1").arg(m_context.formatter->age(ageSeconds));
}

void Tile::scheduleAgeRefresh(const QDateTime &dataTime)
{
    if (!dataTime.isValid()) {
        m_ageTimer.stop();
        return;
    }
    const qint64 ageSeconds = dataTime.secsTo(m_context.clock->now());
    const qint64 waitSeconds = Formatter::secondsUntilAgeChanges(ageSeconds);
    m_ageTimer.start(int(std::min<qint64>(waitSeconds, 24 * 3600) * 1000));
}

void Tile::hideEvent(QHideEvent *event)
{
    m_ageTimer.stop(); // nothing to keep current while nobody sees it
    QWidget::hideEvent(event);
}

void Tile::paintEvent(QPaintEvent *)
{
    const Theme &theme = *m_context.theme;
    const Frame info = frame();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), theme.background);

    const qreal h = height();
    const qreal margin = std::max<qreal>(4, h * 0.025);
    const QRectF card = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    const qreal radius = std::max<qreal>(4, h * 0.03);
    painter.setPen(QPen(theme.surfaceBorder, 1));
    painter.setBrush(theme.surface);
    painter.drawRoundedRect(card, radius, radius);

    // Dimension marker: a coloured bar on the left edge plus the dimension's name, so it does
    // not rely on colour alone.
    const qreal barWidth = std::max<qreal>(4, h * 0.02);
    QPainterPath bar;
    bar.addRoundedRect(QRectF(card.left(), card.top(), barWidth * 2, card.height()), radius,
                       radius);
    painter.save();
    painter.setClipRect(QRectF(card.left(), card.top(), barWidth, card.height()));
    painter.fillPath(bar, theme.dimensionColor(info.dimension));
    painter.restore();

    const qreal pad = std::max<qreal>(8, h * 0.05);
    const QRectF inner = card.adjusted(barWidth + pad, pad * 0.8, -pad, -pad * 0.8);

    // Header: title on the left, OPD and dimension beneath it.
    const qreal titleSize = std::clamp(h * 0.075, 11.0, 64.0);
    const qreal smallSize = std::clamp(h * 0.05, 9.0, 40.0);
    painter.setPen(theme.text);
    const QRectF titleRect(inner.left(), inner.top(), inner.width(), titleSize * 1.35);
    // A long title shrinks a little before it is cut short.
    QFont titleFont = theme.font(titleSize, QFont::Bold);
    const qreal titleWidth = QFontMetricsF(titleFont).horizontalAdvance(info.title);
    if (titleWidth > titleRect.width())
        titleFont = theme.font(
            std::max(titleSize * 0.75, titleSize * titleRect.width() / titleWidth), QFont::Bold);
    painter.setFont(titleFont);
    painter.drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(info.title, Qt::ElideRight, int(titleRect.width())));
    painter.setPen(theme.mutedText);
    painter.setFont(theme.font(smallSize));
    const QRectF sourceRect(inner.left(), titleRect.bottom(), inner.width(), smallSize * 1.4);
    const QString source =
        info.opd.isEmpty()
            ? Theme::dimensionName(info.dimension)
            : QStringLiteral("%1 · %2").arg(info.opd, Theme::dimensionName(info.dimension));
    painter.drawText(
        sourceRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(source, Qt::ElideRight, int(sourceRect.width())));

    // Footer: the status badge (icon and word on a coloured pill) and the age of the data.
    const qreal footerHeight = smallSize * 1.8;
    const QRectF footer(inner.left(), inner.bottom() - footerHeight, inner.width(), footerHeight);
    const QColor statusColor = theme.statusColor(info.status);
    painter.setFont(theme.font(smallSize, QFont::Bold));
    const QString badgeText =
        QStringLiteral("%1 %2").arg(Theme::statusIcon(info.status), Theme::statusWord(info.status));
    const qreal badgeWidth = painter.fontMetrics().horizontalAdvance(badgeText) + smallSize * 1.4;
    const QRectF badge(footer.right() - badgeWidth, footer.top() + footerHeight * 0.1, badgeWidth,
                       footerHeight * 0.8);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColor);
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, badgeText);

    painter.setFont(theme.font(smallSize));
    painter.setPen(theme.mutedText);
    const QRectF ageRect(footer.left(), footer.top(), footer.width() - badgeWidth - pad,
                         footerHeight);
    painter.drawText(ageRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(ageText(info.dataTime), Qt::ElideRight,
                                                      int(ageRect.width())));

    // An error names its reason above the footer, so the last good value stays readable.
    qreal contentBottom = footer.top();
    if (info.status == IndicatorStatus::Error && !info.error.isEmpty()) {
        const QRectF errorRect(inner.left(), footer.top() - smallSize * 1.5, inner.width(),
                               smallSize * 1.4);
        painter.setPen(theme.statusColor(IndicatorStatus::Error).lighter(140));
        const QString text = tr("Gagal memuat: %1").arg(info.error);
        painter.drawText(
            errorRect, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(text, Qt::ElideRight, int(errorRect.width())));
        contentBottom = errorRect.top();
    }

    const QRectF content(inner.left(), sourceRect.bottom(), inner.width(),
                         std::max<qreal>(0, contentBottom - sourceRect.bottom()));
    paintContent(painter, content, info);

    scheduleAgeRefresh(info.dataTime);
}

} // namespace Pantau
