#pragma once

#include "feeds/FailureKind.h"
#include "formats/EventRecord.h"
#include "site/SiteTopic.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Pantau {

// Where a state message stands among the others of its topic. `run` is the publisher's start
// (ms since the epoch), `seq` counts its messages; a node keeps the newest and ignores older
// ones, so a message delayed past a newer one, or a retained message of a collector that has
// since restarted, never wins.
struct Revision
{
    qint64 run = 0;
    qint64 seq = 0;

    bool isNewerThan(const Revision &other) const
    {
        return run != other.run ? run > other.run : seq > other.seq;
    }
    // The largest seq JSON carries exactly; a last will uses it, so that it supersedes all
    // its process's other messages.
    static constexpr qint64 MaxSeq = (qint64(1) << 53) - 1;
};

// The payloads of the site's topics (SiteTopic), version 1. Each is a JSON object with "v": 1,
// "run" and "seq" beside the fields below; times are ISO 8601 in UTC with milliseconds.

struct IndicatorMessage
{
    QString id;
    std::optional<double> value; // null: no value yet
    QString unit;                // for other readers; the node takes the unit from the config
    QDateTime sourceTime;        // invalid: the source gave none
    QDateTime fetchTime;         // invalid: never fetched
    bool sourceTimeInFuture = false;
    bool fromCache = false;
    QString error; // why the last poll gave no value; empty when fine
    FailureKind errorKind = FailureKind::None;
};

struct HistoryMessage
{
    QString id;
    QList<QPointF> points; // (ms since the epoch, value), oldest first
};

struct RecordsMessage
{
    QString feed;
    QList<EventRecord> records;
};

struct HealthMessage
{
    QString feed;
    QString state; // "waiting", "ok", "late", "failing" (FeedHealthModel::stateKey)
    QDateTime lastSuccess;
    QString lastError;
    FailureKind lastErrorKind = FailureKind::None;
    QDateTime lastErrorTime;
    QDateTime failingSince;
    int consecutiveFailures = 0;
    std::optional<qint64> latencyMs; // none before the first poll
    std::optional<qint64> bytes;
    QDateTime nextPoll;
};

// An active alert. Its topic is emptied (a retained message of no bytes) when it clears.
struct AlertMessage
{
    QString event; // this onset's id: a new onset of the same rule has a new one
    QString rule;
    QDateTime raisedAt;
    std::optional<double> value;
    bool acknowledged = false;
    QDateTime acknowledgedAt;
    // Operator subtree only: the public subtree's alerts leave these empty.
    QString acknowledgedBy;
    QString operatorName;
    QString note;
};

struct PinMessage
{
    QString screen;
    std::optional<int> page; // none: released, the screen's pages turn
    QString node;            // where the pin was made
    QDateTime at;
};

struct PresenceMessage
{
    QString node;
    QString role; // "collector", "wall", "desktop", "kiosk"
    bool online = false;
    QStringList screens;
    QString version;
    QDateTime since; // connected since; invalid in a will
};

struct CommandMessage
{
    enum class Action { Acknowledge, Pin, Release };

    QString id; // unique per command, echoed by its result
    QString node;
    QString user; // the operating-system user at the node
    Action action = Action::Acknowledge;
    QString event; // Acknowledge: the alert's event id
    QString operatorName;
    QString note;
    QString screen; // Pin, Release
    int page = 0;   // Pin
};

struct ResultMessage
{
    QString command; // the command's id
    bool done = false;
    QString why; // when refused, in words the desk shows
};

struct ConfigMessage
{
    QJsonObject config; // the site config, as its file would hold it
};

using SiteMessage =
    std::variant<ConfigMessage, IndicatorMessage, HistoryMessage, RecordsMessage, HealthMessage,
                 AlertMessage, PinMessage, CommandMessage, ResultMessage, PresenceMessage>;

// Encodes and decodes the site's messages. Decoding is strict: a payload over its kind's size,
// not JSON, of an unknown version or with a key or type the schema does not have is refused
// with the place (a JSON Pointer) and what was expected, so a node drops it whole and shows
// nothing of it.
class SiteCodec
{
public:
    static constexpr int Version = 1;

    static QByteArray encode(const SiteMessage &message, const Revision &revision);

    struct Decoded
    {
        SiteMessage message;
        Revision revision;
    };
    // Decodes the payload of `topic`; `error` is "/pointer: why" or a sentence. The message's
    // id must be the topic's last level, and a public topic's alert must carry no operator
    // names or notes.
    static std::optional<Decoded> decode(const SiteTopic &topic, const QByteArray &payload,
                                         QString *error);
    // The kind of topic a message goes to.
    static SiteTopic::Kind kindOf(const SiteMessage &message);
};

} // namespace Pantau
