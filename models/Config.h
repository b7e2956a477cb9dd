#pragma once

#include "JsonPointer.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace Pantau {

// The in-memory form of a validated config file. ConfigLoader is the only thing that builds it,
// so code that holds a Config may trust every field.

// Where one indicator's number sits in a feed's payload.
struct ValueMapping
{
    QString indicator;
    JsonPointer pointer;
    // Optional: where the source's own timestamp for this value sits.
    std::optional<JsonPointer> timePointer;
};

struct FeedConfig
{
    QString id;
    QString opd; // the agency (OPD) that publishes the feed
    // http(s) URL, or "demo:/path" for the built-in demo server, resolved at start-up.
    QUrl url;
    QString format; // "json" for now
    int intervalSeconds = 60;
    int timeoutSeconds = 10;  // silence allowed on the connection
    int deadlineSeconds = 30; // the whole request, however the bytes trickle
    QList<ValueMapping> values;

    bool isDemo() const { return url.scheme() == QLatin1String("demo"); }
};

struct LocalizedText
{
    QString id; // Bahasa Indonesia, always present
    QString en; // English, may be empty
};

struct IndicatorConfig
{
    QString id;
    LocalizedText label;
    QString unit;
    int decimals = 0;
    QString dimension; // governance, economy, society, living, environment, branding, emergency
};

struct TileConfig
{
    QString type; // "kpi"
    QString indicator;
};

struct ScreenConfig
{
    QString name; // matched against QScreen::name()
    QString title;
    int columns = 2;
    QList<TileConfig> tiles;
};

struct Config
{
    static constexpr int CurrentVersion = 1;

    QString sourcePath;
    int version = CurrentVersion;
    QString locale = QStringLiteral("id_ID"); // numbers and dates, not the UI language
    QString timeZone =
        QStringLiteral("Asia/Jakarta"); // how times are shown, and the source default
    QList<FeedConfig> feeds;
    QList<IndicatorConfig> indicators;
    QList<ScreenConfig> screens;

    bool usesDemoFeeds() const
    {
        return std::any_of(feeds.cbegin(), feeds.cend(),
                           [](const FeedConfig &feed) { return feed.isDemo(); });
    }
};

} // namespace Pantau
