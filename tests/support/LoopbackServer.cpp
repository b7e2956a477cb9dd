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
        const auto it = m_replies.constFind(path);
        if (it == m_replies.constEnd()) {
            responder.write("not found", "text/plain", QHttpServerResponder::StatusCode::NotFound);
            return;
        }
        responder.write(it->body, it->contentType,
                        static_cast<QHttpServerResponder::StatusCode>(it->status));
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
