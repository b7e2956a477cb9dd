#pragma once

#include "config/Config.h"
#include "site/SiteConnection.h"
#include "site/SiteFollower.h"
#include "state/DataHub.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace Pantau {

class Clock;

// One follower node as a wall PC runs it, without its widgets: its own link and presence
// (SiteConnection), the follower (SiteFollower) and a following DataHub built from the site's
// config, so every message is decoded into the real models. Many of these share one process
// in pantau-sitebench; each has a socket, a client id and a presence of its own at the broker.
class SiteBenchNode : public QObject
{
    Q_OBJECT

public:
    // Builds the node's models; the start-up time counts from here, as a node process's start
    // includes building them.
    SiteBenchNode(const Config &config, const SiteConfig &site, const QString &name,
                  const Clock *clock, QObject *parent = nullptr);

    // Connects to the broker; false, with `error`, when it cannot even try.
    bool start(QString *error);

    const QString &name() const { return m_name; }
    SiteFollower *follower() { return &m_follower; }
    DataHub *hub() { return &m_hub; }

    bool isReady() const { return m_readyMs >= 0; }
    // Milliseconds from construction to ready: synced, with every indicator of the config
    // holding a value. -1 while not ready.
    double readyMs() const { return m_readyMs; }
    // Whether the broker's retained state alone was complete at synced(), so that no live
    // message had to fill a gap.
    bool completeAtSync() const { return m_completeAtSync; }
    // Indicators without a value, for a node that is not ready.
    QStringList missing() const;

    // Called with (indicator, fetch time in ms since the epoch, now in ms since the epoch) for
    // every new fetch time this node's model takes once it is ready: each poll the collector
    // applied and published, as this node holds it.
    void setOnUpdate(std::function<void(const QString &, qint64, qint64)> onUpdate)
    {
        m_onUpdate = std::move(onUpdate);
    }

signals:
    void ready();

private:
    void checkReady();
    bool allValued() const;

    QString m_name;
    QElapsedTimer m_sinceStart; // monotonic: start-up is a span on this machine
    DataHub m_hub;
    SiteConnection m_connection;
    SiteFollower m_follower;
    double m_readyMs = -1;
    bool m_completeAtSync = false;
    std::function<void(const QString &, qint64, qint64)> m_onUpdate;
};

} // namespace Pantau
