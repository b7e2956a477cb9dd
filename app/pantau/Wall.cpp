#include "Wall.h"

#include "DataHub.h"
#include "DemoFeedServer.h"
#include "FeedHealthModel.h"
#include "KioskGuard.h"
#include "RepaintScheduler.h"
#include "ScreenView.h"
#include "SnapshotWriter.h"
#include "StoragePaths.h"
#include "Theme.h"
#include "WallWindows.h"
#include "WindowPlacement.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace Pantau {

Wall::Wall(const Config &config, Mode mode, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_mode(mode)
    , m_formatter(QLocale(config.locale), QTimeZone(config.timeZone.toUtf8()))
{
}

Wall::~Wall() = default;

bool Wall::build(bool headless, QString *error)
{
    if (m_mode == Mode::Kiosk && m_config.kiosk.pinHash.isEmpty()) {
        *error = QStringLiteral("kiosk mode needs \"kiosk\": {\"pinHash\": …} in the config, "
                                "so that it can be ended; make the hash with pantau --hash-pin");
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
    const bool kiosk = m_mode == Mode::Kiosk;
    for (const ScreenConfig &screen : std::as_const(m_config.screens)) {
        // A kiosk shows public pages only; a screen without any is not shown at all.
        if (kiosk && std::none_of(screen.pages.cbegin(), screen.pages.cend(),
                                  [](const PageConfig &page) { return page.isPublic; }))
            continue;
        auto view = std::make_unique<ScreenView>(screen, context, m_config.usesDemoFeeds(), kiosk);
        view->setWindowTitle(QStringLiteral("Pantau — %1").arg(screen.title));
        m_views.push_back(std::move(view));
    }
    if (m_views.empty()) {
        *error = kiosk ? QStringLiteral("kiosk mode has nothing to show: no page in the config is "
                                        "marked \"public\": true")
                       : QStringLiteral("the config has no screen to show");
        return false;
    }
    return true;
}

void Wall::show(bool windowed)
{
    QList<ScreenView *> views;
    QList<QWidget *> windows;
    for (const auto &view : m_views) {
        views.append(view.get());
        windows.append(view.get());
    }
    m_windows = new WallWindows(views, windowed && m_mode != Mode::Kiosk, this);
    connect(m_windows, &WallWindows::missingScreensChanged, m_hub->health(),
            &FeedHealthModel::setMissingScreens);
    m_windows->showAll();
    if (m_mode == Mode::Kiosk) {
        m_kiosk = new KioskGuard(windows, m_config.kiosk.pinHash, &m_clock, this);
        connect(m_kiosk, &KioskGuard::unlocked, qApp, &QCoreApplication::quit);
    }
    m_hub->start();
}

void Wall::snapshot(const QString &dir, std::optional<int> settleSeconds)
{
    // Every screen renders, whether or not a monitor is attached: at the size of the monitor it
    // matches, or at its configured size. Only a real match counts here; the "next free
    // monitor" fallback would render the wall at the size of whatever screen Qt invented.
    const QList<QScreen *> monitors = QGuiApplication::screens();
    const QList<WindowPlacement::Placement> placed =
        WindowPlacement::place(m_config.screens, WallWindows::monitorInfos(monitors), false);
    for (size_t i = 0; i < m_views.size(); ++i) {
        const int monitor = placed.at(qsizetype(i)).monitor;
        m_views[i]->resize(monitor >= 0 ? monitors.at(monitor)->geometry().size()
                                        : m_views[i]->screenConfig().size);
        m_views[i]->show();
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
