// The control desk's alarm history ("Riwayat") beside a real wall running the demo config: an
// alarm raised by the wall's data and acknowledged through its alarm model shows up in the tab
// with both steps, and a realistic journal is drawn readably (the README's screenshot).

#include "ControlDesk.h"
#include "HistoryPanel.h"
#include "HistoryTableModel.h"
#include "TestValues.h"
#include "Wall.h"
#include "alarms/AlarmJournal.h"
#include "config/ConfigLoader.h"
#include "feeds/FeedResult.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

// The demo config beside a wall of its first screen, with the desk; the journal and the cache
// in a temporary folder.
struct HistoryDesk
{
    QTemporaryDir dir;
    std::unique_ptr<Wall> wall;
    std::unique_ptr<ControlDesk> desk;

    // `asBuiltInDemo`: named as the program names its built-in demo, so the desk reads "demo
    // bawaan" as a supervisor trying the demo sees it (for the screenshot); such a wall cannot
    // reload, having no file to read again.
    explicit HistoryDesk(bool asBuiltInDemo = false)
    {
        qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
        ConfigLoader::Result loaded =
            ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
        REQUIRE(loaded.config);
        if (asBuiltInDemo)
            loaded.config->sourcePath = QStringLiteral(":/pantau/demo.json");
        wall = std::make_unique<Wall>(*loaded.config, Wall::Mode::Wall);
        wall->setScreenFilter({QStringLiteral("WALL-1")});
        QString error;
        REQUIRE(wall->build(false, &error));
        wall->show(true);
        desk = std::make_unique<ControlDesk>(wall.get());
        desk->show();
        REQUIRE(QTest::qWaitForWindowExposed(desk.get()));
    }

    ~HistoryDesk()
    {
        desk.reset(); // the desk uses the wall's models
        wall.reset();
    }

    AlertModel *alerts() const { return wall->hub()->alerts(); }

    void openHistory() const
    {
        desk->tabs()->setCurrentWidget(desk->history());
        REQUIRE(desk->history()->isVisible());
    }

    // Rows of the history table for one rule: its steps' words, newest first.
    QStringList stepsOf(const QString &rule) const
    {
        QStringList steps;
        const HistoryTableModel *model = desk->history()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(HistoryTableModel::RuleRole).toString() == rule)
                steps.append(model->index(row, HistoryTableModel::Step).data().toString());
        return steps;
    }
};

struct DemoRule
{
    const char *rule;
    const char *indicator; // empty for a feed's failing rule
    const char *feed;
};

// Rules of the demo config with where their data comes from.
const DemoRule DemoRules[] = {
    {"tma-siaga", "tma.lodoyo", "bpbd-tinggi-muka-air"},
    {"tma-wlingi-siaga", "tma.wlingi", "bpbd-tinggi-muka-air"},
    {"telur-mahal", "harga.telur", "diskoperindag-harga-pangan"},
    {"cabai-mahal", "harga.cabai-rawit", "diskoperindag-harga-pangan"},
    {"respon-112-lambat", "112.waktu-respon", "kominfo-112-harian"},
    {"aduan-menumpuk", "aduan.status.belum_ditangani", "kominfo-aduan-status"},
    {"tt-penuh-srengat", "tt.kosong.srengat", "dinkes-tempat-tidur"},
    {"pm25-tidak-sehat", "udara.pm25.kanigoro", "dlh-kualitas-udara"},
    {"feed-112-gagal", "", "kominfo-112-harian"},
};

// A shift's worth of journal steps of the demo's rules, ending `now`: onsets, acknowledgements
// by three operators at two desks, returns and clears, a shelve with its reason, a rule taken
// out of service for maintenance.
QList<AlarmTransition> demoShift(const Config &config, const QDateTime &now)
{
    QHash<QString, QString> opdOfFeed;
    for (const FeedConfig &feed : config.feeds)
        opdOfFeed.insert(feed.id, feed.opd);
    QHash<QString, AlertRule> rules;
    for (const AlertRule &rule : config.alerts)
        rules.insert(rule.id, rule);
    QList<AlarmTransition> steps;
    const auto step = [&](int ruleIndex, AlarmAction action, AlarmState state, int minutesAgo,
                          int onsetMinutesAgo, std::optional<double> value = {},
                          const char *operatorName = "", const char *user = "",
                          const char *note = "") {
        const DemoRule &demo = DemoRules[ruleIndex];
        const AlertRule rule = rules.value(QString::fromUtf8(demo.rule));
        REQUIRE_FALSE(rule.id.isEmpty());
        AlarmTransition s;
        s.time = now.addSecs(-minutesAgo * 60 - 17 * ruleIndex);
        s.rule = rule.id;
        if (onsetMinutesAgo >= 0)
            s.event =
                AlertModel::eventId(rule.id, now.addSecs(-onsetMinutesAgo * 60 - 17 * ruleIndex));
        s.action = action;
        s.state = state;
        s.severity = rule.severity;
        s.indicator = QString::fromUtf8(demo.indicator);
        s.feed = QString::fromUtf8(demo.feed);
        s.opd = opdOfFeed.value(s.feed);
        s.message = rule.message.id;
        s.value = value;
        s.operatorName = QString::fromUtf8(operatorName);
        s.user = QString::fromUtf8(user);
        s.station = s.user.isEmpty()                  ? QStringLiteral("cc-dinding")
                    : s.user == QLatin1String("dewi") ? QStringLiteral("cc-meja-2")
                                                      : QStringLiteral("cc-meja-1");
        s.note = QString::fromUtf8(note);
        steps.append(s);
        return &steps.last();
    };
    using A = AlarmAction;
    using S = AlarmState;
    // The river at Lodoyo and Wlingi rose through the morning.
    step(0, A::Raised, S::ActiveUnacknowledged, 455, 455, 4.12);
    step(0, A::Acknowledged, S::ActiveAcknowledged, 452, 455, {}, "Sari", "sari",
         "BPBD sudah diberi tahu, petugas menuju pintu air");
    step(1, A::Raised, S::ActiveUnacknowledged, 430, 430, 4.05);
    step(1, A::Acknowledged, S::ActiveAcknowledged, 421, 430, {}, "Sari", "sari");
    step(1, A::Cleared, S::Normal, 350, 430, 3.78);
    step(0, A::Cleared, S::Normal, 330, 455, 3.86);
    // Prices in the morning market.
    step(2, A::Raised, S::ActiveUnacknowledged, 400, 400, 31400);
    step(2, A::Acknowledged, S::ActiveAcknowledged, 396, 400, {}, "Agus Prasetyo", "agus",
         "Sudah dicek ke Pasar Legi, stok telur berkurang");
    step(3, A::Raised, S::ActiveUnacknowledged, 380, 380, 104000);
    step(3, A::Returned, S::ReturnedUnacknowledged, 362, 380, 98000);
    step(3, A::Acknowledged, S::Normal, 355, 380, {}, "Agus Prasetyo", "agus");
    // The 112 data failed for a while, holding back its response-time alarm.
    step(8, A::Raised, S::ActiveUnacknowledged, 300, 300);
    step(4, A::Suppressed, S::Suppressed, 300, -1);
    step(8, A::Acknowledged, S::ActiveAcknowledged, 297, 300, {}, "Dewi", "dewi",
         "Server Kominfo sedang pemeliharaan");
    step(8, A::Cleared, S::Normal, 262, 300);
    step(4, A::Unsuppressed, S::Normal, 262, -1);
    step(4, A::Raised, S::ActiveUnacknowledged, 250, 250, 7.6);
    step(4, A::Acknowledged, S::ActiveAcknowledged, 244, 250, {}, "Dewi", "dewi");
    step(4, A::Cleared, S::Normal, 200, 250, 6.4);
    // Complaints piling up: shelved while Kominfo works through them.
    step(5, A::Raised, S::ActiveUnacknowledged, 230, 230, 64);
    step(5, A::Acknowledged, S::ActiveAcknowledged, 226, 230, {}, "Sari", "sari");
    AlarmTransition *shelve = step(5, A::Shelved, S::Shelved, 220, 230, {}, "Sari", "sari",
                                   "Kominfo sedang memproses, dicek lagi siang");
    shelve->until = now.addSecs(-220 * 60 + 2 * 3600);
    step(5, A::Unshelved, S::ActiveAcknowledged, 100, 230);
    step(5, A::Cleared, S::Normal, 80, 230, 52);
    // Beds at RSUD Srengat.
    step(6, A::Raised, S::ActiveUnacknowledged, 170, 170, 5);
    step(6, A::Acknowledged, S::ActiveAcknowledged, 168, 170, {}, "Dewi", "dewi",
         "Koordinasi dengan Dinkes, rujukan ke RSUD Ngudi Waluyo");
    step(6, A::Cleared, S::Normal, 120, 170, 7);
    // The air sensor at Kanigoro out for maintenance.
    step(7, A::RemovedFromService, S::OutOfService, 150, -1, {}, "Agus Prasetyo", "agus",
         "Sensor PM2,5 Kanigoro dikalibrasi DLH");
    step(7, A::ReturnedToService, S::Normal, 60, -1, {}, "Agus Prasetyo", "agus");
    // The afternoon.
    step(0, A::Raised, S::ActiveUnacknowledged, 42, 42, 4.18);
    step(0, A::Acknowledged, S::ActiveAcknowledged, 38, 42, {}, "Sari", "sari",
         "Pintu air Lodoyo dibuka bertahap");
    step(2, A::Cleared, S::Normal, 35, 400, 30800);
    step(3, A::Raised, S::ActiveUnacknowledged, 20, 20, 101500);
    step(1, A::Raised, S::ActiveUnacknowledged, 9, 9, 4.02);
    return steps;
}

} // namespace

TEST_CASE("The desk's Riwayat tab shows an alarm's onset and acknowledgement from the journal",
          "[history]")
{
    HistoryDesk d;
    HistoryPanel *history = d.desk->history();
    REQUIRE(history);
    CHECK(d.desk->tabs()->tabText(d.desk->tabs()->indexOf(history)) == QStringLiteral("&Riwayat"));
    REQUIRE(d.alerts()->journal());
    CHECK(history->unavailableLine()->isHidden());
    d.openHistory();

    // The Lodoyo river above its alert level, as the wall's data brings it.
    FeedResult result;
    result.feedId = QStringLiteral("bpbd-tinggi-muka-air");
    result.fetchTime = d.wall->clock()->now();
    result.samples = {{QStringLiteral("tma.lodoyo"), 4.6, {}, false}};
    d.wall->hub()->apply(result);
    REQUIRE(d.alerts()->indexOf(QStringLiteral("tma-siaga")).isValid());
    REQUIRE(d.alerts()->acknowledge(QStringLiteral("tma-siaga"), QStringLiteral("Sari"),
                                    QStringLiteral("BPBD sudah di lokasi")));

    // The tab in sight asked the journal again at each step: both are there, newest first.
    const QStringList steps = d.stepsOf(QStringLiteral("tma-siaga"));
    CAPTURE(steps.join(u',').toStdString());
    const qsizetype acknowledged = steps.indexOf(QStringLiteral("Diakui"));
    REQUIRE(acknowledged >= 0);
    CHECK(steps.indexOf(QStringLiteral("Muncul"), acknowledged) > acknowledged);

    // Its timeline: the onset, then the acknowledgement by Sari.
    const HistoryTableModel *model = history->model();
    int row = 0;
    while (
        row < model->rowCount() &&
        !(model->index(row, 0).data(HistoryTableModel::RuleRole).toString() ==
              QLatin1String("tma-siaga") &&
          model->index(row, HistoryTableModel::Step).data().toString() == QLatin1String("Diakui")))
        ++row;
    REQUIRE(row < model->rowCount());
    CHECK(model->index(row, HistoryTableModel::Who).data().toString() == QStringLiteral("Sari"));
    CHECK(model->index(row, HistoryTableModel::Note).data().toString() ==
          QStringLiteral("BPBD sudah di lokasi"));
    CHECK(model->index(row, HistoryTableModel::Time)
              .data()
              .toString()
              .endsWith(QStringLiteral("WIB")));
    history->table()->selectRow(row);
    QListWidget *timeline = history->timeline();
    REQUIRE(timeline->count() >= 2);
    CHECK(timeline->item(0)->text().contains(QStringLiteral("Muncul \u2014 nilai 4,60 m")));
    CHECK(timeline->item(1)->text().contains(QStringLiteral("Diakui oleh Sari")));
    CHECK(timeline->item(1)->text().contains(QStringLiteral("setelah muncul")));

    // A config reload rebuilds the alarm model with a journal of its own: the tab reads that.
    // (The old model and its journal are gone: a panel still holding them would crash here.)
    QStringList errors;
    REQUIRE(d.wall->reload(&errors));
    REQUIRE(d.alerts()->journal());
    CHECK(history->unavailableLine()->isHidden());
    CHECK(history->exportButton()->isEnabled());
    CHECK(d.stepsOf(QStringLiteral("tma-siaga")).contains(QStringLiteral("Diakui")));
}

TEST_CASE("The desk's Riwayat tab on a realistic shift (the README's screenshot)", "[history]")
{
    HistoryDesk d(true);
    const QDateTime now = d.wall->clock()->now();
    QString error;
    const QList<AlarmTransition> shift = demoShift(d.wall->config(), now);
    REQUIRE(d.alerts()->journal()->append(shift, &error));
    d.openHistory();
    HistoryPanel *history = d.desk->history();
    history->showLast(8 * 3600);
    // The demo's own polls may have raised a few more by now.
    REQUIRE(history->model()->rowCount() >= shift.size());

    // Every header reads in full at the starting widths, and the table fits the tab's width.
    QTableView *table = history->table();
    const QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
        CAPTURE(text.toStdString());
        CHECK(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(text) + 8);
    }
    CHECK(header->length() <= table->viewport()->width());

    // The Lodoyo afternoon onset, acknowledged by Sari, selected to show its timeline.
    const HistoryTableModel *model = history->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, HistoryTableModel::Note).data().toString() ==
            QLatin1String("Pintu air Lodoyo dibuka bertahap")) {
            table->selectRow(row);
            break;
        }
    REQUIRE(history->timeline()->count() == 2);
    QTest::qWait(50);
    d.desk->grab().save(QDir::current().filePath(QStringLiteral("desk-history-test.png")));
}
