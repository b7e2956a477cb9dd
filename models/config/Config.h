#pragma once

#include "config/AlertRule.h"
#include "config/FeedConfig.h"
#include "config/IndicatorConfig.h"
#include "config/ScreenConfig.h"
#include "config/SiteConfig.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace Pantau {

// The in-memory form of a validated config file, one header per section. ConfigLoader is the
// only thing that builds it, so code that holds a Config may trust every field.

// A public kiosk at events: only public pages, and no way out without the PIN.
struct KioskConfig
{
    QString pinHash; // PinHash form, made by pantau --hash-pin; never the PIN itself
};

// How the wall moves and sounds, for rooms and people that need it calmer.
struct DisplayConfig
{
    bool reducedMotion = false;       // no pulsing alert border
    bool alertSound = false;          // this station sounds unacknowledged alarms
    int alertSoundRepeatSeconds = 10; // the tone again this often while one is owed; 0: once
    int alertReannounceMinutes = 15;  // a silence hides a standing alarm at most this long
};

// How the alarms are kept (ISA-18.2): how long an operator may shelve one, how long the journal
// remembers.
struct AlertOptions
{
    int maxShelveHours = 8;
    int journalRetentionDays = 400;
};

struct Config
{
    static constexpr int CurrentVersion = 1;

    QString sourcePath;
    int version = CurrentVersion;
    QString locale = QStringLiteral("id_ID"); // numbers and dates, not the UI language
    QString language = QStringLiteral("id");  // the UI's words: "id" or "en"
    QString timeZone =
        QStringLiteral("Asia/Jakarta"); // how times are shown, and the source default
    int historyDays = 7;                // how far back each indicator's history reaches
    QList<FeedConfig> feeds;
    QList<IndicatorConfig> indicators;
    QList<AlertRule> alerts;
    QList<ScreenConfig> screens;
    DisplayConfig display;
    AlertOptions alertOptions;
    KioskConfig kiosk;
    // A monitor no screen uses, which takes over a screen whose own monitor is unplugged.
    std::optional<MonitorSelector> spare;
    // The site this process shares state with; none: a wall on its own.
    std::optional<SiteConfig> site;

    // A node's config that only says how to join its site (and, for a kiosk, its PIN): no feeds,
    // indicators or screens of its own, which all come from the site's collector. A wall PC then
    // carries a few lines, not a copy of the site's config that would drift from it.
    bool joinsSiteOnly() const { return site.has_value() && screens.isEmpty(); }

    bool usesDemoFeeds() const
    {
        return std::any_of(feeds.cbegin(), feeds.cend(),
                           [](const FeedConfig &feed) { return feed.isDemo(); });
    }
};

} // namespace Pantau
