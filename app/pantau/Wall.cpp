#include "Wall.h"

#include "DataHub.h"
#include "DemoFeedServer.h"
#include "RepaintScheduler.h"
#include "ScreenView.h"
#include "SnapshotWriter.h"
#include "StoragePaths.h"
#include "Theme.h"
#include "WindowPlacement.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace Pantau {

Wall::Wall(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_formatter(QLocale(config.locale), QTimeZone(config.timeZone.toUtf8()))
{
}

Wall::~Wall() = default;

bool Wall::build(bool headless, QString *error)
{
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
    if (!headless) {
        options.cachePath = StoragePaths::cacheFile(m_config.sourcePath);
        options.alertLog = StoragePaths::alertLog(m_config.sourcePath);
        connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
            QString why;
            if (!m_hub->saveCache(&why))
                qWarning().noquote() << "cache:" << why;
        });
    }
    m_hub = new DataHub(m_config, options, &m_clock, this);

    m_scheduler = new RepaintScheduler(&m_clock, this);
    TileContext context;
    context.formatter = &m_formatter;
    context.clock = &m_clock;
    context.theme = &Theme::wall();
    context.scheduler = m_scheduler;
    context.display = &m_config.display;
    context.indicators = m_hub->indicators();
    context.records = m_hub->records();
    context.health = m_hub->health();
    context.alerts = m_hub->alerts();
    for (const ScreenConfig &screen : std::as_const(m_config.screens)) {
        auto view = std::make_unique<ScreenView>(screen, context, m_config.usesDemoFeeds());
        view->setWindowTitle(QStringLiteral("Pantau — %1").arg(screen.title));
        m_views.push_back(std::move(view));
    }
    return true;
}

void Wall::show(bool windowed)
{
    const QList<QScreen *> monitors = QGuiApplication::screens();
    QList<MonitorInfo> infos;
    for (QScreen *monitor : monitors)
        infos.append({monitor->name(), monitor->manufacturer(), monitor->model(),
                      monitor->serialNumber(), monitor->geometry()});
    const QList<WindowPlacement::Placement> placed =
        WindowPlacement::place(m_config.screens, infos);
    std::vector<QScreen *> placement(m_views.size(), nullptr);
    for (size_t i = 0; i < m_views.size(); ++i) {
        const WindowPlacement::Placement &p = placed.at(qsizetype(i));
        if (p.monitor >= 0)
            placement[i] = monitors.at(p.monitor);
        qInfo().noquote() << "wall screen" << m_views[i]->screenConfig().name
                          << (placement[i] ? QStringLiteral("on monitor %1 (%2)")
                                                 .arg(placement[i]->name(),
                                                      WindowPlacement::describe(p.by))
                                           : QStringLiteral("has no monitor"));
    }

    for (size_t i = 0; i < m_views.size(); ++i) {
        ScreenView *view = m_views[i].get();
        QScreen *monitor = placement[i];
        if (windowed || !monitor) {
            if (!windowed) {
                qWarning().noquote()
                    << "no monitor for wall screen" << view->screenConfig().name
                    << "- showing it as a window (use --windowed to do so on purpose)";
            }
            QScreen *host = monitor ? monitor : QGuiApplication::primaryScreen();
            const QRect area = host ? host->availableGeometry() : QRect(0, 0, 1280, 720);
            const QSize size(std::min(1280, area.width()), std::min(720, area.height()));
            const int offset = int(i) * 40;
            view->resize(size);
            view->move(area.topLeft() + QPoint(offset, offset));
            view->show();
            continue;
        }
        view->setWindowFlag(Qt::FramelessWindowHint);
        view->winId(); // creates the native window so it can be put on its monitor first
        view->windowHandle()->setScreen(monitor);
        view->setGeometry(monitor->geometry());
        view->showFullScreen();
    }
    m_hub->start();
}

void Wall::snapshot(const QString &dir, std::optional<int> settleSeconds)
{
    // Every screen renders at its configured size whether or not a monitor is attached.
    for (const auto &view : m_views) {
        view->resize(view->screenConfig().size);
        view->show();
    }
    auto finish = [this, dir] {
        writeSnapshot(dir);
    };
    if (settleSeconds) {
        m_hub->start();
        QTimer::singleShot(*settleSeconds * 1000, this, finish);
        return;
    }
    connect(m_hub, &DataHub::allFeedsAnsweredOnce, this, finish);
    // Each poll ends by its deadline at the latest; this is only a backstop.
    int longestDeadline = 0;
    for (const FeedConfig &feed : std::as_const(m_config.feeds))
        longestDeadline = std::max(longestDeadline, feed.deadlineSeconds);
    QTimer::singleShot((longestDeadline + 5) * 1000, this, finish);
    if (m_config.feeds.isEmpty())
        QTimer::singleShot(0, this, finish);
    m_hub->pollAllNow();
}

void Wall::writeSnapshot(const QString &dir)
{
    if (m_snapshotWritten)
        return;
    m_snapshotWritten = true;
    std::vector<ScreenView *> views;
    for (const auto &view : m_views)
        views.push_back(view.get());
    QString error;
    const bool ok =
        SnapshotWriter::write(dir, views, *m_hub->indicators(), m_config, m_clock.now(), &error);
    if (!ok)
        qCritical().noquote() << "snapshot failed:" << error;
    emit finished(ok ? 0 : 1);
}

} // namespace Pantau
