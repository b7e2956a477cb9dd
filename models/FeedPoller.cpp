#include "FeedPoller.h"

#include "Clock.h"
#include "JsonFeedParser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace Pantau {

namespace {

// The reason shown on the wall, in words for the person reading it rather than Qt's enum names.
QString describeNetworkError(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused by %1").arg(reply->url().host());
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("server %1 not found").arg(reply->url().host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("no answer in time");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("server closed the connection");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("secure connection failed (certificate)");
    default:
        break;
    }
    return reply->errorString();
}

} // namespace

FeedPoller::FeedPoller(const FeedConfig &config, const QUrl &url, const QTimeZone &sourceZone,
                       QNetworkAccessManager *network, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_url(url)
    , m_sourceZone(sourceZone)
    , m_network(network)
    , m_clock(clock)
{
    m_pollTimer.setSingleShot(true);
    // Coarse timers let the system batch wake-ups; a poll a few ms late costs nothing.
    m_pollTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &FeedPoller::pollNow);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &FeedPoller::onDeadline);
}

FeedPoller::~FeedPoller()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FeedPoller::start()
{
    const int spreadMs = std::min(m_config.intervalSeconds * 1000 / 10, 2000);
    m_pollTimer.start(spreadMs > 0 ? int(QRandomGenerator::global()->bounded(spreadMs)) : 0);
}

void FeedPoller::pollNow()
{
    if (m_reply)
        return;
    m_pollTimer.stop();
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_config.timeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Pantau"));
    request.setRawHeader("Accept", "application/json");
    m_deadlineHit = false;
    m_latency.start();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &FeedPoller::onReplyFinished);
    // The transfer timeout only notices silence; a server that trickles a byte a second would
    // keep a request alive for ever. The deadline bounds the whole exchange.
    m_deadlineTimer.start(m_config.deadlineSeconds * 1000);
}

void FeedPoller::onDeadline()
{
    if (!m_reply)
        return;
    m_deadlineHit = true;
    m_reply->abort(); // emits finished, handled below
}

FeedResult FeedPoller::failure(const QString &reason) const
{
    FeedResult result;
    result.feedId = m_config.id;
    result.fetchTime = m_clock->now();
    result.error = reason;
    result.latencyMs = m_latency.elapsed();
    return result;
}

void FeedPoller::onReplyFinished()
{
    m_deadlineTimer.stop();
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    FeedResult result;
    if (m_deadlineHit) {
        result =
            failure(QStringLiteral("no complete answer within %1 s").arg(m_config.deadlineSeconds));
    } else if (status >= 400) {
        result = failure(
            QStringLiteral("server answered %1 %2")
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                .trimmed());
    } else if (reply->error() != QNetworkReply::NoError) {
        result = failure(describeNetworkError(reply));
    } else {
        const QByteArray body = reply->readAll();
        const ParseResult parsed = JsonFeedParser::parse(body, m_config.values, m_sourceZone);
        result = parsed.ok() ? FeedResult{} : failure(parsed.error);
        result.feedId = m_config.id;
        result.fetchTime = m_clock->now();
        result.latencyMs = m_latency.elapsed();
        result.bytes = body.size();
        result.samples = parsed.samples;
        result.sampleErrors = parsed.sampleErrors;
    }
    result.httpStatus = status;
    emit finished(result);
    scheduleNext();
}

void FeedPoller::scheduleNext()
{
    // A small spread each time keeps feeds that started together from drifting back into step.
    const int intervalMs = m_config.intervalSeconds * 1000;
    const int spreadMs = intervalMs / 20;
    const int jitter =
        spreadMs > 0 ? int(QRandomGenerator::global()->bounded(2 * spreadMs)) - spreadMs : 0;
    m_pollTimer.start(std::max(intervalMs + jitter, 1000));
}

} // namespace Pantau
