#include "tiles/TickerTile.h"

#include "binding/RecordsBinding.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"
#include "tiles/EventText.h"
#include "tiles/TickerStrip.h"
#include "time/Clock.h"

#include <QPainter>

namespace Pantau {

TickerTile::TickerTile(const TileContext &context, const TileConfig &config, QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
    , m_binding(new RecordsBinding(context.records, context.health, config.feeds, this))
    , m_strip(new TickerStrip(*context.theme, this))
{
    m_strip->hide();
    connect(m_binding, &RecordsBinding::recordsChanged, this, &TickerTile::refreshItems);
    connect(m_binding, &RecordsBinding::healthChanged, this, &TickerTile::markDirty);
    connect(m_strip, &TickerStrip::loopFinished, this, &TickerTile::onLoopFinished);
    refreshItems();
}

bool TickerTile::isTimerActive() const
{
    return m_strip->isRunning();
}

QString TickerTile::stripText() const
{
    return m_strip->text();
}

int TickerTile::stripRenders() const
{
    return m_strip->renders();
}

void TickerTile::setSpeed(qreal heightsPerSecond)
{
    m_strip->setSpeed(heightsPerSecond);
}

void TickerTile::refreshItems()
{
    const QDateTime now = context().clock->now();
    QList<TickerStrip::Item> items;
    QSet<QString> keys;
    bool anyNew = false;
    for (const EventRecord &record : m_binding->latest(MaxItems)) {
        // One line on the strip: the record's own line breaks become spaces.
        items.append(
            {EventText::head(record, *context().formatter, now), record.text.simplified()});
        const QString key = record.feedId + u'/' + record.id;
        keys.insert(key);
        anyNew = anyNew || !m_seen.contains(key);
    }
    m_seen = keys;
    m_strip->setItems(items);
    if (anyNew) {
        // Something new: from the start, the newest item at the left, a fresh count of loops.
        m_scrolling = true;
        m_loopsDone = 0;
        m_strip->rewind();
    }
    if (items.isEmpty())
        m_scrolling = false;
    updateMotion();
    markDirty();
}

void TickerTile::onLoopFinished()
{
    if (++m_loopsDone < LoopsBeforeParking)
        return;
    // Everyone has had the chance to read it: park, and keep the wall still.
    m_scrolling = false;
    m_strip->rewind();
    updateMotion();
    markDirty();
}

void TickerTile::updateMotion()
{
    // Not before a paint has placed the strip: shown at its default place and size, it would
    // cover the tile's corner with an unpainted (black) box until the next frame, and a
    // snapshot would keep that frame.
    const bool shown = m_scrolling && m_onScreen && m_stripPlaced;
    if (m_strip->isHidden() == shown) {
        m_strip->setVisible(shown);
        markDirty(); // the parked view and the strip take turns
    }
    m_strip->setRunning(shown && !m_hovered);
}

void TickerTile::showEvent(QShowEvent *event)
{
    Tile::showEvent(event);
    m_onScreen = true;
    updateMotion();
}

void TickerTile::hideEvent(QHideEvent *event)
{
    m_onScreen = false;
    updateMotion();
    Tile::hideEvent(event);
}

void TickerTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    updateMotion();
    Tile::enterEvent(event);
}

void TickerTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    updateMotion();
    Tile::leaveEvent(event);
}

Tile::Frame TickerTile::frame() const
{
    return frameFor(*m_binding, m_config.title);
}

void TickerTile::paintContent(QPainter &painter, const QRectF &area, const Frame &)
{
    const Theme &theme = this->theme();
    const qreal small = smallTextSize();
    // Large, but small enough that some thirty characters are in view at once: a moving line
    // is read in phrases, and a few huge letters at a time cannot be.
    const qreal fontPx =
        std::clamp(std::min(area.width() / 18, area.height() * 0.4), small, small * 2.4);
    const qreal bandHeight = std::min(area.height(), TickerStrip::heightFor(fontPx));
    const QRect band =
        QRectF(area.left(), area.center().y() - bandHeight / 2, area.width(), bandHeight)
            .toRect()
            .intersected(area.toRect());
    if (m_strip->geometry() != band)
        m_strip->setGeometry(band);
    if (!m_stripPlaced) {
        m_stripPlaced = true;
        // Showing a widget from inside a paint is not safe; once this paint is done.
        QMetaObject::invokeMethod(this, &TickerTile::updateMotion, Qt::QueuedConnection);
    }

    if (m_strip->isVisible()) {
        // The strip draws itself over this band; the band's colour shows only at its edges.
        painter.fillRect(band, theme.background);
        return;
    }
    paintParked(painter, area);
}

void TickerTile::paintParked(QPainter &painter, const QRectF &area)
{
    const Theme &theme = this->theme();
    const QList<TickerStrip::Item> &items = m_strip->items();
    const qreal small = smallTextSize();
    if (items.isEmpty()) {
        drawText(painter, area, tr("Belum ada kejadian"), theme.font(small), theme.mutedText,
                 Qt::AlignCenter);
        return;
    }

    // The newest items, each a head line and its description in whole words beneath, as large
    // as the newest one allows: the first item must be there in full.
    struct Laid
    {
        QString head;
        QStringList lines;
    };
    const qreal largest = std::clamp(area.height() / 4.5, small, small * 2.0);
    QList<Laid> laid;
    qreal size = largest;
    qreal lineHeight = 0;
    for (;; size = std::max(small, size - std::max<qreal>(1, size * 0.08))) {
        const QFontMetricsF metrics(theme.font(size));
        const QFontMetricsF headMetrics(theme.font(size, QFont::Bold));
        lineHeight = metrics.height() * 1.05;
        const int maxLines = int(area.height() / lineHeight);
        laid.clear();
        int used = 0;
        for (const TickerStrip::Item &item : items) {
            const int room = maxLines - used - 1 - (laid.isEmpty() ? 0 : 1); // gap between items
            if (room < 1 || headMetrics.horizontalAdvance(item.head) > area.width())
                break;
            const QStringList lines = TextFit::wrap(item.text, metrics, area.width(), room);
            if (lines.isEmpty() && !item.text.isEmpty())
                break;
            used += 1 + int(lines.size()) + (laid.isEmpty() ? 0 : 1);
            laid.append({item.head, lines});
        }
        if (!laid.isEmpty() || size <= small)
            break;
    }
    if (laid.isEmpty()) {
        // The last resort, for a tile far smaller than any wall's: the newest item's first words.
        const QFontMetricsF metrics(theme.font(size));
        laid.append({items.first().head,
                     {TextFit::leadingWords(items.first().text, metrics, area.width())}});
    }

    const QFont font = theme.font(size);
    const QFont headFont = theme.font(size, QFont::Bold);
    qreal y = area.top();
    for (qsizetype i = 0; i < laid.size(); ++i) {
        if (i > 0) {
            painter.setPen(QPen(theme.surfaceBorder, 1));
            const qreal mid = y + lineHeight / 2;
            painter.drawLine(QPointF(area.left(), mid), QPointF(area.right(), mid));
            y += lineHeight;
        }
        drawText(painter, QRectF(area.left(), y, area.width(), lineHeight), laid[i].head, headFont,
                 theme.text);
        y += lineHeight;
        for (const QString &line : std::as_const(laid[i].lines)) {
            drawText(painter, QRectF(area.left(), y, area.width(), lineHeight), line, font,
                     theme.text);
            y += lineHeight;
        }
    }
}

} // namespace Pantau
