#pragma once

#include "config/FeedFormat.h"
#include "config/LocalizedText.h"
#include "config/Secret.h"
#include "formats/NumberParser.h"
#include "json/JsonPointer.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Pantau {

// A feed of the config: where to poll, how, and where its numbers sit in the answer.

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
    SecretSource secret;
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
    FeedFormat format = FeedFormat::Json;
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

} // namespace Pantau
