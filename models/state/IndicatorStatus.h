#pragma once

#include <QMetaType>
#include <QString>

namespace Pantau {

// Where an indicator's value stands, most urgent first in the order a wall must show them: a
// failure or an old value hides whether the number itself is fine.
enum class IndicatorStatus {
    NoData,   // nothing received yet
    Ok,       // current and within its thresholds
    Warning,  // current, past its warning level
    Critical, // current, past its critical level
    Stale,    // older than its feed's stale limit, or loaded from the cache and not yet confirmed
    Error,    // the last poll failed; the last good value, if any, is kept and shown as such
};

// Stable machine name, used in state.json: "no-data", "ok", "warning", "critical", "stale",
// "error".
QString statusKey(IndicatorStatus status);

} // namespace Pantau

Q_DECLARE_METATYPE(Pantau::IndicatorStatus)
