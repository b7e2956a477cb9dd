#pragma once

#include "config/ConfigLoader.h"
#include "site/SiteConnection.h"
#include "site/SiteFallback.h"
#include "site/SiteFollower.h"

#include <QHash>
#include <QObject>

namespace Pantau {

// A wall's, desk's or kiosk's membership of a site: its link and presence (SiteConnection),
// the follower that keeps its models from what the collector publishes (SiteFollower), and the
// commands it sends to the collector. A command is only a request: its outcome comes back from
// the collector as commandFinished(), and the state it changed arrives like any other state.
class SiteNode : public QObject
{
    Q_OBJECT

public:
    enum class Role { Wall, Desktop, Kiosk };

    SiteNode(const SiteConfig &site, Role role, const QString &node, QObject *parent = nullptr);

    // Starts connecting; false, with `error`, when the password cannot be read.
    bool start(QString *error);

    SiteFollower *follower() { return &m_follower; }
    SiteConnection *connection() { return &m_connection; }
    // The fallback polling its site allows, or null when it allows none (the default).
    SiteFallback *fallback() { return m_fallback.get(); }
    Role role() const { return m_role; }
    // A kiosk reads the public subtree only, and sends nothing but its presence.
    bool isPublic() const { return m_role == Role::Kiosk; }
    // The wall screens this process shows, for its presence on the desks.
    void setScreens(const QStringList &screens) { m_connection.setScreens(screens); }

    // The node's config: the one the collector published, with this process's own site (where
    // and as whom it connects) and, when its own config has one, its kiosk PIN, which the
    // public subtree never carries. Diagnostics name the broker's config topic.
    ConfigLoader::Result configFrom(const QJsonObject &published) const;
    void setLocalKiosk(const KioskConfig &kiosk) { m_localKiosk = kiosk; }

    // Sends a command to the collector, filling in its id, this node and the operating-system
    // user; returns the id, which commandFinished() repeats. Empty, with `why`, when it cannot
    // be sent now: no broker, or a kiosk.
    QString send(CommandMessage command, QString *why);
    // Commands sent and not yet answered.
    int pendingCount() const { return int(m_pending.size()); }
    // How long a command may wait for its answer before the desk is told it got none. The
    // broker drops a command its ACL does not allow without telling the sender (a wall that
    // opens a desk but logs in as "wall"), and a collector may die just after taking one.
    static constexpr int AnswerTimeoutMs = 15'000;
    void setAnswerTimeout(int ms) { m_answerTimeoutMs = ms; }

    static QString roleName(Role role);

signals:
    void commandFinished(const QString &id, bool done, const QString &why);

private:
    Role m_role;
    KioskConfig m_localKiosk;
    SiteConnection m_connection;
    SiteFollower m_follower;
    std::unique_ptr<SiteFallback> m_fallback;
    QHash<QString, CommandMessage> m_pending; // by id
    int m_answerTimeoutMs = AnswerTimeoutMs;
};

} // namespace Pantau
