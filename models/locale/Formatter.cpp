#include "locale/Formatter.h"

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

QString Formatter::compactValue(double value, const QString &unit, int decimals) const
{
    const double magnitude = std::abs(value);
    if (unit != QLatin1String("Rp") || !std::isfinite(value) || magnitude < 1e6)
        return this->value(value, unit, decimals);
    struct Scale
    {
        double factor;
        const char *suffix;
    };
    static constexpr Scale scales[] = {{1e12, "T"}, {1e9, "M"}, {1e6, "jt"}};
    for (const Scale &scale : scales) {
        if (magnitude < scale.factor)
            continue;
        const double scaled = magnitude / scale.factor;
        // Three significant digits at least: "2,66 T", "45,3 M", "452,6 M".
        const int places = scaled < 10 ? 2 : 1;
        const QString digits = number(scaled, places);
        const QString sign = value < 0 ? QStringLiteral("-") : QString();
        return sign + QStringLiteral("Rp") + digits + u' ' + QLatin1String(scale.suffix);
    }
    return this->value(value, unit, decimals);
}

QString Formatter::signedNumber(double value, int decimals) const
{
    const QString text = number(std::abs(value), decimals);
    if (number(value, decimals) == number(0, decimals))
        return text;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + text;
}

QString Formatter::failure(FailureKind kind, const QString &opd)
{
    const QString source =
        opd.isEmpty() ? QCoreApplication::translate("Formatter", "sumber data") : opd;
    switch (kind) {
    case FailureKind::None:
        return {};
    case FailureKind::Unreachable:
        return QCoreApplication::translate("Formatter", "Server %1 tidak dapat dihubungi")
            .arg(source);
    case FailureKind::NoAnswer:
        return QCoreApplication::translate("Formatter", "Server %1 tidak menjawab").arg(source);
    case FailureKind::ServerError:
        return QCoreApplication::translate("Formatter", "Server %1 sedang bermasalah").arg(source);
    case FailureKind::Refused:
        return QCoreApplication::translate("Formatter", "Akses ke data %1 ditolak").arg(source);
    case FailureKind::NotFound:
        return QCoreApplication::translate("Formatter", "Data %1 tidak ditemukan di alamatnya")
            .arg(source);
    case FailureKind::BadData:
        return QCoreApplication::translate("Formatter", "Data dari %1 tidak dapat dibaca")
            .arg(source);
    case FailureKind::MissingValue:
        return QCoreApplication::translate("Formatter", "Nilai ini tidak ada dalam data %1")
            .arg(source);
    case FailureKind::TooLarge:
        return QCoreApplication::translate("Formatter", "Data dari %1 terlalu besar, ditolak")
            .arg(source);
    case FailureKind::Insecure:
        return QCoreApplication::translate("Formatter", "Sambungan aman ke %1 gagal").arg(source);
    case FailureKind::Credentials:
        return QCoreApplication::translate("Formatter", "Kunci akses data %1 belum dipasang")
            .arg(source);
    case FailureKind::Other:
        break;
    }
    return QCoreApplication::translate("Formatter", "Gagal mengambil data %1").arg(source);
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
    // Computed apart: a division inside translate()'s arguments hangs Qt 6.4's lupdate.
    const qint64 days = hours / 24;
    return QCoreApplication::translate("Formatter", "%n hari lalu", nullptr, int(days));
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

QString Formatter::timeWithSeconds(const QDateTime &time) const
{
    return m_locale.toString(time.toTimeZone(m_zone), QStringLiteral("HH.mm.ss"));
}

QString Formatter::date(const QDateTime &time) const
{
    return m_locale.toString(time.toTimeZone(m_zone), QStringLiteral("dddd, d MMMM yyyy"));
}

QString Formatter::shortDate(const QDateTime &time) const
{
    return m_locale.toString(time.toTimeZone(m_zone), QStringLiteral("d MMM"));
}

bool Formatter::isSameDay(const QDateTime &a, const QDateTime &b) const
{
    return a.toTimeZone(m_zone).date() == b.toTimeZone(m_zone).date();
}

QString Formatter::eventTime(const QDateTime &time, const QDateTime &now) const
{
    if (isSameDay(time, now))
        return this->time(time);
    return shortDate(time) + u' ' + this->time(time);
}

QString Formatter::zoneAbbreviation(const QDateTime &time) const
{
    return m_zone.abbreviation(time);
}

} // namespace Pantau
