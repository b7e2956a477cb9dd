#include "site/SiteNode.h"

#include "PantauVersion.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

namespace Pantau {

namespace {

PresenceMessage presenceOf(SiteNode::Role role, const QString &node)
{
    PresenceMessage presence;
    presence.node = node;
    presence.role = SiteNode::roleName(role);
    presence.version = QStringLiteral(PANTAU_VERSION);
    return presence;
}

} // namespace

SiteNode::SiteNode(const SiteConfig &site, Role role, const QString &node, QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_connection(site, presenceOf(role, node))
    , m_follower(m_connection.client(), site.id, node, role == Role::Kiosk)
{
    if (site.fallback == SiteConfig::Fallback::Poll)
        m_fallback = std::make_unique<SiteFallback>(&m_follower, site.fallbackAfterSeconds);
    connect(&m_follower, &SiteFollower::resultReceived, this, [this](const ResultMessage &result) {
        if (!m_pending.remove(result.command))
            return; // another run's command, answered late
        emit commandFinished(result.command, result.done, result.why);
    });
    // A command sent before the link broke may never be answered: the collector may not have
    // seen it. Saying so is better than "waiting" for ever; the operator can give it again.
    connect(m_connection.client(), &MqttClient::disconnected, this, [this] {
        const QList<QString> ids = m_pending.keys();
        m_pending.clear();
        for (const QString &id : ids)
            emit commandFinished(id, false,
                                 tr("Tautan ke situs terputus sebelum collector menjawab; "
                                    "ulangi bila perlu."));
    });
}

bool SiteNode::start(QString *error)
{
    return m_connection.start(error);
}

ConfigLoader::Result SiteNode::configFrom(const QJsonObject &published) const
{
    const SiteConfig &site = m_connection.config();
    const SiteTopic topic{SiteTopic::Kind::Config, isPublic(), {}};
    const QString source = QStringLiteral("%1/%2").arg(site.broker.toString(), topic.name(site.id));
    ConfigLoader::Result loaded =
        ConfigLoader::loadBytes(QJsonDocument(published).toJson(QJsonDocument::Indented), source);
    if (loaded.config) {
        loaded.config->site = site;
        if (!m_localKiosk.pinHash.isEmpty())
            loaded.config->kiosk = m_localKiosk;
    }
    return loaded;
}

QString SiteNode::roleName(Role role)
{
    switch (role) {
    case Role::Wall:
        return QStringLiteral("wall");
    case Role::Desktop:
        return QStringLiteral("desktop");
    case Role::Kiosk:
        return QStringLiteral("kiosk");
    }
    return {};
}

QString SiteNode::send(CommandMessage command, QString *why)
{
    if (isPublic()) {
        *why = tr("Kios tidak mengirim perintah.");
        return {};
    }
    if (!m_follower.isLinked()) {
        *why = tr("Perintah tidak terkirim: %1.").arg(m_follower.linkProblem());
        return {};
    }
    command.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.node = m_connection.node();
    command.user = AlertModel::osUser();
    const SiteTopic topic = SiteCodec::topicOf(command);
    // Commands are not state: no revision orders them, and none is retained.
    if (!m_connection.client()->publish(topic.name(m_connection.site()),
                                        SiteCodec::encode(command, {}), false)) {
        *why = tr("Perintah tidak terkirim: broker situs tidak terjangkau.");
        return {};
    }
    m_pending.insert(command.id, command);
    const QString id = command.id;
    QTimer::singleShot(m_answerTimeoutMs, this, [this, id] {
        if (!m_pending.remove(id))
            return; // answered
        qWarning().noquote() << "site" << m_connection.site() << ": command" << id
                             << "got no answer from the collector within"
                             << m_answerTimeoutMs / 1000 << "s";
        emit commandFinished(id, false,
                             tr("Collector tidak menjawab dalam %1 detik. Periksa apakah mesin ini "
                                "masuk ke broker sebagai peran desk (peran wall tidak boleh "
                                "mengirim perintah); ulangi bila perlu.")
                                 .arg(m_answerTimeoutMs / 1000));
    });
    return command.id;
}

} // namespace Pantau
