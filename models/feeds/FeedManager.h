#pragma once

#include "config/Config.h"
#include "feeds/FeedResult.h"

#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Pantau {

class Clock;
class FeedPoller;

// Owns one poller per configured feed and hands every result on. Feeds are independent: each
// has its own timer and request, so a hanging agency server never holds up another.
class FeedManager : public QObject
{
    Q_OBJECT

public:
    // `demoBase` replaces the "demo:" scheme of demo feeds (http://127.0.0.1:PORT); feeds with
    // a real URL ignore it.
    FeedManager(const Config &config, const QUrl &demoBase, const Clock *clock,
                QObject *parent = nullptr);
    ~FeedManager() override;

    void start();
    // Stops every feed's polling; start() begins again with a poll of each at once.
    void stop();
    // Polls every feed at once, as --snapshot does.
    void pollAllNow();

    int feedCount() const { return int(m_pollers.size()); }
    bool allFeedsAnswered() const { return m_answered.size() == feedCount(); }

    static QUrl resolveUrl(const QUrl &configured, const QUrl &demoBase);
    // The zone of a feed's source times written without an offset: its own, else the config's.
    static QTimeZone sourceZone(const Config &config, const FeedConfig &feed);

signals:
    void feedFinished(const Pantau::FeedResult &result);
    void pollScheduled(const QString &feedId, const QDateTime &when);
    // Every feed has answered at least once, with data or with an error.
    void allFeedsAnsweredOnce();

private:
    void onFinished(const FeedResult &result);

    QNetworkAccessManager *m_network;
    std::vector<FeedPoller *> m_pollers; // children of this object
    QSet<QString> m_answered;
};

} // namespace Pantau
