#pragma once

#include "alarms/AlarmState.h"
#include "config/AlertRule.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Pantau {

// What the history view and the shift report ask the journal for. Every field left unset
// matches everything; the set ones must all hold.
struct AlarmQuery
{
    QDateTime from;  // inclusive; invalid: from the start
    QDateTime until; // exclusive; invalid: up to now
    std::optional<AlertSeverity> severity;
    QString rule;
    QString indicator;
    QString feed;
    QString opd;
    // Rows of events that were ever in this state within the range (for "which shelved alarms")
    // are the caller's concern; this matches the row's own state after its step.
    std::optional<AlarmState> state;
    QString event;  // one event's timeline
    int limit = -1; // newest first when set; -1: all, oldest first
};

} // namespace Pantau
