#pragma once

#include <QObject>
#include <QTimer>

namespace Pantau {

class Clock;

// Gives the memory allocator's free pages back to the system once an hour of the wall's clock.
// A wall runs for months: its live heap stays flat once the history is full (a heap profile of
// the soak shows it), but glibc keeps pages it freed inside its arenas for reuse, so without
// this the process's private memory creeps up by what the allocator keeps in reserve. A
// trim costs about a millisecond.
class HeapTrim : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 IntervalMs = 60 * 60 * 1000;

    explicit HeapTrim(QObject *parent = nullptr);

    // Trims now and then every hour of `clock`'s time (a simulated hour under --time-scale, so
    // a soak trims as often as the real wall would in the time it simulates).
    void start(const Clock *clock);
    void trimNow();
    int trims() const { return m_trims; }

private:
    QTimer m_timer;
    int m_trims = 0;
};

} // namespace Pantau
