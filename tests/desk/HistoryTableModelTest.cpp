#include "HistoryTableModel.h"

#include "TestValues.h"
#include "locale/Formatter.h"
#include "theme/Theme.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// The desk's alarm history table, on hand-made journal rows: every column's words.

namespace {

Formatter historyFormatter()
{
    return Formatter(QLocale(QStringLiteral("id_ID")), jakarta());
}

// A Lodoyo river-level alarm's onset at 13.00 WIB, as the journal keeps it.
AlarmTransition historyStep(AlarmAction action, AlarmState state, qint64 secondsAfter)
{
    AlarmTransition step;
    step.time = t0.addSecs(secondsAfter);
    step.event = QStringLiteral("tma-siaga@%1").arg(t0.toMSecsSinceEpoch());
    step.rule = QStringLiteral("tma-siaga");
    step.action = action;
    step.state = state;
    step.severity = AlertSeverity::Critical;
    step.indicator = QStringLiteral("tma.lodoyo");
    step.feed = QStringLiteral("bpbd-tinggi-muka-air");
    step.opd = QStringLiteral("BPBD");
    step.message = QStringLiteral("Tinggi muka air Kali Brantas di Lodoyo berstatus siaga");
    step.station = QStringLiteral("cc-meja-1");
    return step;
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts.append(model.index(row, c).data().toString());
    return texts;
}

} // namespace

TEST_CASE("The history table shows every column of a journal step in the desk's words", "[history]")
{
    const Formatter formatter = historyFormatter();
    HistoryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFormatter(&formatter);
    model.setTheme(&Theme::wall());
    model.setUnits({{QStringLiteral("tma.lodoyo"), {QStringLiteral("m"), 2}},
                    {QStringLiteral("harga.telur"), {QStringLiteral("Rp"), 0}}});

    AlarmTransition raised = historyStep(AlarmAction::Raised, AlarmState::ActiveUnacknowledged, 0);
    raised.value = 4.126;
    AlarmTransition acknowledged =
        historyStep(AlarmAction::Acknowledged, AlarmState::ActiveAcknowledged, 134);
    acknowledged.user = QStringLiteral("budi");
    acknowledged.operatorName = QStringLiteral("Sari");
    acknowledged.note = QStringLiteral("Sudah dikoordinasikan dengan BPBD");
    // Imported from an old JSON Lines log: it knew the user, not the station.
    AlarmTransition imported;
    imported.time = utc(2026, 11, 27, 16, 30, 5);
    imported.event = QStringLiteral("telur-mahal@1764260000000");
    imported.rule = QStringLiteral("telur-mahal");
    imported.action = AlarmAction::Acknowledged;
    imported.state = AlarmState::ActiveAcknowledged;
    imported.severity = AlertSeverity::Warning;
    imported.indicator = QStringLiteral("harga.telur");
    imported.message = QStringLiteral("Harga telur ayam ras di atas Rp31.000/kg");
    imported.value = 31250;
    imported.user = QStringLiteral("operator");
    AlarmTransition shelved = historyStep(AlarmAction::Shelved, AlarmState::Shelved, 600);
    shelved.user = QStringLiteral("budi");
    shelved.note = QStringLiteral("Sensor dibersihkan, pembacaan tidak tepat");
    shelved.until = t0.addSecs(2 * 3600);
    model.setRows({raised, acknowledged, imported, shelved});

    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.columnCount() == HistoryTableModel::ColumnCount);
    CHECK(rowTexts(model, 0) ==
          QStringList{QStringLiteral("28 Nov 2026 13.00.00 WIB"), QStringLiteral("\u2716 Kritis"),
                      QStringLiteral("Tinggi muka air Kali Brantas di Lodoyo berstatus siaga"),
                      QStringLiteral("Muncul"), QStringLiteral("Aktif, belum diakui"),
                      QStringLiteral("sistem"), QStringLiteral("cc-meja-1"), QString(),
                      QStringLiteral("4,13 m")});
    CHECK(rowTexts(model, 1) ==
          QStringList{QStringLiteral("28 Nov 2026 13.02.14 WIB"), QStringLiteral("\u2716 Kritis"),
                      QStringLiteral("Tinggi muka air Kali Brantas di Lodoyo berstatus siaga"),
                      QStringLiteral("Diakui"), QStringLiteral("Aktif, diakui"),
                      QStringLiteral("Sari"), QStringLiteral("cc-meja-1"),
                      QStringLiteral("Sudah dikoordinasikan dengan BPBD"), QString()});
    CHECK(rowTexts(model, 2) ==
          QStringList{QStringLiteral("27 Nov 2026 23.30.05 WIB"), QStringLiteral("\u25b2 Waspada"),
                      QStringLiteral("Harga telur ayam ras di atas Rp31.000/kg"),
                      QStringLiteral("Diakui"), QStringLiteral("Aktif, diakui"),
                      QStringLiteral("operator"), QString(), QString(),
                      QStringLiteral("Rp31.250")});
    CHECK(rowTexts(model, 3) ==
          QStringList{QStringLiteral("28 Nov 2026 13.10.00 WIB"), QStringLiteral("\u2716 Kritis"),
                      QStringLiteral("Tinggi muka air Kali Brantas di Lodoyo berstatus siaga"),
                      QStringLiteral("Ditunda"), QStringLiteral("Ditunda"), QStringLiteral("budi"),
                      QStringLiteral("cc-meja-1"),
                      QStringLiteral("Sensor dibersihkan, pembacaan tidak tepat (sampai 28 Nov "
                                     "2026 15.00.00 WIB)"),
                      QString()});

    // The rule id, and both names of who acknowledged, are a hover away.
    CHECK(model.index(0, HistoryTableModel::Alarm).data(Qt::ToolTipRole).toString() ==
          QStringLiteral(
              "Tinggi muka air Kali Brantas di Lodoyo berstatus siaga\nAturan: tma-siaga"));
    CHECK(model.index(0, HistoryTableModel::Time).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Sabtu, 28 November 2026 13.00.00 WIB"));
    CHECK(model.index(1, HistoryTableModel::Who).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Sari (pengguna budi)"));
    CHECK(model.index(1, 0).data(HistoryTableModel::EventRole).toString() == acknowledged.event);
    CHECK(model.index(3, 0).data(HistoryTableModel::RuleRole).toString() ==
          QStringLiteral("tma-siaga"));
    CHECK(model.index(0, HistoryTableModel::Severity).data(Qt::ForegroundRole).value<QColor>() ==
          Theme::wall().statusInk(IndicatorStatus::Critical));
    CHECK(model.index(2, HistoryTableModel::Severity).data(Qt::ForegroundRole).value<QColor>() ==
          Theme::wall().statusInk(IndicatorStatus::Warning));

    // Every header is a word.
    for (int c = 0; c < model.columnCount(); ++c)
        CHECK_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty());
    CHECK(model.headerData(HistoryTableModel::State, Qt::Horizontal).toString() ==
          QStringLiteral("Status"));
    CHECK(model.headerData(HistoryTableModel::State, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("Status peringatan sesudah langkah ini"));
}

TEST_CASE("The history table names every step of the lifecycle", "[history]")
{
    const auto word = [](AlarmAction action, const QString &user = {}) {
        AlarmTransition step;
        step.action = action;
        step.user = user;
        return HistoryTableModel::actionText(step);
    };
    CHECK(word(AlarmAction::Raised) == QStringLiteral("Muncul"));
    CHECK(word(AlarmAction::Acknowledged, QStringLiteral("budi")) == QStringLiteral("Diakui"));
    CHECK(word(AlarmAction::Returned) == QStringLiteral("Pulih (belum diakui)"));
    CHECK(word(AlarmAction::Cleared) == QStringLiteral("Selesai"));
    CHECK(word(AlarmAction::Shelved, QStringLiteral("budi")) == QStringLiteral("Ditunda"));
    // Lifted by an operator, or by its expiry with nobody's hand on it.
    CHECK(word(AlarmAction::Unshelved, QStringLiteral("budi")) ==
          QStringLiteral("Tunda dibatalkan"));
    CHECK(word(AlarmAction::Unshelved) == QStringLiteral("Tunda berakhir"));
    CHECK(word(AlarmAction::Suppressed) == QStringLiteral("Ditahan"));
    CHECK(word(AlarmAction::Unsuppressed) == QStringLiteral("Dilepas"));
    CHECK(word(AlarmAction::RemovedFromService, QStringLiteral("budi")) ==
          QStringLiteral("Dinonaktifkan"));
    CHECK(word(AlarmAction::ReturnedToService, QStringLiteral("budi")) ==
          QStringLiteral("Diaktifkan lagi"));

    QStringList states;
    for (const AlarmStateInfo &state : AlarmStates)
        states.append(HistoryTableModel::stateText(state.value));
    CHECK(states == QStringList{QStringLiteral("Normal"), QStringLiteral("Aktif, belum diakui"),
                                QStringLiteral("Aktif, diakui"),
                                QStringLiteral("Pulih, belum diakui"), QStringLiteral("Ditunda"),
                                QStringLiteral("Ditahan"), QStringLiteral("Di luar layanan")});
}

TEST_CASE("The history table writes a value the config no longer describes as it came", "[history]")
{
    const Formatter formatter = historyFormatter();
    HistoryTableModel model;
    model.setFormatter(&formatter);
    AlarmTransition step = historyStep(AlarmAction::Raised, AlarmState::ActiveUnacknowledged, 0);
    step.indicator = QStringLiteral("indikator.lama");
    step.value = 12.5;
    CHECK(model.valueText(step) == QStringLiteral("12,5"));
    step.value = 1234567;
    CHECK(model.valueText(step) == QStringLiteral("1.234.567"));
    step.value.reset();
    CHECK(model.valueText(step).isEmpty());
}

TEST_CASE("An event's timeline says how long after the step before each step came", "[history]")
{
    const Formatter formatter = historyFormatter();
    HistoryTableModel model;
    model.setFormatter(&formatter);
    model.setUnits({{QStringLiteral("tma.lodoyo"), {QStringLiteral("m"), 2}}});
    AlarmTransition raised = historyStep(AlarmAction::Raised, AlarmState::ActiveUnacknowledged, 0);
    raised.value = 4.2;
    AlarmTransition acknowledged =
        historyStep(AlarmAction::Acknowledged, AlarmState::ActiveAcknowledged, 134);
    acknowledged.user = QStringLiteral("budi");
    acknowledged.operatorName = QStringLiteral("Sari");
    acknowledged.note = QStringLiteral("BPBD sudah di lokasi");
    AlarmTransition cleared = historyStep(AlarmAction::Cleared, AlarmState::Normal, 3 * 3600 + 134);
    cleared.value = 3.85;

    CHECK(model.timeline({raised, acknowledged, cleared}) ==
          QStringList{QStringLiteral("28 Nov 2026 13.00.00 WIB \u2014 Muncul \u2014 nilai 4,20 m"),
                      QStringLiteral("28 Nov 2026 13.02.14 WIB \u2014 Diakui oleh Sari \u2014 BPBD "
                                     "sudah di lokasi \u2014 diakui 2 mnt 14 dtk setelah muncul"),
                      QStringLiteral("28 Nov 2026 16.02.14 WIB \u2014 Selesai \u2014 nilai 3,85 m "
                                     "\u2014 selesai 3 jam 0 mnt setelah diakui")});
    CHECK(model.timeline({}).isEmpty());
}
