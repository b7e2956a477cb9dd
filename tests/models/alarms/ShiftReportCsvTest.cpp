#include "alarms/ShiftReportCsv.h"

#include "AlarmRows.h"
#include "TestValues.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// The shift report as CSV: read back with a plain RFC 4180 reader, as a script would.

namespace {

// Records of an RFC 4180 file with CRLF line ends: fields unquoted, "" unescaped, line breaks
// inside quotes kept. An empty line is a record of one empty field.
QList<QStringList> shiftCsvRecords(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != u'"') {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            ++i;
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

// The header and rows of one section: after the record with its name, up to an empty record.
QList<QStringList> shiftCsvSection(const QList<QStringList> &records, const QString &name)
{
    QList<QStringList> section;
    qsizetype i = records.indexOf(QStringList{name});
    if (i < 0)
        return section;
    for (++i; i < records.size() && records.at(i) != QStringList{QString()}; ++i)
        section.append(records.at(i));
    return section;
}

QString shiftCsvValue(const QList<QStringList> &records, const QString &figure)
{
    for (const QStringList &row : shiftCsvSection(records, QStringLiteral("ringkasan"))) {
        if (row.size() == 2 && row.at(0) == figure)
            return row.at(1);
    }
    return QStringLiteral("(none)");
}

const QDateTime CsvFrom = utc(2026, 11, 28, 0);
const QDateTime CsvUntil = utc(2026, 11, 28, 8);
const QString AwkwardNote = QStringLiteral("Koordinasi \"BPBD\", lanjut\nbesok – cek lagi");

ShiftReport csvReport()
{
    Acknowledger sari;
    sari.note = AwkwardNote;
    QList<AlarmTransition> rows;
    rows += episode(QStringLiteral("tma-siaga"), CsvFrom.addSecs(610), 75.5, 1200.0,
                    AlertSeverity::Critical, sari);
    rows += episode(QStringLiteral("cabai-mahal"), CsvFrom.addSecs(3600), 30.0, std::nullopt);
    rows +=
        episode(QStringLiteral("cabai-mahal"), CsvFrom.addSecs(3620), std::nullopt, std::nullopt);
    rows.last().message = QStringLiteral("Harga cabai rawit, merah, di atas Rp100.000/kg");
    AlarmTransition shelve = alarmRow(QStringLiteral("feed-tma-gagal"), AlarmAction::Shelved,
                                      CsvFrom.addSecs(7200), QString());
    shelve.operatorName = QStringLiteral("Budi");
    shelve.until = CsvFrom.addSecs(10800);
    shelve.note = QStringLiteral("Server BPBD dipindah,\r\nsementara mati");
    rows += shelve;
    return ShiftReport::compute(rows, CsvFrom, CsvUntil);
}

} // namespace

TEST_CASE("ShiftReportCsv writes sections that read back cell by cell", "[report]")
{
    const ShiftReportCsv csv(jakarta());
    const QByteArray bytes = csv.toCsv(csvReport());
    const QList<QStringList> records = shiftCsvRecords(bytes);
    REQUIRE_FALSE(records.isEmpty());

    // The first line says what the file is and which range, in the configured zone.
    CHECK(records.at(0) == QStringList{QStringLiteral("Laporan Shift Alarm Pantau"),
                                       QStringLiteral("2026-11-28T07:00:00+07:00"),
                                       QStringLiteral("2026-11-28T15:00:00+07:00")});
    CHECK(str(shiftCsvValue(records, QStringLiteral("alarm_muncul"))) == "3");
    // Three in 48 periods, with a '.' decimal and three places at most.
    CHECK(str(shiftCsvValue(records, QStringLiteral("rata_rata_per_10_menit"))) == "0.063");
    CHECK(str(shiftCsvValue(records, QStringLiteral("puncak_per_10_menit"))) == "2");
    CHECK(str(shiftCsvValue(records, QStringLiteral("puncak_mulai"))) ==
          "2026-11-28T08:00:00+07:00");
    CHECK(str(shiftCsvValue(records, QStringLiteral("median_waktu_akui_detik"))) == "52.75");
    CHECK(str(shiftCsvValue(records, QStringLiteral("peristiwa_belum_diakui"))) == "1");

    const QList<QStringList> severities = shiftCsvSection(records, QStringLiteral("per_keparahan"));
    CHECK(severities == QList<QStringList>{{QStringLiteral("keparahan"), QStringLiteral("muncul")},
                                           {QStringLiteral("warning"), QStringLiteral("2")},
                                           {QStringLiteral("critical"), QStringLiteral("1")}});
    const QList<QStringList> periods = shiftCsvSection(records, QStringLiteral("per_10_menit"));
    REQUIRE(periods.size() == 1 + 48);
    CHECK(periods.at(2) ==
          QStringList{QStringLiteral("2026-11-28T07:10:00+07:00"), QStringLiteral("1")});

    const QList<QStringList> top = shiftCsvSection(records, QStringLiteral("teratas"));
    REQUIRE(top.size() == 3);
    CHECK(top.at(1) ==
          QStringList{QStringLiteral("1"), QStringLiteral("cabai-mahal"), QStringLiteral("warning"),
                      QStringLiteral("2"),
                      QStringLiteral("Harga cabai rawit, merah, di atas Rp100.000/kg")});

    const QList<QStringList> shelved = shiftCsvSection(records, QStringLiteral("ditunda"));
    REQUIRE(shelved.size() == 2);
    CHECK(shelved.at(0).at(2) == QStringLiteral("oleh"));
    CHECK(shelved.at(1).at(2) == QStringLiteral("Budi"));
    CHECK(shelved.at(1).at(5) == QStringLiteral("2026-11-28T09:00:00+07:00"));
    CHECK(shelved.at(1).at(6) == QStringLiteral("2026-11-28T10:00:00+07:00"));
    CHECK(shelved.at(1).at(7) == QStringLiteral("2026-11-28T10:00:00+07:00"));
    CHECK(str(shelved.at(1).at(8)) == "Server BPBD dipindah,\r\nsementara mati");

    const QList<QStringList> acks = shiftCsvSection(records, QStringLiteral("pengakuan"));
    REQUIRE(acks.size() == 3);
    const QStringList header = acks.at(0);
    const QStringList &tma = acks.at(1); // both by Sari: the earlier first
    REQUIRE(tma.size() == header.size());
    CHECK(tma.at(header.indexOf(QStringLiteral("oleh"))) == QStringLiteral("Sari"));
    CHECK(tma.at(header.indexOf(QStringLiteral("keparahan"))) == QStringLiteral("critical"));
    CHECK(tma.at(header.indexOf(QStringLiteral("muncul"))) ==
          QStringLiteral("2026-11-28T07:10:10+07:00"));
    // Milliseconds only where there are some.
    CHECK(tma.at(header.indexOf(QStringLiteral("diakui"))) ==
          QStringLiteral("2026-11-28T07:11:25.500+07:00"));
    CHECK(tma.at(header.indexOf(QStringLiteral("waktu_akui_detik"))) == QStringLiteral("75.5"));
    CHECK(str(tma.at(header.indexOf(QStringLiteral("catatan")))) == str(AwkwardNote));

    // The note as written: quoted, its quotes doubled, UTF-8; every line ends CRLF.
    CHECK(bytes.contains("\"Koordinasi \"\"BPBD\"\", lanjut\nbesok \xE2\x80\x93 cek lagi\""));
    CHECK(bytes.endsWith("\r\n"));
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("ShiftReportCsv leaves unknown figures empty and writes files whole", "[report]")
{
    const ShiftReportCsv csv(jakarta());
    const QList<QStringList> records =
        shiftCsvRecords(csv.toCsv(ShiftReport::compute({}, CsvFrom, CsvUntil)));
    CHECK(shiftCsvValue(records, QStringLiteral("median_waktu_akui_detik")).isEmpty());
    CHECK(shiftCsvValue(records, QStringLiteral("puncak_mulai")).isEmpty());
    CHECK(str(shiftCsvValue(records, QStringLiteral("rata_rata_per_10_menit"))) == "0");
    // Every section is there with its header, even with no rows.
    CHECK(shiftCsvSection(records, QStringLiteral("pengakuan")).size() == 1);
    CHECK(shiftCsvSection(records, QStringLiteral("berdiri")).size() == 1);

    CHECK(str(ShiftReportCsv::numberText(2.0 / 3.0)) == "0.667");
    CHECK(str(ShiftReportCsv::numberText(-0.0001)) == "0");
    CHECK(str(ShiftReportCsv::numberText(1234567.5)) == "1234567.5");

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    const QString path = dir.filePath(QStringLiteral("laporan.csv"));
    REQUIRE(csv.write(path, csvReport(), &error));
    CHECK(error.isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == csv.toCsv(csvReport()));

    CHECK_FALSE(
        csv.write(dir.filePath(QStringLiteral("tidak-ada/laporan.csv")), csvReport(), &error));
    CHECK(error.contains(QStringLiteral("tidak-ada")));
}
