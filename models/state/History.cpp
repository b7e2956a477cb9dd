#include "state/History.h"

namespace Pantau {

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
} // namespace

History::History(const Limits &limits)
    : m_limits(limits)
{
}

void History::clear()
{
    m_raw.clear();
    m_minutes.clear();
    m_hours.clear();
}

void History::addTo(std::deque<Bucket> &buckets, qint64 widthMs, qint64 ms, double sum,
                    double timeSum, int count)
{
    const qint64 start = ms - ((ms % widthMs) + widthMs) % widthMs;
    if (!buckets.empty() && buckets.back().startMs == start) {
        buckets.back().sum += sum;
        buckets.back().timeSum += timeSum;
        buckets.back().count += count;
    } else if (buckets.empty() || buckets.back().startMs < start) {
        buckets.push_back({start, sum, timeSum, count});
    }
}

bool History::add(qint64 ms, double value)
{
    if (!m_raw.empty() && qint64(m_raw.back().x()) >= ms)
        return false;
    m_raw.emplace_back(double(ms), value);
    fold(ms);
    return true;
}

void History::fold(qint64 nowMs)
{
    while (!m_raw.empty() && (nowMs - qint64(m_raw.front().x()) > m_limits.rawMs ||
                              int(m_raw.size()) > m_limits.rawMaxPoints)) {
        addTo(m_minutes, MinuteMs, qint64(m_raw.front().x()), m_raw.front().y(), m_raw.front().x(),
              1);
        m_raw.pop_front();
    }
    while (!m_minutes.empty() && nowMs - m_minutes.front().startMs > m_limits.minuteMs) {
        const Bucket &b = m_minutes.front();
        addTo(m_hours, HourMs, b.startMs, b.sum, b.timeSum, b.count);
        m_minutes.pop_front();
    }
    while (!m_hours.empty() && nowMs - m_hours.front().startMs > m_limits.spanMs)
        m_hours.pop_front();
}

QList<QPointF> History::points() const
{
    QList<QPointF> out;
    out.reserve(qsizetype(size()));
    for (const Bucket &b : m_hours)
        out.append(QPointF(b.timeSum / b.count, b.sum / b.count));
    for (const Bucket &b : m_minutes)
        out.append(QPointF(b.timeSum / b.count, b.sum / b.count));
    for (const QPointF &p : m_raw)
        out.append(p);
    return out;
}

QList<QPointF> History::recent(int count) const
{
    QList<QPointF> out;
    const size_t n = std::min(m_raw.size(), size_t(std::max(0, count)));
    for (size_t i = m_raw.size() - n; i < m_raw.size(); ++i)
        out.append(m_raw[i]);
    return out;
}

} // namespace Pantau
