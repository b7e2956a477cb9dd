#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Pantau {

// Notices the first frame in which every wall window is on screen and every tile it shows has
// data (current, or the last good value from the cache): the end of start-up as the room sees
// it, for the start-up benchmark (pantau --stats-file). It watches the windows' expose and
// update events only until then, and deletes itself once it has told.
class FirstFrameWatch : public QObject
{
    Q_OBJECT

public:
    FirstFrameWatch(const QList<QWidget *> &windows, QObject *parent = nullptr);

signals:
    // The real time at which that frame had been painted.
    void firstFullFrame(const QDateTime &when);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    bool isFull() const;

    QList<QPointer<QWidget>> m_windows;
    bool m_checkQueued = false;
};

} // namespace Pantau
