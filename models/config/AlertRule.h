#pragma once

#include "config/EnumTable.h"
#include "config/LocalizedText.h"

#include <QMetaType>
#include <QString>

namespace Pantau {

enum class AlertSeverity { Warning, Critical };

// The one table of severities: the name a config and the alert log give each.
struct AlertSeverityInfo
{
    AlertSeverity value;
    QLatin1String name;
};

inline constexpr AlertSeverityInfo AlertSeverities[] = {
    {AlertSeverity::Warning, QLatin1String("warning")},
    {AlertSeverity::Critical, QLatin1String("critical")},
};

inline const AlertSeverityInfo &describe(AlertSeverity severity)
{
    return EnumTable::row(AlertSeverities, severity);
}

// A condition the command center wants to be told about, raised once while it holds.
struct AlertRule
{
    enum class Kind {
        Above,   // indicator value above `level`
        Below,   // indicator value below `level`
        Stale,   // indicator stale for at least `forSeconds`
        Failing, // feed failing for at least `forSeconds`
    };

    QString id;
    Kind kind = Kind::Above;
    QString indicator; // Above, Below, Stale
    QString feed;      // Failing
    double level = 0;
    int forSeconds = 0;
    // Against chattering (ISA-18.2): the condition must hold this long before the alarm is
    // raised, and be gone this long before it clears; an Above/Below alarm clears only once the
    // value is back past `level` by `deadband`, in the indicator's unit.
    int onDelaySeconds = 0;
    int offDelaySeconds = 0;
    double deadband = 0;
    AlertSeverity severity = AlertSeverity::Warning;
    LocalizedText message; // optional; a default is made from the rule when empty

    bool isCritical() const { return severity == AlertSeverity::Critical; }
};

} // namespace Pantau

Q_DECLARE_METATYPE(Pantau::AlertSeverity)
