#include "Wall.h"

#include "BlankingInhibitor.h"
#include "DemoFeedServer.h"
#include "FirstFrameWatch.h"
#include "HeapTrim.h"
#include "KioskGuard.h"
#include "StatsFile.h"
#include "UiLanguage.h"
#include "WallWindows.h"
#include "binding/RepaintScheduler.h"
#include "config/ConfigLanguage.h"
#include "config/ConfigLoader.h"
#include "layout/CanvasLayout.h"
#include "layout/WindowPlacement.h"
#include "screen/ScreenView.h"
#include "screen/SnapshotWriter.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "storage/StoragePaths.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace Pantau {

Wall::Wall(const Config &config, Mode mode, QObject *parent)
    : WallControl(parent)
    , m_config(config)
    , m_formatter(QLocale(config.locale), QTimeZone(config.timeZone.toUtf8()))
    , m_mode(mode)
{
    m_heapTrim = new HeapTrim(this);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        QString why;
        if (m_hub && !m_headless && !m_hub->saveCache(&why))
            qWarning().noquote() << "cache:" << why;
    });
    // Editors write a file in several steps; one reload once they are done.
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(500);
    connect(&m_reloadDelay, &QTimer::timeout, this, [this] {
        // The folder is watched too, so any file written beside the config (a stats file, an
        // editor's backup) lands here: only a config whose bytes changed is reloaded.
        const QByteArray digest = configDigest();
        if (digest == m_watchedDigest)
            return;
        m_watchedDigest = digest;
        QStringList errors;
        reload(&errors);
    });
}

Wall::~Wall() = default;

void Wall::setStatsFile(const QString &path)
{
    delete m_stats;
    m_stats = path.isEmpty() ? nullptr : new StatsFile(path, &m_clock, this);
    if (m_stats && m_hub)
        m_stats->setSources(m_hub, m_scheduler);
}

QList<ScreenView *> Wall::views() const
{
    QList<ScreenView *> list;
    for (const auto &view : m_views)
        list.append(view.get());
    return list;
}

QByteArray Wall::configDigest() const
{
    QFile file(m_config.sourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // gone or unreadable: a reload will say so
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void Wall::watchConfig()
{
    const QString path = m_config.sourcePath;
    if (path.isEmpty() || path.startsWith(u':'))
        return; // the built-in demo never changes
    m_watchedDigest = configDigest();
    m_watcher = new QFileSystemWatcher(this);
    // The folder too: an editor that saves by renaming a new file over the old one ends the
    // watch on the file itself.
    m_watcher->addPath(path);
    m_watcher->addPath(QFileInfo(path).absolutePath());
    auto changed = [this, path] {
        if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
            m_watcher->addPath(path);
        m_reloadDelay.start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
}

WallControl::Result Wall::acknowledge(const QString &ruleId, const QString &operatorName,
                                      const QString &note)
{
    if (m_hub && m_hub->alerts()->acknowledge(ruleId, operatorName, note))
        return {};
    return {Result::State::Refused,
            tr("Peringatan %1 sudah tidak aktif atau sudah diakui.").arg(ruleId)};
}

WallControl::Result Wall::onScreen(int screen, const std::function<void(ScreenView &)> &command)
{
    const QList<ScreenView *> views = this->views();
    if (screen < 0 || screen >= views.size())
        return {Result::State::Refused, tr("Layar %1 tidak ada.").arg(screen + 1)};
    command(*views.at(screen));
    return {};
}

WallControl::Result Wall::pinPage(int screen, int page)
{
    return onScreen(screen, [page](ScreenView &view) { view.pinPage(page, true); });
}

WallControl::Result Wall::releasePin(int screen)
{
    return onScreen(screen, [](ScreenView &view) { view.releasePin(); });
}

void Wall::reloadConfig()
{
    QStringList errors;
    reload(&errors); // the outcome arrives as reloaded() or reloadFailed()
}

bool Wall::reload(QStringList *errors)
{
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(m_config.sourcePath);
    if (!loaded.config) {
        for (const Diagnostic &d : loaded.errors)
            errors->append(d.toString());
        for (const QString &line : std::as_const(*errors))
            qWarning().noquote() << "config reload refused, the wall keeps running as it was:"
                                 << line;
        emit reloadFailed(*errors);
        return false;
    }
    // What would leave the wall with nothing to show is refused before anything is torn down.
    if (QString why; !canShow(*loaded.config, &why)) {
        errors->append(QStringLiteral("%1: %2").arg(m_config.sourcePath, why));
        qWarning().noquote() << "config reload refused, the wall keeps running as it was:"
                             << errors->constLast();
        emit reloadFailed(*errors);
        return false;
    }
    if (loaded.config->sourcePath == m_config.sourcePath && m_hub) {
        // Keep what the wall knows until the new one has it: the cache carries it over.
        QString why;
        if (!m_headless && !m_hub->saveCache(&why))
            qWarning().noquote() << "cache:" << why;
    }
    emit aboutToRebuild();
    teardown();
    m_config = *loaded.config;
    m_formatter = Formatter(QLocale(m_config.locale), QTimeZone(m_config.timeZone.toUtf8()));
    QString error;
    if (!build(m_headless, &error)) {
        errors->append(error);
        qCritical().noquote() << "config reload failed:" << error;
        emit reloadFailed(*errors);
        return false;
    }
    if (m_shownWindowed)
        show(*m_shownWindowed);
    qInfo().noquote() << "config reloaded from" << m_config.sourcePath;
    emit reloaded();
    return true;
}

void Wall::teardown()
{
    if (m_stats)
        m_stats->detach();
    delete m_kiosk;
    m_kiosk = nullptr;
    delete m_windows;
    m_windows = nullptr;
    m_views.clear();
    delete m_scheduler;
    m_scheduler = nullptr;
    delete m_hub;
    m_hub = nullptr;
    m_demoServer.reset();
}

bool Wall::build(bool headless, QString *error)
{
    m_headless = headless;
    if (!m_screenFilter.isEmpty())
        m_config.screens.removeIf(
            [this](const ScreenConfig &screen) { return !m_screenFilter.contains(screen.name); });
    if (!canShow(m_config, error))
        return false;
    ConfigLanguage::apply(m_config, m_language);
    if (!UiLanguage::install(m_config.language, error))
        return false;
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
        options.alertLog = m_mode == Mode::Desktop ? StoragePaths::deskAlertLog(m_config.sourcePath)
                                                   : StoragePaths::alertLog(m_config.sourcePath);
    }
    m_hub = new DataHub(m_config, options, &m_clock, this);

    m_scheduler = new RepaintScheduler(&m_clock, this);
    if (m_stats)
        m_stats->setSources(m_hub, m_scheduler);
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
    m_context = context;
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
    return true;
}

bool Wall::canShow(const Config &config, QString *why) const
{
    const bool kiosk = m_mode == Mode::Kiosk;
    if (kiosk && config.kiosk.pinHash.isEmpty()) {
        *why = QStringLiteral("kiosk mode needs \"kiosk\": {\"pinHash\": …} in the config, so "
                              "that it can be ended; make the hash with pantau --hash-pin");
        return false;
    }
    const bool any = std::any_of(
        config.screens.cbegin(), config.screens.cend(), [&](const ScreenConfig &screen) {
            if (!m_screenFilter.isEmpty() && !m_screenFilter.contains(screen.name))
                return false;
            return !kiosk || std::any_of(screen.pages.cbegin(), screen.pages.cend(),
                                         [](const PageConfig &page) { return page.isPublic; });
        });
    if (!any) {
        *why = kiosk ? QStringLiteral("kiosk mode has nothing to show: no page in the config is "
                                      "marked \"public\": true")
                     : QStringLiteral("the config has none of the screens asked for");
        return false;
    }
    return true;
}

void Wall::show(bool windowed)
{
    m_shownWindowed = windowed;
    if (m_mode == Mode::Desktop) {
        // At its wall size for the desk to render, but never shown: hidden, its clock, tickers
        // and pulses stay still, so a desk alone idles at no cost.
        for (const auto &view : m_views)
            view->resize(view->screenConfig().size);
        m_hub->start();
        return;
    }
    QList<ScreenView *> views;
    QList<QWidget *> windows;
    for (const auto &view : m_views) {
        views.append(view.get());
        windows.append(view.get());
    }
    m_windows = new WallWindows(views, windowed && m_mode != Mode::Kiosk, this);
    connect(m_windows, &WallWindows::missingScreensChanged, m_hub->health(),
            &FeedHealthModel::setMissingScreens);
    m_windows->setSpare(m_config.spare);
    m_windows->showAll();
    // A fullscreen wall or kiosk must not go dark after the desktop's idle time.
    if ((!windowed || m_mode == Mode::Kiosk) && !m_blanking) {
        m_blanking = new BlankingInhibitor(QDBusConnection::sessionBus(), this);
        QString why;
        if (m_blanking->inhibit(QStringLiteral("Pantau shows the command-center wall"), &why))
            qInfo().noquote() << "screen blanking is off while the wall runs";
        else
            qWarning().noquote() << "cannot keep the screens from blanking:" << why
                                 << "- on a bare X server, run \"xset s off -dpms\"";
    }
    if (m_mode == Mode::Kiosk) {
        m_kiosk = new KioskGuard(windows, m_config.kiosk.pinHash, &m_clock, this);
        connect(m_kiosk, &KioskGuard::unlocked, qApp, &QCoreApplication::quit);
    }
    m_hub->start();
    m_heapTrim->start(&m_clock);
    // Start-up ends at the first frame with every tile showing data: timed for benchmarks, once.
    if (m_stats && !m_firstFrameWatched) {
        m_firstFrameWatched = true;
        QList<QWidget *> topLevels;
        for (QWidget *window : std::as_const(windows))
            topLevels.append(window->window());
        auto *watch = new FirstFrameWatch(topLevels, this);
        connect(watch, &FirstFrameWatch::firstFullFrame, m_stats, &StatsFile::setFirstFullFrame);
    }
}

void Wall::snapshot(const QString &dir, std::optional<int> settleSeconds)
{
    // Every screen renders, whether or not a monitor is attached: at the size of the monitor it
    // matches, or at its configured size. Only a real match counts here; the "next free
    // monitor" fallback would render the wall at the size of whatever screen Qt invented.
    const QList<QScreen *> monitors = QGuiApplication::screens();
    // A canvas renders at the union of its panels' monitors, split as they lie, or at its
    // configured size, split evenly.
    // The views' own configs, not m_config.screens: a kiosk builds no view for a screen
    // without public pages, and the two lists would not line up.
    QList<ScreenConfig> shown;
    for (const auto &view : m_views)
        shown.append(view->screenConfig());
    const QList<WindowPlacement::Placement> placed =
        WindowPlacement::place(shown, WallWindows::monitorInfos(monitors), false);
    for (size_t i = 0; i < m_views.size(); ++i) {
        const WindowPlacement::Placement &p = placed.at(qsizetype(i));
        m_views[i]->resize(p.isPresent() ? p.geometry.size() : m_views[i]->screenConfig().size);
        if (p.isPresent() && !p.panelRects.isEmpty())
            m_views[i]->setPanelRects(CanvasLayout::relativeTo(p.panelRects, p.geometry.topLeft()));
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
