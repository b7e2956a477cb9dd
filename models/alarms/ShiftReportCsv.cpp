#include "alarms/ShiftReportCsv.h"

#include "storage/AtomicFile.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace Pantau {

namespace {

QString severityText(AlertSeverity severity)
{
    return describe(severity).name;
}

QString secondsText(std::optional<qint64> ms)
{
    return ms ? ShiftReportCsv::numberText(double(*ms) / 1000.0) : QString();
}

} // namespace

ShiftReportCsv::ShiftReportCsv(const QTimeZone &zone)
    : m_zone(zone)
{
}

QString ShiftReportCsv::timeText(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(m_zone);
    // Qt::ISODate writes the offset ("+07:00"); milliseconds only when there are any.
    return local.toString(local.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString ShiftReportCsv::numberText(double value)
{
    // Three decimals are more than any figure here means, and spare a spreadsheet
    // "0.7708333333333334"; fixed notation, never an exponent, and the C locale's '.' with no
    // grouping whatever the configured locale.
    // Rounded half away from zero first, so a tie ("0.0625") rounds the way people do.
    QString text = QLocale::c().toString(std::round(value * 1000.0) / 1000.0, 'f', 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString ShiftReportCsv::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray ShiftReportCsv::toCsv(const ShiftReport &report) const
{
    QString out;
    const auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &text : fields)
            quoted.append(field(text));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    };
    const auto section = [&](const QString &name, const QStringList &header) {
        out += QStringLiteral("\r\n");
        line({name});
        line(header);
    };
    const auto count = [](qsizetype n) {
        return QString::number(n);
    };

    line({QStringLiteral("Laporan Shift Alarm Pantau"), timeText(report.from),
          timeText(report.until)});

    section(QStringLiteral("ringkasan"), {QStringLiteral("ukuran"), QStringLiteral("nilai")});
    line({QStringLiteral("dari"), timeText(report.from)});
    line({QStringLiteral("sampai"), timeText(report.until)});
    line({QStringLiteral("alarm_muncul"), count(report.raised)});
    line({QStringLiteral("rata_rata_per_10_menit"), numberText(report.averagePerPeriod)});
    line({QStringLiteral("puncak_per_10_menit"), count(report.peakPeriodRaised)});
    line({QStringLiteral("puncak_mulai"), timeText(report.peakPeriodStart)});
    line({QStringLiteral("periode_banjir"), count(report.floodPeriods)});
    line({QStringLiteral("peristiwa_diakui"), count(report.acknowledgedEvents)});
    line({QStringLiteral("peristiwa_belum_diakui"), count(report.unacknowledgedEvents)});
    line({QStringLiteral("median_waktu_akui_detik"),
          report.medianAcknowledgeSeconds ? numberText(*report.medianAcknowledgeSeconds)
                                          : QString()});
    line({QStringLiteral("p90_waktu_akui_detik"),
          report.p90AcknowledgeSeconds ? numberText(*report.p90AcknowledgeSeconds) : QString()});
    line({QStringLiteral("bagian_10_teratas"), numberText(report.topShare)});
    line({QStringLiteral("alarm_berulang"), count(report.chattering.size())});
    line({QStringLiteral("alarm_berdiri"), count(report.standing.size())});
    line({QStringLiteral("alarm_ditunda"), count(report.shelvings.size())});

    section(QStringLiteral("per_keparahan"),
            {QStringLiteral("keparahan"), QStringLiteral("muncul")});
    for (const ShiftReport::SeverityCount &severity : report.raisedBySeverity)
        line({severityText(severity.severity), count(severity.raised)});

    section(QStringLiteral("per_10_menit"), {QStringLiteral("mulai"), QStringLiteral("muncul")});
    for (const ShiftReport::Period &period : report.periods)
        line({timeText(period.start), count(period.raised)});

    section(QStringLiteral("teratas"),
            {QStringLiteral("peringkat"), QStringLiteral("aturan"), QStringLiteral("keparahan"),
             QStringLiteral("muncul"), QStringLiteral("pesan")});
    for (qsizetype i = 0; i < report.top.size(); ++i) {
        const ShiftReport::RuleCount &rule = report.top.at(i);
        line({count(i + 1), rule.rule, severityText(rule.severity), count(rule.raised),
              rule.message});
    }

    section(QStringLiteral("berulang"),
            {QStringLiteral("aturan"), QStringLiteral("keparahan"), QStringLiteral("muncul"),
             QStringLiteral("terbanyak_dalam_60_detik"), QStringLiteral("pertama"),
             QStringLiteral("pesan")});
    for (const ShiftReport::Chattering &chatter : report.chattering)
        line({chatter.rule, severityText(chatter.severity), count(chatter.raised),
              count(chatter.mostInWindow), timeText(chatter.firstBurstAt), chatter.message});

    section(QStringLiteral("berdiri"),
            {QStringLiteral("peristiwa"), QStringLiteral("aturan"), QStringLiteral("keparahan"),
             QStringLiteral("muncul"), QStringLiteral("berakhir"), QStringLiteral("aktif_jam"),
             QStringLiteral("pesan")});
    for (const ShiftReport::Standing &standing : report.standing)
        line({standing.event, standing.rule, severityText(standing.severity),
              timeText(standing.raisedAt), timeText(standing.endedAt),
              numberText(double(standing.activeMs) / 3600000.0), standing.message});

    section(QStringLiteral("ditunda"),
            {QStringLiteral("aturan"), QStringLiteral("keparahan"), QStringLiteral("oleh"),
             QStringLiteral("pengguna"), QStringLiteral("stasiun"), QStringLiteral("sejak"),
             QStringLiteral("hingga"), QStringLiteral("dilepas"), QStringLiteral("alasan"),
             QStringLiteral("pesan")});
    for (const ShiftReport::Shelving &shelving : report.shelvings)
        line({shelving.rule, severityText(shelving.severity), shelving.person, shelving.user,
              shelving.station, timeText(shelving.shelvedAt), timeText(shelving.expiresAt),
              timeText(shelving.unshelvedAt), shelving.reason, shelving.message});

    section(QStringLiteral("pengakuan"),
            {QStringLiteral("oleh"), QStringLiteral("pengguna"), QStringLiteral("stasiun"),
             QStringLiteral("peristiwa"), QStringLiteral("aturan"), QStringLiteral("keparahan"),
             QStringLiteral("muncul"), QStringLiteral("diakui"), QStringLiteral("waktu_akui_detik"),
             QStringLiteral("catatan")});
    for (const ShiftReport::Acknowledgement &ack : report.acknowledgements)
        line({ack.person, ack.user, ack.station, ack.event, ack.rule, severityText(ack.severity),
              timeText(ack.raisedAt), timeText(ack.time), secondsText(ack.acknowledgeMs),
              ack.note});

    return out.toUtf8();
}

bool ShiftReportCsv::write(const QString &path, const ShiftReport &report, QString *error) const
{
    return AtomicFile::write(path, toCsv(report), error);
}

} // namespace Pantau
