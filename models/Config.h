#pragma once

#include "JsonPointer.h"
#include "NumberParser.h"

#include <QHash>
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

// An array of records where each record gives one sample: the key field says which indicator
// (a commodity, a kecamatan), the value field carries the number. Field names are record keys
// (CSV header names); a name starting with "/" is a JSON Pointer inside the record.
struct SeriesMapping
{
    JsonPointer records; // where the array is; the root when empty
    QString key;
    QString value;
    QString time;                       // optional
    QString timeFormat;                 // optional Qt date format for non-ISO times
    QHash<QString, QString> indicators; // key value -> indicator id
    QString indicatorTemplate;          // "aduan.{key}", for keys not in the map
};

// An array of event records (112 incidents, complaints) for tables and tickers.
struct EventMapping
{
    JsonPointer records;
    QString id;
    QString time;
    QString timeFormat;
    QString kecamatan;
    QString category;
    QString status;
    QString text;
};

// Where a request header's secret comes from. Never the config itself: a config is copied,
// mailed and committed, a token must not be.
struct AuthConfig
{
    QString header = QStringLiteral("Authorization");
    QString prefix; // e.g. "Bearer "
    QString env;    // name of an environment variable holding the secret
    QString file;   // or a file holding it (trailing newline dropped)
};

struct FeedConfig
{
    QString id;
    QString opd; // the agency (OPD) that publishes the feed
    // http(s) URL, "demo:/path" for the built-in demo server (resolved at start-up), or a local
    // file (an absolute path or file:// URL) for testing.
    QUrl url;
    QString format; // json, csv, ckan, bps, ngsi
    int intervalSeconds = 60;
    int timeoutSeconds = 10;            // silence allowed on the connection
    int deadlineSeconds = 30;           // the whole request, however the bytes trickle
    int staleAfterSeconds = 0;          // data older than this is stale; 0 means 3 intervals
    QString timeZone;                   // for source times without an offset; empty: the config's
    qint64 maxBytes = 16 * 1024 * 1024; // a larger answer (after decompression) is refused
    std::optional<AuthConfig> auth;
    QString caBundle; // PEM file of extra CAs to trust for this feed
    NumberFormat numbers;
    QChar csvDelimiter; // null: detect
    QList<ValueMapping> values;
    QList<SeriesMapping> series;
    std::optional<EventMapping> events;

    bool isDemo() const { return url.scheme() == QLatin1String("demo"); }
    bool isLocalFile() const { return url.isLocalFile(); }
    int effectiveStaleAfterSeconds() const
    {
        return staleAfterSeconds > 0 ? staleAfterSeconds : 3 * intervalSeconds;
    }
};

struct LocalizedText
{
    QString id; // Bahasa Indonesia, always present
    QString en; // English, may be empty
};

// Levels at which an indicator's value is a concern. `higherIsWorse` says which side is bad:
// a price above its level, or a realisation below it.
struct Thresholds
{
    std::optional<double> warning;
    std::optional<double> critical;
    bool higherIsWorse = true;
};

struct IndicatorConfig
{
    QString id;
    LocalizedText label;
    QString unit;
    int decimals = 0;
    QString dimension; // governance, economy, society, living, environment, branding, emergency
    Thresholds thresholds;
};

// A condition the command center wants to be told about, raised once while it holds.
struct AlertRule
{
    enum class Kind {
        Above,   // indicator value above `level`
        Below,   // indicator value below `level`
        Stale,   // indicator stale for at least `forSeconds`
        Failing, // feed failing for at least `forSeconds`
    };

    QString id;
    Kind kind = Kind::Above;
    QString indicator; // Above, Below, Stale
    QString feed;      // Failing
    double level = 0;
    int forSeconds = 0;
    bool critical = false; // otherwise a warning
    LocalizedText message; // optional; a default is made from the rule when empty
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
    int historyDays = 7;                // how far back each indicator's history reaches
    QList<FeedConfig> feeds;
    QList<IndicatorConfig> indicators;
    QList<AlertRule> alerts;
    QList<ScreenConfig> screens;

    bool usesDemoFeeds() const
    {
        return std::any_of(feeds.cbegin(), feeds.cend(),
                           [](const FeedConfig &feed) { return feed.isDemo(); });
    }
};

} // namespace Pantau
