#pragma once

#include "Config.h"
#include "FeedResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Pantau {

class Clock;

// Polls one feed on its own timer and turns each answer into a FeedResult. The next poll is
// scheduled only after the current one ends, so a slow server never gets overlapping requests.
class FeedPoller : public QObject
{
    Q_OBJECT

public:
    FeedPoller(const FeedConfig &config, const QUrl &url, const QTimeZone &sourceZone,
               QNetworkAccessManager *network, const Clock *clock, QObject *parent = nullptr);
    ~FeedPoller() override;

    const FeedConfig &config() const { return m_config; }
    QUrl url() const { return m_url; }

    // Starts polling: the first request goes out after a short random spread, so feeds that
    // share an interval do not all fire in the same instant.
    void start();
    // Polls at once unless a request is already under way.
    void pollNow();
    bool isBusy() const { return !m_reply.isNull(); }

signals:
    void finished(const Pantau::FeedResult &result);

private:
    void onReplyFinished();
    void onDeadline();
    void scheduleNext();
    FeedResult failure(const QString &reason) const;

    FeedConfig m_config;
    QUrl m_url;
    QTimeZone m_sourceZone;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    QTimer m_pollTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_latency;
    QPointer<QNetworkReply> m_reply;
    bool m_deadlineHit = false;
};

} // namespace Pantau
