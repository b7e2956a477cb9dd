#include "feeds/FeedPoller.h"

#include "formats/FeedIngest.h"
#include "time/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cmath>
#include <limits>

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
        return QStringLiteral("server closed the connection before the answer was complete");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("secure connection failed (certificate not trusted)");
    case QNetworkReply::InsecureRedirectError:
        return QStringLiteral("server redirected to an insecure (http) address; not followed");
    case QNetworkReply::TooManyRedirectsError:
        return QStringLiteral("too many redirects");
    case QNetworkReply::ContentNotFoundError:
        if (reply->url().isLocalFile())
            return QStringLiteral("file not found: %1").arg(reply->url().toLocalFile());
        break;
    default:
        break;
    }
    // Qt's archive-bomb check fails the reply with this text and a generic error code.
    if (reply->errorString().startsWith(QLatin1String("Decompression failed")))
        return QStringLiteral("compressed answer refused: it unpacks to far more than it sends "
                              "(a possible compression bomb)");
    return reply->errorString();
}

FailureKind classifyNetworkError(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return FailureKind::Unreachable;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return FailureKind::NoAnswer;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return FailureKind::Insecure;
    case QNetworkReply::ContentNotFoundError:
        return FailureKind::NotFound;
    default:
        break;
    }
    if (reply->errorString().startsWith(QLatin1String("Decompression failed")))
        return FailureKind::TooLarge;
    return FailureKind::Other;
}

FailureKind classifyHttpStatus(int status)
{
    if (status == 404 || status == 410)
        return FailureKind::NotFound;
    if (status >= 500)
        return FailureKind::ServerError;
    return FailureKind::Refused;
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
    // Precise, so the feeds of one slot wake in the same pass of the event loop: a coarse
    // timer may move each by up to a twentieth of its wait, and the slot would fall apart.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &FeedPoller::pollNow);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &FeedPoller::onDeadline);
}

FeedPoller::~FeedPoller()
{
    dropReply();
}

void FeedPoller::dropReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
}

int FeedPoller::intervalMs() const
{
    return int(m_clock->realMsFor(qint64(m_config.intervalSeconds) * 1000, MinIntervalMs));
}

void FeedPoller::start()
{
    m_stopped = false;
    m_pollTimer.start(0); // from the event loop, as every poll after it
}

void FeedPoller::stop()
{
    m_stopped = true;
    m_pollTimer.stop();
    m_deadlineTimer.stop();
    dropReply();
    m_body.clear();
    m_pages.clear();
    m_ingest.reset();
}

void FeedPoller::pollNow()
{
    if (m_reply || m_stopped)
        return;
    m_pollTimer.stop();
    m_page = 0;
    m_bytesTotal = 0;
    m_pages.clear();
    m_answer = {};
    m_ingest.reset();
    m_latency.start();
    m_pollBegan = m_clock->now().toMSecsSinceEpoch();
    // The deadline covers the whole poll, every page of it.
    m_deadlineTimer.start(m_config.deadlineSeconds * 1000);
    request(m_url);
}

void FeedPoller::request(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Pantau"));
    request.setRawHeader("Accept", describe(m_config.format).json
                                       ? QByteArrayLiteral("application/json")
                                       : QByteArrayLiteral("text/csv, text/plain"));
    // Qt's own archive-bomb check, on top of counting the decompressed bytes below.
    request.setDecompressedSafetyCheckThreshold(std::min<qint64>(m_config.maxBytes, 1 << 20));
    if (m_page == 0) {
        if (!m_etag.isEmpty())
            request.setRawHeader("If-None-Match", m_etag);
        if (!m_lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", m_lastModified);
    }
    if (m_config.auth) {
        QString why;
        const std::optional<QByteArray> secret = m_config.auth->secret.read(&why);
        if (!secret) {
            // Report from the event loop, as every other outcome is: callers may rely on
            // pollNow() never emitting before it returns.
            QMetaObject::invokeMethod(
                this,
                [this, result = makeResult(why, FailureKind::Credentials)] { finish(result); },
                Qt::QueuedConnection);
            return;
        }
        request.setRawHeader(m_config.auth->header.toUtf8(),
                             m_config.auth->prefix.toUtf8() + *secret);
    }
    if (!m_config.caBundle.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_config.caBundle, QSsl::Pem));
        request.setSslConfiguration(ssl);
    }

    m_body.clear();
    m_abortReason.clear();
    m_abortKind = FailureKind::None;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &FeedPoller::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FeedPoller::onReplyFinished);
}

void FeedPoller::onReadyRead()
{
    if (m_reply && !consume(m_reply))
        m_reply->abort();
}

bool FeedPoller::consume(QNetworkReply *reply)
{
    if (!m_abortReason.isEmpty())
        return false;
    // Counted after decompression, so a small gzip bomb is stopped like a large answer.
    const QByteArray chunk = reply->readAll();
    m_bytesTotal += chunk.size();
    if (m_bytesTotal > m_config.maxBytes) {
        m_abortReason = QStringLiteral("answer larger than the feed's limit of %1 bytes")
                            .arg(m_config.maxBytes);
        m_abortKind = FailureKind::TooLarge;
        return false;
    }
    m_body.append(chunk);
    return true;
}

void FeedPoller::onDeadline()
{
    if (!m_reply)
        return;
    m_abortReason = QStringLiteral("no complete answer within %1 s").arg(m_config.deadlineSeconds);
    m_abortKind = FailureKind::NoAnswer;
    m_reply->abort(); // emits finished, handled below
}

FeedResult FeedPoller::makeResult(const QString &error, FailureKind failure) const
{
    FeedResult result;
    result.feedId = m_config.id;
    result.fetchTime = m_clock->now();
    result.error = error;
    result.failure = error.isEmpty()                ? FailureKind::None
                     : failure == FailureKind::None ? FailureKind::Other
                                                    : failure;
    result.latencyMs = m_latency.elapsed();
    result.bytes = m_bytesTotal;
    return result;
}

QString FeedPoller::checkContentType(QNetworkReply *reply) const
{
    if (reply->url().isLocalFile())
        return {};
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader)
                             .toString()
                             .section(u';', 0, 0)
                             .trimmed()
                             .toLower();
    if (type.isEmpty())
        return {};
    if (type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml"))
        return QStringLiteral("server sent a web page (%1) instead of data").arg(type);
    static const QStringList jsonTypes = {QStringLiteral("application/json"),
                                          QStringLiteral("text/json"), QStringLiteral("text/plain"),
                                          QStringLiteral("application/javascript")};
    static const QStringList csvTypes = {
        QStringLiteral("text/csv"), QStringLiteral("text/plain"), QStringLiteral("application/csv"),
        QStringLiteral("application/vnd.ms-excel"), QStringLiteral("application/octet-stream")};
    const bool fits = describe(m_config.format).json
                          ? jsonTypes.contains(type) || type.endsWith(QLatin1String("+json"))
                          : csvTypes.contains(type);
    if (!fits)
        return QStringLiteral("server sent %1, not %2")
            .arg(type,
                 describe(m_config.format).json ? QStringLiteral("JSON") : QStringLiteral("CSV"));
    return {};
}

void FeedPoller::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    consume(reply); // whatever arrived after the last readyRead

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    FeedResult result;
    if (!m_abortReason.isEmpty()) {
        result = makeResult(m_abortReason, m_abortKind);
    } else if (status == 304 && m_page == 0) {
        result = makeResult(QString());
        result.notModified = true;
    } else if (status >= 400) {
        result = makeResult(
            QStringLiteral("server answered %1 %2")
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                .trimmed(),
            classifyHttpStatus(status));
    } else if (reply->error() != QNetworkReply::NoError) {
        result = makeResult(describeNetworkError(reply), classifyNetworkError(reply));
    } else if (const QString wrongType = checkContentType(reply); !wrongType.isEmpty()) {
        result = makeResult(wrongType, FailureKind::BadData);
    } else {
        if (m_page == 0) {
            m_etag = reply->rawHeader("ETag");
            m_lastModified = reply->rawHeader("Last-Modified");
        }
        m_pages.append(FeedPage{m_body, reply->url()});
        m_answer.pageHashes.append(QCryptographicHash::hash(m_body, QCryptographicHash::Sha256));
        const std::optional<QUrl> next = nextPage();
        if (!next) {
            result = makeResult(m_ingest->error(), FailureKind::BadData);
        } else if (next->isValid() && m_page + 1 < MaxPages) {
            m_answer.nextPages.append(*next);
            ++m_page;
            request(*next);
            return;
        } else if (!m_ingest) {
            // Every page is byte for byte the last applied answer: nothing to read or map, and
            // the source has confirmed it is still current, exactly as a 304 does.
            result = makeResult(QString());
            result.notModified = true;
            m_applied = m_answer;
        } else {
            const ParseResult parsed = m_ingest->map(m_clock->now());
            result = makeResult(QString());
            result.samples = parsed.samples;
            result.sampleErrors = parsed.sampleErrors;
            result.events = parsed.events;
            result.warnings = parsed.warnings;
            if (m_keepPayload)
                result.payload = m_ingest->payload();
            m_applied = m_answer;
        }
    }
    result.httpStatus = status;
    finish(result);
}

void FeedPoller::finish(FeedResult result)
{
    m_deadlineTimer.stop();
    if (!result.ok()) {
        // A failed answer is no basis for "not modified" next time, by validator or by bytes.
        m_etag.clear();
        m_lastModified.clear();
        m_applied = {};
    }
    m_body.clear();
    m_body.squeeze();
    m_pages.clear();
    m_ingest.reset();
    emit finished(result);
    scheduleNext();
}

std::optional<QUrl> FeedPoller::nextPage()
{
    const int page = int(m_pages.size()) - 1;
    // While every page so far is the one the last applied answer had at that place, its next
    // page is known too, and nothing needs reading.
    if (!m_ingest && !m_keepPayload && page < m_applied.pageHashes.size() &&
        m_applied.pageHashes.at(page) == m_answer.pageHashes.at(page)) {
        return page < m_applied.nextPages.size() ? m_applied.nextPages.at(page) : QUrl();
    }
    // A page differs (or this poll must show its payload): read every page of this answer.
    if (!m_ingest) {
        m_ingest.emplace(m_config, m_sourceZone);
        for (qsizetype i = 0; i + 1 < m_pages.size(); ++i) {
            if (!m_ingest->addPage(m_pages.at(i)))
                return std::nullopt;
        }
    }
    if (!m_ingest->addPage(m_pages.constLast()))
        return std::nullopt;
    return m_ingest->nextPage();
}

void FeedPoller::scheduleNext()
{
    // Feeds that share an interval poll in the same moment, on that interval's grid of the
    // clock: a 5-s feed at :00, :05, :10, a 60-s feed on the whole minute. Their answers then
    // arrive together and the wall repaints once for all of them, as a web page that refreshes
    // its data does, instead of once for each feed at a moment of its own. The next slot is the
    // first more than half an interval after this poll began (a timer may fire a little early)
    // and after now (a slow answer may have run past it).
    const qint64 interval = qint64(m_config.intervalSeconds) * 1000;
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const qint64 earliest = std::max(m_pollBegan + interval / 2, now + 1);
    const qint64 slot = (earliest / interval + (earliest % interval != 0)) * interval;
    const qint64 waitMs = m_clock->realMsFor(slot - now, MinIntervalMs);
    m_pollTimer.start(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
    // The plan is told in the clock's time, which may run faster than the timer.
    emit scheduled(m_clock->now().addMSecs(qint64(std::llround(waitMs * m_clock->rate()))));
}

} // namespace Pantau
