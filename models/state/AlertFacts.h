#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace Pantau {

// What the alert rules are checked against, filled in by the app from whatever models it has.
// Being a set of callbacks keeps AlertModel free of every other model: tests answer with
// lambdas, the app with lookups into its indicator and feed state. An unset callback answers
// "nothing known", so the conditions that need it do not hold.
struct AlertFacts
{
    // The indicator's current value, if it has one.
    std::function<std::optional<double>(const QString &indicator)> value;
    // Since when the indicator has been stale (invalid QDateTime: not stale).
    std::function<QDateTime(const QString &indicator)> staleSince;
    // Since when the feed has been failing (invalid: not failing).
    std::function<QDateTime(const QString &feed)> failingSince;
};

} // namespace Pantau
