#pragma once

#include "alarms/AlarmState.h"
#include "config/AlertRule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Pantau {

// One step of one alarm, as the journal keeps it and the history view and shift report read it.
// It carries what the rule was at the time (severity, indicator, feed, OPD, message), so the
// record stays readable after the config changed or dropped the rule.
struct AlarmTransition
{
    qint64 id = 0;  // the journal's row id; 0 before it is written
    QDateTime time; // UTC, milliseconds
    QString event;  // the onset's id (rule@ms); empty for a step of the rule alone (a shelve
                    // while normal, say)
    QString rule;
    AlarmAction action = AlarmAction::Raised;
    AlarmState state = AlarmState::Normal; // the state after this step
    AlertSeverity severity = AlertSeverity::Warning;
    QString indicator; // Above/Below/Stale rules
    QString feed;      // the feed the indicator comes from, or a Failing rule's feed
    QString opd;       // the agency that publishes it; may be empty
    QString message;   // the alarm's text, in Indonesian
    std::optional<double> value; // the value that raised or cleared it, where there is one
    QString user;         // operating-system user; empty for what the system did by itself
    QString operatorName; // as typed on the desk; may be empty
    QString station;      // the node or machine it was done from
    QString note;         // the operator's note, a shelve's or out-of-service's reason
    QDateTime until;      // a shelve's expiry; invalid otherwise
    // The rule's whole lifecycle record after this step, opaque to the journal, so a restart
    // takes each rule's state from its newest row alone.
    QJsonObject record;

    bool operator==(const AlarmTransition &) const = default;
};

} // namespace Pantau
