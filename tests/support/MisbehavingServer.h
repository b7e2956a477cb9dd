#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A TCP server on 127.0.0.1 that breaks HTTP on purpose, at the byte level where a real HTTP
// server library would not let a test misbehave.
class MisbehavingServer : public QObject
{
public:
    enum class Mode {
        Answer,    // a proper 200 answer with the body set by setBody()
        Silent,    // accepts the connection and never answers
        Trickle,   // promises a large body and sends one byte every 200 ms
        Truncated, // promises 100 bytes of body, sends 40 and closes
    };

    explicit MisbehavingServer(Mode mode, QObject *parent = nullptr);

    QUrl url() const;
    void setMode(Mode mode) { m_mode = mode; }
    void setBody(const QByteArray &body) { m_body = body; }
    // Stops listening, so connections are refused; resume() listens on the same port again.
    void pause();
    bool resume();

private:
    void serve(QTcpSocket *socket);

    Mode m_mode;
    QByteArray m_body;
    QTcpServer m_server;
    quint16 m_port = 0;
};
