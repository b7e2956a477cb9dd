#include "ShiftReportPdf.h"

#include "locale/Formatter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <numeric>
#include <random>

#include <catch2/catch.hpp>

using namespace Pantau;

// The shift report as a PDF, read back with poppler's tools (poppler-utils, in
// scripts/debian-packages.txt) as a person's viewer would read it.

namespace {

// 07.00–15.00 WIB on Saturday 28 November 2026.
const QDateTime PdfShiftFrom(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
const QDateTime PdfShiftUntil = PdfShiftFrom.addSecs(8 * 3600);

struct PdfRule
{
    const char *id;
    AlertSeverity severity;
    const char *message;
};

// The demo config's rules (resources/demo.json).
const PdfRule PdfRules[] = {
    {"respon-112-lambat", AlertSeverity::Warning, "Waktu respon 112 rata-rata di atas 7 menit"},
    {"tma-wlingi-siaga", AlertSeverity::Critical,
     "Tinggi muka air Kali Brantas di Wlingi berstatus siaga"},
    {"feed-112-gagal", AlertSeverity::Critical,
     "Data Call Center 112 gagal dimuat selama 15 menit"},
    {"aduan-menumpuk", AlertSeverity::Warning, "Lebih dari 60 aduan belum ditangani"},
    {"tt-penuh-srengat", AlertSeverity::Warning, "Tempat tidur kosong RSUD Srengat di bawah 6"},
    {"feed-tma-gagal", AlertSeverity::Critical,
     "Data tinggi muka air gagal dimuat selama 15 menit"},
    {"cabai-mahal", AlertSeverity::Warning, "Harga cabai rawit merah di atas Rp100.000/kg"},
    {"tt-penuh-ngudi-waluyo", AlertSeverity::Critical,
     "Tempat tidur kosong RSUD Ngudi Waluyo Wlingi di bawah 15"},
    {"feed-tempat-tidur-gagal", AlertSeverity::Warning,
     "Data tempat tidur rumah sakit gagal dimuat selama 15 menit"},
    {"telur-mahal", AlertSeverity::Critical, "Harga telur ayam ras di atas Rp31.000/kg"},
    {"feed-insiden-112-gagal", AlertSeverity::Critical,
     "Data insiden 112 gagal dimuat selama 15 menit"},
    {"feed-harga-gagal", AlertSeverity::Warning, "Data harga pangan gagal dimuat selama 15 menit"},
};

struct PdfOperator
{
    const char *name;
    const char *user;
    const char *station;
};

const PdfOperator PdfOperators[] = {
    {"Sari Wulandari", "sari", "meja-1"},
    {"Budi Santoso", "budi", "meja-2"},
    {"", "operator3", "dinding-2"},
};

const char *const PdfNotes[] = {
    "",
    "",
    "Sudah dikoordinasikan dengan BPBD",
    "Diteruskan ke Dinkes lewat WA grup",
    "",
    "Server OPD sedang restart, dipantau",
    "Petugas lapangan sudah dikirim",
};

// A realistic shift's journal: about forty raises over the morning with a burst around 10.10
// when the river rose, one alarm that chatters, one that has stood since the day before, and
// two shelvings. The same rows every run: a seeded generator, only its raw output used.
class PdfShiftJournal
{
public:
    QList<AlarmTransition> rows;

    PdfShiftJournal()
    {
        std::mt19937 random(20261128);
        const auto pick = [&random](int n) {
            return int(random() % unsigned(n));
        };

        // Weighted towards the first rules, as real alarm counts are.
        const QList<int> weights{9, 7, 6, 5, 4, 3, 3, 2, 2, 1, 1, 1};
        const int total = std::accumulate(weights.cbegin(), weights.cend(), 0);
        qint64 second = 240;
        while (second < 8 * 3600 - 600) {
            int draw = pick(total);
            int rule = 0;
            while (draw >= weights.at(rule))
                draw -= weights.at(rule++);
            const int ackAfter = 15 + pick(60) + (pick(5) == 0 ? 120 + pick(300) : 0);
            const bool acknowledged = pick(14) != 0;
            add(rule, PdfShiftFrom.addSecs(second), acknowledged ? ackAfter : -1, 600 + pick(1800),
                pick(3));
            second += 120 + pick(900);
        }
        // The river burst: 10.10–10.20 WIB.
        for (const int offset : {15, 70, 130, 200, 260, 330, 400, 470, 540})
            add(offset % 2 ? 1 : 5, PdfShiftFrom.addSecs(3 * 3600 + 600 + offset), 40 + offset / 10,
                3000, offset % 3);
        // Chattering: the 112 response time hovering at its limit, 12.31 WIB.
        for (const int offset : {0, 18, 35, 52})
            add(0, PdfShiftFrom.addSecs(5 * 3600 + 1860 + offset), offset == 52 ? 25 : -1, 8, 0);
        // Standing since yesterday afternoon: the hospital has been full for 31 hours.
        add(7, PdfShiftFrom.addSecs(-31 * 3600), 95, -1, 1);

        rows.append(shelve("feed-harga-gagal", 2 * 3600 + 900, 6 * 3600, 1,
                           "Server Diskoperindag dalam pemeliharaan terjadwal, konfirmasi via "
                           "telepon"));
        AlarmTransition unshelve =
            row(11, AlarmAction::Unshelved, PdfShiftFrom.addSecs(6 * 3600), QString());
        rows.append(unshelve);
        rows.append(shelve("cabai-mahal", -9 * 3600, 30 * 3600, 0,
                           "Harga naik musiman, sudah dilaporkan ke Diskoperindag"));
    }

private:
    AlarmTransition row(int rule, AlarmAction action, const QDateTime &time, const QString &event)
    {
        AlarmTransition r;
        r.id = ++m_id;
        r.time = time;
        r.event = event;
        r.rule = QString::fromLatin1(PdfRules[rule].id);
        r.action = action;
        r.severity = PdfRules[rule].severity;
        r.message = QString::fromUtf8(PdfRules[rule].message);
        return r;
    }

    void add(int rule, const QDateTime &raisedAt, int ackAfter, int clearAfter, int by)
    {
        const QString event = QString::fromLatin1(PdfRules[rule].id) + u'@' +
                              QString::number(raisedAt.toMSecsSinceEpoch());
        rows.append(row(rule, AlarmAction::Raised, raisedAt, event));
        if (ackAfter >= 0) {
            AlarmTransition ack =
                row(rule, AlarmAction::Acknowledged, raisedAt.addSecs(ackAfter), event);
            const PdfOperator &op = PdfOperators[by];
            ack.operatorName = QString::fromUtf8(op.name);
            ack.user = QString::fromLatin1(op.user);
            ack.station = QString::fromLatin1(op.station);
            ack.note = QString::fromUtf8(PdfNotes[m_id % std::size(PdfNotes)]);
            rows.append(ack);
        }
        if (clearAfter >= 0)
            rows.append(row(rule, AlarmAction::Cleared,
                            raisedAt.addSecs(std::max(clearAfter, ackAfter + 1)), event));
    }

    AlarmTransition shelve(const char *rule, int atSecond, int untilSecond, int by,
                           const char *reason)
    {
        int index = 0;
        while (qstrcmp(PdfRules[index].id, rule) != 0)
            ++index;
        AlarmTransition r = row(index, AlarmAction::Shelved, PdfShiftFrom.addSecs(atSecond), {});
        r.until = PdfShiftFrom.addSecs(untilSecond);
        r.operatorName = QString::fromUtf8(PdfOperators[by].name);
        r.user = QString::fromLatin1(PdfOperators[by].user);
        r.station = QString::fromLatin1(PdfOperators[by].station);
        r.note = QString::fromUtf8(reason);
        return r;
    }

    qint64 m_id = 0;
};

Formatter pdfFormatter()
{
    return Formatter(QLocale(QStringLiteral("id_ID")), QTimeZone("Asia/Jakarta"));
}

ShiftReportPdf::Header pdfHeader()
{
    ShiftReportPdf::Header header;
    header.commandCenter = QStringLiteral("Command Center Kabupaten Blitar");
    header.generatedBy = QStringLiteral("Sari Wulandari");
    header.generatedAt = PdfShiftUntil.addSecs(300);
    return header;
}

// To look at the reports: PANTAU_SHIFT_REPORT_DIR=/tmp/laporan keeps a copy of each there,
// for pdftoppm.
void keepPdf(const QString &path)
{
    const QString dir = qEnvironmentVariable("PANTAU_SHIFT_REPORT_DIR");
    if (dir.isEmpty())
        return;
    const QString copy = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(copy);
    QFile::copy(path, copy);
}

// A poppler tool's standard output; the tools are part of the build's packages, so a missing
// one fails the test rather than skipping it.
QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " (poppler-utils) must be installed");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
            .match(popplerOutput(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The text with the layout's runs of spaces folded, so a phrase reads as one.
QString pdfText(const QString &path)
{
    return popplerOutput(
               QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .simplified();
}

} // namespace

TEST_CASE("ShiftReportPdf writes an A4 report of a realistic shift", "[report]")
{
    const PdfShiftJournal journal;
    const ShiftReport report = ShiftReport::compute(journal.rows, PdfShiftFrom, PdfShiftUntil);
    REQUIRE(report.raised > 30);
    REQUIRE(report.chattering.size() == 1);
    REQUIRE(report.standing.size() == 1);
    REQUIRE(report.shelvings.size() == 2);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laporan-shift.pdf"));
    const Formatter formatter = pdfFormatter();
    QString error;
    int pages = 0;
    REQUIRE(ShiftReportPdf::write(report, path, formatter, pdfHeader(), &error, &pages));
    CHECK(error.isEmpty());
    keepPdf(path);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(pages >= 1);
    CHECK(pdfPages(path) == pages);

    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Laporan Shift Alarm")));
    CHECK(text.contains(QStringLiteral("COMMAND CENTER KABUPATEN BLITAR")));
    CHECK(text.contains(QStringLiteral("Sabtu, 28 November 2026, 07.00–15.00 WIB")));
    CHECK(text.contains(QStringLiteral("oleh Sari Wulandari")));
    // The average, in Indonesian form.
    const QString average = formatter.number(report.averagePerPeriod, 2);
    CHECK(average.contains(u','));
    CHECK(text.contains(average));
    CHECK(text.contains(QStringLiteral("Halaman 1 dari %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Kinerja sistem alarm")));
    CHECK(text.contains(QStringLiteral("Alarm system performance")));
    CHECK(text.contains(QStringLiteral("Siapa mengakui apa")));
    CHECK(text.contains(QStringLiteral("Budi Santoso")));
    CHECK(
        text.contains(QStringLiteral("Tempat tidur kosong RSUD Ngudi Waluyo Wlingi di bawah 15")));
}

TEST_CASE("ShiftReportPdf breaks long tables onto numbered pages", "[report]")
{
    // A night of nearly three hundred acknowledgements.
    QList<AlarmTransition> rows;
    for (int i = 0; i < 290; ++i) {
        const QDateTime raised = PdfShiftFrom.addSecs(60 + i * 95);
        const QString rule = QStringLiteral("aturan-%1").arg(i % 23);
        const QString event = rule + u'@' + QString::number(raised.toMSecsSinceEpoch());
        AlarmTransition raise;
        raise.time = raised;
        raise.event = event;
        raise.rule = rule;
        raise.message = QStringLiteral("Nilai indikator %1 melewati ambang").arg(i % 23);
        AlarmTransition ack = raise;
        ack.action = AlarmAction::Acknowledged;
        ack.time = raised.addSecs(30 + i % 50);
        ack.operatorName = QStringLiteral("Operator %1").arg(i % 4);
        ack.note = i % 5 == 0 ? QStringLiteral("Catatan panjang yang harus dibungkus ke baris "
                                               "berikutnya agar tidak terpotong di tepi tabel")
                              : QString();
        rows << raise << ack;
    }
    const ShiftReport report = ShiftReport::compute(rows, PdfShiftFrom, PdfShiftUntil);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("panjang.pdf"));
    QString error;
    int pages = 0;
    REQUIRE(ShiftReportPdf::write(report, path, pdfFormatter(), pdfHeader(), &error, &pages));
    keepPdf(path);
    CHECK(pages >= 5);
    CHECK(pdfPages(path) == pages);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Halaman %1 dari %1").arg(pages)));
    // Every acknowledgement is there, none lost at a page break.
    CHECK(text.count(QStringLiteral("Nilai indikator")) >= 290);
}

TEST_CASE("ShiftReportPdf writes an empty shift, and says when it cannot write", "[report]")
{
    const ShiftReport report = ShiftReport::compute({}, PdfShiftFrom, PdfShiftUntil);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kosong.pdf"));
    QString error;
    ShiftReportPdf::Header header = pdfHeader();
    header.englishSubtitles = false;
    int pages = 0;
    REQUIRE(ShiftReportPdf::write(report, path, pdfFormatter(), header, &error, &pages));
    keepPdf(path);
    CHECK(pages == 1);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Tidak ada pengakuan dalam periode ini.")));
    CHECK_FALSE(text.contains(QStringLiteral("Who acknowledged what")));

    CHECK_FALSE(ShiftReportPdf::write(report, dir.filePath(QStringLiteral("tidak-ada/x.pdf")),
                                      pdfFormatter(), header, &error));
    CHECK(error.contains(QStringLiteral("tidak-ada")));
}

TEST_CASE("ShiftReportPdf words durations as a table and a headline show them", "[report]")
{
    const Formatter formatter = pdfFormatter();
    CHECK(ShiftReportPdf::duration(44'600, formatter) == QStringLiteral("45 dtk"));
    CHECK(ShiftReportPdf::duration(85'000, formatter) == QStringLiteral("1 mnt 25 dtk"));
    CHECK(ShiftReportPdf::duration((26 * 3600 + 600) * 1000LL, formatter) ==
          QStringLiteral("26 jam 10 mnt"));
    CHECK(ShiftReportPdf::duration((3 * 86400 + 4 * 3600) * 1000LL, formatter) ==
          QStringLiteral("3 hari 4 jam"));
    CHECK(ShiftReportPdf::duration(2000LL * 86400 * 1000, formatter) ==
          QStringLiteral("2.000 hari 0 jam"));
    CHECK(ShiftReportPdf::shortDuration(52.75, formatter) == QStringLiteral("53 dtk"));
    CHECK(ShiftReportPdf::shortDuration(85, formatter) == QStringLiteral("85 dtk"));
    CHECK(ShiftReportPdf::shortDuration(250, formatter) == QStringLiteral("4,2 mnt"));
    CHECK(ShiftReportPdf::shortDuration(9000, formatter) == QStringLiteral("2,5 jam"));
}
