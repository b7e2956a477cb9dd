#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>

namespace Pantau {

// Reads a source's timestamp, in the shapes agencies send: ISO 8601 with or without an offset,
// "13-09-2025" and "12-9-2025" as Panel Harga writes dates, an explicit Qt format from the
// config, or Unix seconds or milliseconds. A time without an offset is in `zone`, the feed's.
class TimeParser
{
public:
    // The time in UTC, or an invalid QDateTime when the value is not a time.
    static QDateTime parse(const QJsonValue &value, const QString &format, const QTimeZone &zone);
};

} // namespace Pantau
