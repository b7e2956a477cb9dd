#include "site/SiteConnection.h"

namespace Pantau {

SiteConnection::SiteConnection(const SiteConfig &site, const PresenceMessage &presence,
                               QObject *parent)
    : QObject(parent)
    , m_site(site)
    , m_presence(presence)
    , m_run(QDateTime::currentMSecsSinceEpoch())
{
    connect(&m_client, &MqttClient::connected, this, [this] {
        qInfo().noquote() << "site" << m_site.id << ": connected to" << m_site.broker.toString()
                          << "as" << m_presence.node << "(" << m_presence.role << ")";
        sayOnline();
    });
    if (m_presence.role == QLatin1String("collector")) {
        for (const bool isPublic : {false, true})
            m_client.subscribe(
                SiteTopic{SiteTopic::Kind::Presence, isPublic, QStringLiteral("+")}.name(
                    m_site.id));
        m_answer.setSingleShot(true);
        m_answer.setInterval(100);
        connect(&m_answer, &QTimer::timeout, this, &SiteConnection::announce);
        connect(&m_client, &MqttClient::messageReceived, this, &SiteConnection::onPresence);
    }
    connect(&m_client, &MqttClient::disconnected, this, [this](const QString &reason) {
        qWarning().noquote() << "site" << m_site.id << ": no link to" << m_site.broker.toString()
                             << "-" << reason << "; trying again";
    });
}

SiteTopic SiteConnection::presenceTopic(const QString &role, const QString &node)
{
    // A kiosk reads and writes nothing but the public subtree, and must see whether the
    // collector is there; walls and desks keep to the operator subtree.
    const bool isPublic = role == QLatin1String("collector") || role == QLatin1String("kiosk");
    return SiteTopic{SiteTopic::Kind::Presence, isPublic, node};
}

SiteConnection::~SiteConnection()
{
    stop();
}

bool SiteConnection::start(QString *error)
{
    MqttClient::Options options;
    options.broker = m_site.broker;
    // The node's name, which is unique in the site (a desk on a wall's PC is HOST-desk): the
    // broker's ACL (resources/mosquitto/pantau.acl) lets a client write the presence topic of
    // its own client id only, so one wall cannot say another is gone.
    options.clientId = m_presence.node;
    options.username = m_site.username;
    if (m_site.password) {
        QString why;
        const std::optional<QByteArray> password = m_site.password->read(&why);
        if (!password) {
            *error = QStringLiteral("site %1: the broker's password: %2").arg(m_site.id, why);
            return false;
        }
        options.password = QString::fromUtf8(*password);
    }
    options.caBundle = m_site.caBundle;
    // The will outranks every presence this run sends: a node never reads it as stale.
    options.will.topic = presenceTopic(m_presence.role, m_presence.node).name(m_site.id);
    options.will.payload = presencePayload(false, {m_run, Revision::MaxSeq});
    options.will.retain = true;
    const MqttClient::Options previous = m_client.options();
    options.minBackoffMs = previous.minBackoffMs;
    options.maxBackoffMs = previous.maxBackoffMs;
    m_client.setOptions(options);
    m_client.start();
    return true;
}

void SiteConnection::setBackoff(int minMs, int maxMs)
{
    MqttClient::Options options = m_client.options();
    options.minBackoffMs = minMs;
    options.maxBackoffMs = maxMs;
    m_client.setOptions(options);
}

void SiteConnection::stop()
{
    if (m_client.isConnected())
        m_client.publish(m_client.options().will.topic,
                         presencePayload(false, {m_run, Revision::MaxSeq}), true);
    m_client.stop();
}

QByteArray SiteConnection::presencePayload(bool online, const Revision &revision) const
{
    PresenceMessage message = m_presence;
    message.online = online;
    if (!online)
        message.since = QDateTime();
    return SiteCodec::encode(message, revision);
}

void SiteConnection::setScreens(const QStringList &screens)
{
    if (m_presence.screens == screens)
        return;
    m_presence.screens = screens;
    if (m_client.isConnected())
        publishOnline();
}

void SiteConnection::sayOnline()
{
    m_presence.since = QDateTime::currentDateTimeUtc();
    publishOnline();
}

void SiteConnection::announce()
{
    if (m_client.isConnected())
        publishOnline();
}

void SiteConnection::onPresence(const QString &topicName, const QByteArray &payload, bool retained)
{
    if (retained || payload.isEmpty() || m_answer.isActive())
        return;
    QString why;
    const std::optional<SiteTopic> topic = SiteTopic::parse(m_site.id, topicName, &why);
    if (topic && topic->kind == SiteTopic::Kind::Presence && topic->key != m_presence.node)
        m_answer.start();
}

void SiteConnection::publishOnline()
{
    m_client.publish(m_client.options().will.topic, presencePayload(true, {m_run, ++m_seq}), true);
}

} // namespace Pantau
