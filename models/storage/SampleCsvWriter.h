#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTimeZone>

namespace Pantau {

// Writes an indicator's history samples as CSV for spreadsheets and scripts. The format is
// fixed so that any tool reads it the same way whatever its locale: comma-separated (RFC 4180
// quoting), a header row `waktu,indikator,nilai,satuan`, times in ISO 8601 with the configured
// zone's offset ("2026-11-28T13:05:00+07:00"), values with a '.' decimal point and no grouping.
// Not the Indonesian ';' and ',' convention: that file would break every script and still need
// the import dialog in a spreadsheet set to English; this one needs it only in one set to
// Indonesian.
class SampleCsvWriter
{
public:
    struct Series
    {
        QString indicatorId;
        QString unit;
        QList<QPointF> points; // (ms since epoch, value), as IndicatorModel::HistoryRole gives
    };

    explicit SampleCsvWriter(const QTimeZone &zone);

    // The whole file, header included; rows series by series, each oldest first.
    QByteArray toCsv(const QList<Series> &series) const;
    // One timestamp as written in the file.
    QString timeText(double msSinceEpoch) const;
    // One value as written in the file: shortest exact form, '.' decimal, no grouping.
    static QString valueText(double value);
    // Writes toCsv() to `path` through QSaveFile, so a failed write never leaves half a file.
    bool write(const QString &path, const QList<Series> &series, QString *error) const;

private:
    static QString field(const QString &text);

    QTimeZone m_zone;
};

} // namespace Pantau
