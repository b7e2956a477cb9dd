#include "formats/TimeParser.h"

#include <cmath>
#include <optional>

namespace Pantau {

namespace {

QDateTime inZone(const QDateTime &local, const QTimeZone &zone)
{
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

// Reads `text` in a Qt format made only of numeric fields (d dd M MM yyyy H HH m mm s ss) and
// separators, as wall-clock fields in UTC. Qt 6.4's QDateTime::fromString goes through the
// machine's local time (mktime, which stats /etc/localtime on every call): five times the cost
// of the rest of a CSV row. Anything else, or text that does not fit, gives nullopt and the
// caller asks Qt, so Qt stays the judge of every case this does not decide.
std::optional<QDateTime> readNumericFormat(QStringView text, const QString &format)
{
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0;
    qsizetype at = 0;
    for (qsizetype f = 0; f < format.size();) {
        const QChar c = format[f];
        qsizetype run = 1;
        while (f + run < format.size() && format[f + run] == c)
            ++run;
        if (!c.isLetter()) {
            if (c == u'\'')
                return std::nullopt; // quoted text: Qt's
            for (qsizetype i = 0; i < run; ++i, ++at)
                if (at >= text.size() || text[at] != c)
                    return std::nullopt;
            f += run;
            continue;
        }
        int *field = nullptr;
        switch (c.unicode()) {
        case u'd':
            field = &day;
            break;
        case u'M':
            field = &month;
            break;
        case u'y':
            field = &year;
            break;
        case u'H':
            field = &hour;
            break;
        case u'm':
            field = &minute;
            break;
        case u's':
            field = &second;
            break;
        default:
            return std::nullopt; // names, AM/PM, milliseconds, zones: Qt's
        }
        if (c == u'y' ? run != 4 : run > 2)
            return std::nullopt;
        // One letter: one or two digits, and then a separator or the end, so that a run of
        // digits is never split by guessing.
        if (run == 1 && f + 1 < format.size() && format[f + 1].isLetter())
            return std::nullopt;
        const qsizetype least = run, most = run == 1 ? 2 : run;
        int value = 0;
        qsizetype digits = 0;
        while (digits < most && at < text.size() && text[at] >= u'0' && text[at] <= u'9') {
            value = value * 10 + (text[at].unicode() - u'0');
            ++at;
            ++digits;
        }
        if (digits < least)
            return std::nullopt;
        *field = value;
        f += run;
    }
    if (at != text.size() || year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
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
        if (const std::optional<QDateTime> wall = readNumericFormat(text, format))
            return inZone(*wall, zone);
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
        if (const std::optional<QDateTime> wall =
                readNumericFormat(text, QString::fromLatin1(pattern)))
            return inZone(*wall, zone);
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
