#include "binding/RepaintScheduler.h"

#include "time/Clock.h"

#include <algorithm>

namespace Pantau {

RepaintScheduler::RepaintScheduler(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &RepaintScheduler::flush);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &RepaintScheduler::onWake);
}

void RepaintScheduler::watch(QWidget *widget)
{
    if (m_watched.contains(widget))
        return;
    // A destroyed tile must not be woken; its pointer is only a key from here on.
    m_watched.insert(widget, connect(widget, &QObject::destroyed, this, [this, widget] {
                         m_watched.remove(widget);
                         m_wakes.remove(widget);
                         armWake();
                     }));
}

void RepaintScheduler::markDirty(QWidget *widget, const QRect &rect)
{
    if (!widget)
        return;
    const auto it = std::find_if(m_dirty.begin(), m_dirty.end(),
                                 [widget](const Dirty &d) { return d.widget == widget; });
    if (it != m_dirty.end()) {
        if (!it->rect.isNull())
            it->rect = rect.isNull() ? QRect() : it->rect.united(rect);
        return;
    }
    m_dirty.append({widget, rect});
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void RepaintScheduler::repaintNow(QWidget *widget, const QRect &rect)
{
    markDirty(widget, rect);
    m_batchTimer.stop();
    flush();
}

void RepaintScheduler::flush()
{
    const QList<Dirty> dirty = std::exchange(m_dirty, {});
    ++m_batches;
    QList<QWidget *> repainted;
    // The batch is painted now, in one pass per window, rather than left to a posted update:
    // a post wakes the event loop a second time for what this wake-up can do at once
    // (BENCHMARKS.md). repaint() of the window's last widget paints, in that pass, every part
    // marked with update() before it. A window with a single widget dirty, the usual batch
    // (the clock's second, one tile's new value), so posts nothing at all; one with several
    // still gets a posted request, which then finds nothing left to paint.
    QList<std::pair<QWidget *, QRect>> last; // per window, its widget to repaint
    for (const Dirty &d : dirty) {
        if (!d.widget)
            continue;
        repainted.append(d.widget);
        ++m_repaints;
        if (!d.widget->isVisible())
            continue; // update() would paint nothing either; shown again, it is painted whole
        QWidget *window = d.widget->window();
        const auto it = std::find_if(last.begin(), last.end(), [window](const auto &w) {
            return w.first->window() == window;
        });
        if (it == last.end()) {
            last.append({d.widget, d.rect});
            continue;
        }
        if (it->second.isNull())
            it->first->update();
        else
            it->first->update(it->second);
        *it = {d.widget, d.rect};
    }
    for (const auto &[widget, rect] : std::as_const(last)) {
        if (rect.isNull())
            widget->repaint();
        else
            widget->repaint(rect);
    }
    if (!repainted.isEmpty())
        emit flushed(repainted);
}

void RepaintScheduler::wakeAt(QWidget *widget, const QDateTime &when)
{
    if (!widget || !when.isValid())
        return;
    watch(widget);
    const auto it = m_wakes.constFind(widget);
    if (it != m_wakes.constEnd() && *it == when)
        return;
    m_wakes.insert(widget, when);
    armWake();
}

void RepaintScheduler::cancelWake(QWidget *widget)
{
    if (m_wakes.remove(widget))
        armWake();
}

void RepaintScheduler::armWake()
{
    if (m_wakes.isEmpty()) {
        m_wakeTimer.stop();
        return;
    }
    QDateTime earliest;
    for (const QDateTime &when : std::as_const(m_wakes))
        if (!earliest.isValid() || when < earliest)
            earliest = when;
    const qint64 ms = m_clock->realMsFor(m_clock->now().msecsTo(earliest));
    const qint64 rounded = (std::max<qint64>(ms, 0) / WakeGranularityMs + 1) * WakeGranularityMs;
    m_wakeTimer.start(int(std::min<qint64>(rounded, 24LL * 3600 * 1000)));
}

void RepaintScheduler::onWake()
{
    const QDateTime now = m_clock->now();
    for (auto it = m_wakes.begin(); it != m_wakes.end();) {
        if (it.value() <= now.addMSecs(WakeGranularityMs / 2)) {
            markDirty(it.key());
            it = m_wakes.erase(it);
        } else {
            ++it;
        }
    }
    armWake();
}

} // namespace Pantau
