#pragma once

#include "site/PublicScope.h"
#include "site/SiteMessage.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Pantau {

class Clock;
class DataHub;
class MqttClient;

// The collector's side of a site: publishes everything a DataHub knows to the site's topics
// (SiteTopic), so that every node draws the same. Each change is sent once the event loop is
// free again, so a poll that changes twenty indicators costs twenty messages and not one per
// role; history goes at most every HistoryIntervalMs, since it is large and a line chart does
// not need every point at once. On every (re)connect the whole state is sent again, as the broker
// may have restarted without its retained messages.
class SitePublisher : public QObject
{
    Q_OBJECT

public:
    // `config` is the site config as its file holds it; the hub, client and clock must outlive
    // the publisher.
    SitePublisher(DataHub *hub, MqttClient *client, const QString &site, const Config &parsed,
                  const QJsonObject &config, const Clock *clock, QObject *parent = nullptr);

    // Holds or releases (page none) a wall screen's page for every node, and publishes it.
    void setPin(const PinMessage &pin);
    std::optional<int> pinnedPage(const QString &screen) const;
    // Answers the command of `node`.
    void publishResult(const QString &node, const ResultMessage &result);

    static constexpr int HistoryIntervalMs = 10'000;

private:
    void publishAll();
    void flush();
    // Sends `message` to its operator topic and, when `alsoPublic`, to the public one; false if
    // the broker is not reachable now (everything is sent again on connect).
    bool send(const SiteMessage &message, bool alsoPublic, bool retain = true);
    void sendIndicator(const QString &id);
    void sendHistory(const QString &id);
    void sendHealth(const QString &feed);
    void sendRecords(const QString &feed);
    void sendAlerts();
    void sendPin(const PinMessage &pin);
    Revision nextRevision() { return {m_run, ++m_seq}; }
    void schedule() { m_flushTimer.start(); }

    DataHub *m_hub;
    MqttClient *m_client;
    QString m_site;
    const Clock *m_clock;
    PublicScope m_scope;
    QSet<QString> m_publicFeeds; // feeds of the public indicators
    QJsonObject m_config;
    QJsonObject m_publicConfig;
    QStringList m_feedIds;
    qint64 m_run;
    qint64 m_seq = 0;
    QSet<QString> m_dirtyIndicators;
    QSet<QString> m_dirtyHistory;
    QSet<QString> m_emptyHistory; // sent with no points: the next points go at once
    QSet<QString> m_dirtyHealth;
    QSet<QString> m_dirtyRecords;
    bool m_dirtyAlerts = false;
    // The alerts last sent, by event, as their payload without revision: a change is sent, a
    // cleared one is emptied.
    QHash<QString, AlertModel::Active> m_sentAlerts;
    QHash<QString, PinMessage> m_pins;
    QTimer m_flushTimer;
    QTimer m_historyTimer;
};

} // namespace Pantau
