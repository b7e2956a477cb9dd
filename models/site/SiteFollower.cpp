#include "site/SiteFollower.h"

#include "site/MqttClient.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "state/RecordsModel.h"

namespace Pantau {

SiteFollower::SiteFollower(MqttClient *client, const QString &site, const QString &node,
                           bool isPublic, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_site(site)
    , m_node(node)
    , m_public(isPublic)
    , m_problem(tr("belum terhubung ke broker situs"))
{
    // A kiosk may read the public subtree only, and needs all of it. An operator node takes its
    // kinds one by one: with the whole tree, the broker would send every wall the public copies
    // of the state as well, half of what it sends, only to be dropped here (BENCHMARKS.md, "One
    // site, many machines"); and the commands, which are the collector's.
    if (m_public) {
        m_client->subscribe(SiteTopic::prefix(m_site, true) + u'#');
    } else {
        using Kind = SiteTopic::Kind;
        m_client->subscribe(SiteTopic{Kind::Config, false, {}}.name(m_site));
        for (const Kind kind : {Kind::Indicator, Kind::History, Kind::Records, Kind::Health,
                                Kind::Alert, Kind::Pin, Kind::Presence})
            m_client->subscribe(SiteTopic{kind, false, QStringLiteral("+")}.name(m_site));
        m_client->subscribe(SiteTopic{Kind::Presence, true, QStringLiteral("+")}.name(m_site));
        m_client->subscribe(SiteTopic{Kind::Result, false, m_node}.name(m_site));
    }
    connect(m_client, &MqttClient::connected, this, &SiteFollower::onConnected);
    connect(m_client, &MqttClient::disconnected, this, [this](const QString &reason) {
        m_problem = tr("tautan ke broker situs terputus: %1").arg(reason);
        updateLink();
    });
    connect(m_client, &MqttClient::messageReceived, this,
            [this](const QString &topic, const QByteArray &payload, bool retained) {
                onMessage(topic, payload, retained);
            });
}

void SiteFollower::attach(DataHub *hub)
{
    m_hub = hub;
    if (!m_hub)
        return;
    for (const SiteMessage &message : std::as_const(m_state))
        apply(message);
    if (!m_linked)
        markUnconfirmed();
    m_hub->readingsChanged();
}

void SiteFollower::resumeAlerts()
{
    if (!m_hub)
        return;
    QSet<QString> collectors;
    for (const SiteMessage &message : std::as_const(m_state)) {
        if (const auto *alert = std::get_if<AlertMessage>(&message))
            collectors.insert(alert->key());
    }
    for (const AlertModel::Active &alert : m_hub->alerts()->active()) {
        if (!collectors.contains(alert.key()))
            m_hub->alerts()->removeActive(alert.key());
    }
    for (const SiteMessage &message : std::as_const(m_state)) {
        if (std::holds_alternative<AlertMessage>(message))
            apply(message);
    }
}

void SiteFollower::onConnected()
{
    // What the broker holds now is the truth, whatever revisions came before: a collector whose
    // clock was set back must not be shut out.
    m_revisions.clear();
    m_synced = false;
    m_heardLive.clear();
    m_problem = tr("menunggu collector situs");
    updateLink();
}

void SiteFollower::onMessage(const QString &topicName, const QByteArray &payload, bool retained)
{
    QString why;
    const std::optional<SiteTopic> topic = SiteTopic::parse(m_site, topicName, &why);
    if (!topic) {
        ++m_rejected;
        qWarning().noquote() << "site: ignoring" << topicName << "-" << why;
        return;
    }
    // An operator node reads the operator subtree, and from the public one only the presence
    // of the collector and the kiosks, which live there.
    if (topic->isPublic != m_public &&
        !(topic->isPublic && topic->kind == SiteTopic::Kind::Presence))
        return;
    if (topic->kind == SiteTopic::Kind::Command ||
        (topic->kind == SiteTopic::Kind::Result && topic->key != m_node))
        return; // for the collector, or for another node
    if (payload.isEmpty()) {
        remove(*topic); // an emptied retained topic: a cleared alert
        return;
    }
    const std::optional<SiteCodec::Decoded> decoded = SiteCodec::decode(*topic, payload, &why);
    if (!decoded) {
        ++m_rejected;
        qWarning().noquote() << "site: ignoring a message on" << topicName << "-" << why;
        return;
    }
    const auto known = m_revisions.constFind(topicName);
    if (known != m_revisions.cend() && !decoded->revision.isNewerThan(*known))
        return; // older than what is shown
    m_revisions.insert(topicName, decoded->revision);
    // Heard live, a process's presence is news of now; a retained one tells only what it last
    // said, at some time before this node joined.
    if (const auto *presence = std::get_if<PresenceMessage>(&decoded->message)) {
        m_lastSeen.insert(presence->node, retained ? QDateTime() : QDateTime::currentDateTimeUtc());
        if (!retained)
            m_heardLive.insert(presence->node);
    }
    const bool ownEcho = !retained && topic->kind == SiteTopic::Kind::Presence &&
                         topic->key == m_node && std::get<PresenceMessage>(decoded->message).online;
    if (topic->kind != SiteTopic::Kind::Result && topic->kind != SiteTopic::Kind::Presence)
        m_state.insert(topicName, decoded->message);
    apply(decoded->message);
    if (m_hub &&
        (topic->kind == SiteTopic::Kind::Indicator || topic->kind == SiteTopic::Kind::History))
        m_hub->readingsChanged();
    if (ownEcho && !m_synced) {
        m_synced = true;
        emit synced();
    }
}

void SiteFollower::apply(const SiteMessage &message)
{
    std::visit(
        [this](const auto &m) {
            using M = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<M, ConfigMessage>) {
                if (m.config != m_config) {
                    m_config = m.config;
                    emit configChanged(m_config);
                }
            } else if constexpr (std::is_same_v<M, PinMessage>) {
                if (m_pins.value(m.screen) != m.page || !m_pins.contains(m.screen)) {
                    m_pins.insert(m.screen, m.page);
                    emit pinChanged(m.screen, m.page);
                }
            } else if constexpr (std::is_same_v<M, ResultMessage>) {
                emit resultReceived(m);
            } else if constexpr (std::is_same_v<M, PresenceMessage>) {
                PresenceMessage presence = m;
                // A last will is written when the process connects, before it knows its
                // screens: the desk keeps saying which screens went dark with it.
                if (!presence.online && presence.screens.isEmpty())
                    presence.screens = m_presence.value(m.node).screens;
                m_presence.insert(m.node, presence);
                emit presenceChanged();
                updateLink();
            } else if constexpr (std::is_same_v<M, CommandMessage>) {
                // never applied at a node
            } else if (m_hub) {
                if constexpr (std::is_same_v<M, IndicatorMessage>) {
                    m_hub->indicators()->setReading(m);
                } else if constexpr (std::is_same_v<M, HistoryMessage>) {
                    m_hub->indicators()->setHistory(m.id, m.points);
                } else if constexpr (std::is_same_v<M, HealthMessage>) {
                    m_hub->health()->setHealth(m);
                } else if constexpr (std::is_same_v<M, AlertMessage>) {
                    m_hub->alerts()->setActive(m);
                } else if constexpr (std::is_same_v<M, RecordsMessage>) {
                    FeedResult result;
                    result.feedId = m.feed;
                    result.events = m.records;
                    m_hub->records()->applyFeedResult(result);
                }
            }
        },
        message);
}

void SiteFollower::remove(const SiteTopic &topic)
{
    const QString name = topic.name(m_site);
    m_state.remove(name);
    m_revisions.remove(name);
    if (topic.kind == SiteTopic::Kind::Alert && m_hub)
        m_hub->alerts()->removeActive(topic.key);
}

void SiteFollower::updateLink()
{
    // A retained "online" is only what the collector last said. A broker that crashed with
    // persistence on keeps it for a collector long gone, and no will is sent for it; so the
    // collector counts once it is heard live on this connection. It answers every node that
    // joins (Collector), and says it itself whenever it connects.
    bool collectorOnline = false;
    bool unconfirmed = false;
    QString collector;
    for (const PresenceMessage &p : std::as_const(m_presence)) {
        if (p.role != QLatin1String("collector"))
            continue;
        collector = p.node;
        const bool live = p.online && m_heardLive.contains(p.node);
        collectorOnline = collectorOnline || live;
        unconfirmed = unconfirmed || (p.online && !live);
    }
    const bool linked = m_client->isConnected() && collectorOnline;
    if (m_client->isConnected() && !collectorOnline)
        m_problem = collector.isEmpty() ? tr("menunggu collector situs")
                    : unconfirmed       ? tr("menunggu kabar dari collector %1").arg(collector)
                                        : tr("collector %1 tidak aktif").arg(collector);
    if (linked)
        m_problem.clear();
    if (linked == m_linked)
        return;
    m_linked = linked;
    if (m_linked) {
        qInfo().noquote() << "site" << m_site << ": linked to the collector" << collector;
    } else {
        qWarning().noquote() << "site" << m_site << ": link lost -" << m_problem
                             << "; values are kept and turn stale on their own schedule";
        markUnconfirmed();
    }
    emit linkChanged(m_linked);
}

void SiteFollower::markUnconfirmed()
{
    if (!m_hub)
        return;
    IndicatorModel *indicators = m_hub->indicators();
    for (int row = 0; row < indicators->rowCount(); ++row) {
        const QString id = indicators->index(row).data(IndicatorModel::IdRole).toString();
        std::optional<IndicatorReading> reading = indicators->reading(id);
        if (!reading)
            continue;
        reading->error = m_problem;
        reading->errorKind = FailureKind::Unreachable;
        indicators->setReading(*reading);
    }
    m_hub->readingsChanged();
}

} // namespace Pantau
