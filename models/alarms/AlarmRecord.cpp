#include "alarms/AlarmRecord.h"

#include <QJsonValue>

namespace Pantau {

AlarmState AlarmRecord::state() const
{
    if (isOutOfService())
        return AlarmState::OutOfService;
    if (isShelved())
        return AlarmState::Shelved;
    if (isSuppressed())
        return AlarmState::Suppressed;
    if (event.isEmpty())
        return AlarmState::Normal;
    if (!acknowledged)
        return active ? AlarmState::ActiveUnacknowledged : AlarmState::ReturnedUnacknowledged;
    return AlarmState::ActiveAcknowledged;
}

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODateWithMs)
        .toUTC();
}

void putActor(QJsonObject &object, const char *key, const AlarmActor &actor)
{
    if (actor == AlarmActor())
        return;
    QJsonObject a;
    a.insert(QStringLiteral("user"), actor.user);
    a.insert(QStringLiteral("operator"), actor.operatorName);
    a.insert(QStringLiteral("station"), actor.station);
    a.insert(QStringLiteral("note"), actor.note);
    object.insert(QLatin1String(key), a);
}

AlarmActor actorOf(const QJsonObject &object, const char *key)
{
    const QJsonObject a = object.value(QLatin1String(key)).toObject();
    return {
        a.value(QStringLiteral("user")).toString(), a.value(QStringLiteral("operator")).toString(),
        a.value(QStringLiteral("station")).toString(), a.value(QStringLiteral("note")).toString()};
}

} // namespace

QJsonObject AlarmRecord::toJson() const
{
    // Only what is set, so the journal's rows of normal rules stay small.
    QJsonObject o;
    if (active)
        o.insert(QStringLiteral("active"), true);
    if (!event.isEmpty()) {
        o.insert(QStringLiteral("event"), event);
        o.insert(QStringLiteral("raisedAt"), timeText(raisedAt));
        if (value)
            o.insert(QStringLiteral("value"), *value);
        if (acknowledged) {
            o.insert(QStringLiteral("acknowledgedAt"), timeText(acknowledgedAt));
            putActor(o, "acknowledgedBy", acknowledgedBy);
        }
    }
    if (isShelved()) {
        o.insert(QStringLiteral("shelvedUntil"), timeText(shelvedUntil));
        o.insert(QStringLiteral("shelvedAt"), timeText(shelvedAt));
        putActor(o, "shelvedBy", shelvedBy);
    }
    if (isOutOfService()) {
        o.insert(QStringLiteral("outOfServiceSince"), timeText(outOfServiceSince));
        putActor(o, "outOfServiceBy", outOfServiceBy);
    }
    if (isSuppressed())
        o.insert(QStringLiteral("suppressedBy"), suppressedBy);
    return o;
}

AlarmRecord AlarmRecord::fromJson(const QJsonObject &o)
{
    AlarmRecord r;
    r.active = o.value(QStringLiteral("active")).toBool();
    r.event = o.value(QStringLiteral("event")).toString();
    r.raisedAt = timeOf(o, "raisedAt");
    if (r.event.isEmpty() || !r.raisedAt.isValid()) {
        r.event.clear();
        r.raisedAt = {};
    }
    if (const QJsonValue v = o.value(QStringLiteral("value")); v.isDouble())
        r.value = v.toDouble();
    r.acknowledgedAt = timeOf(o, "acknowledgedAt");
    r.acknowledged = !r.event.isEmpty() && r.acknowledgedAt.isValid();
    if (r.acknowledged)
        r.acknowledgedBy = actorOf(o, "acknowledgedBy");
    else
        r.acknowledgedAt = {};
    r.shelvedUntil = timeOf(o, "shelvedUntil");
    if (r.isShelved()) {
        r.shelvedAt = timeOf(o, "shelvedAt");
        r.shelvedBy = actorOf(o, "shelvedBy");
    }
    r.outOfServiceSince = timeOf(o, "outOfServiceSince");
    if (r.isOutOfService())
        r.outOfServiceBy = actorOf(o, "outOfServiceBy");
    r.suppressedBy = o.value(QStringLiteral("suppressedBy")).toString();
    return r;
}

} // namespace Pantau
