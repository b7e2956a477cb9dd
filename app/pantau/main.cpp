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

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QJsonDocument>
#include <QScreen>
#include <QTextStream>

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

// --broker URL --site ID name the site over the config's own "site" (already checked by the
// command line); the rest of the config's site (credentials, fallback) stays.
void applySiteOverride(Config &config, const CommandLine &cl)
{
    if (cl.site.isEmpty())
        return;
    SiteConfig site = config.site.value_or(SiteConfig());
    site.broker = *BrokerAddress::parse(cl.broker, nullptr);
    site.id = cl.site;
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

int runCollector(const CommandLine &cl)
{
    const QString configPath = cl.configPath.isEmpty() ? kDemoConfig : cl.configPath;
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(configPath);
    if (!loaded.config) {
        for (const Diagnostic &d : loaded.errors)
            printLine(stderr, d.toString());
        return ExitUsage;
    }
    Config config = *loaded.config;
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
    const QString configPath = cl.configPath.isEmpty() ? kDemoConfig : cl.configPath;
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(configPath);
    if (!loaded.config) {
        for (const Diagnostic &d : loaded.errors)
            printLine(stderr, d.toString());
        return ExitUsage;
    }

    const Config &config = *loaded.config;
    if (!cl.screens.isEmpty()) {
        QStringList known;
        for (const ScreenConfig &screen : std::as_const(config.screens))
            known.append(screen.name);
        for (const QString &name : cl.screens) {
            if (!known.contains(name)) {
                printLine(stderr, QStringLiteral("pantau: --screen %1: no such screen in %2; it "
                                                 "has: %3")
                                      .arg(name, configPath, known.join(QStringLiteral(", "))));
                return ExitUsage;
            }
        }
    }

    // A snapshot is a one-off render and may run beside the wall; a wall may not run twice. A
    // desk alone has a lock of its own, so it may run beside the wall of the same config.
    InstanceLock lock(configPath, cl.desktop ? InstanceLock::Role::Desk : InstanceLock::Role::Wall);
    if (cl.snapshotDir.isEmpty()) {
        QString why;
        if (!lock.acquire(&why)) {
            printLine(stderr, QStringLiteral("pantau: %1").arg(why));
            return ExitAlreadyRunning;
        }
    }

    const Wall::Mode mode = cl.kiosk     ? Wall::Mode::Kiosk
                            : cl.desktop ? Wall::Mode::Desktop
                                         : Wall::Mode::Wall;
    Wall wall(config, mode);
    wall.setScreenFilter(cl.screens);
    wall.setLanguage(cl.language);
    wall.setStatsFile(cl.statsFile);
    if (cl.timeScale != 1.0 || cl.timeOrigin.isValid())
        wall.setTimeScale(cl.timeScale, cl.timeOrigin, cl.timeAnchor);
    QString error;
    if (!wall.build(!cl.snapshotDir.isEmpty(), &error)) {
        printLine(stderr, QStringLiteral("pantau: %1").arg(error));
        return 1;
    }
    // Declared after the wall, so destroyed before it: the desk uses the wall's models.
    std::unique_ptr<ControlDesk> desk;
    if (!cl.snapshotDir.isEmpty()) {
        QObject::connect(&wall, &Wall::finished, &app, &QCoreApplication::exit);
        wall.snapshot(cl.snapshotDir, cl.settleSeconds);
    } else {
        wall.show(cl.windowed);
        wall.watchConfig();
        if (cl.desktop || cl.control) {
            desk = std::make_unique<ControlDesk>(&wall);
            // Alone, the desk is the program: the wall screens it renders are never mapped,
            // and would otherwise keep it running after the last visible window closed.
            if (cl.desktop)
                QObject::connect(desk.get(), &ControlDesk::closed, &app, &QCoreApplication::quit);
            desk->show();
            qInfo().noquote() << "control desk open" << (cl.desktop ? "(desktop mode)" : "");
        }
        // systemctl stop, a soak run's end, Ctrl+C: through the event loop, saving the cache.
        new QuitOnSignal(&app);
        // Started by the systemd unit in resources/: ready once the windows are up, then a
        // heartbeat from this (the GUI) thread for the watchdog.
        SystemdNotifier *systemd = new SystemdNotifier(&app);
        systemd->notifyReady();
        QObject::connect(&app, &QCoreApplication::aboutToQuit, systemd,
                         &SystemdNotifier::notifyStopping);
    }
    return app.exec();
}
