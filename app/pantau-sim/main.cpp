// pantau-sim: the OPD feed simulator on its own, for running a wall against feeds that behave
// (and misbehave) like the agencies' real ones. Serves on 127.0.0.1 only.

#include "DemoFeedServer.h"
#include "FaultPlan.h"
#include "PantauVersion.h"
#include "QuitOnSignal.h"
#include "formats/TimeParser.h"
#include "time/ScaledClock.h"
#include "time/SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace Pantau;

namespace {

constexpr int ExitUsage = 2;

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

int usage(const QString &message)
{
    printLine(
        stderr,
        QStringLiteral("pantau-sim: %1\nRun \"pantau-sim --help\" for the options.").arg(message));
    return ExitUsage;
}

// An ISO 8601 instant; one without an offset is read as UTC, whatever the machine's zone.
QDateTime parseInstant(const QString &text)
{
    return TimeParser::parse(text, QString(), QTimeZone::utc());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pantau-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PANTAU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates Kabupaten Blitar's OPD feeds on 127.0.0.1, each in its real format (CKAN, "
        "BPS, NGSI-v2, CSV, JSON), with faults on demand.\n"
        "Faults: --fault FEED=KIND (repeatable; FEED is a feed id or \"all\"; KIND is down, "
        "slow, malformed, stale, http500 or none), or over HTTP: GET /admin/faults, POST "
        "/admin/faults {\"FEED\": \"KIND\"}, DELETE /admin/faults[/FEED].\n"
        "Requests each feed got so far: GET /admin/requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default 8808; 0: any free)."),
        QStringLiteral("N"), QStringLiteral("8808"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QStringLiteral("Simulated time runs N times faster (1 to 86400; default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption originOption(
        QStringLiteral("time-origin"),
        QStringLiteral("Simulated time at the anchor, ISO 8601 (default: the anchor)."),
        QStringLiteral("ISO"));
    const QCommandLineOption anchorOption(
        QStringLiteral("time-anchor"),
        QStringLiteral("Real instant at which simulated time is the origin, ISO 8601 (default: "
                       "start-up). Give pantau the same to stay in step."),
        QStringLiteral("ISO"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Another plausible world (default 0)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
                                         QStringLiteral("Switch a fault on: FEED=KIND."),
                                         QStringLiteral("FEED=KIND"));
    const QCommandLineOption slowOption(
        QStringLiteral("slow-seconds"),
        QStringLiteral("How long a slow feed holds its answer (default 45)."), QStringLiteral("N"),
        QStringLiteral("45"));
    const QCommandLineOption noAdminOption(
        QStringLiteral("no-admin"),
        QStringLiteral("Do not serve /admin/faults and /admin/requests."));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("List the feeds and exit."));
    parser.addOptions({portOption, speedOption, originOption, anchorOption, seedOption, faultOption,
                       slowOption, noAdminOption, listOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printLine(stdout, QStringLiteral("pantau-sim %1").arg(QStringLiteral(PANTAU_VERSION)));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument \"%1\"")
                         .arg(parser.positionalArguments().constFirst()));

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usage(QStringLiteral("--port: expected 0 to 65535, got \"%1\"")
                         .arg(parser.value(portOption)));
    const double speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || speed < ScaledClock::MinScale || speed > ScaledClock::MaxScale)
        return usage(QStringLiteral("--speed: expected a number from 1 to 86400, got \"%1\"")
                         .arg(parser.value(speedOption)));
    QDateTime origin, anchor;
    if (parser.isSet(originOption) &&
        !(origin = parseInstant(parser.value(originOption))).isValid())
        return usage(QStringLiteral("--time-origin: expected an ISO 8601 time such as "
                                    "2026-11-28T06:00:00Z, got \"%1\"")
                         .arg(parser.value(originOption)));
    if (parser.isSet(anchorOption) &&
        !(anchor = parseInstant(parser.value(anchorOption))).isValid())
        return usage(QStringLiteral("--time-anchor: expected an ISO 8601 time such as "
                                    "2026-11-28T06:00:00Z, got \"%1\"")
                         .arg(parser.value(anchorOption)));
    DemoFeedServer::Options options;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed: expected a whole number, got \"%1\"")
                         .arg(parser.value(seedOption)));
    options.slowSeconds = parser.value(slowOption).toInt(&ok);
    if (!ok || options.slowSeconds < 1 || options.slowSeconds > 3600)
        return usage(QStringLiteral("--slow-seconds: expected 1 to 3600, got \"%1\"")
                         .arg(parser.value(slowOption)));
    options.admin = !parser.isSet(noAdminOption);

    SystemClock systemClock;
    ScaledClock clock(&systemClock, speed, origin, anchor);
    DemoFeedServer server(&clock, options);

    if (parser.isSet(listOption)) {
        for (const FeedCatalog::Feed &feed : server.catalog().feeds())
            printLine(stdout, QStringLiteral("%1\t%2\t%3\t%4")
                                  .arg(feed.id, describe(feed.format).name, feed.target(),
                                       feed.events ? QStringLiteral("(events)")
                                                   : feed.indicators.join(u' ')));
        return 0;
    }
    for (const QString &spec : parser.values(faultOption)) {
        QString why;
        if (!server.faults().apply(spec, &why))
            return usage(QStringLiteral("--fault %1").arg(why));
    }
    if (!server.start(quint16(port))) {
        printLine(stderr,
                  QStringLiteral("pantau-sim: cannot listen on 127.0.0.1:%1 (in use?)").arg(port));
        return 1;
    }

    new QuitOnSignal(&app); // SIGTERM and SIGINT end the event loop: exit status 0

    // The first line is for scripts and tests: where to connect.
    printLine(stdout,
              QStringLiteral("pantau-sim listening on %1").arg(server.baseUrl().toString()));
    printLine(stdout,
              QStringLiteral("simulated time %1, %2x real time; admin endpoint %3")
                  .arg(clock.now().toString(Qt::ISODate))
                  .arg(speed)
                  .arg(options.admin ? server.baseUrl().toString() + QStringLiteral("/admin/faults")
                                     : QStringLiteral("off")));
    if (!server.faults().isEmpty())
        printLine(stdout,
                  QStringLiteral("faults: %1")
                      .arg(QString::fromUtf8(
                          QJsonDocument(server.faults().toJson()).toJson(QJsonDocument::Compact))));
    return app.exec();
}
