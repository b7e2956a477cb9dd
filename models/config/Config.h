#pragma once

#include "formats/NumberParser.h"
#include "json/JsonPointer.h"

#include <QHash>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace Pantau {

// The in-memory form of a validated config file. ConfigLoader is the only thing that builds it,
// so code that holds a Config may trust every field.

struct LocalizedText
{
    QString id; // Bahasa Indonesia, always present
    QString en; // English, may be empty

    // The text in the UI's language; one without an English version stays Indonesian.
    const QString &in(bool english) const { return english && !en.isEmpty() ? en : id; }
};

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
    QString id;  // for the config and the cache; people see `name`
    QString opd; // the agency (OPD) that publishes the feed
    // What the wall, the desk and the log call the feed ("Realisasi APBD (BPKAD)").
    LocalizedText name;
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

    // The name of a feed the config leaves unnamed: the agency and the dataset, the latter
    // read from the id without the agency's own prefix ("bpkad-realisasi-apbd" of BPKAD:
    // "BPKAD: realisasi apbd"), so a list of feeds reads alike whether or not each was named.
    static LocalizedText defaultName(const QString &opd, const QString &id);

    bool isDemo() const { return url.scheme() == QLatin1String("demo"); }
    bool isLocalFile() const { return url.isLocalFile(); }
    int effectiveStaleAfterSeconds() const
    {
        return staleAfterSeconds > 0 ? staleAfterSeconds : 3 * intervalSeconds;
    }
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
    QString unit;   // Indonesian, and in any language for "Rp" and "%"
    QString unitEn; // English ("calls" for "panggilan"); empty: `unit`
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

// One tile of a screen's grid. Which keys matter depends on the type; ConfigLoader checks that
// each type gets what it needs and nothing it would ignore.
struct TileConfig
{
    // kpi, line, bar, donut, gauge, table, ticker, clock, map, health, alerts
    QString type;
    QString title;   // empty: the tile's own default (the indicator's label, say)
    QString titleEn; // the English title, shown with the UI in English; empty: `title`
    // kpi, gauge: one; line, donut: one or more; bar: a list, or none with indicatorTemplate.
    QStringList indicators;
    // bar, map: an indicator per kecamatan, "aduan.kec.{code}" or "...{name}", where code is the
    // Kemendagri code without dots ("350517") and name the kecamatan's name in lower case.
    QString indicatorTemplate;
    std::optional<double> target; // kpi, gauge: the level to compare with
    QString targetIndicator;      // kpi, gauge: or another indicator holding the target
    // gauge: instead of a target, a level on a fixed scale, read against the indicator's
    // thresholds (bed occupancy 0-100 %, a river 0-5 m): nobody's goal is a full hospital.
    struct Scale
    {
        double min = 0;
        double max = 100;
    };
    std::optional<Scale> scale;
    int hours = 24;      // line: how far back the time axis reaches
    bool area = false;   // line: fill below the line
    int limit = 0;       // table: rows; bar: bars; 0 = as many as fit
    QStringList feeds;   // table, ticker: event feeds to show; empty = all
    QString boundaries;  // map: GeoJSON file of kecamatan boundaries, absolute path
    QString boundaryKey; // map: feature property naming the kecamatan; empty = guess

    // Placement in the screen's grid, 0-based; -1 places the tile at the next free cell.
    int row = -1;
    int column = -1;
    int rowSpan = 1;
    int columnSpan = 1;

    QString indicator() const { return indicators.value(0); }
};

// How a configured screen finds its monitor besides its name; see WindowPlacement.
struct ScreenMatch
{
    QString manufacturer;
    QString model;
    QString serial;
    std::optional<QRect> geometry;

    bool isEmpty() const
    {
        return manufacturer.isEmpty() && model.isEmpty() && serial.isEmpty() && !geometry;
    }
};

// One monitor picked out by its name, or by the same keys as a screen's `match`: a panel of a
// canvas, or the spare monitor.
struct MonitorSelector
{
    QString name; // QScreen::name(); empty: only `match` counts
    ScreenMatch match;

    bool isEmpty() const { return name.isEmpty() && match.isEmpty(); }
};

// A screen spread over a rectangle of monitors (2 x 2 panels, say) that shows one grid. The
// page grid is split evenly over the panels, and `bezelPixels` are left free across each seam,
// half on either side, so no tile or text is cut by the monitors' frames.
struct CanvasConfig
{
    int columns = 1;
    int rows = 1;
    int bezelPixels = 0;
    QList<MonitorSelector> panels; // row-major, columns x rows of them
};

// One page of a screen: a grid of tiles. Pages of a screen take turns, like a playlist.
struct PageConfig
{
    QString title;         // empty: the screen's title
    QString titleEn;       // English; empty: `title`
    bool isPublic = false; // shown on a public kiosk; operator pages (112 details) are not
    int columns = 2;
    int rows = 0; // 0: as many as the tiles need
    QList<TileConfig> tiles;
};

// How a screen's pages take turns.
struct RotationConfig
{
    int seconds = 0; // 0: no rotation, the first page stays
    // Turn on the clock's boundaries (every 30 s past the minute, say), so every screen with
    // the same interval turns together, even across machines; otherwise from the screen's start.
    bool synchronized = true;
};

struct ScreenConfig
{
    QString name; // matched against QScreen::name()
    QString title;
    QString titleEn; // English; empty: `title`
    ScreenMatch match;
    // What --snapshot renders when no monitor is matched; for a canvas, the whole canvas
    // (columns x 1920 by rows x 1080 unless given: bezels are taken from the panels' pixels).
    QSize size{1920, 1080};
    QList<PageConfig> pages; // at least one
    RotationConfig rotation;
    std::optional<CanvasConfig> canvas; // set: a canvas, found through its panels, not `match`

    bool isCanvas() const { return canvas.has_value(); }
};

// A public kiosk at events: only public pages, and no way out without the PIN.
struct KioskConfig
{
    QString pinHash; // PinHash form, made by pantau --hash-pin; never the PIN itself
};

// How the wall moves and sounds, for rooms and people that need it calmer.
struct DisplayConfig
{
    bool reducedMotion = false; // no pulsing alert border
    bool alertSound = false;    // the system bell when a critical alert is raised
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
    KioskConfig kiosk;
    // A monitor no screen uses, which takes over a screen whose own monitor is unplugged.
    std::optional<MonitorSelector> spare;

    bool usesDemoFeeds() const
    {
        return std::any_of(feeds.cbegin(), feeds.cend(),
                           [](const FeedConfig &feed) { return feed.isDemo(); });
    }
};

} // namespace Pantau
