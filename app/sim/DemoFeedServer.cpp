#include "DemoFeedServer.h"

#include "FeedEncoder.h"
#include "time/Clock.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Pantau {

namespace {

using Status = QHttpServerResponder::StatusCode;

void writeJson(QHttpServerResponder &responder, const QJsonObject &body, Status status = Status::Ok)
{
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                    QByteArrayLiteral("application/json; charset=utf-8"), status);
}

void writeError(QHttpServerResponder &responder, Status status, const QString &message)
{
    writeJson(responder, QJsonObject{{QStringLiteral("error"), message}}, status);
}

} // namespace

DemoFeedServer::DemoFeedServer(const Clock *clock, QObject *parent)
    : DemoFeedServer(clock, Options(), parent)
{
}

DemoFeedServer::DemoFeedServer(const Clock *clock, const Options &options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_catalog(options.seed)
    , m_faults(m_catalog.ids())
{
    for (const QString &path : m_catalog.paths()) {
        m_server.route(path,
                       [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                           serveFeed(request, std::move(responder));
                       });
    }
    if (m_options.admin) {
        m_server.route(QStringLiteral("/admin/faults"),
                       [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                           serveAdmin(request, std::move(responder), QString());
                       });
        m_server.route(QStringLiteral("/admin/faults/<arg>"),
                       [this](const QString &feed, const QHttpServerRequest &request,
                              QHttpServerResponder &&responder) {
                           serveAdmin(request, std::move(responder), feed);
                       });
        m_server.route(QStringLiteral("/admin/requests"),
                       [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                           serveRequests(request, std::move(responder));
                       });
    }
}

bool DemoFeedServer::start(quint16 port)
{
    // Loopback only: the admin endpoint changes what the wall sees and has no password.
    m_port = m_server.listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl DemoFeedServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QJsonObject DemoFeedServer::feedRequests() const
{
    QJsonObject feeds;
    for (const QString &id : m_catalog.ids())
        feeds.insert(id, m_feedRequests.value(id));
    return QJsonObject{{QStringLiteral("total"), m_feedRequestsTotal},
                       {QStringLiteral("feeds"), feeds}};
}

void DemoFeedServer::serveFeed(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_requests;
    ++m_feedRequestsTotal;
    const QUrlQuery query(request.url());
    const FeedCatalog::Feed *feed = m_catalog.find(request.url().path(), query);
    if (!feed) {
        // Only CKAN shares its path between unknown and known names; it says so in its way.
        if (request.url().path() == QLatin1String("/api/3/action/datastore_search")) {
            responder.write(
                FeedEncoder::ckanNotFound(query.queryItemValue(QStringLiteral("resource_id"))),
                FeedEncoder::contentType(FeedFormat::Ckan), Status::NotFound);
        } else {
            writeError(responder, Status::NotFound,
                       QStringLiteral("no simulated feed at %1").arg(request.url().toString()));
        }
        return;
    }
    // Counted whatever the fault: a feed that is down was still asked.
    ++m_feedRequests[feed->id];

    const QDateTime now = m_clock->now();
    const QByteArray type = FeedEncoder::contentType(feed->format);
    switch (m_faults.faultFor(feed->id)) {
    case FaultPlan::Kind::None:
        responder.write(feed->render(now, query), type);
        return;
    case FaultPlan::Kind::Stale:
        // A stuck export: yesterday's file, timestamps and all.
        responder.write(feed->render(now.addSecs(-feed->staleBySeconds), query), type);
        return;
    case FaultPlan::Kind::Malformed:
        responder.write(FeedEncoder::malformed(feed->format, feed->render(now, query)), type);
        return;
    case FaultPlan::Kind::ServerError:
        responder.write(QByteArrayLiteral("<html><head><title>500 Internal Server Error</title>"
                                          "</head><body><center><h1>500 Internal Server "
                                          "Error</h1></center><hr><center>nginx</center></body>"
                                          "</html>\r\n"),
                        QByteArrayLiteral("text/html"), Status::InternalServerError);
        return;
    case FaultPlan::Kind::Down:
        // The request is taken and the connection dropped, as a crashed backend behind a
        // proxy does. The listening socket stays up so the admin endpoint remains reachable.
        if (QTcpSocket *socket = responder.socket())
            socket->disconnectFromHost();
        return;
    case FaultPlan::Kind::Slow: {
        // The answer is held back; the connection stays open and silent. Written only if the
        // client is still there (it will have given up at its deadline).
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket = held->socket();
        const QByteArray body = feed->render(now, query);
        QTimer::singleShot(m_options.slowSeconds * 1000, this, [held, socket, body, type] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                held->write(body, type);
        });
        return;
    }
    }
}

void DemoFeedServer::serveAdmin(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                                const QString &feed)
{
    ++m_requests;
    using Method = QHttpServerRequest::Method;
    const auto answer = [&] {
        QJsonObject body;
        body.insert(QStringLiteral("faults"), m_faults.toJson());
        body.insert(QStringLiteral("feeds"), QJsonArray::fromStringList(m_catalog.ids()));
        body.insert(QStringLiteral("kinds"), QJsonArray::fromStringList(FaultPlan::kindNames()));
        writeJson(responder, body);
    };
    switch (request.method()) {
    case Method::Get:
        answer();
        return;
    case Method::Delete:
        if (feed.isEmpty()) {
            m_faults.clearAll();
        } else if (feed != FaultPlan::allFeeds() && !m_catalog.byId(feed)) {
            writeError(responder, Status::NotFound,
                       QStringLiteral("unknown feed \"%1\"").arg(feed));
            return;
        } else {
            m_faults.clear(feed);
        }
        answer();
        return;
    case Method::Post:
    case Method::Put: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            writeError(responder, Status::BadRequest,
                       error.error != QJsonParseError::NoError
                           ? QStringLiteral("body at offset %1: %2")
                                 .arg(error.offset)
                                 .arg(error.errorString())
                           : QStringLiteral("body: expected an object {\"feed\": \"kind\"}"));
            return;
        }
        QJsonObject faults = document.object();
        // POST /admin/faults/FEED takes {"fault": "kind"}.
        if (!feed.isEmpty())
            faults = QJsonObject{{feed, faults.value(QStringLiteral("fault"))}};
        QString why;
        if (!m_faults.apply(faults, &why)) {
            writeError(responder, Status::BadRequest, why);
            return;
        }
        answer();
        return;
    }
    default:
        writeError(responder, Status::MethodNotAllowed,
                   QStringLiteral("use GET, POST or DELETE on /admin/faults"));
        return;
    }
}

void DemoFeedServer::serveRequests(const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder)
{
    ++m_requests;
    if (request.method() != QHttpServerRequest::Method::Get) {
        writeError(responder, Status::MethodNotAllowed,
                   QStringLiteral("/admin/requests is read-only: use GET"));
        return;
    }
    writeJson(responder, feedRequests());
}

} // namespace Pantau
