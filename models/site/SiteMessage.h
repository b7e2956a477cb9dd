#pragma once

#include "feeds/FailureKind.h"
#include "formats/EventRecord.h"
#include "site/SiteTopic.h"
#include "state/AlertModel.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorReading.h"

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

// The unit rides along for other readers; a node takes the unit from the config.
struct IndicatorMessage : IndicatorReading
{
    QString unit;
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

struct HealthMessage : FeedHealthModel::Health
{
};

// An active alert. Its topic is emptied (a retained message of no bytes) when it clears.
// In the public subtree, acknowledgedBy, operatorName and note stay empty.
struct AlertMessage : AlertModel::Active
{
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
    enum class Action {
        Acknowledge,
        Pin,
        Release,
        Shelve,
        Unshelve,
        RemoveFromService,
        ReturnToService
    };

    QString id; // unique per command, echoed by its result
    QString node;
    QString user; // the operating-system user at the node
    Action action = Action::Acknowledge;
    QString event;   // Acknowledge: the alert's event id
    QString rule;    // Shelve, Unshelve, RemoveFromService, ReturnToService
    QDateTime until; // Shelve
    QString operatorName;
    QString note;   // Acknowledge: the note; Shelve, RemoveFromService: the reason
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
    // A command's action as the wire names it ("shelve"), for logs.
    static QString actionName(CommandMessage::Action action);
    // The kind of topic a message goes to.
    static SiteTopic::Kind kindOf(const SiteMessage &message);
    // The id inside a message that its topic's last level repeats; empty for kinds without one
    // (a config, a result, which goes to the topic of the node that sent the command).
    static QString keyOf(const SiteMessage &message);
    static SiteTopic topicOf(const SiteMessage &message, bool isPublic = false);
};

} // namespace Pantau
