#include "HeapTrim.h"

#include "time/Clock.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Pantau {

HeapTrim::HeapTrim(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HeapTrim::trimNow);
}

void HeapTrim::start(const Clock *clock)
{
    m_timer.start(int(clock->realMsFor(IntervalMs, 1000)));
}

void HeapTrim::trimNow()
{
#if defined(__GLIBC__)
    // 0: keep no extra pad at the top of the heap; every arena's free pages are returned.
    malloc_trim(0);
#endif
    ++m_trims;
}

} // namespace Pantau
