#include "tiles/TickerStrip.h"

#include "theme/Theme.h"

#include <QImage>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Pantau {

namespace {

const QString Separator = QStringLiteral("\u2022"); // bullet
const QString Dash = QStringLiteral(" \u2014 ");

// The widest pixmap painted in one piece; QPixmap cannot be wider than 32767 pixels.
constexpr int MaxPixmapWidth = 30000;

} // namespace

TickerStrip::TickerStrip(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
{
    // Opaque and without children, so a step paints the strip alone, nothing beneath it.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1000 / FramesPerSecond);
    connect(&m_timer, &QTimer::timeout, this, &TickerStrip::step);
}

bool TickerStrip::setItems(const QList<Item> &items)
{
    if (items == m_items)
        return false;
    m_items = items;
    render();
    update();
    return true;
}

QString TickerStrip::text() const
{
    QStringList parts;
    for (const Item &item : m_items)
        parts.append(item.text.isEmpty() ? item.head : item.head + Dash + item.text);
    return parts.join(QStringLiteral("  %1  ").arg(Separator));
}

void TickerStrip::setRunning(bool running)
{
    m_wantRunning = running;
    // Nothing to move until there is a pixmap; render() starts the timer when one comes.
    if (running && !m_pixmap.isNull())
        m_timer.start();
    else
        m_timer.stop();
}

void TickerStrip::rewind()
{
    m_offset = 0;
    update();
}

void TickerStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render(); // the text size follows the height
}

void TickerStrip::render()
{
    if (m_items.isEmpty() || height() < 8 || width() < 8) {
        m_pixmap = QPixmap();
        m_loopWidth = 0;
        m_offset = 0;
        m_timer.stop();
        return;
    }
    const qreal fontPx = fontSizeFor(height());
    const QFont headFont = m_theme.font(fontPx, QFont::Bold);
    const QFont textFont = m_theme.font(fontPx);
    const QFontMetricsF headMetrics(headFont);
    const QFontMetricsF textMetrics(textFont);
    const qreal space = textMetrics.horizontalAdvance(u' ');
    const qreal separatorWidth = space * 4 + textMetrics.horizontalAdvance(Separator);

    // The newest items first; older ones are left out of a loop that would grow too wide.
    struct Placed
    {
        qreal headWidth;
        qreal width;
    };
    QList<Placed> placed;
    qreal loop = 0;
    const qreal dpr = devicePixelRatioF();
    for (const Item &item : std::as_const(m_items)) {
        const qreal head = headMetrics.horizontalAdvance(item.head);
        const qreal width =
            head + (item.text.isEmpty() ? 0 : textMetrics.horizontalAdvance(Dash + item.text)) +
            separatorWidth;
        if (!placed.isEmpty() && (loop + width) * dpr > MaxPixmapWidth)
            break;
        placed.append({head, width});
        loop += width;
    }
    // A loop shorter than the strip would show an item twice at once: pad it with space.
    m_loopWidth = int(std::ceil(std::max(loop, qreal(width()) + separatorWidth)));
    m_offset %= m_loopWidth;

    m_pixmap = QPixmap(QSize(m_loopWidth, height()) * dpr);
    m_pixmap.setDevicePixelRatio(dpr);
    m_pixmap.fill(m_theme.background);
    QPainter painter(&m_pixmap);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF line(0, 0, m_loopWidth, height());
    // Each item is led by a bullet, so the loop reads "• item • item" and the newest item
    // starts clear of the strip's left edge.
    qreal x = 0;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const Item &item = m_items.at(i);
        painter.setFont(textFont);
        painter.setPen(m_theme.dimensionColor(QStringLiteral("emergency")));
        painter.drawText(QRectF(x, 0, separatorWidth, line.height()), Qt::AlignCenter, Separator);
        x += separatorWidth;
        painter.setFont(headFont);
        painter.setPen(m_theme.text);
        painter.drawText(QRectF(x, 0, placed[i].headWidth + 1, line.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, item.head);
        if (!item.text.isEmpty()) {
            const qreal textX = x + placed[i].headWidth;
            painter.setFont(textFont);
            painter.setPen(m_theme.mutedText);
            const qreal dash = textMetrics.horizontalAdvance(Dash);
            painter.drawText(QRectF(textX, 0, dash + 1, line.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, Dash);
            painter.setPen(m_theme.text);
            painter.drawText(QRectF(textX + dash, 0, placed[i].width, line.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, item.text);
        }
        x += placed[i].width - separatorWidth;
    }
    painter.end();
    m_inkRows = inkRows();
    ++m_renders;
    if (m_wantRunning && !m_timer.isActive())
        m_timer.start();
}

QRect TickerStrip::inkRows() const
{
    const QImage image = m_pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    const QRgb background = m_theme.background.rgba();
    auto hasInk = [&](int y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        return std::any_of(line, line + image.width(), [&](QRgb p) { return p != background; });
    };
    int top = 0;
    while (top < image.height() && !hasInk(top))
        ++top;
    int bottom = image.height() - 1;
    while (bottom > top && !hasInk(bottom))
        --bottom;
    if (top >= image.height())
        return {};
    // Device rows to whole logical rows that hold them.
    const qreal dpr = m_pixmap.devicePixelRatio();
    const int first = int(std::floor(top / dpr));
    const int last = int(std::ceil((bottom + 1) / dpr));
    return QRect(0, first, width(), last - first);
}

void TickerStrip::step()
{
    if (m_loopWidth <= 0) {
        m_timer.stop();
        return;
    }
    const int dx = std::max(1, int(std::lround(height() * m_speed / FramesPerSecond)));
    m_offset += dx;
    bool wrapped = false;
    if (m_offset >= m_loopWidth) {
        m_offset -= m_loopWidth;
        wrapped = true;
    }
    // Paints the text's rows again from the loop's pixmap, at once. That copies the same
    // pixels as QWidget::scroll() would move, but scroll() posts an update for the columns
    // coming in, and that costs the event loop a second wake-up per step (BENCHMARKS.md). The
    // rows above and below the text are background at every offset and stay as they are.
    repaint(m_inkRows);
    if (wrapped)
        emit loopFinished();
}

void TickerStrip::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect exposed = event->rect();
    if (m_pixmap.isNull() || m_loopWidth <= 0) {
        painter.fillRect(exposed, m_theme.background);
        return;
    }
    const qreal dpr = m_pixmap.devicePixelRatio();
    // The loop repeats end to end; copy each repeat's part that falls in the exposed area.
    for (int x0 = -m_offset; x0 < width(); x0 += m_loopWidth) {
        const QRect target = QRect(x0, 0, m_loopWidth, height()).intersected(exposed);
        if (target.isEmpty())
            continue;
        const QRectF source((target.x() - x0) * dpr, target.y() * dpr, target.width() * dpr,
                            target.height() * dpr);
        painter.drawPixmap(QRectF(target), m_pixmap, source);
    }
}

} // namespace Pantau
