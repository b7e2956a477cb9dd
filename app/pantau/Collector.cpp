#include "Collector.h"

#include "DemoFeedServer.h"
#include "PantauVersion.h"
#include "site/SiteConnection.h"
#include "site/SitePublisher.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "storage/StoragePaths.h"

#include <QDir>
#include <QFileInfo>

namespace Pantau {

Collector::Collector(const Config &config, const QJsonObject &json, const QString &node,
                     QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_json(json)
    , m_node(node)
{
}

Collector::~Collector()
{
    // Offline first, while the broker can still be told.
    if (m_connection)
        m_connection->stop();
    if (m_hub) {
        QString why;
        if (!m_hub->saveCache(&why))
            qWarning().noquote() << "cache:" << why;
    }
}

bool Collector::start(QString *error)
{
    if (!m_config.site) {
        *error = QStringLiteral("%1 has no \"site\": a collector needs one, or --broker URL "
                                "--site ID")
                     .arg(m_config.sourcePath);
        return false;
    }
    QUrl demoBase;
    if (m_config.usesDemoFeeds()) {
        m_demoServer = std::make_unique<DemoFeedServer>(&m_clock);
        if (!m_demoServer->start()) {
            *error = QStringLiteral("could not start the demo feed server on 127.0.0.1");
            return false;
        }
        demoBase = m_demoServer->baseUrl();
    }
    DataHub::Options options;
    options.demoBase = demoBase;
    options.cachePath = StoragePaths::collectorCacheFile(m_config.sourcePath);
    options.alertJournal = StoragePaths::collectorAlertJournal(m_config.sourcePath);
    options.alertLog = StoragePaths::collectorAlertLog(m_config.sourcePath);
    options.station = m_node;
    for (const QString &path : {options.cachePath, options.alertJournal})
        QDir().mkpath(QFileInfo(path).absolutePath());
    m_hub = new DataHub(m_config, options, &m_clock, this);

    PresenceMessage presence;
    presence.node = m_node;
    presence.role = QStringLiteral("collector");
    presence.version = QStringLiteral(PANTAU_VERSION);
    m_connection = new SiteConnection(*m_config.site, presence, this);
    MqttClient *client = m_connection->client();
    m_publisher =
        new SitePublisher(m_hub, client, m_config.site->id, m_config, m_json, &m_clock, this);
    client->subscribe(
        SiteTopic{SiteTopic::Kind::Command, false, QStringLiteral("+")}.name(m_config.site->id));
    connect(client, &MqttClient::messageReceived, this,
            [this](const QString &topic, const QByteArray &payload, bool retained) {
                // A command is acted on once, when sent; a retained one is a stray.
                if (!retained)
                    onMessage(topic, payload);
            });
    if (!m_connection->start(error))
        return false;
    m_hub->start();
    qInfo().noquote() << "collector" << m_node << "of site" << m_config.site->id << ":"
                      << m_config.feeds.size() << "feeds," << m_config.indicators.size()
                      << "indicators, broker" << m_config.site->broker.toString();
    return true;
}

void Collector::onMessage(const QString &topicName, const QByteArray &payload)
{
    QString why;
    const std::optional<SiteTopic> topic = SiteTopic::parse(m_config.site->id, topicName, &why);
    if (!topic || topic->kind != SiteTopic::Kind::Command)
        return; // the alerts and pins the publisher reads back
    const std::optional<SiteCodec::Decoded> decoded = SiteCodec::decode(*topic, payload, &why);
    const auto drop = [&](const QString &reason) {
        ++m_rejected;
        qWarning().noquote() << "site: dropping a command on" << topicName << "-" << reason << "("
                             << m_rejected << "dropped since start)";
    };
    if (!decoded)
        return drop(why);
    const CommandMessage command = std::get<CommandMessage>(decoded->message);
    // The answer goes to the node the command names: one node must not be able to have
    // another's commands answered, nor hide its own behind another's name.
    if (command.node != topic->key)
        return drop(QStringLiteral("it names node \"%1\", not the topic's").arg(command.node));
    const ResultMessage result = apply(command);
    m_publisher->publishResult(command.node, result);
}

ResultMessage Collector::apply(const CommandMessage &command)
{
    const QString who =
        QStringLiteral("%1 (%2 at %3)")
            .arg(command.operatorName.isEmpty() ? command.user : command.operatorName, command.user,
                 command.node);
    const auto refuse = [&](const QString &why) {
        qInfo().noquote() << "site: refused a command of" << who << "-" << why;
        return ResultMessage{command.id, false, why};
    };
    switch (command.action) {
    case CommandMessage::Action::Acknowledge: {
        const QString why = m_hub->alerts()->acknowledgeEvent(
            command.event, command.user, command.operatorName, command.note, command.node);
        if (!why.isEmpty())
            return refuse(why);
        qInfo().noquote() << "site: alert" << command.event << "acknowledged by" << who;
        return {command.id, true, {}};
    }
    case CommandMessage::Action::Shelve:
    case CommandMessage::Action::Unshelve:
    case CommandMessage::Action::RemoveFromService:
    case CommandMessage::Action::ReturnToService: {
        AlertModel *alerts = m_hub->alerts();
        QString why;
        switch (command.action) {
        case CommandMessage::Action::Shelve:
            why = alerts->shelve(command.rule, command.until, command.user, command.operatorName,
                                 command.note, command.node);
            break;
        case CommandMessage::Action::Unshelve:
            why = alerts->unshelve(command.rule, command.user, command.operatorName, command.node);
            break;
        case CommandMessage::Action::RemoveFromService:
            why = alerts->removeFromService(command.rule, command.user, command.operatorName,
                                            command.note, command.node);
            break;
        default:
            why = alerts->returnToService(command.rule, command.user, command.operatorName,
                                          command.node);
            break;
        }
        if (!why.isEmpty())
            return refuse(why);
        qInfo().noquote() << "site: alarm" << command.rule << "-"
                          << SiteCodec::actionName(command.action) << "by" << who;
        return {command.id, true, {}};
    }
    case CommandMessage::Action::Pin:
    case CommandMessage::Action::Release: {
        const auto screen =
            std::find_if(m_config.screens.cbegin(), m_config.screens.cend(),
                         [&](const ScreenConfig &s) { return s.name == command.screen; });
        if (screen == m_config.screens.cend())
            return refuse(tr("Konfigurasi situs tidak punya layar %1.").arg(command.screen));
        PinMessage pin;
        pin.screen = command.screen;
        pin.node = command.node;
        pin.at = m_clock.now();
        if (command.action == CommandMessage::Action::Pin) {
            if (command.page < 0 || command.page >= screen->pages.size())
                return refuse(tr("Layar %1 tidak punya halaman %2.")
                                  .arg(command.screen)
                                  .arg(command.page + 1));
            pin.page = command.page;
        }
        m_publisher->setPin(pin);
        qInfo().noquote() << "site: screen" << command.screen
                          << (pin.page ? QStringLiteral("pinned to page %1").arg(*pin.page + 1)
                                       : QStringLiteral("released"))
                          << "by" << who;
        return {command.id, true, {}};
    }
    }
    return refuse(tr("Perintah tidak dikenal."));
}

} // namespace Pantau
