#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Pantau {

class Clock;

// Decides when tiles repaint, for a whole wall. A model change marks tiles dirty and they repaint
// together once a short batch timer fires, so ten indicators arriving in one poll cost one
// round of painting. Tiles whose text depends on the time ("3 menit lalu") ask to be woken when
// it next changes; one shared coarse timer serves them all, armed for the earliest wake, so an
// idle wall has no timer firing at all.
class RepaintScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchMs = 30;
    // Wakes are rounded to this, so tiles whose ages change near the same moment share a repaint.
    static constexpr int WakeGranularityMs = 1000;

    explicit RepaintScheduler(const Clock *clock, QObject *parent = nullptr);

    // Repaints `rect` of `widget` with the next batch; a null rect repaints all of it. Marks of
    // one widget within a batch add up: parts unite, and the whole wins over any part.
    void markDirty(QWidget *widget, const QRect &rect = {});
    // The same, for a change that waits for nothing else (the clock's second turning): the
    // batch is flushed at once, with whatever else it holds, and the wall does not wake a
    // second time for it.
    void repaintNow(QWidget *widget, const QRect &rect = {});
    // Repaints `widget` when the clock reaches `when`. Replaces the widget's earlier wake.
    void wakeAt(QWidget *widget, const QDateTime &when);
    void cancelWake(QWidget *widget);

    // Counters for benchmarks and soak runs: batches flushed and widgets repainted by them.
    qint64 batches() const { return m_batches; }
    qint64 repaints() const { return m_repaints; }
    // Whether anything is pending: a test of an idle wall checks this is false.
    bool batchPending() const { return m_batchTimer.isActive(); }
    bool wakePending() const { return m_wakeTimer.isActive(); }

signals:
    // After each batch, the widgets it repainted, painted by then (a batch paints at once): the
    // control desk's miniatures refresh only when a tile of their screen did, instead of
    // polling the wall on a timer.
    void flushed(const QList<QWidget *> &widgets);

private:
    void flush();
    void onWake();
    void armWake();
    void watch(QWidget *widget);

    const Clock *m_clock;
    QTimer m_batchTimer;
    QTimer m_wakeTimer;
    struct Dirty
    {
        QPointer<QWidget> widget;
        QRect rect; // null: the whole widget
    };
    QList<Dirty> m_dirty;
    QHash<QWidget *, QDateTime> m_wakes;
    QHash<QWidget *, QMetaObject::Connection> m_watched;
    qint64 m_batches = 0;
    qint64 m_repaints = 0;
};

} // namespace Pantau
