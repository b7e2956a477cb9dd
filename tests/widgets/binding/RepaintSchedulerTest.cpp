// How a wall repaints: model changes mark only the tiles they concern, marks are batched into
// one round, and an idle wall has no timer pending at all.

#include "binding/RepaintScheduler.h"

#include "PaintRecorder.h"
#include "TileFixture.h"
#include "screen/ScreenView.h"
#include "state/IndicatorModel.h"
#include "tiles/FeedHealthTile.h"
#include "tiles/KpiTile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

// Runs the event loop until the scheduler has flushed its batch (or a generous limit passes,
// which the caller's checks then catch).
void waitForBatch(const RepaintScheduler &scheduler)
{
    QDeadlineTimer limit(5000);
    while (scheduler.batchPending() && !limit.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

// Shows a tile at a wall's size and lets its first paint and the batch after it pass.
void showPainted(QWidget &tile, const RepaintScheduler &scheduler)
{
    tile.resize(476, 335);
    tile.show();
    tile.grab();
    waitForBatch(scheduler);
}

// A screen of one page with a KPI tile for each indicator, two columns wide.
ScreenConfig kpiScreen(const QStringList &indicators)
{
    ScreenConfig screen;
    screen.name = QStringLiteral("T");
    PageConfig page;
    page.columns = 2;
    for (const QString &id : indicators) {
        TileConfig tile;
        tile.type = TileType::Kpi;
        tile.indicators = {id};
        page.tiles.append(tile);
    }
    screen.pages = {page};
    return screen;
}

} // namespace

TEST_CASE("RepaintScheduler batches marks into one round and repaints each widget once")
{
    TileFixture f;
    RepaintScheduler scheduler(&f.clock);
    QWidget a, b;
    scheduler.markDirty(&a);
    scheduler.markDirty(&b);
    scheduler.markDirty(&a);
    CHECK(scheduler.batchPending());
    waitForBatch(scheduler);
    CHECK(scheduler.batches() == 1);
    CHECK(scheduler.repaints() == 2);
}

TEST_CASE("RepaintScheduler repaints now what waits for nothing, with the batch it joins")
{
    TileFixture f;
    RepaintScheduler scheduler(&f.clock);
    QWidget a, b;
    QList<QWidget *> flushed;
    QObject::connect(&scheduler, &RepaintScheduler::flushed,
                     [&](const QList<QWidget *> &widgets) { flushed = widgets; });
    scheduler.markDirty(&a);
    scheduler.repaintNow(&b, QRect(0, 0, 10, 10));
    // At once, with the pending mark, and no batch left to wake for.
    CHECK_FALSE(scheduler.batchPending());
    CHECK(scheduler.batches() == 1);
    CHECK(scheduler.repaints() == 2);
    CHECK(flushed == QList<QWidget *>{&a, &b});
}

TEST_CASE("RepaintScheduler repaints only the parts marked, and the whole when it is marked")
{
    TileFixture f;
    RepaintScheduler scheduler(&f.clock);
    QWidget a, b;
    for (QWidget *w : {&a, &b}) {
        w->setAttribute(Qt::WA_OpaquePaintEvent);
        w->resize(400, 300);
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w));
    }
    QCoreApplication::processEvents();
    Test::PaintRecorder paintsOfA(&a), paintsOfB(&b);

    // Two parts of one widget in one batch: one repaint, covering both and not the rest.
    scheduler.markDirty(&a, QRect(10, 10, 20, 20));
    scheduler.markDirty(&a, QRect(50, 40, 10, 10));
    // A part, then the whole: the whole wins.
    scheduler.markDirty(&b, QRect(10, 10, 20, 20));
    scheduler.markDirty(&b);
    waitForBatch(scheduler);
    CHECK(scheduler.repaints() == 2);
    paintsOfA.wait();
    paintsOfB.wait();
    REQUIRE(paintsOfA.rects.size() == 1);
    CHECK(paintsOfA.rects.first() == QRect(10, 10, 50, 40));
    REQUIRE(paintsOfB.rects.size() == 1);
    CHECK(paintsOfB.rects.first() == b.rect());

    // The whole first, then a part: still the whole.
    paintsOfB.rects.clear();
    scheduler.markDirty(&b);
    scheduler.markDirty(&b, QRect(10, 10, 20, 20));
    waitForBatch(scheduler);
    paintsOfB.wait();
    REQUIRE(paintsOfB.rects.size() == 1);
    CHECK(paintsOfB.rects.first() == b.rect());
}

TEST_CASE("RepaintScheduler paints a batch at once, one pass per window, posting nothing for one")
{
    // A batch's timer has already woken the wall: a posted update would wake it a second time.
    TileFixture f;
    RepaintScheduler scheduler(&f.clock);
    QWidget window;
    window.resize(400, 300);
    QWidget a(&window), b(&window), hidden(&window);
    a.setGeometry(0, 0, 200, 300);
    b.setGeometry(200, 0, 200, 300);
    for (QWidget *w : {&a, &b, &hidden})
        w->setAttribute(Qt::WA_OpaquePaintEvent);
    hidden.hide();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    // Every pass of the window's repaint manager, sent at once or posted, is an update request.
    class Passes : public QObject
    {
    public:
        int count = 0;

    protected:
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::UpdateRequest;
            return false;
        }
    } passes;
    window.installEventFilter(&passes);
    Test::PaintRecorder paintsOfA(&a), paintsOfB(&b), paintsOfHidden(&hidden);
    qsizetype paintedWhenReported = -1;
    QObject::connect(&scheduler, &RepaintScheduler::flushed, [&] {
        paintedWhenReported = paintsOfA.rects.size() + paintsOfB.rects.size();
    });
    auto settle = [] {
        QTest::qWait(50);
    }; // lets anything posted arrive

    SECTION("one widget: painted before the batch is reported, in its only pass")
    {
        scheduler.markDirty(&a, QRect(10, 10, 20, 20));
        waitForBatch(scheduler);
        CHECK(paintedWhenReported == 1);
        settle();
        CHECK(passes.count == 1);
        REQUIRE(paintsOfA.rects.size() == 1);
        CHECK(paintsOfA.rects.first() == QRect(10, 10, 20, 20));
        CHECK(paintsOfB.rects.isEmpty());
        // update() instead posts its pass: the paint comes only when the event loop turns.
        a.update();
        CHECK(paintsOfA.rects.size() == 1);
        settle();
        CHECK(passes.count == 2);
        CHECK(paintsOfA.rects.size() == 2);
    }
    SECTION("several widgets and a hidden one: all painted in the first pass, the hidden not")
    {
        scheduler.markDirty(&a, QRect(10, 10, 20, 20));
        scheduler.markDirty(&b);
        scheduler.markDirty(&hidden);
        waitForBatch(scheduler);
        CHECK(paintedWhenReported == 2);
        CHECK(scheduler.repaints() == 3);
        settle();
        REQUIRE(paintsOfA.rects.size() == 1);
        CHECK(paintsOfA.rects.first() == QRect(10, 10, 20, 20));
        REQUIRE(paintsOfB.rects.size() == 1);
        CHECK(paintsOfB.rects.first() == b.rect());
        CHECK(paintsOfHidden.rects.isEmpty());
    }
}

TEST_CASE("RepaintScheduler forgets a widget that is destroyed before its batch or wake")
{
    TileFixture f;
    RepaintScheduler scheduler(&f.clock);
    auto widget = std::make_unique<QWidget>();
    scheduler.markDirty(widget.get());
    scheduler.wakeAt(widget.get(), f.clock.now().addSecs(60));
    CHECK(scheduler.wakePending());
    widget.reset();
    CHECK_FALSE(scheduler.wakePending());
    waitForBatch(scheduler);
    CHECK(scheduler.repaints() == 0);
}

TEST_CASE("RepaintScheduler arms one wake timer for the earliest of many")
{
    TileFixture f;
    RepaintScheduler scheduler(&f.clock);
    QWidget a, b;
    scheduler.wakeAt(&a, f.clock.now().addSecs(120));
    scheduler.wakeAt(&b, f.clock.now().addSecs(30));
    CHECK(scheduler.wakePending());
    scheduler.cancelWake(&b);
    CHECK(scheduler.wakePending());
    scheduler.cancelWake(&a);
    CHECK_FALSE(scheduler.wakePending());
}

TEST_CASE("A poll marks only the tiles showing what it changed")
{
    TileFixture f;
    f.fillRealistic();
    RepaintScheduler scheduler(&f.clock);
    f.context.scheduler = &scheduler;
    ScreenView view(kpiScreen({QStringLiteral("harga.telur"), QStringLiteral("harga.gula"),
                               QStringLiteral("112.masuk")}),
                    f.context, false);
    view.resize(1280, 720);
    waitForBatch(scheduler);
    const qint64 before = scheduler.repaints();

    f.values(QStringLiteral("harga"), {{QStringLiteral("harga.telur"), 30100}});
    waitForBatch(scheduler);
    CHECK(scheduler.repaints() - before == 1);

    // Two indicators in one poll: two tiles, one batch.
    const qint64 batches = scheduler.batches();
    f.values(QStringLiteral("harga"),
             {{QStringLiteral("harga.telur"), 30200}, {QStringLiteral("harga.gula"), 18000}});
    waitForBatch(scheduler);
    CHECK(scheduler.repaints() - before == 3);
    CHECK(scheduler.batches() - batches == 1);
}

TEST_CASE("An idle screen has nothing pending but the wake for its next age text")
{
    TileFixture f;
    f.fillRealistic();
    RepaintScheduler scheduler(&f.clock);
    f.context.scheduler = &scheduler;
    KpiTile tile(f.context, f.tileConfig(QStringLiteral("kpi")));
    showPainted(tile, scheduler);
    CHECK_FALSE(scheduler.batchPending());
    // "Diperbarui baru saja" turns into "1 menit lalu" within a minute: one coarse wake.
    CHECK(scheduler.wakePending());
    tile.hide();
    CHECK_FALSE(scheduler.wakePending());
}

namespace {

// A poll of the "harga" feed whose answer is unchanged (a 304, or the same bytes).
FeedResult unchanged(const QDateTime &now)
{
    FeedResult r;
    r.feedId = QStringLiteral("harga");
    r.fetchTime = now;
    r.notModified = true;
    return r;
}

} // namespace

TEST_CASE("A poll that only confirms a value repaints no tile, and a new age text only its own")
{
    TileFixture f;
    f.fillRealistic();
    RepaintScheduler scheduler(&f.clock);
    f.context.scheduler = &scheduler;
    ScreenView view(kpiScreen({QStringLiteral("harga.telur"), QStringLiteral("harga.gula")}),
                    f.context, false);
    view.resize(1280, 720);
    view.show();
    // Eggs come with the source's own time; sugar without, so its age counts from the fetch.
    FeedResult first;
    first.feedId = QStringLiteral("harga");
    first.fetchTime = f.clock.now();
    first.samples.append({QStringLiteral("harga.telur"), 30100, f.clock.now()});
    first.samples.append({QStringLiteral("harga.gula"), 18000, QDateTime()});
    f.apply(first);
    view.grab();
    waitForBatch(scheduler);
    const qint64 before = scheduler.repaints();

    // Confirmed five seconds later: both ages still read "baru saja", nothing repaints.
    f.clock.advanceSeconds(5);
    f.apply(unchanged(f.clock.now()));
    waitForBatch(scheduler);
    CHECK(scheduler.repaints() == before);

    // Confirmed again after two minutes without a poll (short of the three that make a value
    // stale): the sugar tile's "2 menit lalu" turns back into "baru saja", so it repaints; the
    // eggs' age still counts from their source time and reads the same.
    f.clock.advanceSeconds(2 * 60);
    view.grab(); // paints "2 menit lalu", as the wall's wake would have by now
    waitForBatch(scheduler);
    const qint64 aged = scheduler.repaints();
    f.apply(unchanged(f.clock.now()));
    waitForBatch(scheduler);
    CHECK(scheduler.repaints() - aged == 1);
}

TEST_CASE("A poll repaints the feed-health tile only when an age or state it shows changes")
{
    TileFixture f;
    f.fillRealistic(); // every feed last succeeded at 13.00: "baru saja"
    RepaintScheduler scheduler(&f.clock);
    f.context.scheduler = &scheduler;
    FeedHealthTile tile(f.context, f.tileConfig(QStringLiteral("health")));
    showPainted(tile, scheduler);
    const qint64 before = scheduler.repaints();
    // The wall wakes the tile when the first "baru saja" turns into "1 menit lalu".
    CHECK(scheduler.wakePending());

    // Five seconds on, a poll of one feed: its last success moves, every row still reads the same.
    f.clock.advanceSeconds(5);
    f.values(QStringLiteral("harga"), {{QStringLiteral("harga.telur"), 30100}});
    waitForBatch(scheduler);
    CHECK(scheduler.repaints() == before);

    // A minute later the other feeds read "1 menit lalu": the next poll repaints, once.
    f.clock.advanceSeconds(60);
    f.values(QStringLiteral("harga"), {{QStringLiteral("harga.telur"), 30100}});
    waitForBatch(scheduler);
    CHECK(scheduler.repaints() - before == 1);
    tile.grab();
    CHECK(allText(tile).contains(QStringLiteral("1 menit lalu")));

    // A failure is always shown.
    const qint64 shown = scheduler.repaints();
    f.fail(QStringLiteral("aduan"), FailureKind::NoAnswer, QStringLiteral("no answer in 30 s"));
    waitForBatch(scheduler);
    CHECK(scheduler.repaints() - shown == 1);
}
