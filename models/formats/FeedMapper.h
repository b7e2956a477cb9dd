#pragma once

#include "config/FeedConfig.h"
#include "formats/Sample.h"

#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>

namespace Pantau {

// Applies a feed's mappings to its read payload: single values at JSON Pointers, series of
// records keyed by commodity or kecamatan, and event records. A pure function: the time of
// the fetch is an input, used only to flag source times from the future.
class FeedMapper
{
public:
    // How far ahead of our clock a source time may be before it is not trusted: clocks drift.
    static constexpr qint64 FutureToleranceSeconds = 300;

    static ParseResult map(const QJsonValue &root, const FeedConfig &feed,
                           const QTimeZone &sourceZone, const QDateTime &fetchTime);
};

} // namespace Pantau
