#include "StatsFile.h"

#include "binding/RepaintScheduler.h"
#include "state/DataHub.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Pantau {

StatsFile::StatsFile(const QString &path, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_clock(clock)
{
    m_uptime.start();
    // A coarse timer: one small write every few seconds, and only when asked for.
    m_timer.setTimerType(Qt::CoarseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString why;
        if (!writeNow(&why) && !m_warned) {
            m_warned = true; // once: a full disk must not flood the log
            qWarning().noquote() << "stats file:" << why;
        }
    });
    m_timer.start();
}

void StatsFile::setSources(const DataHub *hub, const RepaintScheduler *scheduler)
{
    detach();
    m_hub = hub;
    m_scheduler = scheduler;
}

void StatsFile::detach()
{
    m_carried = current();
    m_hub = nullptr;
    m_scheduler = nullptr;
}

StatsFile::Totals StatsFile::current() const
{
    Totals totals = m_carried;
    if (m_hub) {
        const DataHub::Counters &c = m_hub->counters();
        totals.polls += c.polls;
        totals.failedPolls += c.failedPolls;
        totals.samples += c.samples;
        totals.events += c.events;
    }
    if (m_scheduler) {
        totals.repaints += m_scheduler->repaints();
        totals.repaintBatches += m_scheduler->batches();
    }
    return totals;
}

void StatsFile::setFirstFullFrame(const QDateTime &when)
{
    m_firstFullFrame = when;
    m_firstFullFrameUptimeMs = m_uptime.elapsed();
    QString why;
    if (!writeNow(&why) && !m_warned) {
        m_warned = true;
        qWarning().noquote() << "stats file:" << why;
    }
}

bool StatsFile::writeNow(QString *error)
{
    const Totals totals = current();
    QJsonObject stats;
    stats.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    stats.insert(QStringLiteral("realTime"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    stats.insert(QStringLiteral("uptimeSeconds"), double(m_uptime.elapsed()) / 1000.0);
    stats.insert(QStringLiteral("simulatedTime"), m_clock->now().toUTC().toString(Qt::ISODate));
    stats.insert(QStringLiteral("polls"), totals.polls);
    stats.insert(QStringLiteral("failedPolls"), totals.failedPolls);
    stats.insert(QStringLiteral("samples"), totals.samples);
    stats.insert(QStringLiteral("events"), totals.events);
    stats.insert(QStringLiteral("repaints"), totals.repaints);
    stats.insert(QStringLiteral("repaintBatches"), totals.repaintBatches);
    if (m_firstFullFrame.isValid()) {
        stats.insert(QStringLiteral("firstFullFrame"),
                     m_firstFullFrame.toUTC().toString(Qt::ISODateWithMs));
        stats.insert(QStringLiteral("firstFullFrameUptimeSeconds"),
                     double(m_firstFullFrameUptimeMs) / 1000.0);
    }

    // Written beside it and renamed over it, so a reader sees the old file or the new one and
    // never half of one. Not through QSaveFile: that syncs the disk on every commit, once every
    // 5 s for a counter that benchmarks and soaks read, where losing the last count to a power
    // cut is harmless. Writing and syncing were 3 % of a one-screen wall's CPU.
    const QByteArray json = QJsonDocument(stats).toJson(QJsonDocument::Indented);
    const QString part = m_path + QStringLiteral(".part");
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size() ||
        !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(part, file.errorString());
        file.remove();
        return false;
    }
    file.close();
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(m_path).constData()) !=
        0) {
        *error = QStringLiteral("cannot replace %1: %2")
                     .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(part);
        return false;
    }
    return true;
}

} // namespace Pantau
