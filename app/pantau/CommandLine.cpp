#include "CommandLine.h"

#include "formats/TimeParser.h"
#include "site/BrokerAddress.h"
#include "site/SiteTopic.h"

#include <QCommandLineParser>

namespace Pantau {

namespace {

// --broker and --site come together: one without the other names no site. Both are checked
// here, so that a typo is told before anything starts.
bool readSite(const QCommandLineParser &parser, const QCommandLineOption &brokerOption,
              const QCommandLineOption &siteOption, const QCommandLineOption &nodeOption,
              CommandLine *result)
{
    const auto refuse = [result](const QString &why) {
        result->action = CommandLine::Action::Invalid;
        result->error = why;
        return false;
    };
    if (parser.isSet(brokerOption) != parser.isSet(siteOption))
        return refuse(parser.isSet(brokerOption)
                          ? QStringLiteral("--broker needs --site ID: the site to join there")
                          : QStringLiteral("--site needs --broker URL: where the site is"));
    if (parser.isSet(brokerOption)) {
        QString why;
        if (!BrokerAddress::parse(parser.value(brokerOption), &why))
            return refuse(QStringLiteral("--broker: %1").arg(why));
        if (!SiteTopic::isLevel(parser.value(siteOption)))
            return refuse(QStringLiteral("--site expects an id without '/', '+' or '#', got "
                                         "\"%1\"")
                              .arg(parser.value(siteOption)));
        result->broker = parser.value(brokerOption);
        result->site = parser.value(siteOption);
    }
    if (parser.isSet(nodeOption)) {
        if (!SiteTopic::isLevel(parser.value(nodeOption)))
            return refuse(QStringLiteral("--node expects a name without '/', '+' or '#', got "
                                         "\"%1\"")
                              .arg(parser.value(nodeOption)));
        result->node = parser.value(nodeOption);
    }
    return true;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pantau: the command-center video wall for Kabupaten Blitar.\n"
        "Without --config it runs the built-in demo, fed by a demo server on 127.0.0.1."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Read the wall from config FILE."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption windowedOption(
        QStringLiteral("windowed"),
        QStringLiteral("Show each wall screen as an ordinary resizable window."));
    const QCommandLineOption checkOption(
        QStringLiteral("check-config"),
        QStringLiteral("Validate config FILE and exit: 0 when valid, 2 with the problems."),
        QStringLiteral("FILE"));
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"),
        QStringLiteral("Render headless: poll every feed once, write one PNG per screen and "
                       "state.json into DIR, and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption settleOption(
        QStringLiteral("settle"),
        QStringLiteral("With --snapshot: wait SECONDS of normal polling instead of one poll."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption listScreensOption(
        QStringLiteral("list-screens"),
        QStringLiteral("Print the monitors this machine has, by the names a config uses."));
    const QCommandLineOption probeOption(
        QStringLiteral("probe"),
        QStringLiteral("Fetch the feed defined in FEEDFILE (one entry of a config's \"feeds\") "
                       "once and print its samples, one JSON object per line. With --config, "
                       "units come from that config."),
        QStringLiteral("FEEDFILE"));
    const QCommandLineOption recordsOption(
        QStringLiteral("records"),
        QStringLiteral("With --probe: print the records as the parser read them, before mapping."));
    const QCommandLineOption modeOption(
        QStringLiteral("mode"),
        QStringLiteral("wall (the default): every screen fullscreen on its monitor. desktop: "
                       "the supervisor's control desk in one ordinary window, without wall "
                       "windows. kiosk: public pages only, fullscreen, ended only with the "
                       "unlock PIN (Ctrl+Alt+Shift+K). collector: no display; polls every feed "
                       "of the site once and publishes it to the site's broker."),
        QStringLiteral("MODE"), QStringLiteral("wall"));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        QStringLiteral("Show only the configured screen NAME; repeat for several."),
        QStringLiteral("NAME"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QStringLiteral("The UI language: id (Bahasa Indonesia) or en (English). Default: the "
                       "config's \"language\", else id. Numbers and dates follow the config's "
                       "locale either way."),
        QStringLiteral("LANG"));
    const QCommandLineOption controlOption(
        QStringLiteral("control"),
        QStringLiteral("With --mode wall: open the supervisor's control desk as an extra "
                       "ordinary window beside the wall."));
    const QCommandLineOption statsOption(
        QStringLiteral("stats-file"),
        QStringLiteral("Write the work done (polls, samples, repaints, real and simulated time) "
                       "to FILE as JSON every 5 seconds; for soak runs and benchmarks."),
        QStringLiteral("FILE"));
    const QCommandLineOption hashPinOption(
        QStringLiteral("hash-pin"),
        QStringLiteral("Read a kiosk unlock PIN (4 to 12 digits) from standard input and print "
                       "the salted hash a config stores instead of the PIN."));
    const QCommandLineOption brokerOption(
        QStringLiteral("broker"),
        QStringLiteral("With --site: join the site at the MQTT broker URL (mqtt://HOST[:PORT] or "
                       "mqtts://HOST[:PORT]) instead of the config's \"site\". A node without "
                       "--config takes its config from the site."),
        QStringLiteral("URL"));
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("With --broker: the site's id, its topic level."),
        QStringLiteral("ID"));
    const QCommandLineOption nodeOption(
        QStringLiteral("node"),
        QStringLiteral("This process's name in the site (default: the host name)."),
        QStringLiteral("NAME"));
    // Simulated time, for soak tests and screenshots against pantau-sim --speed N.
    const QCommandLineOption timeScaleOption(
        QStringLiteral("time-scale"),
        QStringLiteral("Run the wall's clock and its poll intervals N times faster (1 to 86400), "
                       "in step with pantau-sim --speed N. For soak tests and screenshots."),
        QStringLiteral("N"));
    const QCommandLineOption timeOriginOption(
        QStringLiteral("time-origin"),
        QStringLiteral("With --time-scale: the simulated time at the anchor, ISO 8601."),
        QStringLiteral("ISO"));
    const QCommandLineOption timeAnchorOption(
        QStringLiteral("time-anchor"),
        QStringLiteral("With --time-scale: the real instant at which simulated time is the "
                       "origin, ISO 8601 (default: start-up); give pantau-sim the same."),
        QStringLiteral("ISO"));
    parser.addOptions({configOption,  windowedOption,    checkOption,      snapshotOption,
                       settleOption,  listScreensOption, probeOption,      recordsOption,
                       hashPinOption, modeOption,        screenOption,     langOption,
                       controlOption, statsOption,       brokerOption,     siteOption,
                       nodeOption,    timeScaleOption,   timeOriginOption, timeAnchorOption});
    // No QCoreApplication exists yet, so Qt cannot know the program's name for the usage line.
    result.helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("pantau"));

    if (!parser.parse(arguments)) {
        result.action = Action::Invalid;
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Invalid;
        result.error = QStringLiteral("unexpected argument \"%1\"")
                           .arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = Action::Help;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::Version;
        return result;
    }

    result.configPath = parser.value(configOption);
    result.windowed = parser.isSet(windowedOption);
    result.screens = parser.values(screenOption);
    result.statsFile = parser.value(statsOption);
    if (parser.isSet(langOption)) {
        result.language = parser.value(langOption);
        if (result.language != QLatin1String("id") && result.language != QLatin1String("en")) {
            result.action = Action::Invalid;
            result.error =
                QStringLiteral("--lang expects id or en, got \"%1\"").arg(result.language);
            return result;
        }
    }
    const QString mode = parser.value(modeOption);
    if (mode != QLatin1String("wall") && mode != QLatin1String("kiosk") &&
        mode != QLatin1String("desktop") && mode != QLatin1String("collector")) {
        result.action = Action::Invalid;
        result.error =
            QStringLiteral("--mode expects wall, desktop, kiosk or collector, got \"%1\"")
                .arg(mode);
        return result;
    }
    if (!readSite(parser, brokerOption, siteOption, nodeOption, &result))
        return result;
    if (mode == QLatin1String("collector")) {
        // The collector has no display: every option about windows and screens is a mistake.
        for (const QCommandLineOption *option :
             {&windowedOption, &controlOption, &snapshotOption, &settleOption, &screenOption,
              &langOption, &listScreensOption}) {
            if (parser.isSet(*option)) {
                result.action = Action::Invalid;
                result.error = QStringLiteral("--%1 does not apply to --mode collector, which "
                                              "shows nothing")
                                   .arg(option->names().constFirst());
                return result;
            }
        }
        if (result.configPath.isEmpty() && result.site.isEmpty()) {
            result.action = Action::Invalid;
            result.error = QStringLiteral("--mode collector needs a site: a --config with a "
                                          "\"site\", or --broker URL --site ID for the demo");
            return result;
        }
    }
    result.kiosk = mode == QLatin1String("kiosk");
    result.desktop = mode == QLatin1String("desktop");
    result.control = parser.isSet(controlOption);
    if (result.control && result.kiosk) {
        result.action = Action::Invalid;
        result.error = QStringLiteral("--control does not apply to --mode kiosk: a public kiosk "
                                      "never offers the control desk");
        return result;
    }
    if (result.desktop && result.windowed) {
        result.action = Action::Invalid;
        result.error = QStringLiteral("--windowed does not apply to --mode desktop: it shows the "
                                      "control desk alone, without wall windows");
        return result;
    }
    if (result.kiosk && result.windowed) {
        result.action = Action::Invalid;
        result.error = QStringLiteral("--windowed does not apply to --mode kiosk: a kiosk is "
                                      "always fullscreen");
        return result;
    }
    result.snapshotDir = parser.value(snapshotOption);
    if (parser.isSet(snapshotOption) && result.snapshotDir.isEmpty()) {
        result.action = Action::Invalid;
        result.error = QStringLiteral("--snapshot needs a directory");
        return result;
    }
    if (result.control && !result.snapshotDir.isEmpty()) {
        result.action = Action::Invalid;
        result.error = QStringLiteral("--control does not apply to --snapshot, which opens no "
                                      "window");
        return result;
    }
    if (parser.isSet(settleOption)) {
        bool ok = false;
        const int seconds = parser.value(settleOption).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 3600) {
            result.action = Action::Invalid;
            result.error =
                QStringLiteral("--settle expects whole seconds from 0 to 3600, got \"%1\"")
                    .arg(parser.value(settleOption));
            return result;
        }
        if (result.snapshotDir.isEmpty()) {
            result.action = Action::Invalid;
            result.error = QStringLiteral("--settle only applies with --snapshot");
            return result;
        }
        result.settleSeconds = seconds;
    }
    if (parser.isSet(timeScaleOption)) {
        bool ok = false;
        const double scale = parser.value(timeScaleOption).toDouble(&ok);
        if (!ok || scale < 1 || scale > 86400) {
            result.action = Action::Invalid;
            result.error =
                QStringLiteral("--time-scale expects a number from 1 to 86400, got \"%1\"")
                    .arg(parser.value(timeScaleOption));
            return result;
        }
        result.timeScale = scale;
    }
    for (const auto &[option, target] : {std::pair{&timeOriginOption, &result.timeOrigin},
                                         {&timeAnchorOption, &result.timeAnchor}}) {
        if (!parser.isSet(*option))
            continue;
        // No offset given: UTC, whatever the machine's zone.
        *target = TimeParser::parse(parser.value(*option), QString(), QTimeZone::utc());
        if (!target->isValid()) {
            result.action = Action::Invalid;
            result.error = QStringLiteral("--%1 expects an ISO 8601 time such as "
                                          "2026-11-28T06:00:00Z, got \"%2\"")
                               .arg(option->names().constFirst(), parser.value(*option));
            return result;
        }
    }
    if (parser.isSet(recordsOption) && !parser.isSet(probeOption)) {
        result.action = Action::Invalid;
        result.error = QStringLiteral("--records only applies with --probe");
        return result;
    }
    if (parser.isSet(probeOption)) {
        result.action = Action::Probe;
        result.probePath = parser.value(probeOption);
        result.probeRecords = parser.isSet(recordsOption);
        return result;
    }
    if (parser.isSet(checkOption)) {
        result.action = Action::CheckConfig;
        result.checkConfigPath = parser.value(checkOption);
        return result;
    }
    if (parser.isSet(hashPinOption)) {
        result.action = Action::HashPin;
        return result;
    }
    if (parser.isSet(listScreensOption)) {
        result.action = Action::ListScreens;
        return result;
    }
    if (mode == QLatin1String("collector"))
        result.action = Action::RunCollector;
    return result;
}

} // namespace Pantau
