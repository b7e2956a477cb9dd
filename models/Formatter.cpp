#include "Formatter.h"

#include <QCoreApplication>

#include <cmath>

namespace Pantau {

Formatter::Formatter(const QLocale &locale, const QTimeZone &zone)
    : m_locale(locale)
    , m_zone(zone)
{
    // The group separator is the point of "1.234.567"; Qt omits it only when told to.
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

QString Formatter::number(double value, int decimals) const
{
    // Avoid "-0" when a small negative rounds to zero.
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0.0)
        value = 0.0;
    return m_locale.toString(value, 'f', decimals);
}

bool Formatter::isAffixUnit(const QString &unit)
{
    return unit == QLatin1String("Rp") || unit == QLatin1String("%");
}

QString Formatter::value(double value, const QString &unit, int decimals) const
{
    const QString text = number(value, decimals);
    if (unit.isEmpty())
        return text;
    if (unit == QLatin1String("Rp"))
        // Sign from the rounded text, so a value that rounds to zero shows no minus.
        return text.startsWith(m_locale.negativeSign())
                   ? QStringLiteral("-Rp") + text.mid(m_locale.negativeSign().size())
                   : QStringLiteral("Rp") + text;
    if (unit == QLatin1String("%"))
        return text + unit;
    return text + u' ' + unit;
}

QString Formatter::age(qint64 seconds) const
{
    if (seconds < 60)
        return QCoreApplication::translate("Formatter", "baru saja");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Formatter", "%n menit lalu", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("Formatter", "%n jam lalu", nullptr, int(hours));
    return QCoreApplication::translate("Formatter", "%n hari lalu", nullptr, int(hours / 24));
}

qint64 Formatter::secondsUntilAgeChanges(qint64 ageSeconds)
{
    if (ageSeconds < 0)
        return -ageSeconds + 60;
    qint64 unit = 60;
    if (ageSeconds >= 24 * 3600)
        unit = 24 * 3600;
    else if (ageSeconds >= 3600)
        unit = 3600;
    return unit - ageSeconds % unit;
}

QString Formatter::dateTime(const QDateTime &time) const
{
    const QDateTime local = time.toTimeZone(m_zone);
    return m_locale.toString(local, QStringLiteral("dddd, d MMMM yyyy HH.mm")) + u' ' +
           zoneAbbreviation(time);
}

QString Formatter::time(const QDateTime &time) const
{
    return m_locale.toString(time.toTimeZone(m_zone), QStringLiteral("HH.mm"));
}

QString Formatter::zoneAbbreviation(const QDateTime &time) const
{
    return m_zone.abbreviation(time);
}

} // namespace Pantau
