#include "storage/SampleCsvWriter.h"

#include "storage/AtomicFile.h"

#include <QDateTime>
#include <QLocale>

namespace Pantau {

SampleCsvWriter::SampleCsvWriter(const QTimeZone &zone)
    : m_zone(zone)
{
}

QString SampleCsvWriter::timeText(double msSinceEpoch) const
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(msSinceEpoch), m_zone);
    // Qt::ISODate writes the offset ("+07:00"); milliseconds only when there are any, since
    // History's folded buckets sit on whole minutes and hours.
    return time.toString(time.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString SampleCsvWriter::valueText(double value)
{
    // The C locale: '.' decimal and no group separators, whatever the configured locale.
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString SampleCsvWriter::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray SampleCsvWriter::toCsv(const QList<Series> &series) const
{
    QString out = QStringLiteral("waktu,indikator,nilai,satuan\r\n");
    for (const Series &s : series) {
        const QString id = field(s.indicatorId);
        const QString unit = field(s.unit);
        for (const QPointF &point : s.points)
            out += timeText(point.x()) + u',' + id + u',' + valueText(point.y()) + u',' + unit +
                   QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

bool SampleCsvWriter::write(const QString &path, const QList<Series> &series, QString *error) const
{
    return AtomicFile::write(path, toCsv(series), error);
}

} // namespace Pantau
