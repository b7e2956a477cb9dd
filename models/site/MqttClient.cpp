#include "site/MqttClient.h"

#include <QHostInfo>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mosquitto.h>
#include <mutex>

namespace Pantau {

namespace {

// libmosquitto's global set-up (its TLS library among it), once per process, undone at exit so
// that a leak check sees nothing of it.
void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        mosquitto_lib_init();
        std::atexit([] { mosquitto_lib_cleanup(); });
    });
}

QString errorText(int rc)
{
    if (rc == MOSQ_ERR_ERRNO)
        return QString::fromLocal8Bit(std::strerror(errno));
    return QString::fromUtf8(mosquitto_strerror(rc));
}

} // namespace

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
{
    initLibrary();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &MqttClient::resolve);
    connect(&m_miscTimer, &QTimer::timeout, this, &MqttClient::onMisc);
}

MqttClient::~MqttClient()
{
    stop();
}

void MqttClient::start()
{
    if (m_state != State::Stopped)
        return;
    m_backoffMs = 0;
    m_connections = 0;
    resolve();
}

void MqttClient::stop()
{
    m_retryTimer.stop();
    m_miscTimer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_mosq) {
        // A clean DISCONNECT tells the broker not to send the will: this is a planned leave.
        // It is queued, so it is written here; a socket that cannot take it now is closed
        // anyway, and the broker then sends the will, which is the truth as well.
        if (m_state == State::Connected && mosquitto_disconnect(m_mosq) == MOSQ_ERR_SUCCESS)
            mosquitto_loop_write(m_mosq, 1);
        unwatchSocket();
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
        m_tlsReady = false;
    }
    m_state = State::Stopped;
}

bool MqttClient::publish(const QString &topic, const QByteArray &payload, bool retain)
{
    if (m_state != State::Connected)
        return false;
    const QByteArray name = topic.toUtf8();
    const int rc = mosquitto_publish(m_mosq, nullptr, name.constData(), int(payload.size()),
                                     payload.constData(), 1, retain);
    if (rc != MOSQ_ERR_SUCCESS) {
        m_lastError = errorText(rc);
        return false;
    }
    afterLoop(MOSQ_ERR_SUCCESS); // there is something to write now
    return true;
}

void MqttClient::subscribe(const QString &filter)
{
    if (m_filters.contains(filter))
        return;
    m_filters.append(filter);
    if (m_state == State::Connected) {
        mosquitto_subscribe(m_mosq, nullptr, filter.toUtf8().constData(), 1);
        afterLoop(MOSQ_ERR_SUCCESS);
    }
}

void MqttClient::resolve()
{
    m_state = State::Resolving;
    m_lookupId = QHostInfo::lookupHost(m_options.broker.host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            lost(tr("cannot resolve %1: %2").arg(m_options.broker.host, info.errorString()));
            return;
        }
        connectTo(info.addresses().constFirst().toString());
    });
}

void MqttClient::connectTo(const QString &address)
{
    if (!m_mosq) {
        const QByteArray id = m_options.clientId.toUtf8();
        m_mosq = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), true, this);
        if (!m_mosq) {
            lost(tr("cannot make an MQTT client: %1").arg(errorText(MOSQ_ERR_ERRNO)));
            return;
        }
        mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
        // No cap on messages awaiting their PUBACK: with libmosquitto's default of 20, a burst
        // (the collector's whole state on connect, a poll of many feeds) waits in a queue of its
        // own, behind which a leaving process's last "offline" would wait too, while the
        // DISCONNECT went ahead; the broker then sent no will, and the nodes never heard that
        // the process had left. Uncapped, every message is written in the order it was given.
        mosquitto_max_inflight_messages_set(m_mosq, 0);
        mosquitto_connect_callback_set(m_mosq, &MqttClient::onConnectCallback);
        mosquitto_disconnect_callback_set(m_mosq, &MqttClient::onDisconnectCallback);
        mosquitto_message_callback_set(m_mosq, &MqttClient::onMessageCallback);
    }
    if (!m_options.username.isEmpty())
        mosquitto_username_pw_set(m_mosq, m_options.username.toUtf8().constData(),
                                  m_options.password.toUtf8().constData());
    mosquitto_will_clear(m_mosq);
    if (!m_options.will.topic.isEmpty())
        mosquitto_will_set(m_mosq, m_options.will.topic.toUtf8().constData(),
                           int(m_options.will.payload.size()), m_options.will.payload.constData(),
                           1, m_options.will.retain);
    QString host = address;
    // TLS is set up once per libmosquitto client: mosquitto_tls_opts_set keeps a copy of its
    // strings and never frees the one it replaces, so a call on every attempt leaked (found by
    // LeakSanitizer while the client kept retrying a broker it does not trust).
    if (m_options.broker.tls && !m_tlsReady) {
        const QByteArray bundle = m_options.caBundle.toLocal8Bit();
        int rc = mosquitto_tls_set(m_mosq, bundle.isEmpty() ? nullptr : bundle.constData(),
                                   bundle.isEmpty() ? "/etc/ssl/certs" : nullptr, nullptr, nullptr,
                                   nullptr);
        if (rc == MOSQ_ERR_SUCCESS)
            rc = mosquitto_tls_opts_set(m_mosq, 1 /* SSL_VERIFY_PEER */, nullptr, nullptr);
        if (rc != MOSQ_ERR_SUCCESS) {
            lost(tr("cannot set up TLS with %1: %2")
                     .arg(bundle.isEmpty() ? QStringLiteral("the system's certificates")
                                           : m_options.caBundle,
                          errorText(rc)));
            return;
        }
        m_tlsReady = true;
    }
    if (m_options.broker.tls) {
        // The certificate is checked against the name libmosquitto connects to, so it must be
        // the broker's name and not the address. The lookup just made has warmed the resolver.
        host = m_options.broker.host;
    }
    m_state = State::Connecting;
    m_closeReason.clear();
    // An address, not the name, where no certificate is checked: libmosquitto would resolve a
    // name itself, and block doing so.
    const int rc = mosquitto_connect_async(m_mosq, host.toUtf8().constData(), m_options.broker.port,
                                           m_options.keepAliveSeconds);
    if (rc != MOSQ_ERR_SUCCESS) {
        lost(errorText(rc));
        return;
    }
    watchSocket();
}

void MqttClient::watchSocket()
{
    unwatchSocket();
    m_socket = mosquitto_socket(m_mosq);
    if (m_socket < 0)
        return;
    m_readNotifier = std::make_unique<QSocketNotifier>(m_socket, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &MqttClient::onReadable);
    m_writeNotifier = std::make_unique<QSocketNotifier>(m_socket, QSocketNotifier::Write);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &MqttClient::onWritable);
    // Half the keep-alive: a ping goes out in time, and a broker that stopped answering is
    // noticed within one and a half keep-alives, as MQTT has it.
    m_miscTimer.start(std::max(1, m_options.keepAliveSeconds) * 500);
}

void MqttClient::unwatchSocket()
{
    // Before the descriptor is reused: a notifier on a closed socket would wake the loop for ever.
    m_readNotifier.reset();
    m_writeNotifier.reset();
    m_socket = -1;
}

void MqttClient::onReadable()
{
    // Everything the socket holds, so that a burst (the retained state at connect) is read in
    // one wake-up, not one per message; bounded, so that a flood cannot starve the loop.
    int rc = MOSQ_ERR_SUCCESS;
    for (int i = 0; i < 256 && m_mosq; ++i) {
        errno = 0;
        rc = mosquitto_loop_read(m_mosq, 1);
        if (rc != MOSQ_ERR_SUCCESS || errno == EAGAIN || errno == EWOULDBLOCK)
            break;
    }
    afterLoop(rc);
}

void MqttClient::onWritable()
{
    afterLoop(mosquitto_loop_write(m_mosq, 1));
}

void MqttClient::onMisc()
{
    if (m_mosq)
        afterLoop(mosquitto_loop_misc(m_mosq));
}

void MqttClient::afterLoop(int rc)
{
    if (!m_mosq)
        return;
    const bool closed =
        mosquitto_socket(m_mosq) != m_socket || rc == MOSQ_ERR_NO_CONN || rc == MOSQ_ERR_CONN_LOST;
    if (closed)
        unwatchSocket(); // libmosquitto closed it (a read or write failed, or a time-out)
    else if (m_writeNotifier)
        m_writeNotifier->setEnabled(mosquitto_want_write(m_mosq));

    // What the callbacks saw, told now that libmosquitto is out of the way: a slot may publish,
    // stop or delete this client, none of which may happen inside its callbacks.
    const QPointer<MqttClient> alive(this);
    const QList<Event> events = std::exchange(m_events, {});
    for (const Event &event : events) {
        if (!alive || m_state == State::Stopped)
            return;
        switch (event.kind) {
        case Event::Connected:
            emit connected();
            break;
        case Event::Message:
            emit messageReceived(event.topic, event.payload, event.retained);
            break;
        }
    }
    if (alive && closed && (m_state == State::Connecting || m_state == State::Connected)) {
        QString reason = std::exchange(m_closeReason, {});
        if (reason.isEmpty())
            reason = rc == MOSQ_ERR_SUCCESS ? tr("connection closed") : errorText(rc);
        lost(reason);
    }
}

void MqttClient::onConnectCallback(mosquitto *, void *self, int code)
{
    auto *client = static_cast<MqttClient *>(self);
    if (code != 0) {
        // Refused (bad credentials, not authorised): the broker closes the connection next,
        // and that loss is reported with this reason.
        client->m_closeReason = QString::fromUtf8(mosquitto_connack_string(code));
        return;
    }
    client->m_state = State::Connected;
    client->m_lastError.clear();
    client->m_backoffMs = 0;
    ++client->m_connections;
    for (const QString &filter : std::as_const(client->m_filters))
        mosquitto_subscribe(client->m_mosq, nullptr, filter.toUtf8().constData(), 1);
    client->m_events.append({Event::Connected, {}, {}, false});
}

void MqttClient::onDisconnectCallback(mosquitto *, void *self, int code)
{
    auto *client = static_cast<MqttClient *>(self);
    if (client->m_closeReason.isEmpty() && code != 0)
        client->m_closeReason = errorText(code);
}

void MqttClient::onMessageCallback(mosquitto *, void *self, const mosquitto_message *message)
{
    auto *client = static_cast<MqttClient *>(self);
    client->m_events.append(
        {Event::Message, QString::fromUtf8(message->topic),
         QByteArray(static_cast<const char *>(message->payload), message->payloadlen),
         message->retain});
}

void MqttClient::lost(const QString &reason)
{
    if (m_state == State::Stopped || m_state == State::Waiting)
        return;
    m_lastError = reason;
    m_miscTimer.stop();
    m_state = State::Waiting;
    emit disconnected(reason);
    retryLater();
}

void MqttClient::retryLater()
{
    m_backoffMs = m_backoffMs == 0 ? m_options.minBackoffMs
                                   : std::min(m_backoffMs * 2, m_options.maxBackoffMs);
    // A quarter either way, so that many nodes that lost one broker spread their returns.
    const int jitter = m_backoffMs / 4;
    const int wait =
        m_backoffMs +
        (jitter > 0 ? int(QRandomGenerator::global()->bounded(2 * jitter + 1)) - jitter : 0);
    m_retryTimer.start(std::max(0, wait));
}

} // namespace Pantau
