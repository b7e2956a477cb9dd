#include "HistoryPanel.h"

#include "HistoryTableModel.h"
#include "ShiftReportDialog.h"
#include "TestValues.h"
#include "ZonedDateTimeEdit.h"
#include "alarms/AlarmJournal.h"
#include "config/Config.h"
#include "locale/Formatter.h"
#include "screen/TileContext.h"
#include "state/AlertModel.h"
#include "theme/Theme.h"
#include "time/ManualClock.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// The desk's alarm history against a real journal in a temporary folder, filled through
// AlarmJournal::append, with a wall that is only its config, clock and formatter.

namespace {

const QString KominfoOpd = QStringLiteral("Dinas Komunikasi dan Informatika");

// What the history panel asks of a wall: its config and what tiles draw with. It keeps no
// hub (the panel is handed the alarm model) and takes no commands.
class HistoryWall : public WallControl
{
public:
    HistoryWall()
        : clock(t0)
        , formatter(QLocale(QStringLiteral("id_ID")), jakarta())
    {
        context.formatter = &formatter;
        context.clock = &clock;
        context.theme = &Theme::wall();
        const auto indicator = [this](const char *id, const char *label, const char *unit,
                                      int decimals) {
            IndicatorConfig i;
            i.id = QString::fromUtf8(id);
            i.label.id = QString::fromUtf8(label);
            i.unit = QString::fromUtf8(unit);
            i.decimals = decimals;
            settings.indicators.append(i);
        };
        indicator("tma.lodoyo", "Tinggi muka air Lodoyo", "m", 2);
        indicator("harga.telur", "Harga telur ayam ras", "Rp", 0);
        indicator("aduan.belum", "Aduan belum ditangani", "aduan", 0);
        const auto feed = [this](const char *id, const char *name, const QString &opd) {
            FeedConfig f;
            f.id = QString::fromUtf8(id);
            f.name.id = QString::fromUtf8(name);
            f.opd = opd;
            settings.feeds.append(f);
        };
        feed("bpbd-tinggi-muka-air", "Tinggi muka air (BPBD)",
             QStringLiteral("Badan Penanggulangan Bencana Daerah"));
        feed("diskoperindag-harga-pangan", "Harga pangan (Diskoperindag)",
             QStringLiteral("Dinas Koperasi dan Perdagangan"));
        feed("kominfo-aduan-status", "Status aduan (Kominfo)", KominfoOpd);
        feed("kominfo-112-harian", "Call Center 112 (Kominfo)", KominfoOpd);
    }

    const Config &config() const override { return settings; }
    DataHub *hub() const override { return nullptr; }
    const TileContext &tileContext() const override { return context; }
    QList<ScreenView *> views() const override { return {}; }
    bool isKiosk() const override { return false; }
    Result acknowledge(const QString &, const QString &, const QString &) override { return {}; }
    Result alarmCommand(CommandMessage::Action, const QString &, const QDateTime &, const QString &,
                        const QString &) override
    {
        return {};
    }
    void silenceSound(const QDateTime &) override {}
    QDateTime soundSilencedUntil() const override { return {}; }
    Result pinPage(int, int) override { return {}; }
    Result releasePin(int) override { return {}; }
    void reloadConfig() override {}

    ManualClock clock;
    Formatter formatter;
    TileContext context;
    Config settings;
};

// One step of one of four demo rules, `minutesAgo` before 13.00 WIB.
AlarmTransition historyRow(const char *rule, AlarmAction action, AlarmState state,
                           double minutesAgo, qint64 onsetMinutesAgo)
{
    AlarmTransition step;
    step.time = t0.addMSecs(qint64(-minutesAgo * 60000));
    step.rule = QString::fromUtf8(rule);
    step.event = QStringLiteral("%1@%2").arg(step.rule).arg(
        t0.addSecs(-onsetMinutesAgo * 60).toMSecsSinceEpoch());
    step.action = action;
    step.state = state;
    step.station = QStringLiteral("cc-meja-1");
    if (step.rule == QLatin1String("tma-siaga")) {
        step.severity = AlertSeverity::Critical;
        step.indicator = QStringLiteral("tma.lodoyo");
        step.feed = QStringLiteral("bpbd-tinggi-muka-air");
        step.opd = QStringLiteral("Badan Penanggulangan Bencana Daerah");
        step.message = QStringLiteral("Tinggi muka air Kali Brantas di Lodoyo berstatus siaga");
    } else if (step.rule == QLatin1String("telur-mahal")) {
        step.severity = AlertSeverity::Critical;
        step.indicator = QStringLiteral("harga.telur");
        step.feed = QStringLiteral("diskoperindag-harga-pangan");
        step.opd = QStringLiteral("Dinas Koperasi dan Perdagangan");
        step.message = QStringLiteral("Harga telur ayam ras di atas Rp31.000/kg");
    } else if (step.rule == QLatin1String("aduan-menumpuk")) {
        step.severity = AlertSeverity::Warning;
        step.indicator = QStringLiteral("aduan.belum");
        step.feed = QStringLiteral("kominfo-aduan-status");
        step.opd = KominfoOpd;
        step.message = QStringLiteral("Lebih dari 60 aduan belum ditangani");
    } else {
        step.severity = AlertSeverity::Critical;
        step.feed = QStringLiteral("kominfo-112-harian");
        step.opd = KominfoOpd;
        step.message = QStringLiteral("Data Call Center 112 gagal dimuat selama 15 menit");
    }
    return step;
}

AlarmTransition byOperator(AlarmTransition step, const QString &note = {})
{
    step.user = QStringLiteral("budi");
    step.operatorName = QStringLiteral("Sari");
    step.note = note;
    return step;
}

// Eleven steps: nine in the last 24 hours, two (the egg price's onset and acknowledgement)
// before.
QList<AlarmTransition> historyRows()
{
    using A = AlarmAction;
    using S = AlarmState;
    AlarmTransition tmaRaised =
        historyRow("tma-siaga", A::Raised, S::ActiveUnacknowledged, 180, 180);
    tmaRaised.value = 4.21;
    AlarmTransition tmaCleared = historyRow("tma-siaga", A::Cleared, S::Normal, 60, 180);
    tmaCleared.value = 3.85;
    AlarmTransition telurRaised =
        historyRow("telur-mahal", A::Raised, S::ActiveUnacknowledged, 30 * 60, 30 * 60);
    telurRaised.value = 31250;
    AlarmTransition shelved =
        byOperator(historyRow("aduan-menumpuk", A::Shelved, S::Shelved, 240, 300),
                   QStringLiteral("Sudah dilaporkan, menunggu \"rekap\" Kominfo"));
    shelved.until = t0.addSecs(3600);
    return {
        telurRaised,
        byOperator(
            historyRow("telur-mahal", A::Acknowledged, S::ActiveAcknowledged, 29 * 60, 30 * 60)),
        historyRow("telur-mahal", A::Cleared, S::Normal, 20 * 60, 30 * 60),
        historyRow("aduan-menumpuk", A::Raised, S::ActiveUnacknowledged, 300, 300),
        shelved,
        tmaRaised,
        byOperator(
            historyRow("tma-siaga", A::Acknowledged, S::ActiveAcknowledged, 180 - 134.0 / 60, 180),
            QStringLiteral("BPBD sudah di lokasi")),
        historyRow("feed-112-gagal", A::Raised, S::ActiveUnacknowledged, 120, 120),
        historyRow("feed-112-gagal", A::Returned, S::ReturnedUnacknowledged, 90, 120),
        byOperator(historyRow("feed-112-gagal", A::Acknowledged, S::Normal, 80, 120)),
        tmaCleared,
    };
}

// A wall, its alarm model with a journal in a temporary folder, and the panel on them.
struct HistoryRig
{
    QTemporaryDir dir;
    HistoryWall wall;
    std::unique_ptr<AlertModel> alerts;
    std::unique_ptr<HistoryPanel> panel;

    explicit HistoryRig(bool keepJournal = true)
    {
        AlertModel::Storage storage;
        if (keepJournal)
            storage.journal = dir.filePath(QStringLiteral("alarm.sqlite"));
        alerts = std::make_unique<AlertModel>(QList<AlertRule>{}, &wall.clock, storage);
        if (keepJournal) {
            REQUIRE(alerts->journal());
            QString error;
            REQUIRE(alerts->journal()->append(historyRows(), &error));
        }
        panel = std::make_unique<HistoryPanel>(&wall);
        panel->setSource(alerts.get());
    }

    ~HistoryRig() { panel.reset(); }

    QStringList column(int c) const
    {
        QStringList texts;
        const HistoryTableModel *model = panel->model();
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row, c).data().toString());
        return texts;
    }

    void choose(QComboBox *combo, const QString &data) const
    {
        const int index = combo->findData(data);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }
};

QString historyPdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

QByteArray historyFileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The history shows the last 24 hours of the journal, newest first", "[history]")
{
    HistoryRig rig;
    const HistoryTableModel *model = rig.panel->model();
    REQUIRE(model->rowCount() == 9);
    CHECK(rig.panel->countLine()->text() == QStringLiteral("9 langkah, terbaru di atas."));
    CHECK(rig.panel->unavailableLine()->isHidden());
    CHECK(rig.panel->exportButton()->isEnabled());
    for (int row = 1; row < model->rowCount(); ++row)
        CHECK(model->rows()[row - 1].time >= model->rows()[row].time);
    CHECK(model->index(0, HistoryTableModel::Time).data().toString() ==
          QStringLiteral("28 Nov 2026 12.00.00 WIB"));
    CHECK(model->index(0, HistoryTableModel::Step).data().toString() == QStringLiteral("Selesai"));
    CHECK(model->index(0, HistoryTableModel::Value).data().toString() == QStringLiteral("3,85 m"));
    // The range fields show it in WIB.
    CHECK(rig.panel->fromEdit()->instant() == t0.addSecs(-24 * 3600));
    CHECK(rig.panel->untilEdit()->instant() == t0);
    CHECK(rig.panel->fromEdit()->text() == QStringLiteral("27/11/2026 13.00"));

    // Seven days reach the egg price's onset; "Shift ini" only the last eight hours.
    rig.panel->showLast(7 * 24 * 3600);
    CHECK(model->rowCount() == 11);
    rig.panel->showLast(8 * 3600);
    CHECK(model->rowCount() == 8);
    CHECK(rig.column(HistoryTableModel::Alarm)
              .filter(QStringLiteral("telur"), Qt::CaseInsensitive)
              .isEmpty());

    // A range typed in: fixed, and the end is exclusive.
    rig.panel->setRange(t0.addSecs(-5 * 3600), t0.addSecs(-80 * 60));
    CHECK(model->rowCount() == 6);
    CHECK(rig.panel->currentQuery().until == t0.addSecs(-80 * 60));
    rig.panel->setRange(t0, t0.addSecs(-3600));
    CHECK(model->rowCount() == 0);
    CHECK(rig.panel->countLine()->text() ==
          QStringLiteral("Waktu mulai harus sebelum waktu akhir."));
}

TEST_CASE("The history's filters narrow the rows", "[history]")
{
    HistoryRig rig;
    const HistoryTableModel *model = rig.panel->model();
    REQUIRE(model->rowCount() == 9);

    // The combos list the config's indicators, feeds and OPDs, and the states in words.
    CHECK(rig.panel->sourceFilter()->count() == 1 + 3 + 4);
    CHECK(rig.panel->sourceFilter()->itemText(1) ==
          QStringLiteral("Indikator: Tinggi muka air Lodoyo"));
    CHECK(rig.panel->opdFilter()->count() == 1 + 3);
    CHECK(rig.panel->stateFilter()->itemText(5) == QStringLiteral("Ditunda"));

    rig.choose(rig.panel->severityFilter(), QStringLiteral("warning"));
    CHECK(model->rowCount() == 2);
    CHECK(rig.column(HistoryTableModel::Severity) ==
          QStringList(2, QStringLiteral("\u25b2 Waspada")));
    rig.choose(rig.panel->severityFilter(), QStringLiteral("critical"));
    CHECK(model->rowCount() == 7);
    rig.choose(rig.panel->severityFilter(), QString());

    rig.choose(rig.panel->sourceFilter(), QStringLiteral("indicator:tma.lodoyo"));
    CHECK(model->rowCount() == 3);
    CHECK(rig.column(HistoryTableModel::Step) == QStringList{QStringLiteral("Selesai"),
                                                             QStringLiteral("Diakui"),
                                                             QStringLiteral("Muncul")});
    // A feed takes its indicators' rules as well as its own failing rule.
    rig.choose(rig.panel->sourceFilter(), QStringLiteral("feed:kominfo-112-harian"));
    CHECK(model->rowCount() == 3);
    rig.choose(rig.panel->sourceFilter(), QString());

    rig.choose(rig.panel->opdFilter(), KominfoOpd);
    CHECK(model->rowCount() == 5);
    rig.choose(rig.panel->stateFilter(), QStringLiteral("shelved"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, HistoryTableModel::Note).data().toString() ==
          QStringLiteral("Sudah dilaporkan, menunggu \"rekap\" Kominfo (sampai 28 Nov 2026 "
                         "14.00.00 WIB)"));
    CHECK(model->index(0, HistoryTableModel::Who).data().toString() == QStringLiteral("Sari"));
    rig.choose(rig.panel->severityFilter(), QStringLiteral("critical"));
    CHECK(model->rowCount() == 0);
    CHECK(rig.panel->countLine()->text() ==
          QStringLiteral("Tidak ada langkah alarm yang cocok dalam rentang ini."));
}

TEST_CASE("The history shows at most 5.000 rows and says so", "[history]")
{
    HistoryRig rig;
    // A chattering rule: 5.010 steps in the last two hours.
    QList<AlarmTransition> flood;
    for (int i = 0; i < HistoryPanel::RowCap + 10; ++i) {
        AlarmTransition step = historyRow(
            "tma-siaga", i % 2 ? AlarmAction::Cleared : AlarmAction::Raised,
            i % 2 ? AlarmState::Normal : AlarmState::ActiveUnacknowledged, 120.0 - i * 0.02, 120);
        flood.append(step);
    }
    REQUIRE(rig.alerts->journal()->append(flood));
    rig.panel->refresh();
    const HistoryTableModel *model = rig.panel->model();
    CHECK(model->rowCount() == HistoryPanel::RowCap);
    CHECK(rig.panel->countLine()->text().startsWith(
        QStringLiteral("Hanya 5.000 langkah terbaru yang ditampilkan")));
    // The newest are the ones kept.
    CHECK(model->rows().first().time == flood.last().time);

    // Narrowed below the cap, the line counts again.
    rig.choose(rig.panel->sourceFilter(), QStringLiteral("feed:kominfo-112-harian"));
    CHECK(model->rowCount() == 3);
    CHECK(rig.panel->countLine()->text() == QStringLiteral("3 langkah, terbaru di atas."));
}

TEST_CASE("Selecting a history row shows its event's timeline", "[history]")
{
    HistoryRig rig;
    rig.panel->show();
    REQUIRE(QTest::qWaitForWindowExposed(rig.panel.get()));
    CHECK(rig.panel->timeline()->count() == 0);
    const QStringList steps = rig.column(HistoryTableModel::Step);
    const QStringList alarms = rig.column(HistoryTableModel::Alarm);
    int acknowledged = -1;
    for (int row = 0; row < steps.size(); ++row)
        if (steps[row] == QLatin1String("Diakui") && alarms[row].contains(QLatin1String("Lodoyo")))
            acknowledged = row;
    REQUIRE(acknowledged >= 0);
    rig.panel->table()->selectRow(acknowledged);

    QListWidget *timeline = rig.panel->timeline();
    REQUIRE(timeline->count() == 3);
    CHECK(timeline->item(0)->text() ==
          QStringLiteral("28 Nov 2026 10.00.00 WIB \u2014 Muncul \u2014 nilai 4,21 m"));
    CHECK(timeline->item(1)->text() ==
          QStringLiteral("28 Nov 2026 10.02.14 WIB \u2014 Diakui oleh Sari \u2014 BPBD sudah di "
                         "lokasi \u2014 diakui 2 mnt 14 dtk setelah muncul"));
    CHECK(
        timeline->item(2)->text().endsWith(QStringLiteral("selesai 1 jam 57 mnt setelah diakui")));
    CHECK(rig.panel->timelineTitle()->text().contains(QStringLiteral("3 langkah")));

    // A new step in the journal, announced by the wall's alarms: the shown tab asks again and
    // the selection stays.
    AlarmTransition raised =
        historyRow("aduan-menumpuk", AlarmAction::Raised, AlarmState::ActiveUnacknowledged, 0, 0);
    REQUIRE(rig.alerts->journal()->append({raised}));
    emit rig.alerts->stepsTaken({raised});
    CHECK(rig.panel->model()->rowCount() == 10);
    CHECK(rig.panel->model()->index(0, HistoryTableModel::Alarm).data().toString() ==
          QStringLiteral("Lebih dari 60 aduan belum ditangani"));
    CHECK(timeline->count() == 3);
    CHECK(rig.panel->table()->currentIndex().row() == acknowledged + 1);
}

TEST_CASE("The history's CSV export writes the rows shown", "[history]")
{
    HistoryRig rig;
    rig.choose(rig.panel->opdFilter(), KominfoOpd);
    REQUIRE(rig.panel->model()->rowCount() == 5);
    const QString path = rig.dir.filePath(QStringLiteral("riwayat.csv"));
    QString error;
    REQUIRE(rig.panel->exportCsv(path, &error));
    CHECK(error.isEmpty());
    const QString text = QString::fromUtf8(historyFileBytes(path));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 1 + 5 + 1); // the header, the rows, and the empty after the last
    CHECK(lines[0] == QStringLiteral("waktu,tingkat,aturan,pesan,langkah,status,operator,pengguna,"
                                     "stasiun,catatan,sampai,nilai,indikator,feed,opd,kejadian"));
    CHECK(lines.last().isEmpty());
    // Newest first, as shown: the 112 feed's acknowledgement of its returned alarm.
    CHECK(lines[1] == QStringLiteral("2026-11-28T11:40:00+07:00,critical,feed-112-gagal,"
                                     "Data Call Center 112 gagal dimuat selama 15 menit,"
                                     "acknowledged,normal,Sari,budi,cc-meja-1,,,,,"
                                     "kominfo-112-harian,Dinas Komunikasi dan Informatika,"
                                     "feed-112-gagal@%1")
                          .arg(t0.addSecs(-120 * 60).toMSecsSinceEpoch()));
    // A note with a comma and quotes is quoted (RFC 4180); the shelve's expiry has its offset.
    CHECK(lines[4].contains(QStringLiteral(",shelved,shelved,Sari,budi,cc-meja-1,\"Sudah "
                                           "dilaporkan, menunggu \"\"rekap\"\" Kominfo\","
                                           "2026-11-28T14:00:00+07:00,,aduan.belum,")));

    // Values with a decimal point, whatever the locale.
    rig.choose(rig.panel->opdFilter(), QString());
    rig.choose(rig.panel->sourceFilter(), QStringLiteral("indicator:tma.lodoyo"));
    REQUIRE(rig.panel->exportCsv(path, &error));
    const QString tma = QString::fromUtf8(historyFileBytes(path));
    CHECK(tma.contains(QStringLiteral(",3.85,tma.lodoyo,")));
    CHECK(tma.contains(QStringLiteral(",4.21,tma.lodoyo,")));

    // A folder that is not there: said, not thrown.
    CHECK_FALSE(
        rig.panel->exportCsv(rig.dir.filePath(QStringLiteral("tidak-ada/riwayat.csv")), &error));
    CHECK(error.contains(QStringLiteral("tidak-ada")));
}

TEST_CASE("The shift report is written as PDF and CSV side by side", "[history]")
{
    HistoryRig rig;
    QSignalSpy messages(rig.panel.get(), &HistoryPanel::message);
    const QString pdf = rig.dir.filePath(QStringLiteral("laporan-shift.pdf"));
    QString error;
    REQUIRE(rig.panel->writeShiftReport(pdf, t0.addSecs(-8 * 3600), t0, QStringLiteral("Sari"),
                                        &error));
    const QString csv = rig.dir.filePath(QStringLiteral("laporan-shift.csv"));
    CHECK(historyFileBytes(pdf).startsWith("%PDF"));
    const QString text = historyPdfText(pdf);
    CHECK(text.contains(QStringLiteral("Laporan Shift Alarm")));
    CHECK(text.contains(QStringLiteral("Command Center Kabupaten Blitar")));
    CHECK(text.contains(QStringLiteral("Sari")));
    const QString csvText = QString::fromUtf8(historyFileBytes(csv));
    CHECK(csvText.contains(QStringLiteral("ringkasan")));
    CHECK(csvText.contains(QStringLiteral("tma-siaga")));
    REQUIRE(messages.size() == 1);
    const QString said = messages[0][0].toString();
    CHECK(said.startsWith(QStringLiteral("Laporan shift disimpan: ")));
    CHECK(said.contains(pdf));
    CHECK(said.contains(csv));

    // The dialog offers the last shift, and the system user as its author.
    rig.panel->openShiftReport();
    ShiftReportDialog *dialog = rig.panel->shiftReportDialog();
    REQUIRE(dialog);
    CHECK(dialog->from() == t0.addSecs(-8 * 3600));
    CHECK(dialog->until() == t0);
    CHECK(dialog->generatedByField()->text() == AlertModel::osUser());
    CHECK(dialog->untilEdit()->text() == QStringLiteral("28/11/2026 13.00"));
    dialog->reject();

    // An empty range is refused in words.
    CHECK_FALSE(rig.panel->writeShiftReport(pdf, t0, t0, QStringLiteral("Sari"), &error));
    CHECK(error == QStringLiteral("Waktu mulai harus sebelum waktu akhir."));
}

TEST_CASE("Without a journal the history says why and waits, and takes a new one on reload",
          "[history]")
{
    HistoryRig rig(false);
    CHECK(rig.panel->model()->rowCount() == 0);
    CHECK_FALSE(rig.panel->unavailableLine()->isHidden());
    CHECK(rig.panel->unavailableLine()->text() == QStringLiteral("Tidak ada jurnal alarm."));
    CHECK_FALSE(rig.panel->exportButton()->isEnabled());
    CHECK_FALSE(rig.panel->reportButton()->isEnabled());
    CHECK_FALSE(rig.panel->severityFilter()->isEnabled());
    QString error;
    CHECK_FALSE(rig.panel->writeShiftReport(rig.dir.filePath(QStringLiteral("x.pdf")),
                                            t0.addSecs(-3600), t0, {}, &error));
    CHECK(error == QStringLiteral("Tidak ada jurnal alarm."));

    // A reload: the old model goes, a new one with a journal comes.
    rig.panel->setSource(nullptr);
    AlertModel::Storage storage;
    storage.journal = rig.dir.filePath(QStringLiteral("alarm.sqlite"));
    auto reloaded = std::make_unique<AlertModel>(QList<AlertRule>{}, &rig.wall.clock, storage);
    REQUIRE(reloaded->journal()->append(historyRows()));
    rig.panel->setSource(reloaded.get());
    CHECK(rig.panel->unavailableLine()->isHidden());
    CHECK(rig.panel->exportButton()->isEnabled());
    CHECK(rig.panel->model()->rowCount() == 9);
    rig.panel->setSource(nullptr);
}
