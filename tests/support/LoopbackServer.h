#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QUrl>

// A real HTTP server on 127.0.0.1 for tests: each path answers with a body, status and content
// type the test sets, and can be changed between polls to play a feed that breaks and recovers.
class LoopbackServer
{
public:
    struct Reply
    {
        QByteArray body;
        int status = 200;
        QByteArray contentType = "application/json";
    };

    LoopbackServer();

    // Listens on a free port; false if none could be had.
    bool start();
    QUrl url(const QString &path) const;
    void set(const QString &path, const Reply &reply);
    int hits(const QString &path) const { return m_hits.value(path); }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Reply> m_replies;
    QHash<QString, int> m_hits;
};
