#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QList>
#include <QPair>
#include <QUrl>

// A real HTTP server on 127.0.0.1 for tests: each path answers with a body, status, content
// type and headers the test sets, and can be changed between polls to play a feed that breaks
// and recovers. It remembers the headers of the last request to each path.
class LoopbackServer
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Reply
    {
        QByteArray body;
        int status = 200;
        QByteArray contentType = "application/json";
        Headers headers = {};
    };

    LoopbackServer();

    // Listens on a free port; false if none could be had.
    bool start();
    QUrl url(const QString &path) const;
    void set(const QString &path, const Reply &reply);
    int hits(const QString &path) const { return m_hits.value(path); }
    // A header of the last request to `path`, empty if it was not sent.
    QByteArray lastRequestHeader(const QString &path, const QByteArray &name) const;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Reply> m_replies;
    QHash<QString, int> m_hits;
    QHash<QString, Headers> m_lastHeaders;
};
