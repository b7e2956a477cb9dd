#pragma once

#include "config/Config.h"
#include "feeds/FeedResult.h"
#include "state/AlertFacts.h"
#include "state/AlertModel.h"

#include <QObject>
#include <QTimer>

namespace Pantau {

class AlertModel;
class Clock;
class FeedHealthModel;
class FeedManager;
class IndicatorModel;
class LastGoodCache;
class RecordsModel;

// Everything a wall knows, wired together without a widget in sight: the feeds, and the
// indicator, records, feed-health and alert models they update, plus the last-good cache.
// The same hub serves the wall, the control desk and headless tests. It wakes only when a feed
// answers, when a value turns stale, and on a slow timer for "failing for N minutes" checks.
class DataHub : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl demoBase;        // replaces "demo:" in feed URLs
        QString cachePath;    // empty: no cache is read or written
        QString alertJournal; // the alarms' SQLite journal; empty: alarms are not persisted
        QString alertLog;     // an earlier version's JSON Lines log, imported into a new journal
        QString station;      // this machine or node, recorded with its operators' steps
        // A node of a site: nothing is polled, cached or judged here; the models follow what
        // the site's collector publishes (SiteFollower), and only the clock's own work (a
        // value turning stale, a feed turning late) is done.
        bool following = false;
    };

    DataHub(const Config &config, const Options &options, const Clock *clock,
            QObject *parent = nullptr);
    ~DataHub() override;

    // Shows the cache, if any, then starts every feed's timer.
    void start();
    bool isFollowing() const { return m_following; }
    // A node of a site whose collector is gone polls the feeds itself when its site allows it
    // ("fallback": "poll"), and judges its alerts itself, keeping no log; off, it follows the
    // collector again. Nothing for a hub that is not following.
    void setFallbackPolling(bool on);
    bool isFallbackPolling() const { return m_fallbackPolling; }
    // A follower changed readings: staleness is judged again at the next change it brings.
    void readingsChanged() { scheduleStatusRefresh(); }
    // Polls every feed at once, as --snapshot does; no cache involved.
    void pollAllNow();
    bool saveCache(QString *error);
    // Applies one poll's result to every model and re-checks the alerts, as a feed answering
    // does. Public so that tests and tools can feed the hub without a network.
    void apply(const FeedResult &result);

    IndicatorModel *indicators() const { return m_indicators; }
    RecordsModel *records() const { return m_records; }
    FeedHealthModel *health() const { return m_health; }
    AlertModel *alerts() const { return m_alerts; }
    FeedManager *feeds() const { return m_feeds; }
    QStringList cacheWarnings() const { return m_cacheWarnings; }

    // How often health and time-based alerts are re-checked without any feed answering.
    // The work done since start, so a quiet run cannot pass for an efficient one: polls
    // applied (and how many of them failed), samples and event records they brought.
    struct Counters
    {
        qint64 polls = 0;
        qint64 failedPolls = 0;
        qint64 samples = 0;
        qint64 events = 0;
    };
    const Counters &counters() const { return m_counters; }

    static constexpr int HousekeepingMs = 30'000;
    static constexpr int CacheSaveMs = 5 * 60'000;

signals:
    void feedFinished(const Pantau::FeedResult &result);
    void allFeedsAnsweredOnce();

private:
    // The alarms' journal and what its rows say of each rule's source; needs m_indicators.
    AlertModel::Storage alertStorage(const Config &config, const Options &options) const;
    void scheduleStatusRefresh();
    void housekeeping();
    // Checks the alarm rules now, and wakes for the next delay or expiry they have.
    void judgeAlerts();
    AlertFacts facts() const;

    const Clock *m_clock;
    bool m_following;
    bool m_fallbackPolling = false;
    IndicatorModel *m_indicators; // children
    RecordsModel *m_records;
    FeedHealthModel *m_health;
    AlertModel *m_alerts;
    FeedManager *m_feeds;
    std::unique_ptr<LastGoodCache> m_cache;
    QStringList m_cacheWarnings;
    Counters m_counters;
    QTimer m_statusTimer;
    QTimer m_housekeepingTimer;
    QTimer m_cacheTimer;
};

} // namespace Pantau
