#pragma once

#include "site/BrokerAddress.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QSocketNotifier;
struct mosquitto;
struct mosquitto_message;

namespace Pantau {

// One connection to an MQTT broker (Mosquitto), through libmosquitto, driven by this thread's
// Qt event loop: socket notifiers for its reads and writes and a timer for its keep-alive, so
// there is no extra thread and nothing blocks the GUI. The broker's host name is resolved with
// QHostInfo, which does not block either, and libmosquitto is given the address.
//
// The client keeps itself connected. libmosquitto reconnects only inside its own loop, which an
// external event loop does not run, so a lost or refused connection is retried here, after a
// wait that doubles from minBackoffMs up to maxBackoffMs, each with a quarter of random jitter so
// that fifty nodes that lost the same broker do not all knock at once when it comes back. A
// session is clean: the subscriptions are made again on every connect.
class MqttClient : public QObject
{
    Q_OBJECT

public:
    struct Will
    {
        QString topic; // empty: no will
        QByteArray payload;
        bool retain = true;
    };

    struct Options
    {
        BrokerAddress broker;
        QString clientId;
        QString username; // empty: anonymous
        QString password;
        // For mqtts://: a PEM file of the CAs the broker's certificate must chain to; empty:
        // the system's store (/etc/ssl/certs). The host name is checked too.
        QString caBundle;
        int keepAliveSeconds = 20;
        int minBackoffMs = 500;
        int maxBackoffMs = 30000;
        Will will;
    };

    enum class State { Stopped, Resolving, Connecting, Connected, Waiting };
    Q_ENUM(State)

    explicit MqttClient(QObject *parent = nullptr);
    ~MqttClient() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Connects, and stays connected until stop(): every loss is retried.
    void start();
    // Leaves the broker cleanly (no will is sent) and stays away.
    void stop();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // Why the last attempt or connection ended; empty while none has.
    QString lastError() const { return m_lastError; }

    // Publishes at QoS 1. False, and nothing is sent later, when not connected: whoever keeps
    // state republishes it on connected().
    bool publish(const QString &topic, const QByteArray &payload, bool retain = false);
    // Subscribes at QoS 1, now if connected and again on every connect.
    void subscribe(const QString &filter);

    // The socket to the broker, -1 while there is none (as QAbstractSocket::socketDescriptor).
    int socketDescriptor() const { return m_socket; }
    // How many connections were made since start(), the first included.
    int connections() const { return m_connections; }

signals:
    void connected();
    // A connection or an attempt ended; a retry follows unless stop() was called.
    void disconnected(const QString &reason);
    void messageReceived(const QString &topic, const QByteArray &payload, bool retained);

private:
    static void onConnectCallback(mosquitto *, void *self, int code);
    static void onDisconnectCallback(mosquitto *, void *self, int code);
    static void onMessageCallback(mosquitto *, void *self, const mosquitto_message *message);

    void resolve();
    void connectTo(const QString &address);
    void watchSocket();
    void unwatchSocket();
    void onReadable();
    void onWritable();
    void onMisc();
    // After libmosquitto ran: a closed socket is let go, and writing waits for data to send.
    void afterLoop(int rc);
    void lost(const QString &reason);
    void retryLater();

    // What libmosquitto's callbacks reported during one of its calls, emitted after it returns.
    struct Event
    {
        enum Kind { Connected, Message } kind;
        QString topic;
        QByteArray payload;
        bool retained;
    };

    Options m_options;
    mosquitto *m_mosq = nullptr;
    bool m_tlsReady = false; // mosquitto_tls_set and _opts_set done for m_mosq
    State m_state = State::Stopped;
    QString m_lastError;
    QString m_closeReason; // the broker's or libmosquitto's word on why the socket closed
    QList<Event> m_events;
    QStringList m_filters;
    int m_socket = -1;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    QTimer m_miscTimer; // keep-alive pings and their time-outs
    QTimer m_retryTimer;
    int m_backoffMs = 0;
    int m_lookupId = -1;
    int m_connections = 0;
};

} // namespace Pantau
