// A site as it runs: a real Mosquitto on loopback, pantau-sim as the agencies, the real pantau
// binary as the collector, and in this process the nodes, two wall PCs and a supervisor's desk,
// each built as main() builds one: a SiteNode, the collector's config, a Wall and its windows.

#include "site/SiteNode.h"

#include "AlertsPanel.h"
#include "ControlDesk.h"
#include "HistoryPanel.h"
#include "MachinesPanel.h"
#include "MosquittoBroker.h"
#include "PantauProcess.h"
#include "PulseAudioServer.h"
#include "TestValues.h"
#include "Wall.h"
#include "config/ConfigLoader.h"
#include "screen/ScreenView.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "state/RecordsModel.h"
#include "tiles/AlertBannerTile.h"
#include "tiles/Tile.h"
#include "time/SystemClock.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

using Catch::Matchers::Contains;
using namespace Pantau;
using Pantau::Test::str;

namespace {

const QString TestSiteId = QStringLiteral("uji");
const QString SiteAlertRule = QStringLiteral("uji-112");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The broker, the simulated agencies and the collector, with the demo config pointed at the
// simulator and its alerts replaced by one that is active from the first poll.
struct SiteRig
{
    QTemporaryDir dir;
    MosquittoBroker broker;
    QProcess sim;
    QProcess collector;
    QString configPath;

    // `feedIntervalSeconds`, when set, replaces every feed's interval, so that a test can tell
    // in seconds whether anybody still polls.
    // `change`, when given, edits the site's config before the collector starts.
    explicit SiteRig(const MosquittoBroker::Options &options = {},
                     std::optional<int> feedIntervalSeconds = std::nullopt,
                     const std::function<void(QJsonObject &)> &change = {})
        : broker(options)
    {
        REQUIRE(broker.startOrWhy() == "");
        const quint16 simPort = freePort();
        sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim.start(
            QStringLiteral(PANTAU_SIM_BINARY),
            {QStringLiteral("--port"), QString::number(simPort), QStringLiteral("--no-admin")});
        REQUIRE(sim.waitForStarted(10000));
        REQUIRE(QTest::qWaitFor(
            [&] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, simPort);
                return socket.waitForConnected(200);
            },
            10000));

        QFile demo(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
        REQUIRE(demo.open(QIODevice::ReadOnly));
        QByteArray text = demo.readAll();
        text.replace("\"demo:/", "\"http://127.0.0.1:" + QByteArray::number(simPort) + '/');
        QJsonObject config = QJsonDocument::fromJson(text).object();
        // This alert alone, so that every banner shows it.
        QJsonArray alerts;
        alerts.append(QJsonObject{
            {QStringLiteral("id"), SiteAlertRule},
            {QStringLiteral("indicator"), QStringLiteral("112.masuk")},
            {QStringLiteral("above"), -1},
            {QStringLiteral("severity"), QStringLiteral("critical")},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("Uji: panggilan 112 masuk")}}}});
        config.insert(QStringLiteral("alerts"), alerts);
        if (feedIntervalSeconds) {
            QJsonArray feeds = config.value(QStringLiteral("feeds")).toArray();
            for (QJsonValueRef feed : feeds) {
                QJsonObject object = feed.toObject();
                object.insert(QStringLiteral("intervalSeconds"), *feedIntervalSeconds);
                feed = object;
            }
            config.insert(QStringLiteral("feeds"), feeds);
        }
        if (change)
            change(config);
        configPath = dir.filePath(QStringLiteral("site.json"));
        Pantau::Test::writeFile(configPath, QJsonDocument(config).toJson());
        startCollector();
    }

    ~SiteRig()
    {
        for (QProcess *process : {&collector, &sim}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->kill();
            process->waitForFinished(10000);
        }
    }

    void startCollector()
    {
        ::startCollector(collector, dir.path(),
                         {QStringLiteral("--config"), configPath, QStringLiteral("--broker"),
                          broker.url(), QStringLiteral("--site"), TestSiteId,
                          QStringLiteral("--node"), QStringLiteral("pusat")});
    }

    // As a crash or a pulled plug: no clean goodbye, the broker sends its last will.
    void killCollector()
    {
        ::kill(pid_t(collector.processId()), SIGKILL);
        REQUIRE(collector.waitForFinished(10000));
    }
};

// One node process: its site membership, its wall and, for a desk, the desk window.
struct Node
{
    std::unique_ptr<SiteNode> site;
    std::unique_ptr<Wall> wall;
    std::unique_ptr<ControlDesk> desk;

    ~Node()
    {
        desk.reset(); // the desk uses the wall's models
        wall.reset();
    }

    DataHub *hub() const { return wall->hub(); }
    SiteFollower *follower() const { return site->follower(); }

    ScreenView *view(const QString &name) const
    {
        for (ScreenView *view : wall->views())
            if (view->screenConfig().name == name)
                return view;
        return nullptr;
    }

    QString banner(const QString &screen) const
    {
        ScreenView *screenView = view(screen);
        REQUIRE(screenView);
        for (int page = 0; page < screenView->pageCount(); ++page) {
            for (Tile *tile : screenView->pageTiles(page)) {
                auto *banner = qobject_cast<AlertBannerTile *>(tile);
                if (!banner)
                    continue;
                // Read as the room sees it, on its page: a rotating screen may show another
                // page now, and a page never shown was never laid out, its tiles too small to
                // hold any text. Held there without a mark, and let go after.
                const bool hold = !screenView->isPinned() && screenView->currentPage() != page;
                if (hold) {
                    screenView->pinPage(page, false);
                    QTest::qWait(50); // the page's layout settles in the event loop
                }
                banner->grab();
                QStringList texts;
                for (const Tile::DrawnText &t : banner->drawnTexts())
                    texts.append(t.text);
                if (hold)
                    screenView->releasePin();
                return texts.join(u'\n');
            }
        }
        FAIL("no alert banner on " << str(screen));
        return {};
    }

    std::optional<IndicatorReading> reading(const char *id) const
    {
        return hub()->indicators()->reading(QString::fromLatin1(id));
    }
};

// Joins the site as `pantau --broker URL --site uji --node NAME` does: waits until the broker
// has given it the collector's config and everything else it holds, then builds the wall.
// `fallbackAfterSeconds`, when set, lets it poll for itself once the collector is gone that long.
std::unique_ptr<Node> joinSite(const SiteRig &rig, Wall::Mode mode, const QString &name,
                               const QStringList &screens = {},
                               std::optional<int> fallbackAfterSeconds = std::nullopt)
{
    auto node = std::make_unique<Node>();
    SiteConfig site;
    site.broker = *BrokerAddress::parse(rig.broker.url(), nullptr);
    site.id = TestSiteId;
    if (fallbackAfterSeconds) {
        site.fallback = SiteConfig::Fallback::Poll;
        site.fallbackAfterSeconds = *fallbackAfterSeconds;
    }
    const SiteNode::Role role =
        mode == Wall::Mode::Desktop ? SiteNode::Role::Desktop : SiteNode::Role::Wall;
    node->site = std::make_unique<SiteNode>(site, role, name);
    node->site->connection()->setBackoff(50, 400);
    QString error;
    REQUIRE(node->site->start(&error));
    SiteFollower *follower = node->follower();
    REQUIRE(QTest::qWaitFor([&] { return follower->isSynced() && !follower->config().isEmpty(); },
                            20000));
    const ConfigLoader::Result loaded = node->site->configFrom(follower->config());
    REQUIRE(loaded.config);
    node->wall = std::make_unique<Wall>(*loaded.config, mode);
    node->wall->setScreenFilter(screens);
    node->wall->setSite(node->site.get());
    REQUIRE(node->wall->build(false, &error));
    node->wall->show(true);
    if (mode == Wall::Mode::Desktop) {
        node->desk = std::make_unique<ControlDesk>(node->wall.get());
        node->desk->show();
    }
    return node;
}

// Every indicator of the demo has a value, and the uji-112 alert is active.
bool hasEverything(const Node &node)
{
    IndicatorModel *indicators = node.hub()->indicators();
    for (int row = 0; row < indicators->rowCount(); ++row) {
        const QString id = indicators->index(row).data(IndicatorModel::IdRole).toString();
        const std::optional<IndicatorReading> r = indicators->reading(id);
        if (!r || !r->value)
            return false;
    }
    return node.hub()->alerts()->indexOf(SiteAlertRule).isValid();
}

QString statusText(const Node &desk)
{
    return desk.desk->statusBar()->currentMessage();
}

} // namespace

TEST_CASE("Two wall PCs and a desk show one site: the values of a self-polling wall, one "
          "acknowledgement and one pin for all")
{
    SiteRig rig;
    const std::unique_ptr<Node> wallA =
        joinSite(rig, Wall::Mode::Wall, QStringLiteral("PC-A"),
                 {QStringLiteral("WALL-1"), QStringLiteral("WALL-2")});
    const std::unique_ptr<Node> wallB =
        joinSite(rig, Wall::Mode::Wall, QStringLiteral("PC-B"),
                 {QStringLiteral("WALL-3"), QStringLiteral("WALL-4")});
    const std::unique_ptr<Node> desk = joinSite(rig, Wall::Mode::Desktop, QStringLiteral("meja"));
    CHECK(wallA->wall->views().size() == 2);
    CHECK(wallB->wall->views().size() == 2);
    CHECK(desk->wall->views().size() == 4);
    // The desk knows the site's machines: the collector first, each with role and screens.
    QTableWidget *machines = desk->desk->machines()->table();
    REQUIRE(QTest::qWaitFor([&] { return machines->rowCount() == 4; }, 10000));
    CHECK(machines->item(0, 0)->text() == QStringLiteral("pusat"));
    CHECK(machines->item(0, 2)->text() == QStringLiteral("terhubung"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < machines->rowCount(); ++row)
                if (machines->item(row, 0)->text() == QStringLiteral("PC-B"))
                    return machines->item(row, 3)->text() == QStringLiteral("WALL-3, WALL-4");
            return false;
        },
        10000));
    REQUIRE(QTest::qWaitFor(
        [&] { return desk->desk->siteStatus()->text().contains(QStringLiteral("terhubung ke")); },
        10000));
    QTabWidget *tabs = desk->desk->tabs();
    CHECK(tabs->tabText(tabs->indexOf(desk->desk->machines())) == QStringLiteral("&Mesin situs"));
    // The alarm journal is the collector's: the desk's history says where it is.
    HistoryPanel *history = desk->desk->history();
    CHECK(history->unavailableLine()->text().startsWith(
        QStringLiteral("Riwayat alarm situs ini disimpan oleh collector")));
    CHECK_FALSE(history->unavailableLine()->isHidden());
    CHECK_FALSE(history->reportButton()->isEnabled());
    // Nodes poll nothing: the collector does, once for the site.
    CHECK(wallA->hub()->isFollowing());
    CHECK(wallA->hub()->counters().polls == 0);

    // A wall on its own, polling the same simulator.
    const ConfigLoader::Result own = ConfigLoader::loadFile(rig.configPath);
    REQUIRE(own.config);
    SystemClock clock;
    DataHub self(*own.config, {}, &clock);
    QSignalSpy answered(&self, &DataHub::allFeedsAnsweredOnce);
    self.start();
    REQUIRE(QTest::qWaitFor([&] { return !answered.isEmpty(); }, 30000));
    for (const Node *node : {wallA.get(), wallB.get(), desk.get()})
        REQUIRE(QTest::qWaitFor([&] { return hasEverything(*node); }, 30000));

    // Each value as the self-polling wall has it, wherever both read the same source time (a
    // figure of the minute may have moved on between the two polls); and on every node alike.
    int compared = 0;
    IndicatorModel *selfIndicators = self.indicators();
    for (int row = 0; row < selfIndicators->rowCount(); ++row) {
        const QString id = selfIndicators->index(row).data(IndicatorModel::IdRole).toString();
        INFO(str(id));
        const std::optional<IndicatorReading> mine = selfIndicators->reading(id);
        const std::optional<IndicatorReading> a = wallA->hub()->indicators()->reading(id);
        REQUIRE(mine);
        REQUIRE(a);
        for (const Node *other : {wallB.get(), desk.get()}) {
            const std::optional<IndicatorReading> b = other->hub()->indicators()->reading(id);
            REQUIRE(b);
            CHECK(b->value == a->value);
            CHECK(b->sourceTime == a->sourceTime);
            CHECK(b->fetchTime == a->fetchTime);
        }
        CHECK(a->error.isEmpty());
        CHECK(a->fromCache == false);
        if (mine->sourceTime != a->sourceTime)
            continue;
        CHECK(a->value == mine->value);
        CHECK(wallA->hub()->indicators()->index(row).data(IndicatorModel::StatusRole) ==
              selfIndicators->index(row).data(IndicatorModel::StatusRole));
        ++compared;
    }
    // Most of the demo's figures are hourly or daily: nearly all are compared.
    CHECK(compared >= selfIndicators->rowCount() * 3 / 4);
    // The site link is a row of each node's feed health, up.
    REQUIRE(wallA->hub()->health()->siteLink());
    CHECK(wallA->hub()->health()->siteLink()->up);

    // One onset, one event id everywhere.
    const QString event =
        wallA->hub()->alerts()->indexOf(SiteAlertRule).data(AlertModel::EventRole).toString();
    CHECK_FALSE(event.isEmpty());
    CHECK(wallB->hub()->alerts()->indexOf(SiteAlertRule).data(AlertModel::EventRole).toString() ==
          event);
    // A banner is drawn again in the wall's next repaint batch, tens of milliseconds on.
    const auto bannerShows = [](const Node &node, const char *screen, const char *text) {
        QString shown;
        const bool found = QTest::qWaitFor(
            [&] {
                shown = node.banner(QString::fromLatin1(screen));
                return shown.contains(QString::fromUtf8(text));
            },
            5000);
        INFO(screen << " shows: " << str(shown));
        CHECK(found);
        return found;
    };
    REQUIRE(bannerShows(*wallA, "WALL-1", "Uji:"));
    REQUIRE(bannerShows(*wallB, "WALL-4", "Uji:"));
    CHECK_FALSE(wallA->banner(QStringLiteral("WALL-1")).contains(QStringLiteral("Diakui")));
    CHECK_FALSE(wallB->banner(QStringLiteral("WALL-4")).contains(QStringLiteral("Diakui")));

    SECTION("An acknowledgement on the desk reaches both walls' banners through the collector")
    {
        QTableView *table = desk->desk->alertTable();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 2).data().toString().contains(QStringLiteral("Uji")))
                row = r;
        REQUIRE(row >= 0);
        table->selectRow(row);
        QTest::mouseClick(desk->desk->acknowledgeButton(), Qt::LeftButton);
        AcknowledgeDialog *dialog = desk->desk->acknowledgeDialog();
        REQUIRE(dialog);
        QTest::keyClicks(dialog->operatorField(), QStringLiteral("Sari"));
        dialog->noteField()->setPlainText(QStringLiteral("Sudah dicek"));
        dialog->accept();
        // Nothing is acknowledged here until the collector has done it.
        CHECK_THAT(str(statusText(*desk)), Contains("menunggu collector"));

        for (const Node *node : {wallA.get(), wallB.get(), desk.get()})
            REQUIRE(QTest::qWaitFor(
                [&] {
                    return node->hub()
                        ->alerts()
                        ->indexOf(SiteAlertRule)
                        .data(AlertModel::AcknowledgedRole)
                        .toBool();
                },
                10000));
        CHECK(bannerShows(*wallA, "WALL-1", "Diakui oleh Sari"));
        CHECK(bannerShows(*wallB, "WALL-4", "Diakui oleh Sari"));
        const QModelIndex acknowledged = wallB->hub()->alerts()->indexOf(SiteAlertRule);
        CHECK(acknowledged.data(AlertModel::NoteRole).toString() == QStringLiteral("Sudah dicek"));
        CHECK(acknowledged.data(AlertModel::AcknowledgedByRole).toString() == AlertModel::osUser());
        REQUIRE(QTest::qWaitFor(
            [&] { return statusText(*desk).contains(QStringLiteral("diakui")); }, 5000));
        CHECK(desk->site->pendingCount() == 0);

        // Again, on an alert that is acknowledged: the collector refuses, and the desk says why.
        WallControl::Result again =
            desk->wall->acknowledge(SiteAlertRule, QStringLiteral("Budi"), QString());
        CHECK(again.state == WallControl::Result::State::Pending);
        REQUIRE(QTest::qWaitFor([&] { return desk->site->pendingCount() == 0; }, 5000));
        CHECK_THAT(str(statusText(*desk)), Contains("sudah diakui"));
    }

    SECTION("A pin on the desk holds the page on the wall PC that shows the screen")
    {
        desk->desk->selectScreen(2);
        REQUIRE(desk->desk->selectedWallView()->screenConfig().name == QStringLiteral("WALL-3"));
        desk->desk->pageChooser()->setCurrentIndex(2);
        QTest::mouseClick(desk->desk->pinButton(), Qt::LeftButton);
        CHECK_THAT(str(statusText(*desk)), Contains("menunggu collector"));
        ScreenView *wall3 = wallB->view(QStringLiteral("WALL-3"));
        REQUIRE(wall3);
        REQUIRE(QTest::qWaitFor([&] { return wall3->isPinned(); }, 10000));
        CHECK(wall3->currentPage() == 2);
        CHECK_FALSE(wallA->view(QStringLiteral("WALL-1"))->isPinned());
        CHECK_FALSE(wallB->view(QStringLiteral("WALL-4"))->isPinned());
        REQUIRE(QTest::qWaitFor([&] { return desk->desk->selectedWallView()->isPinned(); }, 5000));
        CHECK(desk->desk->releaseButton()->isEnabled());

        // A node that joins now is pinned from its first frame; so is its history, records,
        // health and alert: all of it from what the broker retained.
        REQUIRE(QTest::qWaitFor(
            [&] {
                return !wallA->hub()
                            ->indicators()
                            ->indexOf(QStringLiteral("112.masuk"))
                            .data(IndicatorModel::HistoryRole)
                            .value<QList<QPointF>>()
                            .isEmpty();
            },
            20000));
        const std::unique_ptr<Node> late =
            joinSite(rig, Wall::Mode::Wall, QStringLiteral("PC-C"), {QStringLiteral("WALL-3")});
        CHECK(late->view(QStringLiteral("WALL-3"))->isPinned());
        CHECK(late->view(QStringLiteral("WALL-3"))->currentPage() == 2);
        CHECK(hasEverything(*late));
        CHECK_FALSE(late->hub()
                        ->indicators()
                        ->indexOf(QStringLiteral("112.masuk"))
                        .data(IndicatorModel::HistoryRole)
                        .value<QList<QPointF>>()
                        .isEmpty());
        CHECK(late->hub()->records()->rowCount() == wallA->hub()->records()->rowCount());
        CHECK(late->hub()->records()->rowCount() > 0);
        FeedHealthModel *health = late->hub()->health();
        for (int row = 0; row < health->rowCount(); ++row)
            CHECK(health->index(row)
                      .data(FeedHealthModel::StateRole)
                      .value<FeedHealthModel::FeedState>() != FeedHealthModel::FeedState::Waiting);

        desk->desk->releaseButton()->click();
        REQUIRE(QTest::qWaitFor([&] { return !wall3->isPinned(); }, 10000));
        REQUIRE(QTest::qWaitFor([&] { return !late->view(QStringLiteral("WALL-3"))->isPinned(); },
                                10000));
    }
}

TEST_CASE("When the collector dies the nodes say so at once, and its restart brings back the "
          "same alert and acknowledgement")
{
    SiteRig rig;
    const std::unique_ptr<Node> wall =
        joinSite(rig, Wall::Mode::Wall, QStringLiteral("PC-A"), {QStringLiteral("WALL-1")});
    REQUIRE(QTest::qWaitFor([&] { return hasEverything(*wall); }, 30000));
    AlertModel *alerts = wall->hub()->alerts();
    const QString event = alerts->indexOf(SiteAlertRule).data(AlertModel::EventRole).toString();
    CHECK(wall->wall->acknowledge(SiteAlertRule, QStringLiteral("Sari"), QString()).state ==
          WallControl::Result::State::Pending);
    REQUIRE(QTest::qWaitFor(
        [&] { return alerts->indexOf(SiteAlertRule).data(AlertModel::AcknowledgedRole).toBool(); },
        10000));

    rig.killCollector();
    REQUIRE(QTest::qWaitFor([&] { return !wall->follower()->isLinked(); }, 5000));
    const std::optional<FeedHealthModel::SiteLink> link = wall->hub()->health()->siteLink();
    REQUIRE(link);
    CHECK_FALSE(link->up);
    CHECK_THAT(str(link->reason), Contains("pusat"));
    // Kept, but never passed off as confirmed.
    const std::optional<IndicatorReading> kept = wall->reading("harga.telur");
    REQUIRE(kept);
    CHECK(kept->value);
    CHECK_THAT(str(kept->error), Contains("pusat"));
    // A command has nobody to apply it.
    const WallControl::Result refused = wall->wall->pinPage(0, 1);
    CHECK(refused.state == WallControl::Result::State::Refused);
    CHECK_THAT(str(refused.why), Contains("pusat"));

    QSignalSpy raised(alerts, &AlertModel::alertRaised);
    rig.startCollector();
    REQUIRE(QTest::qWaitFor([&] { return wall->follower()->isLinked(); }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return wall->reading("harga.telur")->error.isEmpty(); }, 20000));
    // From the collector's log: the same onset, still acknowledged, not raised a second time.
    const QModelIndex row = alerts->indexOf(SiteAlertRule);
    REQUIRE(row.isValid());
    CHECK(row.data(AlertModel::EventRole).toString() == event);
    CHECK(row.data(AlertModel::AcknowledgedRole).toBool());
    CHECK(row.data(AlertModel::OperatorRole).toString() == QStringLiteral("Sari"));
    CHECK(raised.isEmpty());
    CHECK(wall->hub()->health()->siteLink()->up);
}

TEST_CASE("A broker that crashes and comes back: every client reconnects, and nothing is "
          "shown as fresh while it is gone")
{
    for (const bool persistence : {false, true}) {
        INFO("persistence " << persistence);
        MosquittoBroker::Options options;
        options.persistence = persistence;
        SiteRig rig(options);
        const std::unique_ptr<Node> wall =
            joinSite(rig, Wall::Mode::Wall, QStringLiteral("PC-A"), {QStringLiteral("WALL-1")});
        REQUIRE(QTest::qWaitFor([&] { return hasEverything(*wall); }, 30000));

        rig.broker.kill();
        REQUIRE(QTest::qWaitFor([&] { return !wall->follower()->isLinked(); }, 10000));
        CHECK_FALSE(wall->hub()->health()->siteLink()->up);
        const std::optional<IndicatorReading> kept = wall->reading("harga.telur");
        REQUIRE(kept);
        CHECK(kept->value);
        CHECK_FALSE(kept->error.isEmpty());

        REQUIRE(rig.broker.startOrWhy() == "");
        // The collector reconnects and sends everything again; the node reconnects and has it.
        REQUIRE(QTest::qWaitFor([&] { return wall->follower()->isLinked(); }, 30000));
        REQUIRE(
            QTest::qWaitFor([&] { return wall->reading("harga.telur")->error.isEmpty(); }, 20000));
        CHECK(wall->hub()->health()->siteLink()->up);
        CHECK(hasEverything(*wall));

        // Now the broker and the collector go down together, and only the broker comes back.
        // With persistence, it still holds the collector's "online", and no will is ever sent
        // for it: the node must not take that for a live collector.
        rig.broker.kill();
        rig.killCollector();
        REQUIRE(rig.broker.startOrWhy() == "");
        REQUIRE(QTest::qWaitFor([&] { return wall->site->connection()->client()->isConnected(); },
                                30000));
        QTest::qWait(500);
        CHECK_FALSE(wall->follower()->isLinked());
        CHECK_FALSE(wall->hub()->health()->siteLink()->up);
        CHECK_THAT(str(wall->hub()->health()->siteLink()->reason),
                   Contains("menunggu kabar dari collector pusat"));
        CHECK_FALSE(wall->reading("harga.telur")->error.isEmpty());
        rig.startCollector();
        REQUIRE(QTest::qWaitFor([&] { return wall->follower()->isLinked(); }, 30000));
        REQUIRE(
            QTest::qWaitFor([&] { return wall->reading("harga.telur")->error.isEmpty(); }, 20000));
    }
}

TEST_CASE("With fallback on, a node polls the feeds itself while its collector is gone, and stops "
          "when it is back")
{
    SiteRig rig({}, 2);
    const std::unique_ptr<Node> wall =
        joinSite(rig, Wall::Mode::Wall, QStringLiteral("PC-A"), {QStringLiteral("WALL-1")}, 5);
    REQUIRE(QTest::qWaitFor([&] { return hasEverything(*wall); }, 30000));
    // The collector is there: the node polls nothing, however long it runs.
    QTest::qWait(3000);
    CHECK_FALSE(wall->hub()->isFallbackPolling());
    CHECK(wall->hub()->counters().polls == 0);

    rig.killCollector();
    QElapsedTimer gone;
    gone.start();
    REQUIRE(QTest::qWaitFor([&] { return !wall->follower()->isLinked(); }, 5000));
    // Not at once: a collector that restarts must not set every PC polling.
    CHECK_FALSE(wall->hub()->isFallbackPolling());
    REQUIRE(QTest::qWaitFor([&] { return wall->hub()->isFallbackPolling(); }, 15000));
    CHECK(gone.elapsed() >= 4500);
    // Its own polls bring values confirmed now, no longer marked with the lost link.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return wall->hub()->counters().polls > 0 &&
                   wall->reading("harga.telur")->error.isEmpty();
        },
        20000));
    const QDateTime ownFetch = wall->reading("harga.telur")->fetchTime;
    CHECK(ownFetch.msecsTo(QDateTime::currentDateTimeUtc()) < 10000);
    const std::optional<FeedHealthModel::SiteLink> link = wall->hub()->health()->siteLink();
    REQUIRE(link);
    CHECK_FALSE(link->up);
    CHECK_THAT(str(link->reason), Contains("mengambil data sendiri"));

    rig.startCollector();
    REQUIRE(QTest::qWaitFor([&] { return wall->follower()->isLinked(); }, 20000));
    CHECK_FALSE(wall->hub()->isFallbackPolling());
    CHECK_THAT(str(wall->hub()->health()->siteLink()->reason), !Contains("mengambil data sendiri"));
    // Stopped for good: feeds polled every 2 s would have answered several times by now.
    const qint64 polls = wall->hub()->counters().polls;
    QTest::qWait(5000);
    CHECK(wall->hub()->counters().polls == polls);
    // The collector's alerts again, not the ones this node judged while it polled: the same as
    // a node that joins now has.
    const std::unique_ptr<Node> fresh =
        joinSite(rig, Wall::Mode::Wall, QStringLiteral("PC-Z"), {QStringLiteral("WALL-1")});
    REQUIRE(QTest::qWaitFor([&] { return hasEverything(*fresh); }, 30000));
    const auto eventOf = [](const Node &node) {
        return node.hub()->alerts()->indexOf(SiteAlertRule).data(AlertModel::EventRole).toString();
    };
    REQUIRE(QTest::qWaitFor([&] { return eventOf(*wall) == eventOf(*fresh); }, 10000));
    CHECK(wall->hub()->alerts()->activeCount() == 1);
    REQUIRE(
        QTest::qWaitFor([&] { return wall->reading("harga.telur")->fetchTime > ownFetch; }, 20000));
    CHECK(wall->reading("harga.telur")->error.isEmpty());
}

TEST_CASE("pantau with a config that only joins the site renders the collector's screens, and "
          "checks --screen against them")
{
    SiteRig rig;
    const QString joins = rig.dir.filePath(QStringLiteral("wall-pc.json"));
    Pantau::Test::writeFile(
        joins, QStringLiteral(R"({"version": 1, "site": {"broker": "%1", "id": "%2"}})")
                   .arg(rig.broker.url(), TestSiteId)
                   .toUtf8());
    const QString out = rig.dir.filePath(QStringLiteral("snapshot"));
    const auto run = [&](const QString &screen) {
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        node.setProcessEnvironment(env);
        node.start(QStringLiteral(PANTAU_BINARY),
                   {QStringLiteral("--config"), joins, QStringLiteral("--node"),
                    QStringLiteral("PC-SNAP"), QStringLiteral("--screen"), screen,
                    QStringLiteral("--snapshot"), out});
        REQUIRE(node.waitForFinished(60000));
        return std::make_pair(node.exitCode(), QString::fromUtf8(node.readAllStandardError()));
    };
    const auto [code, err] = run(QStringLiteral("WALL-2"));
    INFO(str(err));
    CHECK(code == 0);
    CHECK(QFile::exists(out + QStringLiteral("/WALL-2.png")));
    CHECK_FALSE(QFile::exists(out + QStringLiteral("/WALL-1.png")));
    // Its values are the collector's: state.json holds them.
    QFile state(out + QStringLiteral("/state.json"));
    REQUIRE(state.open(QIODevice::ReadOnly));
    CHECK(state.readAll().contains("harga.telur"));

    const auto [badCode, badErr] = run(QStringLiteral("WALL-9"));
    CHECK(badCode != 0);
    CHECK_THAT(str(badErr), Contains("WALL-9"));
}

TEST_CASE("An acknowledgement, a shelve and a silence made on one desk do on two walls what the "
          "alarm lifecycle says",
          "[alarms]")
{
    // A PulseAudio of the test's own: every station of this process plays into its null sink.
    PulseAudioServer audio;
    REQUIRE(audio.startOrWhy() == "");
    qputenv("PULSE_SERVER", audio.serverAddress().toUtf8());
    SiteRig rig({}, std::nullopt, [](QJsonObject &config) {
        // Every station sounds, and repeats its tone every second while an alarm is owed.
        config.insert(QStringLiteral("display"),
                      QJsonObject{{QStringLiteral("alertSound"), true},
                                  {QStringLiteral("alertSoundRepeatSeconds"), 1}});
    });
    const std::unique_ptr<Node> wallA =
        joinSite(rig, Wall::Mode::Wall, QStringLiteral("PC-A"), {QStringLiteral("WALL-1")});
    const std::unique_ptr<Node> wallB =
        joinSite(rig, Wall::Mode::Wall, QStringLiteral("PC-B"), {QStringLiteral("WALL-4")});
    const std::unique_ptr<Node> desk = joinSite(rig, Wall::Mode::Desktop, QStringLiteral("meja"));
    AlertModel *deskAlerts = desk->hub()->alerts();
    REQUIRE(QTest::qWaitFor([&] { return deskAlerts->indexOf(SiteAlertRule).isValid(); }, 20000));
    const auto state = [](const Node &node) {
        return node.hub()
            ->alerts()
            ->indexOf(SiteAlertRule)
            .data(AlertModel::StateRole)
            .value<AlarmState>();
    };
    // True once `node` has played a tone within `ms`.
    const auto plays = [](const Node &node, int ms) {
        return QTest::qWaitFor([&] { return node.wall->isSoundPlaying(); }, ms);
    };
    // True when `node` plays nothing for the whole of `ms`.
    const auto quiet = [](const Node &node, int ms) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (node.wall->isSoundPlaying())
                return false;
            QTest::qWait(20);
        }
        return true;
    };

    // The critical alarm is owed: every station sounds.
    CHECK(plays(*wallA, 10000));
    CHECK(plays(*wallB, 10000));
    CHECK(plays(*desk, 10000));

    // The desk silences its own sound: it says so, stops, and the walls go on; nothing is
    // acknowledged.
    AlertsPanel *panel = desk->desk->alertsPanel();
    panel->silenceFor(15);
    CHECK(panel->soundLabel()->text().startsWith(QStringLiteral("Suara dimatikan sampai")));
    CHECK(desk->wall->soundSilencedUntil().isValid());
    CHECK(quiet(*desk, 2500));
    CHECK(plays(*wallA, 5000));
    CHECK(plays(*wallB, 5000));
    CHECK_FALSE(wallA->wall->soundSilencedUntil().isValid());
    CHECK(state(*wallA) == AlarmState::ActiveUnacknowledged);

    // The desk acknowledges: both walls show it and stop sounding.
    QTableView *table = desk->desk->alertTable();
    table->selectRow(0);
    panel->acknowledgeSelected();
    REQUIRE(panel->acknowledgeDialog());
    panel->acknowledgeDialog()->operatorField()->setText(QStringLiteral("Sari"));
    panel->acknowledgeDialog()->accept();
    for (const Node *wall : {wallA.get(), wallB.get()}) {
        REQUIRE(
            QTest::qWaitFor([&] { return state(*wall) == AlarmState::ActiveAcknowledged; }, 10000));
        CHECK(quiet(*wall, 2500));
    }
    CHECK(wallA->banner(QStringLiteral("WALL-1")).contains(QStringLiteral("Diakui oleh Sari")));

    // The desk shelves it for an hour with a reason: it leaves both walls' banners, and the
    // desk lists it as shelved, with the reason, until its expiry.
    table->selectRow(0);
    panel->shelveSelected();
    REQUIRE(panel->reasonDialog());
    CHECK_FALSE(panel->reasonDialog()->okButton()->isEnabled()); // a reason is required
    panel->reasonDialog()->reasonField()->setPlainText(QStringLiteral("uji sensor 112"));
    const int hour = panel->reasonDialog()->durationField()->findData(3600);
    REQUIRE(hour >= 0);
    panel->reasonDialog()->durationField()->setCurrentIndex(hour);
    panel->reasonDialog()->accept();
    for (const Node *node : {wallA.get(), wallB.get(), desk.get()})
        REQUIRE(QTest::qWaitFor([&] { return state(*node) == AlarmState::Shelved; }, 10000));
    CHECK_FALSE(wallA->hub()->alerts()->mostSevere().isValid());
    CHECK(wallA->banner(QStringLiteral("WALL-1")).contains(QStringLiteral("Tidak ada peringatan")));
    CHECK(wallB->banner(QStringLiteral("WALL-4")).contains(QStringLiteral("Tidak ada peringatan")));
    const QModelIndex shelved = deskAlerts->indexOf(SiteAlertRule);
    CHECK(shelved.data(AlertModel::ReasonRole).toString() == QStringLiteral("uji sensor 112"));
    CHECK(shelved.data(AlertModel::HiddenByRole).toString() == QStringLiteral("Sari"));
    const qint64 left =
        QDateTime::currentDateTimeUtc().secsTo(shelved.data(AlertModel::UntilRole).toDateTime());
    CHECK(left > 3500);
    CHECK(left <= 3600);
    CHECK(
        table->model()->index(0, 3).data().toString().startsWith(QStringLiteral("\u23f8 Ditunda")));

    // Unshelved from the desk: judged afresh, the condition still holds, a new onset sounds on
    // both walls again.
    table->selectRow(0);
    panel->unshelveSelected();
    for (const Node *wall : {wallA.get(), wallB.get()}) {
        REQUIRE(QTest::qWaitFor([&] { return state(*wall) == AlarmState::ActiveUnacknowledged; },
                                15000));
        CHECK(plays(*wall, 5000));
    }
    qunsetenv("PULSE_SERVER");
}
