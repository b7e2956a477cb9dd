#include "TimeParser.h"

#include <cmath>

namespace Pantau {

namespace {

QDateTime inZone(const QDateTime &local, const QTimeZone &zone)
{
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

} // namespace

QDateTime TimeParser::parse(const QJsonValue &value, const QString &format, const QTimeZone &zone)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number > 1e14)
            return {};
        // Seconds until the year 5138; anything larger is milliseconds.
        const qint64 ms = number > 1e11 ? qint64(number) : qint64(number * 1000.0);
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};

    // Times without an offset are read as wall-clock fields (parsed as UTC, then placed in the
    // feed's zone), never through the machine's local zone: a wall in Jakarta must read
    // "02:30" the same on a machine set to Berlin, where that hour may not exist in March.
    if (!format.isEmpty()) {
        const QDateTime wall =
            QDateTime::fromString(text + QStringLiteral(" UTC"), format + QStringLiteral(" t"));
        if (wall.isValid())
            return inZone(wall, zone);
        const QDate date = QDate::fromString(text, format);
        return date.isValid() ? inZone(QDateTime(date, QTime(0, 0), Qt::UTC), zone) : QDateTime();
    }
    for (const QString &iso : {text, QString(text).replace(u' ', u'T')}) {
        // Qt's ISO reader wants a "T"; many systems write a space.
        const QDateTime wall = QDateTime::fromString(iso + u'Z', Qt::ISODateWithMs);
        if (wall.isValid())
            return inZone(wall, zone);
        const QDateTime withOffset = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (withOffset.isValid())
            return withOffset.toUTC();
    }
    for (const char *pattern :
         {"d-M-yyyy H:mm:ss", "d-M-yyyy H:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm"}) {
        const QDateTime wall = QDateTime::fromString(text + QStringLiteral(" UTC"),
                                                     QLatin1String(pattern) + QStringLiteral(" t"));
        if (wall.isValid())
            return inZone(wall, zone);
    }
    for (const char *pattern : {"d-M-yyyy", "d/M/yyyy"}) {
        const QDate date = QDate::fromString(text, QLatin1String(pattern));
        if (date.isValid())
            return inZone(QDateTime(date, QTime(0, 0), Qt::UTC), zone);
    }
    return {};
}

} // namespace Pantau
