#include "state/IndicatorStatus.h"

namespace Pantau {

QString statusKey(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::NoData:
        return QStringLiteral("no-data");
    case IndicatorStatus::Ok:
        return QStringLiteral("ok");
    case IndicatorStatus::Warning:
        return QStringLiteral("warning");
    case IndicatorStatus::Critical:
        return QStringLiteral("critical");
    case IndicatorStatus::Stale:
        return QStringLiteral("stale");
    case IndicatorStatus::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("unknown");
}

} // namespace Pantau
