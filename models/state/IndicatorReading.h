#pragma once

#include "feeds/FailureKind.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Pantau {

// What is known of one indicator's latest value, apart from its history: what IndicatorModel
// keeps per row, and what a site's collector publishes so that its nodes hold the same.
struct IndicatorReading
{
    QString id;
    std::optional<double> value; // none: no value yet
    QDateTime sourceTime;        // UTC, the source's own time; invalid: the source gave none
    QDateTime fetchTime;         // UTC, when a poll last confirmed it; invalid: never fetched
    bool sourceTimeInFuture = false;
    bool fromCache = false;
    QString error; // why the last poll gave no value; empty when fine
    FailureKind errorKind = FailureKind::None;
};

} // namespace Pantau
