#pragma once

#include "feeds/FailureKind.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Pantau {

// Turns values, ages and times into the text a person reads on the wall, in the configured
// locale (numbers, dates) and time zone. The words around them ("menit lalu") follow the UI
// language through Qt's translation system, which is kept apart from the number locale.
class Formatter
{
public:
    Formatter(const QLocale &locale, const QTimeZone &zone);

    // "1.234.567", "12,5" in id_ID.
    QString number(double value, int decimals) const;
    // The number with its unit where Indonesians write it: "Rp28.500", "12,5%", "143 panggilan".
    QString value(double value, const QString &unit, int decimals) const;
    // Like value(), but sums of money from a million up are written short, as Indonesian
    // reports do: "Rp2,66 T" (triliun), "Rp452,6 M" (miliar), "Rp12,5 jt" (juta). QLocale has
    // no compact notation, so the suffixes are written here. Other units are left to value().
    QString compactValue(double value, const QString &unit, int decimals) const;
    // A change with its sign, for "naik 250" style captions: "+250", "−1,5", "0".
    QString signedNumber(double value, int decimals) const;
    // Why a feed failed, in words for the person at the wall: "Server BPKAD tidak menjawab".
    // `opd` names the source; it may be empty.
    static QString failure(FailureKind kind, const QString &opd);
    // Units written against the number ("Rp", "%") rather than after it as a word.
    static bool isAffixUnit(const QString &unit);
    // How old something is: "baru saja", "2 menit lalu", "3 jam lalu", "2 hari lalu".
    // A negative age (a source clock ahead of ours) reads as "baru saja".
    QString age(qint64 seconds) const;
    // "Sabtu, 28 November 2026 13.05 WIB", in the configured zone whatever the machine's.
    QString dateTime(const QDateTime &time) const;
    // "13.05"
    QString time(const QDateTime &time) const;
    // "13.05.27", for a clock that shows the seconds turn.
    QString timeWithSeconds(const QDateTime &time) const;
    // "Sabtu, 28 November 2026", the date alone, in the configured zone.
    QString date(const QDateTime &time) const;
    // "27 Nov", a date in a table cell beneath its time.
    QString shortDate(const QDateTime &time) const;
    // Whether two instants fall on the same day in the configured zone.
    bool isSameDay(const QDateTime &a, const QDateTime &b) const;
    // When an event happened, as short as is unambiguous at `now`: "13.05" on the same day in
    // the configured zone, "27 Nov 23.00" on another.
    QString eventTime(const QDateTime &time, const QDateTime &now) const;
    // The zone's short name at that time: "WIB" for Asia/Jakarta.
    QString zoneAbbreviation(const QDateTime &time) const;

    // Seconds until age(ageSeconds) would read differently, so a view can schedule its next
    // repaint instead of ticking.
    static qint64 secondsUntilAgeChanges(qint64 ageSeconds);

    const QLocale &locale() const { return m_locale; }
    const QTimeZone &zone() const { return m_zone; }

private:
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace Pantau
