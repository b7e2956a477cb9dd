#include "site/SitePublisher.h"

#include "site/MqttClient.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "state/RecordsModel.h"
#include "time/Clock.h"

namespace Pantau {

SitePublisher::SitePublisher(DataHub *hub, MqttClient *client, const QString &site,
                             const Config &parsed, const QJsonObject &config, const Clock *clock,
                             QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_client(client)
    , m_site(site)
    , m_clock(clock)
    , m_scope(parsed)
    , m_config(PublicScope::sharedConfig(config))
    , m_publicConfig(PublicScope::publicConfig(config))
    // A new run outranks every message of the runs before, retained ones included.
    , m_run(QDateTime::currentMSecsSinceEpoch())
{
    for (const FeedConfig &feed : parsed.feeds)
        m_feedIds.append(feed.id);
    IndicatorModel *indicators = m_hub->indicators();
    for (int row = 0; row < indicators->rowCount(); ++row) {
        const QModelIndex index = indicators->index(row);
        if (m_scope.hasIndicator(index.data(IndicatorModel::IdRole).toString()))
            m_publicFeeds.insert(index.data(IndicatorModel::FeedRole).toString());
    }

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &SitePublisher::flush);
    m_historyTimer.setSingleShot(true);
    m_historyTimer.setInterval(HistoryIntervalMs);
    m_historyTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_historyTimer, &QTimer::timeout, this, &SitePublisher::flush);

    connect(indicators, &QAbstractItemModel::dataChanged, this,
            [this, indicators](const QModelIndex &from, const QModelIndex &to,
                               const QList<int> &roles) {
                for (int row = from.row(); row <= to.row(); ++row) {
                    const QString id =
                        indicators->index(row).data(IndicatorModel::IdRole).toString();
                    if (roles.isEmpty() || roles.contains(IndicatorModel::HistoryRole))
                        m_dirtyHistory.insert(id);
                    m_dirtyIndicators.insert(id);
                }
                schedule();
            });
    FeedHealthModel *health = m_hub->health();
    connect(health, &QAbstractItemModel::dataChanged, this,
            [this, health](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    m_dirtyHealth.insert(
                        health->index(row).data(FeedHealthModel::IdRole).toString());
                schedule();
            });
    AlertModel *alerts = m_hub->alerts();
    const auto alertsChanged = [this] {
        m_dirtyAlerts = true;
        schedule();
    };
    connect(alerts, &QAbstractItemModel::dataChanged, this, alertsChanged);
    connect(alerts, &QAbstractItemModel::rowsInserted, this, alertsChanged);
    connect(alerts, &QAbstractItemModel::rowsRemoved, this, alertsChanged);
    connect(alerts, &QAbstractItemModel::rowsMoved, this, alertsChanged);
    connect(alerts, &QAbstractItemModel::modelReset, this, alertsChanged);
    connect(m_hub, &DataHub::feedFinished, this, [this](const FeedResult &result) {
        if (!result.events.isEmpty()) {
            m_dirtyRecords.insert(result.feedId);
            schedule();
        }
    });

    connect(m_client, &MqttClient::connected, this, &SitePublisher::publishAll);
    // What the broker retained of an earlier run: its pins are the site's pins until a desk
    // changes them, and its alerts that are no longer active are emptied, so that no node shows
    // an alert that cleared while the collector was away.
    for (const bool isPublic : {false, true}) {
        m_client->subscribe(
            SiteTopic{SiteTopic::Kind::Alert, isPublic, QStringLiteral("+")}.name(m_site));
    }
    m_client->subscribe(SiteTopic{SiteTopic::Kind::Pin, false, QStringLiteral("+")}.name(m_site));
    connect(m_client, &MqttClient::messageReceived, this,
            [this](const QString &topicName, const QByteArray &payload, bool retained) {
                QString why;
                const std::optional<SiteTopic> topic = SiteTopic::parse(m_site, topicName, &why);
                if (!topic || !retained || payload.isEmpty())
                    return;
                if (topic->kind == SiteTopic::Kind::Alert && !m_sentAlerts.contains(topic->key)) {
                    m_client->publish(topicName, QByteArray(), true);
                } else if (topic->kind == SiteTopic::Kind::Pin && !m_pins.contains(topic->key)) {
                    const auto decoded = SiteCodec::decode(*topic, payload, &why);
                    if (!decoded) {
                        qWarning().noquote()
                            << "site: ignoring the retained pin of" << topic->key << "-" << why;
                        return;
                    }
                    const PinMessage pin = std::get<PinMessage>(decoded->message);
                    if (pin.page)
                        setPin(pin);
                }
            });
}

void SitePublisher::setPin(const PinMessage &pin)
{
    m_pins.insert(pin.screen, pin);
    sendPin(pin);
}

std::optional<int> SitePublisher::pinnedPage(const QString &screen) const
{
    return m_pins.value(screen).page;
}

void SitePublisher::publishResult(const QString &node, const ResultMessage &result)
{
    m_client->publish(SiteTopic{SiteTopic::Kind::Result, false, node}.name(m_site),
                      SiteCodec::encode(result, nextRevision()), false);
}

bool SitePublisher::send(const SiteMessage &message, bool alsoPublic, bool retain)
{
    const QByteArray payload = SiteCodec::encode(message, nextRevision());
    if (!m_client->publish(SiteCodec::topicOf(message).name(m_site), payload, retain))
        return false;
    if (alsoPublic)
        m_client->publish(SiteCodec::topicOf(message, true).name(m_site), payload, retain);
    return true;
}

void SitePublisher::publishAll()
{
    send(ConfigMessage{m_config}, false);
    m_client->publish(SiteTopic{SiteTopic::Kind::Config, true, {}}.name(m_site),
                      SiteCodec::encode(ConfigMessage{m_publicConfig}, nextRevision()), true);
    IndicatorModel *indicators = m_hub->indicators();
    for (int row = 0; row < indicators->rowCount(); ++row) {
        const QString id = indicators->index(row).data(IndicatorModel::IdRole).toString();
        m_dirtyIndicators.insert(id);
        m_dirtyHistory.insert(id);
    }
    for (const QString &feed : std::as_const(m_feedIds)) {
        m_dirtyHealth.insert(feed);
        m_dirtyRecords.insert(feed);
    }
    m_sentAlerts.clear();
    m_dirtyAlerts = true;
    m_historyTimer.stop();
    flush();
    for (const PinMessage &pin : std::as_const(m_pins))
        sendPin(pin);
}

void SitePublisher::flush()
{
    if (!m_client->isConnected())
        return; // all of it goes again on connect
    for (const QString &id : std::as_const(m_dirtyIndicators))
        sendIndicator(id);
    m_dirtyIndicators.clear();
    for (const QString &feed : std::as_const(m_dirtyHealth))
        sendHealth(feed);
    m_dirtyHealth.clear();
    for (const QString &feed : std::as_const(m_dirtyRecords))
        sendRecords(feed);
    m_dirtyRecords.clear();
    if (m_dirtyAlerts)
        sendAlerts();
    m_dirtyAlerts = false;
    // History waits for its interval, unless none was sent for that long. One whose nodes have
    // nothing yet goes at once: a node that joins just after the collector started gets the
    // first poll's points, not an empty chart for ten seconds.
    const bool due = !m_historyTimer.isActive();
    bool sent = false;
    for (auto it = m_dirtyHistory.begin(); it != m_dirtyHistory.end();) {
        if (!due && !m_emptyHistory.contains(*it)) {
            ++it;
            continue;
        }
        sendHistory(*it);
        sent = true;
        it = m_dirtyHistory.erase(it);
    }
    if (due && sent)
        m_historyTimer.start();
}

void SitePublisher::sendIndicator(const QString &id)
{
    const std::optional<IndicatorReading> reading = m_hub->indicators()->reading(id);
    if (!reading)
        return;
    IndicatorMessage message;
    static_cast<IndicatorReading &>(message) = *reading;
    message.unit = m_hub->indicators()->indexOf(id).data(IndicatorModel::UnitRole).toString();
    send(message, m_scope.hasIndicator(id));
}

void SitePublisher::sendHistory(const QString &id)
{
    const QModelIndex index = m_hub->indicators()->indexOf(id);
    if (!index.isValid())
        return;
    const QList<QPointF> points = index.data(IndicatorModel::HistoryRole).value<QList<QPointF>>();
    if (points.isEmpty())
        m_emptyHistory.insert(id);
    else
        m_emptyHistory.remove(id);
    send(HistoryMessage{id, points}, m_scope.hasIndicator(id));
}

void SitePublisher::sendHealth(const QString &feed)
{
    const std::optional<FeedHealthModel::Health> health = m_hub->health()->health(feed);
    if (!health)
        return;
    HealthMessage message;
    static_cast<FeedHealthModel::Health &>(message) = *health;
    send(message, m_publicFeeds.contains(feed));
}

void SitePublisher::sendRecords(const QString &feed)
{
    RecordsMessage message{feed, {}};
    for (const EventRecord &record : m_hub->records()->records())
        if (record.feedId == feed)
            message.records.append(record);
    send(message, false);
}

void SitePublisher::sendAlerts()
{
    QHash<QString, AlertModel::Active> now;
    for (const AlertModel::Active &alert : m_hub->alerts()->active())
        now.insert(alert.key(), alert);
    for (auto it = m_sentAlerts.cbegin(); it != m_sentAlerts.cend(); ++it) {
        if (now.contains(it.key()))
            continue;
        // Cleared: an empty retained message removes the topic from the broker and tells every
        // node at once.
        for (const bool isPublic : {false, true})
            m_client->publish(SiteTopic{SiteTopic::Kind::Alert, isPublic, it.key()}.name(m_site),
                              QByteArray(), true);
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const AlertModel::Active &alert = it.value();
        const auto sent = m_sentAlerts.constFind(it.key());
        if (sent != m_sentAlerts.cend() && *sent == alert)
            continue;
        AlertMessage message;
        static_cast<AlertModel::Active &>(message) = alert;
        const QByteArray payload = SiteCodec::encode(message, nextRevision());
        m_client->publish(SiteTopic{SiteTopic::Kind::Alert, false, alert.key()}.name(m_site),
                          payload, true);
        // The public subtree never names who acknowledged or shelved, nor what they noted.
        message.acknowledgedBy.clear();
        message.operatorName.clear();
        message.note.clear();
        message.hiddenBy.clear();
        message.reason.clear();
        m_client->publish(SiteTopic{SiteTopic::Kind::Alert, true, alert.key()}.name(m_site),
                          SiteCodec::encode(message, nextRevision()), true);
    }
    m_sentAlerts = now;
}

void SitePublisher::sendPin(const PinMessage &pin)
{
    send(pin, true);
}

} // namespace Pantau
