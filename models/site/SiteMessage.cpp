#include "site/SiteMessage.h"

#include "config/JsonReader.h"
#include "json/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Pantau {

namespace {

// What a node reads of one message, with the place of every complaint.
class Reader
{
public:
    Reader()
        : m_json(QString(), m_errors)
    {
    }

    JsonReader &json() { return m_json; }
    bool failed() const { return !m_errors.isEmpty(); }
    QString firstError() const
    {
        const Diagnostic &d = m_errors.first();
        return (d.pointer.isEmpty() ? QStringLiteral("(root)") : d.pointer) + QStringLiteral(": ") +
               d.message;
    }

    // A time, ISO 8601 with a zone ("…Z" or "…+07:00"); null or absent for none.
    QDateTime time(const QJsonObject &object, const JsonPointer &at, const QString &key,
                   bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isNull() || value.isUndefined()) {
            if (required)
                m_json.error(at, QStringLiteral("missing required key \"%1\"").arg(key));
            return {};
        }
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !time.isValid() || time.timeSpec() == Qt::LocalTime) {
            m_json.error(at.child(key),
                         QStringLiteral("expected an ISO 8601 time with its zone, found %1")
                             .arg(value.isString() ? u'"' + value.toString() + u'"'
                                                   : JsonText::typeName(value)));
            return {};
        }
        return time.toUTC();
    }

    // A whole number in [min, max], given as a JSON number.
    std::optional<qint64> whole(const QJsonObject &object, const JsonPointer &at,
                                const QString &key, qint64 min, qint64 max, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || (value.isNull() && !required)) {
            if (required)
                m_json.error(at, QStringLiteral("missing required key \"%1\"").arg(key));
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) ||
            number < double(min) || number > double(max)) {
            m_json.error(at.child(key), QStringLiteral("expected a whole number from %1 to %2, "
                                                       "found %3")
                                            .arg(min)
                                            .arg(max)
                                            .arg(value.isDouble() ? QString::number(number)
                                                                  : JsonText::typeName(value)));
            return std::nullopt;
        }
        return qint64(number);
    }

    // A number, or null for none.
    std::optional<double> numberOrNull(const QJsonObject &object, const JsonPointer &at,
                                       const QString &key)
    {
        if (object.value(key).isNull())
            return std::nullopt;
        return m_json.number(object, at, key);
    }

    QString text(const QJsonObject &object, const JsonPointer &at, const QString &key,
                 bool required)
    {
        return m_json.string(object, at, key, required).value_or(QString());
    }

    // A topic level: an id the collector uses as a topic's last level.
    QString id(const QJsonObject &object, const JsonPointer &at, const QString &key)
    {
        const QString value = text(object, at, key, true);
        if (!value.isEmpty() && !SiteTopic::isLevel(value))
            m_json.error(at.child(key), QStringLiteral("expected an id with no '/', '+' or '#'"));
        return value;
    }

    FailureKind failure(const QJsonObject &object, const JsonPointer &at, const QString &key)
    {
        const FailureKindInfo *row = m_json.choice(object, at, key, FailureKinds, false);
        return row ? row->value : FailureKind::None;
    }

private:
    Diagnostics m_errors;
    JsonReader m_json;
};

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue numberValue(const std::optional<double> &number)
{
    return number ? QJsonValue(*number) : QJsonValue();
}

QString failureName(FailureKind kind)
{
    return EnumTable::row(FailureKinds, kind).name;
}

struct ActionInfo
{
    CommandMessage::Action value;
    QLatin1String name;
};

constexpr ActionInfo Actions[] = {
    {CommandMessage::Action::Acknowledge, QLatin1String("acknowledge")},
    {CommandMessage::Action::Pin, QLatin1String("pin")},
    {CommandMessage::Action::Release, QLatin1String("release")},
    {CommandMessage::Action::Shelve, QLatin1String("shelve")},
    {CommandMessage::Action::Unshelve, QLatin1String("unshelve")},
    {CommandMessage::Action::RemoveFromService, QLatin1String("remove-from-service")},
    {CommandMessage::Action::ReturnToService, QLatin1String("return-to-service")},
};

const QStringList Roles = {QStringLiteral("collector"), QStringLiteral("wall"),
                           QStringLiteral("desktop"), QStringLiteral("kiosk")};

// The most points and records one message may hold: a week of history is a few thousand
// points; an event feed's list is capped far below this by its config.
constexpr qsizetype MaxPoints = 20'000;
constexpr qsizetype MaxRecords = 5'000;

// The fields of each message, written and read in one place per kind.

QJsonObject fields(const ConfigMessage &m)
{
    return {{QStringLiteral("config"), m.config}};
}

QJsonObject fields(const IndicatorMessage &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("value"), numberValue(m.value)},
            {QStringLiteral("unit"), m.unit},
            {QStringLiteral("sourceTime"), timeValue(m.sourceTime)},
            {QStringLiteral("fetchTime"), timeValue(m.fetchTime)},
            {QStringLiteral("sourceTimeInFuture"), m.sourceTimeInFuture},
            {QStringLiteral("fromCache"), m.fromCache},
            {QStringLiteral("error"), m.error},
            {QStringLiteral("errorKind"), failureName(m.errorKind)}};
}

QJsonObject fields(const HistoryMessage &m)
{
    QJsonArray points;
    for (const QPointF &p : m.points)
        points.append(QJsonArray{qint64(p.x()), p.y()});
    return {{QStringLiteral("id"), m.id}, {QStringLiteral("points"), points}};
}

QJsonObject fields(const RecordsMessage &m)
{
    QJsonArray records;
    for (const EventRecord &r : m.records)
        records.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("time"), timeValue(r.time)},
                                   {QStringLiteral("kecamatan"), r.kecamatan},
                                   {QStringLiteral("category"), r.category},
                                   {QStringLiteral("status"), r.status},
                                   {QStringLiteral("text"), r.text}});
    return {{QStringLiteral("feed"), m.feed}, {QStringLiteral("records"), records}};
}

QJsonObject fields(const HealthMessage &m)
{
    return {{QStringLiteral("feed"), m.feed},
            {QStringLiteral("state"), FeedHealthModel::stateKey(m.state)},
            {QStringLiteral("lastSuccess"), timeValue(m.lastSuccess)},
            {QStringLiteral("lastError"), m.lastError},
            {QStringLiteral("lastErrorKind"), failureName(m.lastErrorKind)},
            {QStringLiteral("lastErrorTime"), timeValue(m.lastErrorTime)},
            {QStringLiteral("failingSince"), timeValue(m.failingSince)},
            {QStringLiteral("consecutiveFailures"), m.consecutiveFailures},
            {QStringLiteral("latencyMs"), m.latencyMs ? QJsonValue(*m.latencyMs) : QJsonValue()},
            {QStringLiteral("bytes"), m.bytes ? QJsonValue(*m.bytes) : QJsonValue()},
            {QStringLiteral("nextPoll"), timeValue(m.nextPoll)}};
}

QJsonObject fields(const AlertMessage &m)
{
    return {{QStringLiteral("event"), m.event},
            {QStringLiteral("rule"), m.rule},
            {QStringLiteral("raisedAt"), timeValue(m.raisedAt)},
            {QStringLiteral("value"), numberValue(m.value)},
            {QStringLiteral("acknowledged"), m.acknowledged},
            {QStringLiteral("acknowledgedAt"), timeValue(m.acknowledgedAt)},
            {QStringLiteral("acknowledgedBy"), m.acknowledgedBy},
            {QStringLiteral("operator"), m.operatorName},
            {QStringLiteral("note"), m.note},
            {QStringLiteral("state"), QString(describe(m.state).name)},
            {QStringLiteral("since"), timeValue(m.since)},
            {QStringLiteral("until"), timeValue(m.until)},
            {QStringLiteral("hiddenBy"), m.hiddenBy},
            {QStringLiteral("reason"), m.reason},
            {QStringLiteral("heldBack"), m.heldBack}};
}

QJsonObject fields(const PinMessage &m)
{
    return {{QStringLiteral("screen"), m.screen},
            {QStringLiteral("page"), m.page ? QJsonValue(*m.page) : QJsonValue()},
            {QStringLiteral("node"), m.node},
            {QStringLiteral("at"), timeValue(m.at)}};
}

QJsonObject fields(const PresenceMessage &m)
{
    return {{QStringLiteral("node"), m.node},
            {QStringLiteral("role"), m.role},
            {QStringLiteral("online"), m.online},
            {QStringLiteral("screens"), QJsonArray::fromStringList(m.screens)},
            {QStringLiteral("version"), m.version},
            {QStringLiteral("since"), timeValue(m.since)}};
}

QJsonObject fields(const CommandMessage &m)
{
    QJsonObject o = {{QStringLiteral("id"), m.id},
                     {QStringLiteral("node"), m.node},
                     {QStringLiteral("user"), m.user},
                     {QStringLiteral("action"), EnumTable::row(Actions, m.action).name}};
    switch (m.action) {
    case CommandMessage::Action::Acknowledge:
        o.insert(QStringLiteral("event"), m.event);
        o.insert(QStringLiteral("operator"), m.operatorName);
        o.insert(QStringLiteral("note"), m.note);
        break;
    case CommandMessage::Action::Pin:
        o.insert(QStringLiteral("screen"), m.screen);
        o.insert(QStringLiteral("page"), m.page);
        break;
    case CommandMessage::Action::Release:
        o.insert(QStringLiteral("screen"), m.screen);
        break;
    case CommandMessage::Action::Shelve:
        o.insert(QStringLiteral("until"), timeValue(m.until));
        [[fallthrough]];
    case CommandMessage::Action::RemoveFromService:
        o.insert(QStringLiteral("note"), m.note);
        [[fallthrough]];
    case CommandMessage::Action::Unshelve:
    case CommandMessage::Action::ReturnToService:
        o.insert(QStringLiteral("rule"), m.rule);
        o.insert(QStringLiteral("operator"), m.operatorName);
        break;
    }
    return o;
}

QJsonObject fields(const ResultMessage &m)
{
    return {{QStringLiteral("command"), m.command},
            {QStringLiteral("done"), m.done},
            {QStringLiteral("why"), m.why}};
}

const JsonPointer Root;

std::optional<SiteMessage> readConfig(Reader &r, const QJsonObject &o)
{
    r.json().rejectUnknownKeys(o, Root, {"v", "run", "seq", "config"});
    const auto config = r.json().child(o, Root, QStringLiteral("config"));
    if (!config && !r.failed())
        r.json().error(Root, QStringLiteral("missing required key \"config\""));
    if (r.failed())
        return std::nullopt;
    return ConfigMessage{config->object};
}

std::optional<SiteMessage> readIndicator(Reader &r, const QJsonObject &o)
{
    r.json().rejectUnknownKeys(o, Root,
                               {"v", "run", "seq", "id", "value", "unit", "sourceTime", "fetchTime",
                                "sourceTimeInFuture", "fromCache", "error", "errorKind"});
    IndicatorMessage m;
    m.id = r.id(o, Root, QStringLiteral("id"));
    m.value = r.numberOrNull(o, Root, QStringLiteral("value"));
    m.unit = r.text(o, Root, QStringLiteral("unit"), false);
    m.sourceTime = r.time(o, Root, QStringLiteral("sourceTime"), false);
    m.fetchTime = r.time(o, Root, QStringLiteral("fetchTime"), false);
    m.sourceTimeInFuture = r.json().flag(o, Root, QStringLiteral("sourceTimeInFuture"), false);
    m.fromCache = r.json().flag(o, Root, QStringLiteral("fromCache"), false);
    m.error = r.text(o, Root, QStringLiteral("error"), false);
    m.errorKind = r.failure(o, Root, QStringLiteral("errorKind"));
    if (m.value && !m.fetchTime.isValid() && !r.failed())
        r.json().error(Root, QStringLiteral("a value needs its \"fetchTime\""));
    if (r.failed())
        return std::nullopt;
    return m;
}

std::optional<SiteMessage> readHistory(Reader &r, const QJsonObject &o)
{
    r.json().rejectUnknownKeys(o, Root, {"v", "run", "seq", "id", "points"});
    HistoryMessage m;
    m.id = r.id(o, Root, QStringLiteral("id"));
    const auto points = r.json().array(o, Root, QStringLiteral("points"), true);
    const JsonPointer at = Root.child(QStringLiteral("points"));
    if (points && points->size() > MaxPoints)
        r.json().error(at, QStringLiteral("more than %1 points").arg(MaxPoints));
    else if (points) {
        double last = -1;
        for (qsizetype i = 0; i < points->size() && !r.failed(); ++i) {
            const QJsonArray pair = points->at(i).toArray();
            const double ms = pair.at(0).toDouble(-1);
            const QJsonValue value = pair.at(1);
            if (!points->at(i).isArray() || pair.size() != 2 || !pair.at(0).isDouble() || ms < 0 ||
                ms > double(Revision::MaxSeq) || ms != std::floor(ms) || !value.isDouble() ||
                !std::isfinite(value.toDouble())) {
                r.json().error(at.child(i), QStringLiteral("expected [milliseconds since the "
                                                           "epoch, value]"));
            } else if (ms < last) {
                r.json().error(at.child(i), QStringLiteral("points must be oldest first"));
            } else {
                m.points.append(QPointF(ms, value.toDouble()));
                last = ms;
            }
        }
    }
    if (r.failed())
        return std::nullopt;
    return m;
}

std::optional<SiteMessage> readRecords(Reader &r, const QJsonObject &o)
{
    r.json().rejectUnknownKeys(o, Root, {"v", "run", "seq", "feed", "records"});
    RecordsMessage m;
    m.feed = r.id(o, Root, QStringLiteral("feed"));
    const auto records = r.json().objects(o, Root, QStringLiteral("records"), true);
    if (records && records->size() > MaxRecords)
        r.json().error(Root.child(QStringLiteral("records")),
                       QStringLiteral("more than %1 records").arg(MaxRecords));
    else if (records) {
        for (const JsonReader::Child &c : *records) {
            r.json().rejectUnknownKeys(c.object, c.at,
                                       {"id", "time", "kecamatan", "category", "status", "text"});
            EventRecord e;
            e.feedId = m.feed;
            e.id = r.text(c.object, c.at, QStringLiteral("id"), true);
            e.time = r.time(c.object, c.at, QStringLiteral("time"), false);
            e.kecamatan = r.text(c.object, c.at, QStringLiteral("kecamatan"), false);
            e.category = r.text(c.object, c.at, QStringLiteral("category"), false);
            e.status = r.text(c.object, c.at, QStringLiteral("status"), false);
            e.text = r.text(c.object, c.at, QStringLiteral("text"), false);
            m.records.append(e);
        }
    }
    if (r.failed())
        return std::nullopt;
    return m;
}

std::optional<SiteMessage> readHealth(Reader &r, const QJsonObject &o)
{
    r.json().rejectUnknownKeys(o, Root,
                               {"v", "run", "seq", "feed", "state", "lastSuccess", "lastError",
                                "lastErrorKind", "lastErrorTime", "failingSince",
                                "consecutiveFailures", "latencyMs", "bytes", "nextPoll"});
    HealthMessage m;
    m.feed = r.id(o, Root, QStringLiteral("feed"));
    m.state = FeedHealthModel::stateNamed(
                  r.json()
                      .oneOf(o, Root, QStringLiteral("state"), FeedHealthModel::stateKeys(), true)
                      .value_or(QString()))
                  .value_or(FeedHealthModel::FeedState::Waiting);
    m.lastSuccess = r.time(o, Root, QStringLiteral("lastSuccess"), false);
    m.lastError = r.text(o, Root, QStringLiteral("lastError"), false);
    m.lastErrorKind = r.failure(o, Root, QStringLiteral("lastErrorKind"));
    m.lastErrorTime = r.time(o, Root, QStringLiteral("lastErrorTime"), false);
    m.failingSince = r.time(o, Root, QStringLiteral("failingSince"), false);
    m.consecutiveFailures =
        int(r.whole(o, Root, QStringLiteral("consecutiveFailures"), 0, 1'000'000'000, false)
                .value_or(0));
    m.latencyMs = r.whole(o, Root, QStringLiteral("latencyMs"), 0, Revision::MaxSeq, false);
    m.bytes = r.whole(o, Root, QStringLiteral("bytes"), 0, Revision::MaxSeq, false);
    m.nextPoll = r.time(o, Root, QStringLiteral("nextPoll"), false);
    if (r.failed())
        return std::nullopt;
    return m;
}

std::optional<SiteMessage> readAlert(Reader &r, const QJsonObject &o)
{
    r.json().rejectUnknownKeys(o, Root,
                               {"v", "run", "seq", "event", "rule", "raisedAt", "value",
                                "acknowledged", "acknowledgedAt", "acknowledgedBy", "operator",
                                "note", "state", "since", "until", "hiddenBy", "reason",
                                "heldBack"});
    AlertMessage m;
    m.rule = r.id(o, Root, QStringLiteral("rule"));
    // A hidden rule (shelved, suppressed, out of service) has no onset: its topic is its rule.
    const AlarmStateInfo *state =
        r.json().choice(o, Root, QStringLiteral("state"), AlarmStates, false);
    // A collector of an earlier version sends no state: its alerts were active, acknowledged or
    // not.
    const bool acknowledged = r.json().flag(o, Root, QStringLiteral("acknowledged"), false);
    m.state =
        state ? state->value
              : (acknowledged ? AlarmState::ActiveAcknowledged : AlarmState::ActiveUnacknowledged);
    const bool hidden = m.state == AlarmState::Shelved || m.state == AlarmState::Suppressed ||
                        m.state == AlarmState::OutOfService;
    if (state && m.state == AlarmState::Normal)
        r.json().error(Root.child(QStringLiteral("state")),
                       QStringLiteral("a normal alarm is not published; its topic is emptied"));
    if (hidden) {
        m.event = r.text(o, Root, QStringLiteral("event"), false);
        if (!m.event.isEmpty())
            r.json().error(Root.child(QStringLiteral("event")),
                           QStringLiteral("a %1 alarm has no event").arg(state->name));
    } else {
        m.event = r.id(o, Root, QStringLiteral("event"));
    }
    m.raisedAt = r.time(o, Root, QStringLiteral("raisedAt"), !hidden);
    m.since = r.time(o, Root, QStringLiteral("since"), false);
    m.until = r.time(o, Root, QStringLiteral("until"), m.state == AlarmState::Shelved);
    m.hiddenBy = r.text(o, Root, QStringLiteral("hiddenBy"), false);
    m.reason = r.text(o, Root, QStringLiteral("reason"), false);
    m.heldBack = int(r.whole(o, Root, QStringLiteral("heldBack"), 0, 100000, false).value_or(0));
    m.value = r.numberOrNull(o, Root, QStringLiteral("value"));
    m.acknowledged = r.json().flag(o, Root, QStringLiteral("acknowledged"), false);
    m.acknowledgedAt = r.time(o, Root, QStringLiteral("acknowledgedAt"), false);
    m.acknowledgedBy = r.text(o, Root, QStringLiteral("acknowledgedBy"), false);
    m.operatorName = r.text(o, Root, QStringLiteral("operator"), false);
    m.note = r.text(o, Root, QStringLiteral("note"), false);
    if (m.acknowledged && !m.acknowledgedAt.isValid() && !r.failed())
        r.json().error(Root, QStringLiteral("an acknowledged alert needs \"acknowledgedAt\""));
    if (r.failed())
        return std::nullopt;
    return m;
}

std::optional<SiteMessage> readPin(Reader &r, const QJsonObject &o)
{
    r.json().rejectUnknownKeys(o, Root, {"v", "run", "seq", "screen", "page", "node", "at"});
    PinMessage m;
    m.screen = r.id(o, Root, QStringLiteral("screen"));
    if (const auto page = r.whole(o, Root, QStringLiteral("page"), 0, 9999, false))
        m.page = int(*page);
    m.node = r.text(o, Root, QStringLiteral("node"), false);
    m.at = r.time(o, Root, QStringLiteral("at"), false);
    if (r.failed())
        return std::nullopt;
    return m;
}

std::optional<SiteMessage> readPresence(Reader &r, const QJsonObject &o)
{
    r.json().rejectUnknownKeys(
        o, Root, {"v", "run", "seq", "node", "role", "online", "screens", "version", "since"});
    PresenceMessage m;
    m.node = r.id(o, Root, QStringLiteral("node"));
    m.role = r.json().oneOf(o, Root, QStringLiteral("role"), Roles, true).value_or(QString());
    const QJsonValue online = o.value(QStringLiteral("online"));
    if (!online.isBool())
        r.json().error(
            Root.child(QStringLiteral("online")),
            QStringLiteral("expected true or false, found %1").arg(JsonText::typeName(online)));
    m.online = online.toBool();
    m.screens = r.json().stringList(o, Root, QStringLiteral("screens"));
    m.version = r.text(o, Root, QStringLiteral("version"), false);
    m.since = r.time(o, Root, QStringLiteral("since"), false);
    if (r.failed())
        return std::nullopt;
    return m;
}

std::optional<SiteMessage> readCommand(Reader &r, const QJsonObject &o)
{
    CommandMessage m;
    const ActionInfo *action = r.json().choice(o, Root, QStringLiteral("action"), Actions, true);
    if (!action)
        return std::nullopt;
    m.action = action->value;
    switch (m.action) {
    case CommandMessage::Action::Acknowledge:
        r.json().rejectUnknownKeys(
            o, Root,
            {"v", "run", "seq", "id", "node", "user", "action", "event", "operator", "note"});
        m.event = r.id(o, Root, QStringLiteral("event"));
        m.operatorName = r.text(o, Root, QStringLiteral("operator"), false);
        m.note = r.text(o, Root, QStringLiteral("note"), false);
        break;
    case CommandMessage::Action::Pin:
        r.json().rejectUnknownKeys(
            o, Root, {"v", "run", "seq", "id", "node", "user", "action", "screen", "page"});
        m.screen = r.id(o, Root, QStringLiteral("screen"));
        m.page = int(r.whole(o, Root, QStringLiteral("page"), 0, 9999, true).value_or(0));
        break;
    case CommandMessage::Action::Release:
        r.json().rejectUnknownKeys(o, Root,
                                   {"v", "run", "seq", "id", "node", "user", "action", "screen"});
        m.screen = r.id(o, Root, QStringLiteral("screen"));
        break;
    case CommandMessage::Action::Shelve:
    case CommandMessage::Action::RemoveFromService:
    case CommandMessage::Action::Unshelve:
    case CommandMessage::Action::ReturnToService: {
        const bool shelve = m.action == CommandMessage::Action::Shelve;
        const bool reason = shelve || m.action == CommandMessage::Action::RemoveFromService;
        QStringList allowed = {
            QStringLiteral("v"),      QStringLiteral("run"),  QStringLiteral("seq"),
            QStringLiteral("id"),     QStringLiteral("node"), QStringLiteral("user"),
            QStringLiteral("action"), QStringLiteral("rule"), QStringLiteral("operator")};
        if (reason)
            allowed.append(QStringLiteral("note"));
        if (shelve)
            allowed.append(QStringLiteral("until"));
        r.json().rejectUnknownKeys(o, Root, allowed);
        m.rule = r.id(o, Root, QStringLiteral("rule"));
        m.operatorName = r.text(o, Root, QStringLiteral("operator"), false);
        if (reason)
            m.note = r.text(o, Root, QStringLiteral("note"), true);
        if (shelve)
            m.until = r.time(o, Root, QStringLiteral("until"), true);
        break;
    }
    }
    m.id = r.id(o, Root, QStringLiteral("id"));
    m.node = r.id(o, Root, QStringLiteral("node"));
    m.user = r.text(o, Root, QStringLiteral("user"), false);
    if (r.failed())
        return std::nullopt;
    return m;
}

std::optional<SiteMessage> readResult(Reader &r, const QJsonObject &o)
{
    r.json().rejectUnknownKeys(o, Root, {"v", "run", "seq", "command", "done", "why"});
    ResultMessage m;
    m.command = r.id(o, Root, QStringLiteral("command"));
    const QJsonValue done = o.value(QStringLiteral("done"));
    if (!done.isBool())
        r.json().error(
            Root.child(QStringLiteral("done")),
            QStringLiteral("expected true or false, found %1").arg(JsonText::typeName(done)));
    m.done = done.toBool();
    m.why = r.text(o, Root, QStringLiteral("why"), false);
    if (!m.done && m.why.isEmpty() && !r.failed())
        r.json().error(Root, QStringLiteral("a refused command needs its \"why\""));
    if (r.failed())
        return std::nullopt;
    return m;
}

} // namespace

// kindOf() counts on the variant listing its messages in the order of SiteTopic::Kind.
static_assert(
    std::is_same_v<std::variant_alternative_t<int(SiteTopic::Kind::Indicator), SiteMessage>,
                   IndicatorMessage>);
static_assert(std::is_same_v<std::variant_alternative_t<int(SiteTopic::Kind::Alert), SiteMessage>,
                             AlertMessage>);
static_assert(
    std::is_same_v<std::variant_alternative_t<int(SiteTopic::Kind::Presence), SiteMessage>,
                   PresenceMessage>);
static_assert(std::variant_size_v<SiteMessage> == int(SiteTopic::Kind::Presence) + 1);

SiteTopic::Kind SiteCodec::kindOf(const SiteMessage &message)
{
    // The variant's alternatives are in SiteTopic::Kind's order.
    return SiteTopic::Kind(message.index());
}

QString SiteCodec::actionName(CommandMessage::Action action)
{
    return EnumTable::row(Actions, action).name;
}

QString SiteCodec::keyOf(const SiteMessage &message)
{
    return std::visit(
        [](const auto &m) -> QString {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, IndicatorMessage> || std::is_same_v<T, HistoryMessage>)
                return m.id;
            else if constexpr (std::is_same_v<T, RecordsMessage> ||
                               std::is_same_v<T, HealthMessage>)
                return m.feed;
            else if constexpr (std::is_same_v<T, AlertMessage>)
                return m.key();
            else if constexpr (std::is_same_v<T, PinMessage>)
                return m.screen;
            else if constexpr (std::is_same_v<T, PresenceMessage> ||
                               std::is_same_v<T, CommandMessage>)
                return m.node;
            else
                return QString();
        },
        message);
}

SiteTopic SiteCodec::topicOf(const SiteMessage &message, bool isPublic)
{
    return SiteTopic{kindOf(message), isPublic, keyOf(message)};
}

QByteArray SiteCodec::encode(const SiteMessage &message, const Revision &revision)
{
    QJsonObject object = std::visit([](const auto &m) { return fields(m); }, message);
    object.insert(QStringLiteral("v"), Version);
    object.insert(QStringLiteral("run"), revision.run);
    object.insert(QStringLiteral("seq"), revision.seq);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<SiteCodec::Decoded> SiteCodec::decode(const SiteTopic &topic,
                                                    const QByteArray &payload, QString *error)
{
    const SiteTopic::Kind kind = topic.kind;
    const qsizetype limit = SiteTopic::maxPayload(kind);
    if (payload.size() > limit) {
        *error = QStringLiteral("%1 bytes, more than the %2 allowed on %3 topics")
                     .arg(payload.size())
                     .arg(limit)
                     .arg(SiteTopic::kindName(kind));
        return std::nullopt;
    }
    const std::optional<QJsonValue> root = JsonText::parseRoot(payload, error);
    if (!root)
        return std::nullopt;
    if (!root->isObject()) {
        *error = QStringLiteral("expected a JSON object, found %1").arg(JsonText::typeName(*root));
        return std::nullopt;
    }
    const QJsonObject o = root->toObject();
    Reader r;
    const std::optional<qint64> version =
        r.whole(o, Root, QStringLiteral("v"), 0, Revision::MaxSeq, true);
    if (version && *version != Version) {
        *error = QStringLiteral("/v: unknown version %1 (this Pantau reads version %2)")
                     .arg(*version)
                     .arg(Version);
        return std::nullopt;
    }
    Revision revision;
    revision.run = r.whole(o, Root, QStringLiteral("run"), 0, Revision::MaxSeq, true).value_or(0);
    revision.seq = r.whole(o, Root, QStringLiteral("seq"), 0, Revision::MaxSeq, true).value_or(0);
    if (r.failed()) {
        *error = r.firstError();
        return std::nullopt;
    }
    std::optional<SiteMessage> message;
    switch (kind) {
    case SiteTopic::Kind::Config:
        message = readConfig(r, o);
        break;
    case SiteTopic::Kind::Indicator:
        message = readIndicator(r, o);
        break;
    case SiteTopic::Kind::History:
        message = readHistory(r, o);
        break;
    case SiteTopic::Kind::Records:
        message = readRecords(r, o);
        break;
    case SiteTopic::Kind::Health:
        message = readHealth(r, o);
        break;
    case SiteTopic::Kind::Alert:
        message = readAlert(r, o);
        break;
    case SiteTopic::Kind::Pin:
        message = readPin(r, o);
        break;
    case SiteTopic::Kind::Command:
        message = readCommand(r, o);
        break;
    case SiteTopic::Kind::Result:
        message = readResult(r, o);
        break;
    case SiteTopic::Kind::Presence:
        message = readPresence(r, o);
        break;
    }
    if (!message) {
        *error = r.failed() ? r.firstError() : QStringLiteral("unreadable message");
        return std::nullopt;
    }
    const QString key = keyOf(*message);
    if (!topic.key.isEmpty() && !key.isEmpty() && key != topic.key) {
        *error = QStringLiteral("the message is about \"%1\", its topic about \"%2\"")
                     .arg(key, topic.key);
        return std::nullopt;
    }
    if (topic.isPublic) {
        if (const auto *alert = std::get_if<AlertMessage>(&*message);
            alert &&
            !(alert->acknowledgedBy.isEmpty() && alert->operatorName.isEmpty() &&
              alert->note.isEmpty() && alert->hiddenBy.isEmpty() && alert->reason.isEmpty())) {
            *error = QStringLiteral("a public alert carries no operator names or notes");
            return std::nullopt;
        }
    }
    return Decoded{*message, revision};
}

} // namespace Pantau
