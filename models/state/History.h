#pragma once

#include <QList>
#include <QPointF>

#include <deque>

namespace Pantau {

// One indicator's past values, bounded however long the wall runs. Recent points are kept as
// they came; older ones fold into one-minute buckets, and those older than a day into one-hour
// buckets, which are dropped past the span. A wall that polls every 5 s for a month holds at
// most a few thousand numbers per indicator.
class History
{
public:
    struct Limits
    {
        qint64 rawMs = 60 * 60 * 1000;             // raw points for the last hour
        int rawMaxPoints = 720;                    // and never more than this many
        qint64 minuteMs = 24 * 60 * 60 * 1000;     // minute buckets for the last day
        qint64 spanMs = 7LL * 24 * 60 * 60 * 1000; // hour buckets back to this
    };

    History() = default;
    explicit History(const Limits &limits);

    // Adds a value at `ms` (milliseconds since the epoch). Points arriving out of order are
    // dropped: history only moves forward.
    // Returns false when the point was dropped.
    bool add(qint64 ms, double value);
    // The whole history, oldest first: bucket means at their points' mean time, then raw points.
    QList<QPointF> points() const;
    // The last `count` raw points, oldest first: enough for a sparkline.
    QList<QPointF> recent(int count) const;
    qsizetype size() const { return m_raw.size() + m_minutes.size() + m_hours.size(); }
    bool isEmpty() const { return size() == 0; }
    void clear();

private:
    struct Bucket
    {
        qint64 startMs = 0;
        double sum = 0;
        double timeSum = 0; // shown at the mean time of its points, so the series stays in order
        int count = 0;
    };
    static void addTo(std::deque<Bucket> &buckets, qint64 widthMs, qint64 ms, double sum,
                      double timeSum, int count);
    void fold(qint64 nowMs);

    Limits m_limits;
    std::deque<QPointF> m_raw;
    std::deque<Bucket> m_minutes;
    std::deque<Bucket> m_hours;
};

} // namespace Pantau
