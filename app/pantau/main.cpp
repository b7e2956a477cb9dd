// Pantau's entry point: reads the command line, then runs one of its actions. Kept thin; the
// wiring lives in Wall.

#include "Collector.h"
#include "CommandLine.h"
#include "ControlDesk.h"
#include "InstanceLock.h"
#include "PantauVersion.h"
#include "Probe.h"
#include "QuitOnSignal.h"
#include "SystemdNotifier.h"
#include "Wall.h"
#include "config/ConfigLoader.h"
#include "kiosk/PinHash.h"
#include "site/SiteNode.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QJsonDocument>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Pantau;

namespace {

constexpr int ExitUsage = 2;          // bad command line or invalid config
constexpr int ExitAlreadyRunning = 3; // this config's wall is running already

const QString kDemoConfig = QStringLiteral(":/pantau/demo.json");

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
}

int checkConfig(const QString &path)
{
    const ConfigLoader::Result result = ConfigLoader::loadFile(path);
    if (!result.config) {
        for (const Diagnostic &d : result.errors)
            printLine(stderr, d.toString());
        return ExitUsage;
    }
    const Config &c = *result.config;
    if (c.joinsSiteOnly()) {
        printLine(stdout, QStringLiteral("%1: valid config version %2: joins site %3 at %4%5; "
                                         "feeds, indicators and screens come from its collector")
                              .arg(path)
                              .arg(c.version)
                              .arg(c.site->id, c.site->broker.toString(),
                                   c.site->username.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" as %1").arg(c.site->username)));
        return 0;
    }
    printLine(stdout, QStringLiteral("%1: valid config version %2: %3 feeds, %4 indicators, "
                                     "%5 screens, locale %6, time zone %7")
                          .arg(path)
                          .arg(c.version)
                          .arg(c.feeds.size())
                          .arg(c.indicators.size())
                          .arg(c.screens.size())
                          .arg(c.locale, c.timeZone));
    return 0;
}

int probe(const CommandLine &cl)
{
    const ConfigLoader::FeedResult loaded = ConfigLoader::loadFeedFile(cl.probePath);
    if (!loaded.feed) {
        for (const Diagnostic &d : loaded.errors)
            printLine(stderr, d.toString());
        return ExitUsage;
    }
    if (loaded.feed->isDemo()) {
        printLine(stderr, QStringLiteral("%1: demo: feeds exist only inside a running wall; "
                                         "probe an http(s) URL or a file")
                              .arg(cl.probePath));
        return ExitUsage;
    }
    QHash<QString, QString> units;
    QString zone = QStringLiteral("Asia/Jakarta");
    if (!cl.configPath.isEmpty()) {
        const ConfigLoader::Result config = ConfigLoader::loadFile(cl.configPath);
        if (!config.config) {
            for (const Diagnostic &d : config.errors)
                printLine(stderr, d.toString());
            return ExitUsage;
        }
        for (const IndicatorConfig &indicator : config.config->indicators)
            units.insert(indicator.id, indicator.unit);
        zone = config.config->timeZone;
    }
    if (!loaded.feed->timeZone.isEmpty())
        zone = loaded.feed->timeZone;
    Probe run(*loaded.feed, units, zone, cl.probeRecords);
    QObject::connect(&run, &Probe::finished, QCoreApplication::instance(), &QCoreApplication::exit,
                     Qt::QueuedConnection);
    run.start();
    return QCoreApplication::exec();
}

// The PIN comes from standard input, never the command line, where it would stay in the shell's
// history and show in the process list. On a terminal it is read without echo.
int hashPin()
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs("PIN: ", stderr);
        std::fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (const QString why = PinHash::checkPin(pin); !why.isEmpty()) {
        printLine(stderr, QStringLiteral("pantau --hash-pin: %1").arg(why));
        return ExitUsage;
    }
    printLine(stdout, PinHash::make(pin));
    return 0;
}

// The site --broker URL --site ID name (already checked by the command line), over `base`: the
// rest of a config's site (credentials, fallback) stays.
std::optional<SiteConfig> siteOf(const CommandLine &cl, const SiteConfig &base = {})
{
    if (cl.site.isEmpty())
        return std::nullopt;
    SiteConfig site = base;
    site.broker = *BrokerAddress::parse(cl.broker, nullptr);
    site.id = cl.site;
    return site;
}

void applySiteOverride(Config &config, const CommandLine &cl)
{
    if (const std::optional<SiteConfig> site = siteOf(cl, config.site.value_or(SiteConfig())))
        config.site = site;
}

// The name a process goes by in its site: --node, else the host name, with the role for the
// processes that often share a PC with a wall.
QString nodeName(const CommandLine &cl, const QString &role)
{
    if (!cl.node.isEmpty())
        return cl.node;
    QString host = QHostInfo::localHostName();
    host.replace(u'/', u'-').replace(u'+', u'-').replace(u'#', u'-');
    return role.isEmpty() ? host : host + u'-' + role;
}

// The config the command line names (the built-in demo without --config), or none after
// printing its problems.
std::optional<Config> loadConfig(const CommandLine &cl)
{
    const QString configPath = cl.configPath.isEmpty() ? kDemoConfig : cl.configPath;
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(configPath);
    for (const Diagnostic &d : loaded.errors)
        printLine(stderr, d.toString());
    return loaded.config;
}

int runCollector(const CommandLine &cl)
{
    const QString configPath = cl.configPath.isEmpty() ? kDemoConfig : cl.configPath;
    const std::optional<Config> loaded = loadConfig(cl);
    if (!loaded)
        return ExitUsage;
    Config config = *loaded;
    if (config.joinsSiteOnly()) {
        printLine(stderr, QStringLiteral("pantau: %1 only joins a site; the collector needs the "
                                         "site's own config, with its \"feeds\", "
                                         "\"indicators\" and \"screens\"")
                              .arg(configPath));
        return ExitUsage;
    }
    applySiteOverride(config, cl);
    // The nodes get the file as written, so that they read it exactly as the collector did.
    QFile file(configPath);
    QJsonObject json;
    if (file.open(QIODevice::ReadOnly))
        json = QJsonDocument::fromJson(file.readAll()).object();
    InstanceLock lock(configPath, InstanceLock::Role::Collector);
    QString why;
    if (!lock.acquire(&why)) {
        printLine(stderr, QStringLiteral("pantau: %1").arg(why));
        return ExitAlreadyRunning;
    }
    Collector collector(config, json, nodeName(cl, QStringLiteral("collector")));
    if (!collector.start(&why)) {
        printLine(stderr, QStringLiteral("pantau: %1").arg(why));
        return 1;
    }
    new QuitOnSignal(QCoreApplication::instance());
    SystemdNotifier *systemd = new SystemdNotifier(QCoreApplication::instance());
    systemd->notifyReady();
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, systemd,
                     &SystemdNotifier::notifyStopping);
    return QCoreApplication::exec();
}

// Every --screen must name a screen of `config`.
bool checkScreens(const CommandLine &cl, const Config &config)
{
    QStringList known;
    for (const ScreenConfig &screen : std::as_const(config.screens))
        known.append(screen.name);
    for (const QString &name : cl.screens) {
        if (!known.contains(name)) {
            printLine(stderr, QStringLiteral("pantau: --screen %1: no such screen in %2; it "
                                             "has: %3")
                                  .arg(name, config.sourcePath, known.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

// A wall, kiosk or desk: on its own, polling its feeds, or as a node of a site, showing what the
// site's collector publishes. A node with a config of its own shows it at once and switches to
// the collector's when that arrives; one with only --broker and --site waits for it.
int runWall(const CommandLine &cl)
{
    std::optional<Config> local;
    if (!cl.configPath.isEmpty() || cl.site.isEmpty()) {
        local = loadConfig(cl);
        // A config that only joins a site has no screens yet: --screen is checked against the
        // collector's, when it comes.
        if (!local || (!local->joinsSiteOnly() && !checkScreens(cl, *local)))
            return ExitUsage;
        applySiteOverride(*local, cl);
    }
    // A config of its own is shown at once; one that only joins a site waits, as --site does.
    const bool showLocal = local && !local->joinsSiteOnly();
    const Wall::Mode mode = cl.kiosk     ? Wall::Mode::Kiosk
                            : cl.desktop ? Wall::Mode::Desktop
                                         : Wall::Mode::Wall;
    const InstanceLock::Role lockRole =
        cl.desktop ? InstanceLock::Role::Desk : InstanceLock::Role::Wall;
    QString lockKey = local ? local->sourcePath : QString();

    std::unique_ptr<SiteNode> node;
    if (const std::optional<SiteConfig> site = local ? local->site : siteOf(cl)) {
        const SiteNode::Role role = cl.kiosk     ? SiteNode::Role::Kiosk
                                    : cl.desktop ? SiteNode::Role::Desktop
                                                 : SiteNode::Role::Wall;
        const QString name = nodeName(cl, cl.kiosk     ? QStringLiteral("kiosk")
                                          : cl.desktop ? QStringLiteral("desk")
                                                       : QString());
        if (role == SiteNode::Role::Kiosk && (!local || local->kiosk.pinHash.isEmpty())) {
            printLine(stderr, QStringLiteral("pantau: a kiosk of a site needs a config of its own "
                                             "with \"kiosk\": {\"pinHash\": …}, so that it can "
                                             "be ended: the site never shares the PIN; make the "
                                             "hash with pantau --hash-pin"));
            return ExitUsage;
        }
        node = std::make_unique<SiteNode>(*site, role, name);
        if (local)
            node->setLocalKiosk(local->kiosk);
        // One process per node name: two would say each other's presence.
        lockKey = QStringLiteral(":/pantau/site/%1/%2").arg(site->id, name);
    }

    // A snapshot is a one-off render and may run beside the wall; a wall may not run twice. A
    // desk alone has a lock of its own, so it may run beside the wall of the same config.
    InstanceLock lock(lockKey, lockRole);
    if (cl.snapshotDir.isEmpty()) {
        QString why;
        if (!lock.acquire(&why)) {
            printLine(stderr, QStringLiteral("pantau: %1").arg(why));
            return ExitAlreadyRunning;
        }
    }

    std::unique_ptr<Wall> wall;
    // Declared after the wall, so destroyed before it: the desk uses the wall's models.
    std::unique_ptr<ControlDesk> desk;
    SystemdNotifier *systemd = new SystemdNotifier(qApp);
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, systemd,
                     &SystemdNotifier::notifyStopping);
    // systemctl stop, a soak run's end, Ctrl+C: through the event loop, saving the cache.
    if (cl.snapshotDir.isEmpty())
        new QuitOnSignal(qApp);

    auto launch = [&](const Config &config) -> bool {
        wall = std::make_unique<Wall>(config, mode);
        wall->setScreenFilter(cl.screens);
        wall->setLanguage(cl.language);
        wall->setStatsFile(cl.statsFile);
        if (cl.timeScale != 1.0 || cl.timeOrigin.isValid())
            wall->setTimeScale(cl.timeScale, cl.timeOrigin, cl.timeAnchor);
        if (node)
            wall->setSite(node.get());
        QString error;
        if (!wall->build(!cl.snapshotDir.isEmpty(), &error)) {
            printLine(stderr, QStringLiteral("pantau: %1").arg(error));
            return false;
        }
        if (!cl.snapshotDir.isEmpty()) {
            QObject::connect(wall.get(), &Wall::finished, qApp, &QCoreApplication::exit);
            wall->snapshot(cl.snapshotDir, cl.settleSeconds);
            return true;
        }
        wall->show(cl.windowed);
        wall->watchConfig();
        if (cl.desktop || cl.control) {
            desk = std::make_unique<ControlDesk>(wall.get());
            // Alone, the desk is the program: the wall screens it renders are never mapped,
            // and would otherwise keep it running after the last visible window closed.
            if (cl.desktop)
                QObject::connect(desk.get(), &ControlDesk::closed, qApp, &QCoreApplication::quit);
            desk->show();
            qInfo().noquote() << "control desk open" << (cl.desktop ? "(desktop mode)" : "");
        }
        // Started by the systemd unit in resources/: ready once the windows are up, then a
        // heartbeat from this (the GUI) thread for the watchdog.
        systemd->notifyReady();
        return true;
    };

    if (node) {
        QString why;
        if (!node->start(&why)) {
            printLine(stderr, QStringLiteral("pantau: %1").arg(why));
            return 1;
        }
    }
    // A wall on its own, or a node that has a config of its own to show until the collector's
    // comes. A node's snapshot waits for the collector's, so that it shows the site.
    if (showLocal && (!node || cl.snapshotDir.isEmpty())) {
        if (!launch(*local))
            return 1;
        return qApp->exec();
    }

    // Otherwise the node shows nothing until it has the collector's config and everything else
    // the broker holds, so that its first frame is whole.
    SiteFollower *follower = node->follower();
    QTimer waiting;
    waiting.setInterval(10'000);
    QObject::connect(&waiting, &QTimer::timeout, [&] {
        qWarning().noquote() << "site" << node->connection()->site()
                             << ": waiting for the collector's config from"
                             << node->connection()->config().broker.toString() << "-"
                             << follower->linkProblem();
    });
    waiting.start();
    auto tryLaunch = [&] {
        if (wall || !follower->isSynced() || follower->config().isEmpty())
            return;
        const ConfigLoader::Result loaded = node->configFrom(follower->config());
        if (!loaded.config) {
            // A later config may do; this one is named and skipped.
            for (const Diagnostic &d : loaded.errors)
                qWarning().noquote() << "site config refused:" << d.toString();
            return;
        }
        waiting.stop();
        if (!checkScreens(cl, *loaded.config)) {
            qApp->exit(ExitUsage);
            return;
        }
        if (!launch(*loaded.config))
            qApp->exit(1);
    };
    QObject::connect(follower, &SiteFollower::configChanged, qApp, tryLaunch);
    QObject::connect(follower, &SiteFollower::synced, qApp, tryLaunch);
    return qApp->exec();
}

int listScreens()
{
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QRect g = screen->geometry();
        printLine(stdout, QStringLiteral("%1\t%2x%3+%4+%5\t%6 %7 %8")
                              .arg(screen->name())
                              .arg(g.width())
                              .arg(g.height())
                              .arg(g.x())
                              .arg(g.y())
                              .arg(screen->manufacturer(), screen->model(), screen->serialNumber())
                              .trimmed());
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("pantau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PANTAU_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Pantau"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine cl = CommandLine::parse(arguments);

    switch (cl.action) {
    case CommandLine::Action::Invalid:
        printLine(
            stderr,
            QStringLiteral("pantau: %1\nRun \"pantau --help\" for the options.").arg(cl.error));
        return ExitUsage;
    case CommandLine::Action::Help:
        printLine(stdout, cl.helpText);
        return 0;
    case CommandLine::Action::Version:
        printLine(stdout, QStringLiteral("pantau %1").arg(QStringLiteral(PANTAU_VERSION)));
        return 0;
    case CommandLine::Action::CheckConfig: {
        // No display is needed to validate a file.
        QCoreApplication app(argc, argv);
        return checkConfig(cl.checkConfigPath);
    }
    case CommandLine::Action::Probe: {
        QCoreApplication app(argc, argv);
        return probe(cl);
    }
    case CommandLine::Action::HashPin: {
        QCoreApplication app(argc, argv);
        return hashPin();
    }
    case CommandLine::Action::ListScreens: {
        QApplication app(argc, argv);
        return listScreens();
    }
    case CommandLine::Action::RunCollector: {
        // Headless: no display, no QT_QPA_PLATFORM, nothing drawn.
        QCoreApplication app(argc, argv);
        return runCollector(cl);
    }
    case CommandLine::Action::RunWall:
        break;
    }

    // A snapshot is headless by definition; default to the offscreen platform unless told.
    if (!cl.snapshotDir.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    // The installed desktop entry's id: a Wayland desktop matches the windows to the menu entry
    // and its icon by it (X11 does by the window class, "pantau").
    QGuiApplication::setDesktopFileName(QStringLiteral("id.go.blitarkab.Pantau"));
    return runWall(cl);
}
