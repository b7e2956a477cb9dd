#include "feeds/FeedManager.h"

#include "feeds/FeedPoller.h"

#include <QNetworkAccessManager>
#include <QTimeZone>

namespace Pantau {

FeedManager::FeedManager(const Config &config, const QUrl &demoBase, const Clock *clock,
                         QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    for (const FeedConfig &feed : config.feeds) {
        auto *poller = new FeedPoller(feed, resolveUrl(feed.url, demoBase),
                                      sourceZone(config, feed), m_network, clock, this);
        connect(poller, &FeedPoller::finished, this, &FeedManager::onFinished);
        connect(poller, &FeedPoller::scheduled, this,
                [this, id = feed.id](const QDateTime &when) { emit pollScheduled(id, when); });
        m_pollers.push_back(poller);
    }
}

FeedManager::~FeedManager() = default;

QTimeZone FeedManager::sourceZone(const Config &config, const FeedConfig &feed)
{
    return QTimeZone((feed.timeZone.isEmpty() ? config.timeZone : feed.timeZone).toUtf8());
}

QUrl FeedManager::resolveUrl(const QUrl &configured, const QUrl &demoBase)
{
    if (configured.scheme() != QLatin1String("demo"))
        return configured;
    QUrl url = demoBase;
    url.setPath(configured.path());
    url.setQuery(configured.query());
    return url;
}

void FeedManager::start()
{
    for (FeedPoller *poller : m_pollers)
        poller->start();
}

void FeedManager::stop()
{
    for (FeedPoller *poller : m_pollers)
        poller->stop();
}

void FeedManager::pollAllNow()
{
    for (FeedPoller *poller : m_pollers)
        poller->pollNow();
}

void FeedManager::onFinished(const FeedResult &result)
{
    const bool wasComplete = allFeedsAnswered();
    m_answered.insert(result.feedId);
    emit feedFinished(result);
    if (!wasComplete && allFeedsAnswered())
        emit allFeedsAnsweredOnce();
}

} // namespace Pantau
