#pragma once

#include "config/Config.h"
#include "time/SystemClock.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace Pantau {

class DataHub;
class DemoFeedServer;
class SiteConnection;
class SitePublisher;
struct CommandMessage;
struct ResultMessage;

// The site's collector (pantau --mode collector): headless, it polls every feed of the site
// config once for the whole site, runs the alert rules, keeps the last-good cache and the alert
// log, and publishes all of it to the broker for the nodes. It is the one process that applies
// commands (acknowledgements, pins), so that every machine shows the same outcome.
class Collector : public QObject
{
    Q_OBJECT

public:
    // `json` is the config as its file holds it, published for the nodes; `configPath` keys the
    // cache and the alert log.
    Collector(const Config &config, const QJsonObject &json, const QString &node,
              QObject *parent = nullptr);
    ~Collector() override;

    // Starts the demo server if the config uses one, the feeds and the link to the broker;
    // false, with the reason, when it cannot run.
    bool start(QString *error);

private:
    void onMessage(const QString &topic, const QByteArray &payload);
    ResultMessage apply(const CommandMessage &command);

    Config m_config;
    QJsonObject m_json;
    QString m_node;
    SystemClock m_clock;
    std::unique_ptr<DemoFeedServer> m_demoServer;
    DataHub *m_hub = nullptr;               // child
    SiteConnection *m_connection = nullptr; // child
    SitePublisher *m_publisher = nullptr;   // child
    int m_rejected = 0;                     // commands dropped since start
};

} // namespace Pantau
