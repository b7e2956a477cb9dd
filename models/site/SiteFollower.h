#pragma once

#include "site/SiteMessage.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Pantau {

class DataHub;
class MqttClient;

// A node's side of a site: reads everything the collector publishes and holds it in the
// node's DataHub, so that the node's tiles draw exactly what a self-polling wall draws. Each
// topic keeps its newest message by revision (a delayed or older one is dropped); a message
// that does not decode is dropped whole, with a warning naming its topic and place, and the
// rest of the site goes on.
//
// What was received is kept per topic, so a hub rebuilt for a new config is given all of it at
// once. The link is up while the broker is reachable and the collector says it is there; when
// either goes, every value keeps its last state, says why it is no longer confirmed, and turns
// stale on its own schedule, by this node's clock.
class SiteFollower : public QObject
{
    Q_OBJECT

public:
    // `isPublic`: a kiosk, which reads the public subtree only. `node` is this process's name,
    // whose results it reads.
    SiteFollower(MqttClient *client, const QString &site, const QString &node, bool isPublic,
                 QObject *parent = nullptr);

    // The hub to keep; null while it is being rebuilt. Everything received so far is applied
    // to it at once.
    void attach(DataHub *hub);
    // After the hub judged its alerts itself (fallback polling): its alerts become the
    // collector's again, those it raised itself gone. Its readings stay until the collector's
    // newer ones replace them, as they are fresher than the collector's last ones here.
    void resumeAlerts();

    // The site config, as the collector publishes it; empty until it came.
    const QJsonObject &config() const { return m_config; }
    std::optional<int> pin(const QString &screen) const { return m_pins.value(screen); }
    bool isLinked() const { return m_linked; }
    // Whether everything the broker held when this node last connected is here. The broker
    // sends a subscriber its retained messages before anything published after the
    // subscription, and this node's own presence is published just after it: its echo comes
    // after the last retained message.
    bool isSynced() const { return m_synced; }
    // Why the link is down, in words the room reads; empty while it is up.
    const QString &linkProblem() const { return m_problem; }
    // Every process of the site that said it is there, by node name.
    const QHash<QString, PresenceMessage> &presence() const { return m_presence; }
    // When this node last heard a process say whether it is there; invalid when all it has is
    // what the broker retained from before this node joined.
    QDateTime lastSeen(const QString &node) const { return m_lastSeen.value(node); }
    // Messages dropped because they did not decode, since start.
    int rejected() const { return m_rejected; }

signals:
    void configChanged(const QJsonObject &config);
    void pinChanged(const QString &screen, std::optional<int> page);
    void resultReceived(const Pantau::ResultMessage &result);
    void linkChanged(bool up);
    void synced();
    void presenceChanged();

private:
    void onConnected();
    void onMessage(const QString &topic, const QByteArray &payload, bool retained);
    void apply(const SiteMessage &message);
    void remove(const SiteTopic &topic);
    void updateLink();
    // While the link is down: every value says so, and keeps its last state.
    void markUnconfirmed();

    MqttClient *m_client;
    QString m_site;
    QString m_node;
    bool m_public;
    QPointer<DataHub> m_hub;
    QHash<QString, Revision> m_revisions; // per topic
    QHash<QString, SiteMessage> m_state;  // the newest per topic, replayed on attach()
    QJsonObject m_config;
    QHash<QString, std::optional<int>> m_pins;
    QHash<QString, PresenceMessage> m_presence;
    QHash<QString, QDateTime> m_lastSeen;
    QSet<QString> m_heardLive; // processes heard say they are there since this connection began
    bool m_linked = false;
    bool m_synced = false;
    QString m_problem;
    int m_rejected = 0;
};

} // namespace Pantau
