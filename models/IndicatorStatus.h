#pragma once

#include <QMetaType>
#include <QString>

namespace Pantau {

// Where an indicator's value stands. Later issues add the threshold levels and staleness.
enum class IndicatorStatus {
    NoData, // nothing received yet
    Ok,     // the last poll brought a value
    Error,  // the last poll failed; the last good value, if any, is kept and shown as such
};

// Stable machine name, used in state.json: "no-data", "ok", "error".
QString statusKey(IndicatorStatus status);

} // namespace Pantau

Q_DECLARE_METATYPE(Pantau::IndicatorStatus)
