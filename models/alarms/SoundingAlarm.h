#pragma once

#include "alarms/AlarmState.h"
#include "config/AlertRule.h"

#include <QList>
#include <QString>

namespace Pantau {

// One alarm as the sound of a station sees it: which onset it is, how severe, and where it stands
// in its lifecycle. Whoever owns the alarms (the alert model) hands the sound a list of these, so
// the sound knows nothing of how they are kept.
struct SoundingAlarm
{
    QString event; // the onset's id: a new id is a new onset, which sounds at once
    AlertSeverity severity = AlertSeverity::Warning;
    AlarmState state = AlarmState::Normal;

    friend bool operator==(const SoundingAlarm &, const SoundingAlarm &) = default;
};

using SoundingAlarms = QList<SoundingAlarm>;

} // namespace Pantau
