#pragma once

#include "alarms/ShiftReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Pantau {

// Writes a shift report as CSV for spreadsheets and scripts, in the same fixed form as
// SampleCsvWriter whatever the locale: comma-separated with RFC 4180 quoting, UTF-8, CRLF line
// ends, times in ISO 8601 with the configured zone's offset ("2026-11-28T13:05:00+07:00"),
// numbers with a '.' decimal point and no grouping, severities by their config names.
//
// The first line says what the file is and its range. Then one section per part of the report,
// each a line with the section's name alone, a header row, its rows and an empty line:
// ringkasan (figure,value), per_keparahan, per_10_menit, teratas, berulang (chattering),
// berdiri (standing), ditunda (shelved), pengakuan (acknowledgements). A script reading the
// records finds each section after an empty record; a person sees them one under another.
class ShiftReportCsv
{
public:
    explicit ShiftReportCsv(const QTimeZone &zone);

    QByteArray toCsv(const ShiftReport &report) const;
    // Writes toCsv() through QSaveFile, so a failed write never leaves half a file.
    bool write(const QString &path, const ShiftReport &report, QString *error) const;

    // One time as written in the file; empty for an invalid time.
    QString timeText(const QDateTime &time) const;
    // One number as written: the shortest exact form of it rounded to three decimals.
    static QString numberText(double value);
    // One field, quoted when it holds a comma, a quote or a line break.
    static QString field(const QString &text);

private:
    QTimeZone m_zone;
};

} // namespace Pantau
