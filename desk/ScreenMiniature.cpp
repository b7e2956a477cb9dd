#include "ScreenMiniature.h"

#include "binding/RepaintScheduler.h"
#include "screen/ScreenView.h"

#include <QLayout>
#include <QPainter>

namespace Pantau {

namespace {
// Rendered at this width: enough for the overview column, cheap to paint once a second.
constexpr int RenderWidth = 480;
} // namespace

ScreenMiniature::ScreenMiniature(ScreenView *view, RepaintScheduler *scheduler, QWidget *parent)
    : QAbstractButton(parent)
    , m_view(view)
{
    setCheckable(true);
    setAutoExclusive(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(view->screenConfig().name);
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(MinRefreshMs);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (!m_pending)
            return;
        m_pending = false;
        render();
        m_throttle.start();
    });
    if (scheduler)
        connect(scheduler, &RepaintScheduler::flushed, this,
                [this](const QList<QWidget *> &widgets) {
                    for (QWidget *widget : widgets)
                        if (m_view && (widget == m_view || m_view->isAncestorOf(widget))) {
                            requestRefresh();
                            return;
                        }
                });
    connect(view, &ScreenView::pageChanged, this, &ScreenMiniature::requestRefresh);
    render();
    m_throttle.start();
}

void ScreenMiniature::requestRefresh()
{
    if (m_throttle.isActive()) {
        m_pending = true;
        return;
    }
    render();
    m_throttle.start();
}

void ScreenMiniature::layOutHidden(QWidget *view)
{
    if (view->isVisible())
        return;
    // Parents before children (findChildren goes depth-first), so each layout works in the
    // geometry its parent's layout just gave it.
    if (view->layout())
        view->layout()->activate();
    for (QWidget *child : view->findChildren<QWidget *>())
        if (child->layout() && !child->isHidden())
            child->layout()->activate();
}

void ScreenMiniature::render()
{
    if (!m_view)
        return;
    layOutHidden(m_view);
    const QSize full = m_view->size().isEmpty() ? m_view->screenConfig().size : m_view->size();
    if (full.isEmpty())
        return;
    const qreal scale = qreal(RenderWidth) / full.width();
    QImage image(QSize(RenderWidth, std::max(1, qRound(full.height() * scale))),
                 QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    m_view->render(&painter, QPoint(), QRegion(),
                   QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.end();
    m_image = image;
    ++m_renders;
    update();
}

int ScreenMiniature::captionHeight() const
{
    return fontMetrics().height() * 2 + 8;
}

QSize ScreenMiniature::sizeHint() const
{
    return {240, heightForWidth(240)};
}

int ScreenMiniature::heightForWidth(int width) const
{
    const QSize full = m_view ? m_view->screenConfig().size : QSize(16, 9);
    const int picture =
        full.isEmpty() ? width * 9 / 16 : (width - 8) * full.height() / full.width();
    return picture + captionHeight() + 8;
}

void ScreenMiniature::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QRect frame = rect().adjusted(1, 1, -1, -1);
    painter.fillRect(rect(), isChecked() ? pal.color(QPalette::Highlight).lighter(185)
                                         : pal.color(QPalette::Base));
    painter.setPen(QPen(isChecked() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                        isChecked() ? 3 : 1));
    painter.drawRect(frame);
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        painter.drawRect(rect().adjusted(4, 4, -5, -5));
    }
    const QRect inner = rect().adjusted(4, 4, -4, -4);
    const int pictureHeight = inner.height() - captionHeight();
    if (!m_image.isNull()) {
        const QSize fitted =
            m_image.size().scaled(inner.width(), pictureHeight, Qt::KeepAspectRatio);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(inner.topLeft(), fitted), m_image);
    }
    if (!m_view)
        return;
    const ScreenConfig &screen = m_view->screenConfig();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const QRect first(inner.left(), inner.top() + pictureHeight + 2, inner.width(), line);
    const QRect second = first.translated(0, line + 2);
    const QString page = tr("Hal. %1/%2").arg(m_view->currentPage() + 1).arg(m_view->pageCount());
    const QString state = m_view->isPinned() ? tr("\u25c6 Disematkan · %1").arg(page) : page;
    painter.setPen(pal.color(QPalette::Text));
    painter.setFont(bold);
    painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter, screen.name);
    painter.setFont(font());
    painter.setPen(m_view->isPinned() ? QColor(0xb0, 0x4a, 0x00) : pal.color(QPalette::Text));
    painter.drawText(first, Qt::AlignRight | Qt::AlignVCenter, state);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(screen.title, Qt::ElideRight, second.width()));
}

} // namespace Pantau
