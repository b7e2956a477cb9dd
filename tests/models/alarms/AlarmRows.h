#pragma once

#include "alarms/AlarmTransition.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Journal rows made by hand for the shift report's tests: one step, or a whole episode of one
// alarm (Raised, then perhaps Acknowledged, then perhaps Cleared), as the journal would hold it.
namespace Pantau::Test {

inline QString eventId(const QString &rule, const QDateTime &raisedAt)
{
    return rule + u'@' + QString::number(raisedAt.toMSecsSinceEpoch());
}

inline AlarmTransition alarmRow(const QString &rule, AlarmAction action, const QDateTime &time,
                                const QString &event,
                                AlertSeverity severity = AlertSeverity::Warning)
{
    static qint64 nextId = 1;
    AlarmTransition row;
    row.id = nextId++;
    row.time = time;
    row.event = event;
    row.rule = rule;
    row.action = action;
    row.severity = severity;
    row.message = QStringLiteral("Pesan aturan %1").arg(rule);
    row.indicator = QStringLiteral("indikator.%1").arg(rule);
    switch (action) {
    case AlarmAction::Raised:
        row.state = AlarmState::ActiveUnacknowledged;
        break;
    case AlarmAction::Acknowledged:
        row.state = AlarmState::ActiveAcknowledged;
        break;
    case AlarmAction::Returned:
        row.state = AlarmState::ReturnedUnacknowledged;
        break;
    case AlarmAction::Shelved:
        row.state = AlarmState::Shelved;
        break;
    default:
        row.state = AlarmState::Normal;
        break;
    }
    return row;
}

// Who acknowledges in an episode, and what they write.
struct Acknowledger
{
    QString operatorName = QStringLiteral("Sari");
    QString user = QStringLiteral("operator1");
    QString station = QStringLiteral("meja-1");
    QString note;
};

// An alarm's rows: raised at `raisedAt`, acknowledged `ackAfterSeconds` later and cleared
// `clearAfterSeconds` after the raise, each when given.
inline QList<AlarmTransition> episode(const QString &rule, const QDateTime &raisedAt,
                                      std::optional<double> ackAfterSeconds,
                                      std::optional<double> clearAfterSeconds,
                                      AlertSeverity severity = AlertSeverity::Warning,
                                      const Acknowledger &by = {})
{
    const QString event = eventId(rule, raisedAt);
    QList<AlarmTransition> rows{alarmRow(rule, AlarmAction::Raised, raisedAt, event, severity)};
    if (ackAfterSeconds) {
        AlarmTransition ack =
            alarmRow(rule, AlarmAction::Acknowledged,
                     raisedAt.addMSecs(qint64(*ackAfterSeconds * 1000)), event, severity);
        ack.operatorName = by.operatorName;
        ack.user = by.user;
        ack.station = by.station;
        ack.note = by.note;
        rows.append(ack);
    }
    if (clearAfterSeconds)
        rows.append(alarmRow(rule, AlarmAction::Cleared,
                             raisedAt.addMSecs(qint64(*clearAfterSeconds * 1000)), event,
                             severity));
    return rows;
}

} // namespace Pantau::Test
