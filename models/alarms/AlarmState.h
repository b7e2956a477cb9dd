#pragma once

#include "config/EnumTable.h"

#include <QLatin1String>

namespace Pantau {

// Where one alarm (one configured rule) stands in the ISA-18.2 / IEC 62682 lifecycle. The
// state a desk shows and a journal row records is the most telling of them: a rule taken out of
// service is that, whatever its condition; a shelved one is shelved; and so on down.
enum class AlarmState {
    Normal,                 // condition absent, nothing owed
    ActiveUnacknowledged,   // condition present, nobody has seen it
    ActiveAcknowledged,     // condition present, seen
    ReturnedUnacknowledged, // condition gone before anyone saw it: still owed an acknowledgement
    Shelved,                // hidden by an operator, with a reason, until an expiry
    Suppressed,             // hidden by design: its feed is failing, the feed's alarm stands for it
    OutOfService,           // switched off from the desk, with a reason
};

// What happened to an alarm: one journal row each.
enum class AlarmAction {
    Raised,            // a new onset (a new event id)
    Acknowledged,      // an operator saw it
    Returned,          // the condition went away while unacknowledged (stays owed)
    Cleared,           // back to normal: the onset is over
    Shelved,           // an operator shelved the rule (note: the reason; until: the expiry)
    Unshelved,         // by an operator, or by itself at the expiry (user empty)
    Suppressed,        // its feed's failing alarm holds it back
    Unsuppressed,      // the feed recovered; the rule is judged afresh
    RemovedFromService, // switched off from the desk (note: the reason)
    ReturnedToService,
};

// The names the journal, the site's messages and the CSV exports give them: the one table.
struct AlarmStateInfo
{
    AlarmState value;
    QLatin1String name;
};

inline constexpr AlarmStateInfo AlarmStates[] = {
    {AlarmState::Normal, QLatin1String("normal")},
    {AlarmState::ActiveUnacknowledged, QLatin1String("active-unacknowledged")},
    {AlarmState::ActiveAcknowledged, QLatin1String("active-acknowledged")},
    {AlarmState::ReturnedUnacknowledged, QLatin1String("returned-unacknowledged")},
    {AlarmState::Shelved, QLatin1String("shelved")},
    {AlarmState::Suppressed, QLatin1String("suppressed")},
    {AlarmState::OutOfService, QLatin1String("out-of-service")},
};

struct AlarmActionInfo
{
    AlarmAction value;
    QLatin1String name;
};

inline constexpr AlarmActionInfo AlarmActions[] = {
    {AlarmAction::Raised, QLatin1String("raised")},
    {AlarmAction::Acknowledged, QLatin1String("acknowledged")},
    {AlarmAction::Returned, QLatin1String("returned")},
    {AlarmAction::Cleared, QLatin1String("cleared")},
    {AlarmAction::Shelved, QLatin1String("shelved")},
    {AlarmAction::Unshelved, QLatin1String("unshelved")},
    {AlarmAction::Suppressed, QLatin1String("suppressed")},
    {AlarmAction::Unsuppressed, QLatin1String("unsuppressed")},
    {AlarmAction::RemovedFromService, QLatin1String("out-of-service")},
    {AlarmAction::ReturnedToService, QLatin1String("in-service")},
};

inline const AlarmStateInfo &describe(AlarmState state)
{
    return EnumTable::row(AlarmStates, state);
}

inline const AlarmActionInfo &describe(AlarmAction action)
{
    return EnumTable::row(AlarmActions, action);
}

// Whether an alarm in this state is owed an acknowledgement (and so may sound).
inline bool isUnacknowledged(AlarmState state)
{
    return state == AlarmState::ActiveUnacknowledged ||
           state == AlarmState::ReturnedUnacknowledged;
}

} // namespace Pantau
