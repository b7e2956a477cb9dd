#include "alarms/LegacyAlertImport.h"

#include "state/AlertLog.h"

#include <QJsonObject>

namespace Pantau::LegacyAlertImport {

QList<AlarmTransition> steps(const QString &path, const AlarmLifecycle &lifecycle,
                             const QHash<QString, QString> &opdOfFeed, QStringList *warnings)
{
    const QList<QJsonObject> entries = AlertLog::read(path, warnings);
    QHash<QString, AlarmRecord> records;
    QList<AlarmTransition> rows;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject &entry = entries[i];
        const QString kind = entry.value(QStringLiteral("event")).toString();
        const QString ruleId = entry.value(QStringLiteral("rule")).toString();
        const QDateTime time =
            QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODate)
                .toUTC();
        auto warn = [&](const QString &reason) {
            if (warnings)
                warnings->append(
                    QStringLiteral("%1: entry %2: %3, skipped").arg(path).arg(i + 1).arg(reason));
        };
        if (ruleId.isEmpty() || !time.isValid()) {
            warn(ruleId.isEmpty() ? QStringLiteral("no rule") : QStringLiteral("no valid time"));
            continue;
        }
        AlarmRecord &record = records[ruleId];
        AlarmTransition t;
        t.time = time;
        t.rule = ruleId;
        if (const AlertSeverityInfo *severity = EnumTable::named(
                AlertSeverities, entry.value(QStringLiteral("severity")).toString()))
            t.severity = severity->value;
        t.message = entry.value(QStringLiteral("message")).toString();
        if (const QJsonValue value = entry.value(QStringLiteral("value")); value.isDouble())
            t.value = value.toDouble();
        if (const int rule = lifecycle.ruleIndex(ruleId); rule >= 0) {
            const AlertRule &r = lifecycle.rules()[rule];
            t.indicator = r.kind == AlertRule::Kind::Failing ? QString() : r.indicator;
            t.feed = lifecycle.feedOf(r);
            t.opd = opdOfFeed.value(t.feed);
        }
        if (kind == QLatin1String("raised")) {
            // A second raise without a clear means the clear was lost (a torn line): the newer
            // raise is the one that is active.
            record = AlarmRecord();
            record.active = true;
            record.event = AlarmLifecycle::eventId(ruleId, time);
            record.raisedAt = time;
            record.value = t.value;
            t.action = AlarmAction::Raised;
        } else if (kind == QLatin1String("acknowledged") && !record.event.isEmpty() &&
                   !record.acknowledged) {
            record.acknowledged = true;
            record.acknowledgedAt = time;
            record.acknowledgedBy = {entry.value(QStringLiteral("by")).toString(),
                                     entry.value(QStringLiteral("operator")).toString(), QString(),
                                     entry.value(QStringLiteral("note")).toString()};
            t.action = AlarmAction::Acknowledged;
            t.user = record.acknowledgedBy.user;
            t.operatorName = record.acknowledgedBy.operatorName;
            t.note = record.acknowledgedBy.note;
        } else if (kind == QLatin1String("cleared") && !record.event.isEmpty()) {
            // The old model dropped an alert when its condition went; it owed nothing after.
            t.event = record.event;
            record = AlarmRecord();
            t.action = AlarmAction::Cleared;
        } else if (kind == QLatin1String("raised") || kind == QLatin1String("acknowledged") ||
                   kind == QLatin1String("cleared")) {
            continue; // its raise was lost to a torn line: nothing to apply it to
        } else {
            warn(QStringLiteral("unknown event \"%1\"").arg(kind));
            continue;
        }
        if (t.event.isEmpty())
            t.event = record.event;
        t.state = record.state();
        t.record = record.toJson();
        rows.append(t);
    }
    return rows;
}

} // namespace Pantau::LegacyAlertImport
