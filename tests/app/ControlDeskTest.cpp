// The supervisor's control desk, in the wall's own process (--control) and alone (--mode
// desktop): overview, pin and release, acknowledge, reload errors, tile detail and CSV.

#include "ControlDesk.h"

#include "AboutDialog.h"
#include "PantauVersion.h"
#include "ScreenMiniature.h"
#include "TestValues.h"
#include "Wall.h"
#include "alarms/AlarmJournal.h"
#include "binding/RepaintScheduler.h"
#include "config/ConfigLoader.h"
#include "screen/ScreenView.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "storage/SampleCsvWriter.h"
#include "storage/StoragePaths.h"
#include "tiles/AlertBannerTile.h"
#include "tiles/HistoryChart.h"
#include "tiles/Tile.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// Two wall screens: WALL-1 with two pages (no rotation, so only a pin moves it) and the alert
// banner, WALL-2 with the budget figure alone. The feed file says 88,4 %, above both alert
// levels, so two alerts are active once it has been read.
const char *const DeskConfig = R"({
  "version": 1,
  "feeds": [{"id": "f", "opd": "BPKAD", "url": "./apbd.json", "format": "json",
             "intervalSeconds": 3600,
             "values": [{"indicator": "apbd", "pointer": "/persen"}]}],
  "indicators": [{"id": "apbd", "label": {"id": "Realisasi Pendapatan"}, "unit": "%",
                  "decimals": 1, "dimension": "governance"}],
  "alerts": [{"id": "apbd-tinggi", "indicator": "apbd", "above": 80, "severity": "critical",
              "message": {"id": "Realisasi di atas 80%"}},
             {"id": "apbd-naik", "indicator": "apbd", "above": 50, "severity": "warning"}],
  "screens": [
    {"name": "WALL-1", "title": "%TITLE%",
     "pages": [
       {"title": "Ringkasan", "columns": 2,
        "tiles": [{"type": "kpi", "indicator": "apbd"}, {"type": "alerts"}]},
       {"title": "Tren", "columns": 2,
        "tiles": [{"type": "line", "indicators": ["apbd"]}, {"type": "clock"}]}]},
    {"name": "WALL-2", "title": "Anggaran",
     "tiles": [{"type": "kpi", "indicator": "apbd"}]}]
})";

QByteArray deskConfigTitled(const char *title)
{
    return QByteArray(DeskConfig).replace("%TITLE%", title);
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

QString drawnText(Tile *tile)
{
    QStringList texts;
    for (const Tile::DrawnText &t : tile->drawnTexts())
        texts.append(t.text);
    return texts.join(u'\n');
}

struct Desk
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Wall> wall;
    std::unique_ptr<ControlDesk> desk;

    explicit Desk(Wall::Mode mode = Wall::Mode::Wall)
    {
        qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
        writeFile(dir.filePath(QStringLiteral("apbd.json")), R"({"persen": 88.4})");
        path = dir.filePath(QStringLiteral("wall.json"));
        writeFile(path, deskConfigTitled("Ringkasan Kabupaten"));
        const ConfigLoader::Result loaded = ConfigLoader::loadFile(path);
        REQUIRE(loaded.config);
        wall = std::make_unique<Wall>(*loaded.config, mode);
        wall->setScreenFilter({QStringLiteral("WALL-1"), QStringLiteral("WALL-2")});
        QString error;
        REQUIRE(wall->build(false, &error));
        wall->show(true);
        desk = std::make_unique<ControlDesk>(wall.get());
        desk->show();
        REQUIRE(QTest::qWaitForWindowExposed(desk.get()));
        waitForFirstPoll();
    }

    ~Desk()
    {
        desk.reset(); // the desk uses the wall's models
        wall.reset();
    }

    void waitForFirstPoll()
    {
        REQUIRE(QTest::qWaitFor(
            [this] {
                return wall->hub()
                           ->health()
                           ->index(0)
                           .data(FeedHealthModel::StateRole)
                           .value<FeedHealthModel::FeedState>() !=
                       FeedHealthModel::FeedState::Waiting;
            },
            10000));
    }

    // One poll's worth of the budget figure, `secondsAhead` past now so history keeps it.
    void apply(double value, int secondsAhead)
    {
        FeedResult result;
        result.feedId = QStringLiteral("f");
        result.fetchTime = QDateTime::currentDateTimeUtc().addSecs(secondsAhead);
        result.samples = {{QStringLiteral("apbd"), value, {}, false}};
        wall->hub()->apply(result);
    }

    ScreenView *wallView(int i) const { return wall->views().at(i); }

    template<typename T> T *tileOf(ScreenView *view) const
    {
        for (Tile *tile : view->tiles())
            if (auto *t = qobject_cast<T *>(tile))
                return t;
        return nullptr;
    }

    QPushButton *button(const QString &text) const
    {
        for (QPushButton *b : desk->findChildren<QPushButton *>())
            if (b->text().remove(u'&') == text)
                return b;
        return nullptr;
    }
};

} // namespace

TEST_CASE("The desk's overview has one live miniature per wall screen")
{
    Desk d;
    const QList<ScreenMiniature *> miniatures = d.desk->miniatures();
    REQUIRE(miniatures.size() == 2);
    CHECK(miniatures[0]->view() == d.wallView(0));
    CHECK(miniatures[1]->view() == d.wallView(1));
    CHECK(miniatures[0]->isChecked());
    CHECK_FALSE(miniatures[0]->image().isNull());

    // Selecting by click: the page view follows.
    QTest::mouseClick(miniatures[1], Qt::LeftButton);
    CHECK(miniatures[1]->isChecked());
    CHECK_FALSE(miniatures[0]->isChecked());
    CHECK(d.desk->selectedWallView() == d.wallView(1));
    REQUIRE(d.desk->pageView());
    CHECK(d.desk->pageView()->screenConfig().name == QStringLiteral("WALL-2"));

    // New data on WALL-2's tile: its miniature is rendered again and looks different.
    REQUIRE(QTest::qWaitFor([&] { return !d.wall->tileContext().scheduler->batchPending(); }));
    const QImage before = miniatures[1]->image();
    const int renders = miniatures[1]->renders();
    d.apply(12.5, 1);
    REQUIRE(QTest::qWaitFor([&] { return miniatures[1]->renders() > renders; }, 5000));
    CHECK(differingPixels(before, miniatures[1]->image()) > 0);
    d.desk->grab().save(QDir::current().filePath(QStringLiteral("control-desk-test.png")));
}

TEST_CASE("Acknowledging from the desk reaches the wall's banner at once and is logged")
{
    Desk d;
    AlertModel *alerts = d.wall->hub()->alerts();
    REQUIRE(alerts->activeCount() == 2);
    AlertBannerTile *banner = d.tileOf<AlertBannerTile>(d.wallView(0));
    REQUIRE(banner);
    banner->grab();
    CHECK_FALSE(drawnText(banner).contains(QStringLiteral("Diakui")));

    QTableView *table = d.desk->alertTable();
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("\u2716 Kritis"));
    CHECK(table->model()->index(0, 1).data().toString().endsWith(QStringLiteral("WIB")));
    CHECK(table->model()->index(0, 2).data().toString() == QStringLiteral("Realisasi di atas 80%"));
    CHECK(table->model()->index(0, 3).data().toString() ==
          QStringLiteral("\u25cf Aktif, belum diakui"));
    CHECK_FALSE(d.desk->acknowledgeButton()->isEnabled());
    table->selectRow(0);
    REQUIRE(d.desk->acknowledgeButton()->isEnabled());
    QTest::mouseClick(d.desk->acknowledgeButton(), Qt::LeftButton);
    AcknowledgeDialog *dialog = d.desk->acknowledgeDialog();
    REQUIRE(dialog);
    CHECK(dialog->operatorField()->text().isEmpty());
    QTest::keyClicks(dialog->operatorField(), QStringLiteral("Sari"));
    dialog->noteField()->setPlainText(QStringLiteral("Sudah dicek dengan BPKAD"));
    dialog->accept();

    // The wall's own model and banner, without waiting for anything.
    const QModelIndex row = alerts->indexOf(QStringLiteral("apbd-tinggi"));
    const QString osUser = AlertModel::osUser();
    CHECK(row.data(AlertModel::AcknowledgedRole).toBool());
    CHECK(row.data(AlertModel::AcknowledgedByRole).toString() == osUser);
    CHECK(row.data(AlertModel::OperatorRole).toString() == QStringLiteral("Sari"));
    CHECK(row.data(AlertModel::NoteRole).toString() == QStringLiteral("Sudah dicek dengan BPKAD"));
    banner->grab();
    CAPTURE(drawnText(banner).toStdString());
    CHECK(drawnText(banner).contains(QStringLiteral("Diakui oleh Sari")));
    CHECK(
        table->model()->index(0, 3).data().toString().startsWith(QStringLiteral("\u2713 Diakui")));
    CHECK(table->model()->index(0, 4).data().toString() ==
          QStringLiteral("Sari (pengguna %1)").arg(osUser));
    CHECK_FALSE(d.desk->acknowledgeButton()->isEnabled());

    // In the alarm journal, with all three and the station.
    const AlarmTransition logged =
        AlarmJournal(StoragePaths::alertJournal(d.path))
            .query(AlarmQuery{.event = row.data(AlertModel::EventRole).toString(), .limit = 1})
            .value(0);
    CHECK(logged.action == AlarmAction::Acknowledged);
    CHECK(logged.user == osUser);
    CHECK(logged.operatorName == QStringLiteral("Sari"));
    CHECK(logged.note == QStringLiteral("Sudah dicek dengan BPKAD"));
    CHECK(logged.station == QSysInfo::machineHostName());

    // The operator's name is remembered for the next one; the note is not.
    table->selectRow(1);
    QTest::mouseClick(d.desk->acknowledgeButton(), Qt::LeftButton);
    REQUIRE(d.desk->acknowledgeDialog());
    CHECK(d.desk->acknowledgeDialog()->operatorField()->text() == QStringLiteral("Sari"));
    CHECK(d.desk->acknowledgeDialog()->noteField()->toPlainText().isEmpty());
    d.desk->acknowledgeDialog()->reject();
    CHECK_FALSE(
        alerts->indexOf(QStringLiteral("apbd-naik")).data(AlertModel::AcknowledgedRole).toBool());
}

TEST_CASE("Pin and release from the desk hold and free the page on the wall screen")
{
    Desk d;
    ScreenView *wallView = d.wallView(0);
    REQUIRE(wallView->pageCount() == 2);
    CHECK(wallView->currentPage() == 0);
    CHECK_FALSE(wallView->isPinned());
    CHECK_FALSE(d.desk->releaseButton()->isEnabled());

    // Choosing a page shows it on the desk only.
    d.desk->pageChooser()->setCurrentIndex(1);
    CHECK(d.desk->pageView()->currentPage() == 1);
    CHECK(wallView->currentPage() == 0);

    QTest::mouseClick(d.desk->pinButton(), Qt::LeftButton);
    CHECK(wallView->isPinned());
    CHECK(wallView->currentPage() == 1);
    CHECK(d.desk->pinStatus()->text().contains(QStringLiteral("disematkan")));
    CHECK(d.desk->releaseButton()->isEnabled());
    CHECK_FALSE(d.desk->pinButton()->isEnabled());

    QTest::mouseClick(d.desk->releaseButton(), Qt::LeftButton);
    CHECK_FALSE(wallView->isPinned());
    CHECK_FALSE(d.desk->releaseButton()->isEnabled());
    CHECK_FALSE(d.desk->pinStatus()->text().contains(QStringLiteral("disematkan")));

    // The screenshot of the wall screen: a PNG at the wall window's size.
    const QString png = d.dir.filePath(QStringLiteral("WALL-1.png"));
    QString error;
    REQUIRE(d.desk->saveScreenshot(png, &error));
    const QImage image(png);
    CHECK(image.size() == wallView->size() * wallView->devicePixelRatio());
}

TEST_CASE("A broken config reload shows its problems on the desk and keeps the wall")
{
    Desk d;
    ScreenView *before = d.wallView(0);
    QSignalSpy refused(d.wall.get(), &Wall::reloadFailed);

    writeFile(d.path, "{\"version\": 1, \"feeds\": [");
    QTest::mouseClick(d.desk->reloadButton(), Qt::LeftButton);
    REQUIRE(refused.size() == 1);
    CHECK(d.desk->reloadStatus()->isVisible());
    CHECK(d.desk->reloadStatus()->text().contains(QStringLiteral("wall.json:1:")));
    CHECK(d.desk->reloadStatus()->text().contains(QStringLiteral("ditolak")));
    CHECK(d.wallView(0) == before);
    CHECK(before->isVisible());
    CHECK(d.desk->miniatures().size() == 2);
    CHECK(d.desk->alertTable()->model()->rowCount() == 2);

    // From the file watcher too.
    d.wall->watchConfig();
    writeFile(d.path, QByteArray(deskConfigTitled("X")).replace("\"kpi\"", "\"pie\""));
    REQUIRE(refused.wait(10000));
    CHECK(d.desk->reloadStatus()->text().contains(QStringLiteral("/screens/0/pages/0/tiles/0")));
    CHECK(d.wallView(0) == before);

    // A good one: the wall is rebuilt and the desk with it.
    QSignalSpy reloaded(d.wall.get(), &Wall::reloaded);
    writeFile(d.path, deskConfigTitled("Ringkasan Baru"));
    REQUIRE(reloaded.wait(10000));
    REQUIRE(d.desk->miniatures().size() == 2);
    CHECK(d.desk->miniatures()[0]->view() == d.wallView(0));
    REQUIRE(d.desk->pageView());
    CHECK(d.desk->pageView()->screenConfig().title == QStringLiteral("Ringkasan Baru"));
    CHECK(d.desk->reloadStatus()->text().contains(QStringLiteral("dimuat ulang")));
    d.waitForFirstPoll();
    CHECK(d.desk->alertTable()->model()->rowCount() == 2);
    CHECK(d.desk->healthTable()->model()->rowCount() == 1);
}

TEST_CASE("A tile's detail shows its history, and the CSV export writes exactly those samples")
{
    Desk d;
    d.apply(61.25, 60);
    d.apply(70.5, 120);
    const QList<QPointF> history = d.wall->hub()
                                       ->indicators()
                                       ->indexOf(QStringLiteral("apbd"))
                                       .data(IndicatorModel::HistoryRole)
                                       .value<QList<QPointF>>();
    REQUIRE(history.size() == 3);

    ScreenView *page = d.desk->pageView();
    REQUIRE(page);
    Tile *kpi = page->pageTiles(0).at(0);
    QTest::mouseDClick(kpi, Qt::LeftButton);
    TileDetailDialog *detail = d.desk->detailDialog();
    REQUIRE(detail);
    REQUIRE(detail->samples().size() == 1);
    CHECK(detail->samples()[0].indicatorId == QStringLiteral("apbd"));
    CHECK(detail->samples()[0].points == history);
    REQUIRE(detail->chart()->shownPoints().size() == 1);
    CHECK(detail->chart()->shownPoints()[0] == history);
    CHECK_FALSE(detail->chart()->timeLabels().isEmpty());
    CHECK(detail->table()->rowCount() == 3);
    // Newest first, written as the wall writes it.
    CHECK(detail->table()->item(0, 2)->text() == QStringLiteral("70,5%"));
    CHECK(detail->table()->item(2, 2)->text() == QStringLiteral("88,4%"));

    const QString csvPath = d.dir.filePath(QStringLiteral("apbd.csv"));
    QString error;
    REQUIRE(detail->exportCsv(csvPath, &error));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QStringLiteral("waktu,indikator,nilai,satuan"));
    for (int i = 0; i < 3; ++i) {
        const QStringList fields = lines[i + 1].split(u',');
        REQUIRE(fields.size() == 4);
        const QDateTime time = QDateTime::fromString(fields[0], Qt::ISODateWithMs);
        CHECK(fields[0].endsWith(QStringLiteral("+07:00")));
        CHECK(time.toMSecsSinceEpoch() == qint64(history[i].x()));
        CHECK(fields[1] == QStringLiteral("apbd"));
        CHECK(fields[2].toDouble() == history[i].y());
        CHECK(fields[3] == QStringLiteral("%"));
    }
    detail->close(); // deletes itself
    REQUIRE(QTest::qWaitFor([&] { return d.desk->detailDialog() == nullptr; }));

    // A tile without indicators has no history to show; the desk says so.
    d.desk->pageChooser()->setCurrentIndex(1);
    Tile *clock = page->pageTiles(1).at(1);
    QTest::mouseDClick(clock, Qt::LeftButton);
    CHECK(d.desk->detailDialog() == nullptr);
    CHECK(d.desk->statusBar()->currentMessage().contains(QStringLiteral("tidak punya riwayat")));

    // The wall's own tiles ignore a double-click.
    QTest::mouseDClick(d.wallView(0)->pageTiles(0).at(0), Qt::LeftButton);
    CHECK(d.desk->detailDialog() == nullptr);
}

TEST_CASE("Desktop mode: the wall screens are built but never shown, and the desk logs on its own")
{
    Desk d(Wall::Mode::Desktop);
    for (ScreenView *view : d.wall->views()) {
        CHECK_FALSE(view->isVisible());
        CHECK(view->size() == view->screenConfig().size);
        CHECK((!view->windowHandle() || !view->windowHandle()->isExposed()));
    }
    REQUIRE(d.desk->miniatures().size() == 2);
    // The miniature shows the screen as rendered: not a blank picture.
    const QImage image = d.desk->miniatures()[0]->image();
    REQUIRE_FALSE(image.isNull());
    QImage uniform(image.size(), image.format());
    uniform.fill(image.pixel(0, 0));
    CHECK(differingPixels(image, uniform) > image.width() * image.height() / 20);
    image.save(QDir::current().filePath(QStringLiteral("control-desk-hidden-miniature.png")));

    REQUIRE(d.wall->hub()->alerts()->acknowledge(QStringLiteral("apbd-tinggi"),
                                                 QStringLiteral("Budi"), QString()));
    const QList<AlarmTransition> deskSteps =
        AlarmJournal(StoragePaths::deskAlertJournal(d.path)).query(AlarmQuery{});
    CHECK(std::any_of(deskSteps.cbegin(), deskSteps.cend(), [](const AlarmTransition &t) {
        return t.operatorName == QStringLiteral("Budi");
    }));
    CHECK_FALSE(QFile::exists(StoragePaths::alertJournal(d.path)));

    // Hidden screens still follow their data, and render at their wall size.
    ScreenMiniature *second = d.desk->miniatures()[1];
    const QImage before = second->image();
    const int renders = second->renders();
    d.apply(12.5, 1);
    REQUIRE(QTest::qWaitFor([&] { return second->renders() > renders; }, 5000));
    CHECK(differingPixels(before, second->image()) > 0);
    d.desk->selectScreen(1);
    const QString png = d.dir.filePath(QStringLiteral("WALL-2.png"));
    QString error;
    REQUIRE(d.desk->saveScreenshot(png, &error));
    CHECK(QImage(png).size() == QSize(1920, 1080));
}

TEST_CASE(
    "F1 and the button on the desk open Tentang Pantau which credits idn-area-data under ODbL")
{
    Desk d;
    CHECK(d.desk->aboutDialog() == nullptr);
    // A shortcut answers in the active window, as the supervisor's desk is when F1 is pressed.
    d.desk->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.desk.get()));
    QTest::keyClick(d.desk.get(), Qt::Key_F1);
    AboutDialog *about = d.desk->aboutDialog();
    REQUIRE(about);
    REQUIRE(QTest::qWaitForWindowExposed(about));
    CHECK(about->windowTitle() == QStringLiteral("Tentang Pantau"));
    CHECK(about->versionText().contains(QStringLiteral(PANTAU_VERSION)));
    CHECK(about->creditText().contains(QStringLiteral("idn-area-data")));
    CHECK(about->creditText().contains(
        QStringLiteral("https://github.com/fityannugroho/idn-area-data")));
    CHECK(about->creditText().contains(QStringLiteral("Open Database License (ODbL) 1.0")));
    about->grab().save(QDir::current().filePath(QStringLiteral("about-dialog-test.png")));
    about->close();

    // The button opens the same dialog again, not a second one.
    QTest::mouseClick(d.desk->aboutButton(), Qt::LeftButton);
    CHECK(d.desk->aboutDialog() == about);
    CHECK(about->isVisible());
}
