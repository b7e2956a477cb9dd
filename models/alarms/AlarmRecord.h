#pragma once

#include "alarms/AlarmState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Pantau {

// Who did something to an alarm, and from where, with what note: what the audit trail keeps of
// every operator's step.
struct AlarmActor
{
    QString user;         // operating-system user; empty: the system itself
    QString operatorName; // as typed; may be empty
    QString station;      // node or machine
    QString note;

    bool operator==(const AlarmActor &) const = default;
};

// One rule's place in the alarm lifecycle: its condition (after the delays), the onset that is
// owed attention, and the operator's shelve or out-of-service. The journal keeps it with every
// step, so a restart takes it back whole.
struct AlarmRecord
{
    // The condition as the alarm sees it, after on/off delays and deadband.
    bool active = false;
    // Since when the raw condition has disagreed with `active` (the delay running); invalid
    // when it agrees. Not kept in the journal: after a restart a delay counts afresh, rather
    // than fire at once for a time the wall did not see.
    QDateTime pendingSince;

    // The onset owed attention: set from its raise until it is acknowledged and gone.
    QString event; // empty: none
    QDateTime raisedAt;
    std::optional<double> value;
    bool acknowledged = false;
    QDateTime acknowledgedAt;
    AlarmActor acknowledgedBy;

    // Shelved by an operator until `shelvedUntil` (invalid: not shelved).
    QDateTime shelvedUntil;
    QDateTime shelvedAt;
    AlarmActor shelvedBy; // note: the reason

    // Taken out of service from the desk (invalid: in service).
    QDateTime outOfServiceSince;
    AlarmActor outOfServiceBy; // note: the reason

    // The feed whose failing alarm holds this one back; empty: not suppressed.
    QString suppressedBy;

    AlarmState state() const;
    bool isShelved() const { return shelvedUntil.isValid(); }
    bool isOutOfService() const { return outOfServiceSince.isValid(); }
    bool isSuppressed() const { return !suppressedBy.isEmpty(); }
    // Shelved, suppressed or out of service: its condition raises nothing.
    bool isHidden() const { return isShelved() || isOutOfService() || isSuppressed(); }

    QJsonObject toJson() const;
    // A record from the journal; a missing or mistyped key takes its default, so an older or
    // damaged record yields a usable one.
    static AlarmRecord fromJson(const QJsonObject &object);

    bool operator==(const AlarmRecord &) const = default;
};

} // namespace Pantau
