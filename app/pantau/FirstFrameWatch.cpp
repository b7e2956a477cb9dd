#include "FirstFrameWatch.h"

#include "tiles/Tile.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace Pantau {

FirstFrameWatch::FirstFrameWatch(const QList<QWidget *> &windows, QObject *parent)
    : QObject(parent)
{
    for (QWidget *window : windows) {
        if (!window || m_windows.contains(window))
            continue;
        m_windows.append(window);
        // Qt paints and flushes a widget window while handling an expose of its QWindow or an
        // update request, which the repaint manager posts to the top-level widget itself.
        window->installEventFilter(this);
        if (QWindow *handle = window->windowHandle())
            handle->installEventFilter(this);
    }
    // Already complete (a warm cache, windows exposed before the watch began) shows at the next
    // turn of the event loop; otherwise the next paint brings it.
    QTimer::singleShot(0, this, &FirstFrameWatch::check);
}

bool FirstFrameWatch::eventFilter(QObject *watched, QEvent *event)
{
    // The check runs after the event is handled, so it sees what that paint drew.
    if ((event->type() == QEvent::Expose || event->type() == QEvent::UpdateRequest) &&
        !m_checkQueued) {
        m_checkQueued = true;
        QTimer::singleShot(0, this, &FirstFrameWatch::check);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameWatch::check()
{
    m_checkQueued = false;
    if (!isFull())
        return;
    emit firstFullFrame(QDateTime::currentDateTimeUtc());
    deleteLater();
}

bool FirstFrameWatch::isFull() const
{
    for (const QPointer<QWidget> &window : m_windows) {
        if (!window || !window->windowHandle() || !window->windowHandle()->isExposed())
            return false;
        // What a tile last painted, not what its model holds: data waiting for the next paint
        // is not on the wall yet.
        for (const Tile *tile : window->findChildren<Tile *>()) {
            if (tile->isVisible() && !tile->shownData())
                return false;
        }
    }
    return !m_windows.isEmpty();
}

} // namespace Pantau
