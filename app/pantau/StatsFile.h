#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace Pantau {

class Clock;
class DataHub;
class RepaintScheduler;

// Writes what a running wall has done to a small JSON file every few seconds (pantau
// --stats-file): polls applied, samples, repaints, real and simulated time. Soak runs and the
// running-wall benchmark read it, so a quiet run cannot pass for an efficient one, and a file
// that stops changing tells a hung GUI thread from a busy one. Written beside and renamed over,
// so a reader never sees half a file. Counts carry over a config reload, which rebuilds the hub.
class StatsFile : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 5000;

    StatsFile(const QString &path, const Clock *clock, QObject *parent = nullptr);

    // What to count from now on; the counts of the sources before are kept.
    void setSources(const DataHub *hub, const RepaintScheduler *scheduler);
    // Adds the current sources' counts to the totals and lets go of them (before a teardown).
    void detach();
    bool writeNow(QString *error);
    // The real time of the first full frame (FirstFrameWatch), written at once: start-up ends
    // there.
    void setFirstFullFrame(const QDateTime &when);

private:
    struct Totals
    {
        qint64 polls = 0;
        qint64 failedPolls = 0;
        qint64 samples = 0;
        qint64 events = 0;
        qint64 repaints = 0;
        qint64 repaintBatches = 0;
    };
    Totals current() const;

    QString m_path;
    const Clock *m_clock;
    QPointer<const DataHub> m_hub;
    QPointer<const RepaintScheduler> m_scheduler;
    Totals m_carried;
    QElapsedTimer m_uptime;
    QDateTime m_firstFullFrame;
    qint64 m_firstFullFrameUptimeMs = -1;
    QTimer m_timer;
    bool m_warned = false;
};

} // namespace Pantau
