#pragma once

#include "config/SiteConfig.h"
#include "site/MqttClient.h"
#include "site/SiteMessage.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Pantau {

// One process's membership of a site: its link to the broker, and its presence there. The
// presence is retained and has a retained last will, so a process that dies or loses its
// network shows as offline to every desk within the broker's keep-alive, and one that stops
// cleanly says so itself. Collector and nodes alike join through it.
class SiteConnection : public QObject
{
    Q_OBJECT

public:
    // `presence` names this process (node, role, screens, version); online and since are set
    // here.
    SiteConnection(const SiteConfig &site, const PresenceMessage &presence,
                   QObject *parent = nullptr);
    ~SiteConnection() override;

    // Reads the password, if any, and starts connecting; false, with `error`, when the password
    // cannot be read.
    bool start(QString *error);
    // Says offline and leaves.
    void stop();

    MqttClient *client() { return &m_client; }
    const QString &site() const { return m_site.id; }
    const QString &node() const { return m_presence.node; }
    const SiteConfig &config() const { return m_site; }
    // Where a process of `role` says it is there: the collector and kiosks in the public
    // subtree (a kiosk must see the collector, and may see nothing else), walls and desks in
    // the operator one.
    static SiteTopic presenceTopic(const QString &role, const QString &node);
    // Says again that this process is there. The collector does so by itself whenever a node
    // joins: a node's retained copy of the collector's presence may be the broker's memory of a
    // collector long gone, so a node trusts only one it hears live (SiteFollower).
    void announce();
    // The wall screens this process shows; said again at once when connected.
    void setScreens(const QStringList &screens);
    // How long the wait between attempts may grow (tests shorten it).
    void setBackoff(int minMs, int maxMs);

private:
    QByteArray presencePayload(bool online, const Revision &revision) const;
    void sayOnline();
    void publishOnline();
    void onPresence(const QString &topic, const QByteArray &payload, bool retained);

    SiteConfig m_site;
    PresenceMessage m_presence;
    MqttClient m_client;
    qint64 m_run;
    qint64 m_seq = 0;
    QTimer m_answer; // nodes joining together get one answer
};

} // namespace Pantau
