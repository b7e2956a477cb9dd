#include "Wall.h"

#include "BlankingInhibitor.h"
#include "DemoFeedServer.h"
#include "FirstFrameWatch.h"
#include "HeapTrim.h"
#include "KioskGuard.h"
#include "StatsFile.h"
#include "UiLanguage.h"
#include "WallSound.h"
#include "WallWindows.h"
#include "binding/RepaintScheduler.h"
#include "config/ConfigLanguage.h"
#include "config/ConfigLoader.h"
#include "layout/CanvasLayout.h"
#include "layout/WindowPlacement.h"
#include "screen/ScreenHeader.h"
#include "screen/ScreenView.h"
#include "screen/SnapshotWriter.h"
#include "site/SiteNode.h"
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
#include <QShortcut>
#include <QSysInfo>
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
        if (m_hub && !m_headless && !m_site && !m_hub->saveCache(&why))
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

void Wall::setSite(SiteNode *node)
{
    m_site = node;
    m_linkSince = m_clock.now();
    SiteFollower *follower = node->follower();
    connect(follower, &SiteFollower::configChanged, this, [this](const QJsonObject &json) {
        QStringList errors;
        applySiteConfig(json, &errors);
    });
    connect(follower, &SiteFollower::pinChanged, this, &Wall::applyPin);
    connect(follower, &SiteFollower::linkChanged, this, [this] {
        m_linkSince = m_clock.now();
        showSiteLink();
    });
    // The reason can change while the link stays down: no broker, then no collector.
    connect(follower, &SiteFollower::presenceChanged, this, &Wall::showSiteLink);
    connect(node->connection()->client(), &MqttClient::disconnected, this, &Wall::showSiteLink);
    if (SiteFallback *fallback = node->fallback())
        connect(fallback, &SiteFallback::pollingChanged, this, &Wall::showSiteLink);
    connect(node, &SiteNode::commandFinished, this,
            [this](const QString &id, bool done, const QString &why) {
                const QString text = m_pending.take(id);
                if (done)
                    emit commandFinished({}, text);
                else
                    emit commandFinished({Result::State::Refused, why}, why);
            });
}

SiteFollower *Wall::site() const
{
    return m_site ? m_site->follower() : nullptr;
}

void Wall::followSite()
{
    SiteFollower *follower = m_site->follower();
    follower->attach(m_hub);
    if (SiteFallback *fallback = m_site->fallback())
        fallback->attach(m_hub);
    QStringList names;
    for (const auto &view : m_views)
        names.append(view->screenConfig().name);
    m_site->setScreens(names);
    for (const QString &name : std::as_const(names))
        applyPin(name, follower->pin(name));
    showSiteLink();
}

void Wall::applyPin(const QString &screen, std::optional<int> page)
{
    // A kiosk's screens hold their public pages only, so the site's page numbers do not fit
    // them; a kiosk turns its pages by itself.
    if (m_mode == Mode::Kiosk)
        return;
    for (const auto &view : m_views) {
        if (view->screenConfig().name != screen)
            continue;
        if (page && *page >= 0 && *page < view->pageCount())
            view->pinPage(*page, true);
        else if (view->isPinned())
            view->releasePin();
    }
}

void Wall::showSiteLink()
{
    if (!m_hub || !m_site)
        return;
    const SiteFollower *follower = m_site->follower();
    FeedHealthModel::SiteLink link;
    link.name = tr("Tautan situs %1").arg(m_site->connection()->site());
    link.up = follower->isLinked();
    link.since = m_linkSince;
    link.reason = follower->linkProblem();
    if (m_site->fallback() && m_site->fallback()->isPolling())
        link.reason = tr("%1; layar ini mengambil data sendiri").arg(link.reason);
    m_hub->health()->setSiteLink(link);
}

WallControl::Result Wall::sendCommand(const CommandMessage &command, const QString &doneText)
{
    QString why;
    const QString id = m_site->send(command, &why);
    if (id.isEmpty())
        return {Result::State::Refused, why};
    m_pending.insert(id, doneText);
    return {Result::State::Pending, {}};
}

WallControl::Result Wall::sendScreenCommand(int screen, CommandMessage::Action action, int page)
{
    if (const Result known = onScreen(screen, [](ScreenView &) {});
        known.state == Result::State::Refused)
        return known;
    CommandMessage command;
    command.action = action;
    command.screen = views().at(screen)->screenConfig().name;
    if (action == CommandMessage::Action::Pin)
        command.page = page;
    return sendCommand(command,
                       action == CommandMessage::Action::Pin
                           ? tr("Halaman %1 disematkan di %2.").arg(page + 1).arg(command.screen)
                           : tr("%1 kembali berganti halaman otomatis.").arg(command.screen));
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
    if (m_site)
        return; // a node's config is the collector's, applied as it is published
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
    if (m_site && m_hub) {
        // The collector acknowledges one onset, named by its event id: an alert that cleared and
        // came back meanwhile is a new event, and is not acknowledged by this.
        const QModelIndex row = m_hub->alerts()->indexOf(ruleId);
        if (row.isValid()) {
            CommandMessage command;
            command.action = CommandMessage::Action::Acknowledge;
            command.event = row.data(AlertModel::EventRole).toString();
            command.operatorName = operatorName.left(AlertModel::MaxNoteLength);
            command.note = note.left(AlertModel::MaxNoteLength);
            return sendCommand(command, tr("Peringatan %1 diakui.").arg(ruleId));
        }
    } else if (m_hub && m_hub->alerts()->acknowledge(ruleId, operatorName, note)) {
        return {};
    }
    return {Result::State::Refused,
            tr("Peringatan %1 sudah tidak aktif atau sudah diakui.").arg(ruleId)};
}

WallControl::Result Wall::alarmCommand(CommandMessage::Action action, const QString &ruleId,
                                       const QDateTime &until, const QString &operatorName,
                                       const QString &reason)
{
    if (!m_hub)
        return {Result::State::Refused, tr("Dinding sedang memuat ulang konfigurasi.")};
    QString done;
    switch (action) {
    case CommandMessage::Action::Shelve:
        done = tr("Peringatan %1 ditunda.").arg(ruleId);
        break;
    case CommandMessage::Action::Unshelve:
        done = tr("Peringatan %1 tidak ditunda lagi.").arg(ruleId);
        break;
    case CommandMessage::Action::RemoveFromService:
        done = tr("Peringatan %1 dinonaktifkan.").arg(ruleId);
        break;
    case CommandMessage::Action::ReturnToService:
        done = tr("Peringatan %1 aktif kembali.").arg(ruleId);
        break;
    default:
        return {Result::State::Refused, tr("Perintah tidak dikenal.")};
    }
    if (m_site) {
        CommandMessage command;
        command.action = action;
        command.rule = ruleId;
        command.until = until;
        // Bounded as the model bounds it, so the command fits its topic's size limit.
        command.operatorName = operatorName.left(AlertModel::MaxNoteLength);
        command.note = reason.left(AlertModel::MaxNoteLength);
        return sendCommand(command, done);
    }
    AlertModel *alerts = m_hub->alerts();
    QString why;
    switch (action) {
    case CommandMessage::Action::Shelve:
        why = alerts->shelve(ruleId, until, {}, operatorName, reason);
        break;
    case CommandMessage::Action::Unshelve:
        why = alerts->unshelve(ruleId, {}, operatorName);
        break;
    case CommandMessage::Action::RemoveFromService:
        why = alerts->removeFromService(ruleId, {}, operatorName, reason);
        break;
    default:
        why = alerts->returnToService(ruleId, {}, operatorName);
        break;
    }
    if (!why.isEmpty())
        return {Result::State::Refused, why};
    return {Result::State::Done, done};
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
    if (m_site && m_mode != Mode::Kiosk)
        return sendScreenCommand(screen, CommandMessage::Action::Pin, page);
    return onScreen(screen, [page](ScreenView &view) { view.pinPage(page, true); });
}

WallControl::Result Wall::releasePin(int screen)
{
    if (m_site && m_mode != Mode::Kiosk)
        return sendScreenCommand(screen, CommandMessage::Action::Release);
    return onScreen(screen, [](ScreenView &view) { view.releasePin(); });
}

void Wall::reloadConfig()
{
    QStringList errors;
    reload(&errors); // the outcome arrives as reloaded() or reloadFailed()
}

namespace {

// A config that did not load: every problem is logged and goes to the desk.
bool refuse(const Diagnostics &problems, QStringList *errors)
{
    for (const Diagnostic &d : problems)
        errors->append(d.toString());
    for (const QString &line : std::as_const(*errors))
        qWarning().noquote() << "config reload refused, the wall keeps running as it was:" << line;
    return false;
}

} // namespace

bool Wall::reload(QStringList *errors)
{
    // A node's config is the collector's: it is changed there, and applied here as it comes.
    if (m_site) {
        if (m_site->follower()->config().isEmpty()) {
            errors->append(tr("Konfigurasi situs belum diterima dari collector."));
            emit reloadFailed(*errors);
            return false;
        }
        return applySiteConfig(m_site->follower()->config(), errors);
    }
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(m_config.sourcePath);
    if (!loaded.config) {
        refuse(loaded.errors, errors);
        emit reloadFailed(*errors);
        return false;
    }
    return rebuild(*loaded.config, errors);
}

bool Wall::applySiteConfig(const QJsonObject &json, QStringList *errors)
{
    const ConfigLoader::Result loaded = m_site->configFrom(json);
    if (!loaded.config) {
        refuse(loaded.errors, errors);
        emit reloadFailed(*errors);
        return false;
    }
    qInfo().noquote() << "site" << m_site->connection()->site()
                      << ": the collector published a new config";
    return rebuild(*loaded.config, errors);
}

bool Wall::rebuild(const Config &config, QStringList *errors)
{
    // What would leave the wall with nothing to show is refused before anything is torn down.
    if (QString why; !canShow(config, &why)) {
        errors->append(QStringLiteral("%1: %2").arg(config.sourcePath, why));
        qWarning().noquote() << "config reload refused, the wall keeps running as it was:"
                             << errors->constLast();
        emit reloadFailed(*errors);
        return false;
    }
    if (config.sourcePath == m_config.sourcePath && m_hub && !m_site) {
        // Keep what the wall knows until the new one has it: the cache carries it over.
        QString why;
        if (!m_headless && !m_hub->saveCache(&why))
            qWarning().noquote() << "cache:" << why;
    }
    emit aboutToRebuild();
    teardown();
    m_config = config;
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
    if (m_site) {
        m_site->follower()->attach(nullptr);
        if (SiteFallback *fallback = m_site->fallback())
            fallback->attach(nullptr);
    }
    if (m_stats)
        m_stats->detach();
    delete m_kiosk;
    m_kiosk = nullptr;
    delete m_windows;
    m_windows = nullptr;
    m_views.clear();
    delete m_scheduler;
    m_scheduler = nullptr;
    if (m_sound)
        m_sound->attach(nullptr, m_config.display, false);
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
    // A node polls nothing, so it needs no demo server (the collector runs it), unless it may
    // poll for itself while its collector is gone.
    if (m_config.usesDemoFeeds() && (!m_site || m_site->fallback())) {
        m_demoServer = std::make_unique<DemoFeedServer>(&m_clock);
        if (!m_demoServer->start()) {
            *error = QStringLiteral("could not start the demo feed server on 127.0.0.1");
            return false;
        }
        demoBase = m_demoServer->baseUrl();
    }
    DataHub::Options options;
    options.demoBase = demoBase;
    options.following = m_site != nullptr;
    if (!headless && !m_site) {
        options.cachePath = StoragePaths::cacheFile(m_config.sourcePath);
        const bool desk = m_mode == Mode::Desktop;
        options.alertJournal = desk ? StoragePaths::deskAlertJournal(m_config.sourcePath)
                                    : StoragePaths::alertJournal(m_config.sourcePath);
        options.alertLog = desk ? StoragePaths::deskAlertLog(m_config.sourcePath)
                                : StoragePaths::alertLog(m_config.sourcePath);
    }
    options.station = QSysInfo::machineHostName();
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
    if (!m_sound) {
        m_sound = new WallSound(&m_clock, this);
        connect(m_sound, &WallSound::silenceChanged, this, &Wall::showSilence);
    }
    // A kiosk never sounds, nor does a headless run.
    m_sound->attach(m_hub->alerts(), m_config.display, !headless && !kiosk);
    for (const auto &view : m_views) {
        // The wall's own key: M silences this station for a quarter of an hour, or sounds it
        // again. Never an acknowledgement.
        if (kiosk)
            break;
        auto *silence = new QShortcut(QKeySequence(Qt::Key_M), view.get());
        silence->setContext(Qt::WindowShortcut);
        connect(silence, &QShortcut::activated, this, [this] {
            const QDateTime until = soundSilencedUntil();
            silenceSound(until.isValid() && until > m_clock.now()
                             ? QDateTime()
                             : m_clock.now().addSecs(SilenceKeyMinutes * 60));
        });
    }
    showSilence(soundSilencedUntil());
    if (m_site)
        followSite();
    return true;
}

void Wall::silenceSound(const QDateTime &until)
{
    if (m_sound)
        m_sound->silenceUntil(until);
}

QDateTime Wall::soundSilencedUntil() const
{
    return m_sound ? m_sound->silencedUntil() : QDateTime();
}

bool Wall::isSoundPlaying() const
{
    return m_sound && m_sound->isSounding();
}

void Wall::showSilence(const QDateTime &until)
{
    for (const auto &view : m_views)
        for (ScreenHeader *header : view->headers())
            header->setSilencedUntil(until);
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
    // A node has nothing to poll: it was built once everything the broker holds was here.
    if (m_site) {
        QTimer::singleShot(settleSeconds.value_or(0) * 1000, this, finish);
        return;
    }
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
