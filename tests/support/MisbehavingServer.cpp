#include "MisbehavingServer.h"

#include <QTcpSocket>
#include <QTimer>

MisbehavingServer::MisbehavingServer(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            // Answer once the request has arrived, as a real server would.
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                if (socket->property("served").toBool())
                    return;
                socket->setProperty("served", true);
                serve(socket);
            });
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
    m_port = m_server.serverPort();
}

QUrl MisbehavingServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(m_port));
}

void MisbehavingServer::pause()
{
    m_server.close();
}

bool MisbehavingServer::resume()
{
    return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, m_port);
}

void MisbehavingServer::serve(QTcpSocket *socket)
{
    switch (m_mode) {
    case Mode::Answer:
        // One request per connection keeps this server simple: it closes after answering.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
        socket->disconnectFromHost();
        return;
    case Mode::Silent:
        return;
    case Mode::Trickle: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100000\r\n\r\n");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(200); // well inside a 1 s transfer timeout, so only a deadline ends it
        return;
    }
    case Mode::Truncated:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100\r\n\r\n{\"v\": 1, \"padding\": \"xxxxxxxxxxxx");
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
}
