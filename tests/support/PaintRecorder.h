#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QList>
#include <QPaintEvent>
#include <QRect>
#include <QWidget>

namespace Pantau::Test {

// Records the rectangle of every paint event a widget gets, to check what a repaint covered.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget) { widget->installEventFilter(this); }
    QList<QRect> rects;

    // Runs the event loop until a paint came since `rects` was last cleared, or a generous
    // limit passed (which the caller's checks then catch).
    void wait() const
    {
        QDeadlineTimer limit(5000);
        while (rects.isEmpty() && !limit.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            rects.append(static_cast<QPaintEvent *>(event)->rect());
        return false;
    }
};

} // namespace Pantau::Test
