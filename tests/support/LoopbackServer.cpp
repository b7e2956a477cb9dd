#include "LoopbackServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

LoopbackServer::LoopbackServer()
{
    // One catch-all route: the path decides the reply, so tests add paths without new routes.
    m_server.route(QStringLiteral("/<arg>"), [this](const QUrl &, const QHttpServerRequest &request,
                                                    QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        m_hits[path] += 1;
        m_lastHeaders[path] = request.headers();
        const auto it = m_replies.constFind(path);
        const Reply reply =
            it == m_replies.constEnd() ? Reply{"not found", 404, "text/plain"} : *it;
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        if (!reply.contentType.isEmpty())
            responder.writeHeader("Content-Type", reply.contentType);
        bool hasLength = false;
        for (const auto &[name, value] : reply.headers) {
            hasLength |= name.compare("Content-Length", Qt::CaseInsensitive) == 0;
            responder.writeHeader(name, value);
        }
        if (!hasLength)
            responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body);
    });
}

bool LoopbackServer::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl LoopbackServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

void LoopbackServer::set(const QString &path, const Reply &reply)
{
    m_replies.insert(path, reply);
}

QByteArray LoopbackServer::lastRequestHeader(const QString &path, const QByteArray &name) const
{
    for (const auto &[key, value] : m_lastHeaders.value(path)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
