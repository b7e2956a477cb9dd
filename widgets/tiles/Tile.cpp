#include "tiles/Tile.h"

#include "binding/IndicatorBinding.h"
#include "binding/RecordsBinding.h"
#include "binding/RepaintScheduler.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/GlyphImages.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"
#include "tiles/EventText.h"
#include "time/Clock.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

namespace Pantau {

Tile::Tile(const TileContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void Tile::markDirty()
{
    if (m_context.scheduler)
        m_context.scheduler->markDirty(this);
    else
        update();
}

void Tile::markContentDirty(const QRectF &rect)
{
    const QRect part = rect.toAlignedRect() & m_content.toAlignedRect();
    if (m_content.isNull() || part.isEmpty())
        markDirty();
    else if (m_context.scheduler)
        m_context.scheduler->repaintNow(this, part);
    else
        update(part);
}

void Tile::followAge(const IndicatorBinding *binding)
{
    connect(binding, &IndicatorBinding::dataTimeChanged, this, &Tile::markDirtyIfChanged);
}

bool Tile::frameAsShown(const Frame &info) const
{
    Frame shown = m_shownFrame;
    shown.dataTime = info.dataTime; // the age text below stands for it
    return info == shown && (!info.showAge || ageText(info, false) == m_shownAge);
}

void Tile::markDirtyIfChanged()
{
    const Frame info = frame();
    if (!frameAsShown(info) || contentLook() != m_shownLook)
        markDirty();
    else
        scheduleWake(info); // the next change of the texts moved
}

qreal Tile::smallTextSize() const
{
    return std::clamp(std::min<qreal>(height() * 0.06, width() * 0.034), 10.0, 40.0);
}

Tile::Frame Tile::frameFor(const IndicatorBinding &binding, const QString &title,
                           const QString &dimension) const
{
    Frame f;
    f.title = title;
    f.opd = binding.opds();
    f.dimension =
        dimension.isEmpty() ? binding.data(0, IndicatorModel::DimensionRole).toString() : dimension;
    f.status = binding.worstStatus();
    f.dataTime = binding.oldestDataTime();
    f.fromCache = binding.anyFromCache();
    if (const int failed = binding.firstError(); failed >= 0)
        f.error = Formatter::failure(
            binding.data(failed, IndicatorModel::ErrorKindRole).value<FailureKind>(),
            binding.data(failed, IndicatorModel::OpdRole).toString());
    return f;
}

Tile::Frame Tile::frameFor(const RecordsBinding &binding, const QString &title) const
{
    Frame f;
    f.title = title.isEmpty() ? tr("Kejadian Terbaru") : title;
    f.opd = binding.opds();
    // Events belong to no smart-city dimension; the line under the title says what they are.
    f.dimension = EventText::dimensionLabel();
    f.dataTime = binding.newestTime();
    f.status = binding.isEmpty() ? IndicatorStatus::NoData : IndicatorStatus::Ok;
    f.error = binding.failure();
    if (!f.error.isEmpty())
        f.status = IndicatorStatus::Error;
    return f;
}

bool Tile::drawText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                    const QColor &color, Qt::Alignment alignment)
{
    if (text.isEmpty() || !TextFit::fits(text, font, rect.size()))
        return false;
    m_drawnTexts.append({rect, text, font});
    // A text wholly outside the part being repainted would only be clipped away: it is
    // recorded as drawn (it is on screen) but not shaped again.
    if (!m_paintRect.isNull() && !inkBox(rect, font).intersects(QRectF(m_paintRect)))
        return true;
    if (GlyphImages::draw(painter, rect, int(alignment), text, font, color))
        return true;
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, int(alignment) | Qt::TextSingleLine, text);
    return true;
}

QRectF Tile::inkBox(const QRectF &rect, const QFont &font)
{
    const qreal reach = font.pixelSize() * 0.15 + 2;
    return rect.adjusted(-reach, -reach, reach, reach);
}

QString Tile::ageText(const Frame &frame, bool shortForm) const
{
    if (!frame.dataTime.isValid())
        return shortForm ? QString() : tr("Belum ada data");
    const QString age = m_context.formatter->age(frame.dataTime.secsTo(m_context.clock->now()));
    if (frame.fromCache)
        return shortForm ? tr("Cache, %1").arg(age) : tr("Dari cache, %1").arg(age);
    return shortForm ? age : tr("Diperbarui %1").arg(age);
}

void Tile::scheduleWake(const Frame &info)
{
    if (!m_context.scheduler)
        return;
    const QDateTime now = m_context.clock->now();
    QDateTime when = nextContentChange();
    if (info.showAge && info.dataTime.isValid()) {
        const qint64 wait = Formatter::secondsUntilAgeChanges(info.dataTime.secsTo(now));
        if (const QDateTime ageChange = now.addSecs(wait); !when.isValid() || ageChange < when)
            when = ageChange;
    }
    if (when.isValid())
        m_context.scheduler->wakeAt(this, when);
    else
        m_context.scheduler->cancelWake(this);
}

QStringList Tile::indicatorIds() const
{
    const auto *binding = findChild<IndicatorBinding *>(QString(), Qt::FindDirectChildrenOnly);
    if (!binding)
        return {};
    // Unknown ids stay in a binding to keep positions; only those with a row mean anything.
    QStringList ids;
    for (int i = 0; i < binding->count(); ++i)
        if (binding->data(i, IndicatorModel::IdRole).isValid() &&
            !ids.contains(binding->ids().at(i)))
            ids.append(binding->ids().at(i));
    return ids;
}

void Tile::mouseDoubleClickEvent(QMouseEvent *event)
{
    emit detailRequested(this);
    QWidget::mouseDoubleClickEvent(event);
}

void Tile::resizeEvent(QResizeEvent *event)
{
    m_content = QRectF(); // the next paint lays the frame out again, whole
    QWidget::resizeEvent(event);
}

void Tile::hideEvent(QHideEvent *event)
{
    if (m_context.scheduler)
        m_context.scheduler->cancelWake(this); // nothing to keep current while nobody sees it
    QWidget::hideEvent(event);
}

void Tile::paintEvent(QPaintEvent *event)
{
    const Frame info = frame();
    m_paintRect = event->rect();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool frameHolds = frameAsShown(info);
    if (frameHolds && !m_content.isNull() && m_content.toAlignedRect().contains(m_paintRect)) {
        paintContentOnly(painter, info);
    } else {
        // A part was asked for, but the frame moved on since: the rest of it is due too.
        if (!frameHolds && !m_paintRect.contains(rect()))
            markDirty();
        paintFrame(painter, info);
    }
    m_paintRect = QRect();
}

void Tile::paintContentOnly(QPainter &painter, const Frame &info)
{
    // The content area lies on the card's flat surface, so filling the part with it and
    // drawing the content again under a clip gives the same pixels as a whole paint.
    painter.setClipRect(m_paintRect);
    painter.fillRect(m_paintRect, m_context.theme->surface);
    m_drawnTexts.resize(m_frameTexts);
    paintContent(painter, m_content, info);
    paintStaleHatch(painter, info);
}

void Tile::paintStaleHatch(QPainter &painter, const Frame &info)
{
    // Old data is hatched over, whatever the tile draws, so it cannot pass for current.
    if (info.status != IndicatorStatus::Stale)
        return;
    const qreal scale = std::max(1.0, height() / 270.0);
    painter.setPen(Qt::NoPen);
    QColor hatch = m_context.theme->mutedText;
    hatch.setAlpha(70);
    QBrush brush(hatch, Qt::BDiagPattern);
    brush.setTransform(QTransform::fromScale(scale, scale));
    painter.setBrush(brush);
    painter.drawRect(m_content);
}

void Tile::paintFrame(QPainter &painter, const Frame &info)
{
    const Theme &theme = *m_context.theme;
    m_drawnTexts.clear();
    m_shownFrame = info;
    m_shownStatus = info.status;
    m_shownData =
        info.status != IndicatorStatus::NoData && (info.dataTime.isValid() || !info.showAge);
    painter.fillRect(rect(), theme.background);

    const qreal h = height();
    const qreal margin = std::max<qreal>(4, h * 0.025);
    const QRectF card = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    const qreal radius = std::max<qreal>(4, h * 0.03);
    painter.setPen(QPen(theme.surfaceBorder, 1));
    painter.setBrush(theme.surface);
    painter.drawRoundedRect(card, radius, radius);

    // Dimension marker: a coloured bar on the left edge plus the dimension's name below the
    // title, so it does not rely on colour alone.
    const qreal barWidth = std::max<qreal>(4, h * 0.02);
    QPainterPath bar;
    bar.addRoundedRect(QRectF(card.left(), card.top(), barWidth * 2, card.height()), radius,
                       radius);
    painter.save();
    painter.setClipRect(QRectF(card.left(), card.top(), barWidth, card.height()));
    painter.fillPath(bar, theme.dimensionColor(info.dimension));
    painter.restore();

    const qreal pad = std::max<qreal>(6, std::min(h * 0.045, width() * 0.03));
    const QRectF inner = card.adjusted(barWidth + pad, pad * 0.7, -pad, -pad * 0.7);
    const qreal small = smallTextSize();
    const QFont smallFont = theme.font(small);

    // Title: as large as the tile allows, shrinking a little before giving up whole words.
    const qreal titleMax = std::clamp(std::min(h * 0.075, width() * 0.05), 12.0, 64.0);
    const QRectF titleRect(inner.left(), inner.top(), inner.width(), titleMax * 1.3);
    qreal titleSize = TextFit::largestSize(theme, info.title, QFont::Bold, titleRect.size(),
                                           titleMax, titleMax * 0.7);
    if (titleSize > 0) {
        drawText(painter, titleRect, info.title, theme.font(titleSize, QFont::Bold), theme.text);
    } else {
        const QFont font = theme.font(titleMax * 0.7, QFont::Bold);
        drawText(painter, titleRect,
                 TextFit::leadingWords(info.title, QFontMetricsF(font), titleRect.width()), font,
                 theme.text);
    }

    // Source and dimension, dropped part by part when the tile is narrow.
    const QRectF sourceRect(inner.left(), titleRect.bottom(), inner.width(), small * 1.35);
    const QString dimension = Theme::dimensionName(info.dimension);
    const QStringList sourceChoices = {(info.opd.isEmpty() || dimension.isEmpty())
                                           ? info.opd + dimension
                                           : QStringLiteral("%1 · %2").arg(info.opd, dimension),
                                       info.opd, dimension};
    for (const QString &choice : sourceChoices)
        if (drawText(painter, sourceRect, choice, smallFont, theme.mutedText))
            break;

    // Footer: the status badge (icon and word on a coloured pill) and the age of the data.
    const qreal footerHeight = small * 1.7;
    const QRectF footer(inner.left(), inner.bottom() - footerHeight, inner.width(), footerHeight);
    const QFont badgeFont = theme.font(small, QFont::Bold);
    const QString badgeText =
        QStringLiteral("%1 %2").arg(Theme::statusIcon(info.status), Theme::statusWord(info.status));
    // One pixel of slack: the text's rectangle is the badge less its padding, and rounding must
    // not make it a hair narrower than the text.
    const qreal badgeWidth =
        QFontMetricsF(badgeFont).horizontalAdvance(badgeText) + small * 1.2 + 1;
    const QRectF badge(footer.right() - badgeWidth, footer.top() + footerHeight * 0.05, badgeWidth,
                       footerHeight * 0.9);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.statusColor(info.status));
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    drawText(painter, badge.adjusted(small * 0.6, 0, -small * 0.6, 0), badgeText, badgeFont,
             theme.statusText(info.status), Qt::AlignCenter);

    if (info.showAge) {
        const QRectF ageRect(footer.left(), footer.top(), badge.left() - footer.left() - pad,
                             footerHeight);
        m_shownAge = ageText(info, false);
        if (!drawText(painter, ageRect, m_shownAge, smallFont, theme.mutedText))
            drawText(painter, ageRect, ageText(info, true), smallFont, theme.mutedText);
    }

    // A failure names its reason above the footer, so the last good value stays readable.
    qreal contentBottom = footer.top();
    if (!info.error.isEmpty()) {
        const QString text =
            QStringLiteral("%1 %2").arg(Theme::statusIcon(IndicatorStatus::Error), info.error);
        const QColor color = theme.statusColor(IndicatorStatus::Error).lighter(170);
        const QFontMetricsF metrics(smallFont);
        QStringList lines = TextFit::wrap(text, metrics, inner.width(), 2);
        if (lines.isEmpty())
            lines = {TextFit::leadingWords(text, metrics, inner.width())};
        const qreal lineHeight = metrics.height() * 1.1;
        qreal top = footer.top() - lineHeight * lines.size() - small * 0.2;
        contentBottom = top;
        for (const QString &line : std::as_const(lines)) {
            drawText(painter, QRectF(inner.left(), top, inner.width(), lineHeight), line, smallFont,
                     color);
            top += lineHeight;
        }
    }

    m_content = QRectF(inner.left(), sourceRect.bottom() + small * 0.2, inner.width(),
                       std::max<qreal>(0, contentBottom - sourceRect.bottom() - small * 0.4));
    m_frameTexts = m_drawnTexts.size();
    paintContent(painter, m_content, info);
    paintStaleHatch(painter, info);
    m_shownLook = contentLook();

    scheduleWake(info);
}

} // namespace Pantau
