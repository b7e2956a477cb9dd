#pragma once

#include "config/Config.h"
#include "feeds/FeedResult.h"
#include "formats/FeedIngest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Pantau {

class Clock;

// Polls one feed on its own timer and turns each answer into a FeedResult. The next poll is
// scheduled only after the current one ends, so a slow server never gets overlapping requests.
// Every request is bounded twice: a transfer timeout for silence, and a deadline for the whole
// exchange (all CKAN pages included), because a server that trickles a byte a second never
// trips the first. Answers larger than the feed's limit are cut off, however they are
// compressed. The poller is transport only: what the bytes mean is FeedIngest's. An answer
// identical to the last applied one, byte for byte and page for page, is not read again: like
// a 304, it confirms that what is shown is current (most agencies send no validators).
class FeedPoller : public QObject
{
    Q_OBJECT

public:
    FeedPoller(const FeedConfig &config, const QUrl &url, const QTimeZone &sourceZone,
               QNetworkAccessManager *network, const Clock *clock, QObject *parent = nullptr);
    ~FeedPoller() override;

    const FeedConfig &config() const { return m_config; }
    QUrl url() const { return m_url; }

    // Starts polling: the first request goes out at once, from the event loop; the next ones on
    // the grid of the feed's interval (scheduleNext), where every feed of that interval meets.
    void start();
    // Stops polling: the request under way is dropped unanswered and no next poll is planned.
    // A node of a site that polled for itself while its collector was gone stops so.
    void stop();
    bool isStopped() const { return m_stopped; }
    // Polls at once unless a request is already under way.
    void pollNow();
    bool isBusy() const { return !m_reply.isNull(); }
    // Keep the read payload in each result, for showing what the parser saw (--probe --records).
    void setKeepPayload(bool keep) { m_keepPayload = keep; }
    // The real wait between polls: the configured interval is clock time,
    // so a clock that runs N times faster (pantau --time-scale) polls N times more often, never
    // more often than MinIntervalMs. Timeouts and deadlines stay real: the network does not
    // speed up.
    int intervalMs() const;

    // The shortest real wait between two polls of one feed, however fast time runs. At real
    // time the config's least interval (1 s) is the floor; under a time scale this one keeps a
    // soak at 120x polling the demo's 30-s feeds on their simulated plan (every 250 ms), so a
    // simulated week applies the polls a real week would, without a busy loop.
    static constexpr int MinIntervalMs = 100;

    // The most CKAN pages one poll follows.
    static constexpr int MaxPages = 100;

signals:
    void finished(const Pantau::FeedResult &result);
    // The next poll is planned for `when` (by the injected clock).
    void scheduled(const QDateTime &when);

private:
    void dropReply();
    void request(const QUrl &url);
    void onReadyRead();
    void onReplyFinished();
    void onDeadline();
    void finish(FeedResult result);
    void scheduleNext();
    // A result stamped with the feed, the time and what this poll cost; failed when `error` is set.
    FeedResult makeResult(const QString &error = QString(),
                          FailureKind failure = FailureKind::None) const;
    // Takes what the reply has read so far; false once the answer is over the size limit.
    bool consume(QNetworkReply *reply);
    // Why the answer cannot be used as this feed's format, or empty when it can.
    QString checkContentType(QNetworkReply *reply) const;
    // Takes the page just received: where the answer continues (invalid when it ends), or
    // nothing when the page is unusable. Reads it only when the answer differs from the last
    // applied one.
    std::optional<QUrl> nextPage();

    // What identifies an answer without keeping it: each page's hash, and the next page each
    // one led to.
    struct AnswerPrint
    {
        QList<QByteArray> pageHashes;
        QList<QUrl> nextPages;
    };

    FeedConfig m_config;
    QUrl m_url;
    QTimeZone m_sourceZone;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    QTimer m_pollTimer;
    bool m_stopped = false; // after stop() and until start(): nothing is polled
    QTimer m_deadlineTimer;
    QElapsedTimer m_latency;
    qint64 m_pollBegan = 0; // when the last poll began, in ms of the clock since the epoch
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QString m_abortReason; // set when we end a request ourselves
    FailureKind m_abortKind = FailureKind::None;
    qint64 m_bytesTotal = 0;
    int m_page = 0;
    QList<FeedPage> m_pages;            // this poll's pages, as received
    std::optional<FeedIngest> m_ingest; // reads them, once one differs from the last answer
    AnswerPrint m_answer;               // this poll's answer so far
    AnswerPrint m_applied;              // the last answer that was applied (empty after a failure)
    // Validators of the last good answer, for a conditional request.
    QByteArray m_etag;
    QByteArray m_lastModified;
    bool m_keepPayload = false;
};

} // namespace Pantau
