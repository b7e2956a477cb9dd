#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pantau {

// Pantau's command line, read with QCommandLineParser before any QApplication exists, so that
// --help, --version and --check-config work on a machine with no display at all.
struct CommandLine
{
    enum class Action {
        RunWall,
        RunCollector, // --mode collector: headless, polls and publishes to the site's broker
        Help,
        Version,
        CheckConfig,
        Probe,
        ListScreens,
        HashPin,
        Invalid
    };

    Action action = Action::RunWall;
    QString configPath;        // empty: the built-in demo
    QString checkConfigPath;   // for --check-config
    QString probePath;         // for --probe: one feed definition
    bool probeRecords = false; // --records: print records before mapping
    QString snapshotDir;       // non-empty: render once, write PNGs and state.json, exit
    std::optional<int> settleSeconds;
    bool windowed = false;
    bool kiosk = false;   // --mode kiosk
    bool desktop = false; // --mode desktop: the control desk alone, no wall windows
    bool control = false; // --control: the control desk beside the wall, in the same process
    QStringList screens;  // --screen NAME, repeatable: only these configured screens
    // --broker URL --site ID: the site to join, over the config's "site" (both or neither).
    QString broker;
    QString site;
    QString node;      // --node NAME: this process's name in the site; empty: the host name
    QString language;  // --lang id|en; empty: the config's
    QString statsFile; // --stats-file: where to write the work done; empty: nowhere
    // --time-scale, --time-origin, --time-anchor: simulated time (see ScaledClock).
    double timeScale = 1.0;
    QDateTime timeOrigin; // invalid: the anchor
    QDateTime timeAnchor; // invalid: start-up
    QString error;        // for Action::Invalid
    QString helpText;

    static CommandLine parse(const QStringList &arguments);
};

} // namespace Pantau
