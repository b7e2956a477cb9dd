#include "state/DataHub.h"

#include "feeds/FeedManager.h"
#include "state/AlertModel.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "state/RecordsModel.h"
#include "storage/LastGoodCache.h"
#include "time/Clock.h"

namespace Pantau {

AlertModel::Storage DataHub::alertStorage(const Config &config, const Options &options) const
{
    AlertModel::Storage storage;
    // A node keeps no journal: the collector keeps the site's.
    if (!options.following) {
        storage.journal = options.alertJournal;
        storage.legacyLog = options.alertLog;
    }
    for (const IndicatorConfig &indicator : config.indicators)
        storage.feedOfIndicator.insert(
            indicator.id,
            m_indicators->indexOf(indicator.id).data(IndicatorModel::FeedRole).toString());
    for (const FeedConfig &feed : config.feeds)
        storage.opdOfFeed.insert(feed.id, feed.opd);
    return storage;
}

DataHub::DataHub(const Config &config, const Options &options, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_following(options.following)
    , m_indicators(new IndicatorModel(config, clock, this))
    , m_records(new RecordsModel(200, this))
    , m_health(new FeedHealthModel(config, clock, this))
    // A node keeps no journal: the collector keeps the site's.
    , m_alerts(new AlertModel(config.alerts, clock, alertStorage(config, options),
                              config.alertOptions, this))
    , m_feeds(new FeedManager(config, options.demoBase, clock, this))
{
    m_alerts->setLanguage(config.language);
    QHash<QString, LocalizedText> feedNames;
    for (const FeedConfig &feed : config.feeds)
        feedNames.insert(feed.id, feed.name);
    m_alerts->setFeedNames(feedNames);
    m_alerts->setStation(options.station);
    m_alerts->setFollowing(m_following);
    if (!options.cachePath.isEmpty() && !m_following)
        m_cache = std::make_unique<LastGoodCache>(options.cachePath);
    connect(m_feeds, &FeedManager::feedFinished, this, &DataHub::apply);
    // The alert log is the command center's record; failing to keep it must be heard.
    for (const QString &warning : m_alerts->logWarnings())
        qWarning().noquote() << "alert log:" << warning;
    connect(m_alerts, &AlertModel::logError, this,
            [](const QString &reason) { qWarning().noquote() << "alert log:" << reason; });
    // Queued: the command that brought a rule back finishes (and is answered) first.
    connect(m_alerts, &AlertModel::judgeAgain, this, &DataHub::judgeAlerts, Qt::QueuedConnection);
    // A command's step may set a new time to wake for (a shelve's expiry).
    connect(m_alerts, &AlertModel::stepsTaken, this, &DataHub::scheduleStatusRefresh);
    connect(m_feeds, &FeedManager::allFeedsAnsweredOnce, this, &DataHub::allFeedsAnsweredOnce);
    connect(m_feeds, &FeedManager::pollScheduled, m_health, &FeedHealthModel::setNextPoll);

    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        m_indicators->refreshStatus();
        judgeAlerts();
    });
    m_housekeepingTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &DataHub::housekeeping);
    m_cacheTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_cacheTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveCache(&error))
            qWarning().noquote() << "cache:" << error;
    });
}

DataHub::~DataHub() = default;

void DataHub::start()
{
    if (m_cache) {
        const LastGoodCache::Contents cached = m_cache->load(&m_cacheWarnings);
        for (const QString &warning : std::as_const(m_cacheWarnings))
            qWarning().noquote() << "cache:" << warning;
        m_indicators->restore(cached.values);
        m_records->restore(cached.records);
        m_cacheTimer.start(CacheSaveMs);
    }
    m_housekeepingTimer.start(int(m_clock->realMsFor(HousekeepingMs, 1000)));
    if (!m_following)
        m_feeds->start();
}

void DataHub::setFallbackPolling(bool on)
{
    if (!m_following || on == m_fallbackPolling)
        return;
    m_fallbackPolling = on;
    m_alerts->setFollowing(!on);
    if (on)
        m_feeds->start();
    else
        m_feeds->stop();
}

void DataHub::pollAllNow()
{
    if (!m_following)
        m_feeds->pollAllNow();
}

bool DataHub::saveCache(QString *error)
{
    if (!m_cache)
        return true;
    return m_cache->save({m_indicators->cachedValues(), m_records->records()}, m_clock->now(),
                         error);
}

void DataHub::apply(const FeedResult &result)
{
    if (!result.ok())
        // By name, as the wall and the desk say it; the id in brackets finds it in the config.
        qWarning().noquote()
            << "feed"
            << QStringLiteral("\"%1\" (%2)")
                   .arg(m_health->indexOf(result.feedId).data(FeedHealthModel::NameRole).toString(),
                        result.feedId)
            << "failed:" << result.error;
    ++m_counters.polls;
    m_counters.failedPolls += result.ok() ? 0 : 1;
    m_counters.samples += result.samples.size();
    m_counters.events += result.events.size();
    m_indicators->applyFeedResult(result);
    m_records->applyFeedResult(result);
    m_health->applyFeedResult(result);
    judgeAlerts();
    emit feedFinished(result);
}

void DataHub::scheduleStatusRefresh()
{
    // The next value turning stale, or the next alarm delay or shelve running out.
    QDateTime next = m_indicators->nextStatusChange();
    if (const QDateTime due = m_alerts->nextDue(); due.isValid() && (!next.isValid() || due < next))
        next = due;
    if (!next.isValid()) {
        m_statusTimer.stop();
        return;
    }
    const qint64 waitMs =
        std::clamp<qint64>(m_clock->realMsFor(m_clock->now().msecsTo(next)), 0, 24LL * 3600 * 1000);
    m_statusTimer.start(int(waitMs));
}

void DataHub::housekeeping()
{
    m_health->refresh();
    judgeAlerts();
}

void DataHub::judgeAlerts()
{
    m_alerts->evaluate(facts());
    // An evaluation may start a delay: the wall wakes when it runs out, not at housekeeping.
    scheduleStatusRefresh();
}

AlertFacts DataHub::facts() const
{
    AlertFacts f;
    f.value = [this](const QString &id) -> std::optional<double> {
        const QVariant value = m_indicators->indexOf(id).data(IndicatorModel::ValueRole);
        return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
    };
    f.staleSince = [this](const QString &id) -> QDateTime {
        const QModelIndex index = m_indicators->indexOf(id);
        if (index.data(IndicatorModel::StatusRole).value<IndicatorStatus>() !=
            IndicatorStatus::Stale)
            return {};
        // Stale since the data passed its limit; a cached value since it was loaded.
        const QDateTime dataTime = index.data(IndicatorModel::DataTimeRole).toDateTime();
        return dataTime.addSecs(index.data(IndicatorModel::StaleAfterRole).toInt());
    };
    f.failingSince = [this](const QString &feed) -> QDateTime {
        return m_health->indexOf(feed).data(FeedHealthModel::FailingSinceRole).toDateTime();
    };
    return f;
}

} // namespace Pantau
