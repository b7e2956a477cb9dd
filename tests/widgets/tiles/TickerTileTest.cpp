// The ticker moves only while it has something new, parks after a few loops, pauses under the
// mouse and runs no timer when it stands still; and a 112 incident served over HTTP reaches it
// and the table through the whole path a wall uses.

#include "tiles/TickerTile.h"

#include "LoopbackServer.h"
#include "TileFixture.h"
#include "config/ConfigLoader.h"
#include "feeds/FeedManager.h"
#include "locale/Formatter.h"
#include "state/DataHub.h"
#include "state/RecordsModel.h"
#include "theme/Theme.h"
#include "tiles/TableTile.h"
#include "tiles/TickerStrip.h"
#include "time/ManualClock.h"

#include <QCursor>
#include <QEnterEvent>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

QByteArray incidents(const QList<QStringList> &rows)
{
    // id, time, kecamatan, category, status, text
    QStringList records;
    for (const QStringList &r : rows)
        records.append(QStringLiteral(R"({"id": "%1", "waktu": "%2", "kecamatan": "%3",
                                          "kategori": "%4", "status": "%5", "uraian": "%6"})")
                           .arg(r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5)));
    return QStringLiteral(R"({"data": [%1]})").arg(records.join(u',')).toUtf8();
}

FeedResult tickerEvent(const QString &feed, const QString &id, const QDateTime &time,
                       const QString &text, const QString &status = QStringLiteral("baru"))
{
    FeedResult r;
    r.feedId = feed;
    r.fetchTime = time;
    r.events.append(
        {feed, id, time, QStringLiteral("Wlingi"), QStringLiteral("kebakaran"), status, text});
    return r;
}

// Waits, processing events, until `done` holds or the generous limit passes. Not a timing
// assertion: the limit only keeps a broken build from hanging.
template<typename Done> bool waitUntil(Done done, int limitMs = 20'000)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < limitMs)
        QTest::qWait(10);
    return done();
}

// Shows a widget below and right of the mouse pointer, so the pointer is not over it: the
// ticker pauses under the mouse, and a test of its motion must not start paused.
void showAwayFromMouse(QWidget &widget)
{
    widget.move(QCursor::pos() + QPoint(40, 40));
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    REQUIRE_FALSE(widget.underMouse());
}

} // namespace

TEST_CASE("A new 112 incident served over HTTP reaches the ticker and the table")
{
    LoopbackServer server;
    REQUIRE(server.start());
    const QString path = QStringLiteral("/kominfo/insiden");
    const QStringList first = {
        QStringLiteral("112-0041"), QStringLiteral("2026-11-28T13:05:00+07:00"),
        QStringLiteral("Wlingi"),   QStringLiteral("Kebakaran"),
        QStringLiteral("Baru"),     QStringLiteral("Kebakaran gudang jerami di belakang pasar")};
    server.set(path, {incidents({first})});

    const QByteArray json = QStringLiteral(R"({
      "version": 1,
      "feeds": [{"id": "insiden-112", "opd": "Dinas Kominfo", "url": "%1", "format": "json",
                 "events": {"records": "/data", "id": "id", "time": "waktu",
                            "kecamatan": "kecamatan", "category": "kategori",
                            "status": "status", "text": "uraian"}}],
      "indicators": [],
      "screens": [{"name": "WALL-1", "columns": 2, "tiles": [
        {"type": "table", "feeds": ["insiden-112"]},
        {"type": "ticker", "feeds": ["insiden-112"]}]}]
    })")
                                .arg(server.url(path).toString())
                                .toUtf8();
    const ConfigLoader::Result loaded = ConfigLoader::loadBytes(json, QStringLiteral("e2e.json"));
    for (const Diagnostic &d : loaded.errors)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(loaded.errors.isEmpty());
    const Config &config = *loaded.config;

    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(6, 10), Qt::UTC)); // 13.10 WIB
    DataHub hub(config, DataHub::Options(), &clock);
    const Formatter formatter(QLocale(config.locale), QTimeZone(config.timeZone.toUtf8()));
    TileContext context;
    context.formatter = &formatter;
    context.clock = &clock;
    context.theme = &Theme::wall();
    context.display = &config.display;
    context.indicators = hub.indicators();
    context.records = hub.records();
    context.health = hub.health();
    context.alerts = hub.alerts();

    TableTile table(context, config.screens.at(0).pages.first().tiles.at(0));
    TickerTile ticker(context, config.screens.at(0).pages.first().tiles.at(1));
    ticker.resize(TileSizes[1].size);
    showAwayFromMouse(ticker);
    CHECK_FALSE(ticker.isScrolling());
    CHECK_FALSE(ticker.isTimerActive());

    QSignalSpy answered(&hub, &DataHub::feedFinished);
    hub.pollAllNow();
    REQUIRE(answered.wait(15000));

    const QString firstText = first.at(5);
    render(table, TileSizes[1].size);
    CHECK(allText(table).contains(firstText));
    CHECK(table.shownStatus() == IndicatorStatus::Ok);
    CHECK(ticker.stripText().contains(firstText));
    CHECK(ticker.stripText().contains(QStringLiteral("13.05 \u00b7 Wlingi \u00b7 Kebakaran")));
    CHECK(ticker.isScrolling());
    CHECK(ticker.isTimerActive());
    const int renders = ticker.stripRenders();
    CHECK(renders >= 1);

    // A second incident: both tiles show it, and the ticker lays its text out once more.
    const QStringList second = {
        QStringLiteral("112-0042"),   QStringLiteral("2026-11-28T13:08:00+07:00"),
        QStringLiteral("Kademangan"), QStringLiteral("Kecelakaan"),
        QStringLiteral("Baru"),       QStringLiteral("Tabrakan dua sepeda motor di jalan desa")};
    server.set(path, {incidents({first, second})});
    clock.advanceSeconds(120);
    answered.clear();
    hub.pollAllNow();
    REQUIRE(answered.wait(15000));
    CHECK(server.hits(path) == 2);

    render(table, TileSizes[1].size);
    CHECK(allText(table).contains(second.at(5)));
    CHECK(allText(table).contains(firstText));
    CHECK(ticker.stripText().startsWith(QStringLiteral("13.08 \u00b7 Kademangan")));
    CHECK(ticker.stripText().contains(firstText));
    CHECK(ticker.stripRenders() == renders + 1);
    CHECK(ticker.isScrolling());
    saveForReview(render(ticker, TileSizes[1].size), QStringLiteral("ticker-e2e-scrolling"));
}

TEST_CASE("The ticker scrolls only while it has something new, then parks")
{
    TileFixture f;
    f.fillRealistic();
    f.apply(tickerEvent(QStringLiteral("insiden-112"), QStringLiteral("n1"), f.clock.now(),
                        QStringLiteral("Api di gudang")));
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("ticker"));
    auto &ticker = dynamic_cast<TickerTile &>(*tile);
    // Fast, so three loops pass in a moment; the pace is not what is tested here.
    ticker.setSpeed(200);
    ticker.resize(TileSizes[2].size);

    // Not shown: nothing runs, whatever it has to show.
    CHECK(ticker.isScrolling());
    CHECK_FALSE(ticker.isTimerActive());

    showAwayFromMouse(ticker);
    CHECK(ticker.isScrolling());
    // It starts once its first paint has placed the strip.
    CHECK(waitUntil([&] { return ticker.isTimerActive(); }));
    CHECK(ticker.loopsDone() == 0);
    const int renders = ticker.stripRenders();

    REQUIRE(waitUntil([&] { return !ticker.isScrolling(); }));
    CHECK(ticker.loopsDone() == TickerTile::LoopsBeforeParking);
    CHECK_FALSE(ticker.isTimerActive());
    // Moving a strip never lays its text out again.
    CHECK(ticker.stripRenders() == renders);

    // Parked, it shows the newest item as still text, fully legible.
    const QImage parked = render(ticker, TileSizes[0].size);
    saveForReview(parked, QStringLiteral("ticker-parked"));
    CHECK(drewText(ticker, QStringLiteral("Api di gudang")));
    checkTextsLegible(ticker, parked);
    ticker.resize(TileSizes[2].size);
    QTest::qWait(50);

    // The same events polled again are nothing new: it stays parked.
    f.apply(tickerEvent(QStringLiteral("insiden-112"), QStringLiteral("n1"), f.clock.now(),
                        QStringLiteral("Api di gudang")));
    CHECK_FALSE(ticker.isScrolling());
    CHECK_FALSE(ticker.isTimerActive());
    // Nor is an tickerEvent of a feed it does not show.
    f.apply(tickerEvent(QStringLiteral("aduan"), QStringLiteral("a1"), f.clock.now(),
                        QStringLiteral("Lampu jalan mati")));
    CHECK_FALSE(ticker.isScrolling());
    CHECK_FALSE(ticker.stripText().contains(QStringLiteral("Lampu jalan mati")));

    // A new record starts it again, from the start.
    f.clock.advanceSeconds(60);
    f.apply(tickerEvent(QStringLiteral("insiden-112"), QStringLiteral("n2"), f.clock.now(),
                        QStringLiteral("Pohon tumbang di jalan")));
    CHECK(ticker.isScrolling());
    CHECK(ticker.loopsDone() == 0);
    CHECK(ticker.isTimerActive());
    CHECK(ticker.stripText().contains(QStringLiteral("Pohon tumbang di jalan")));
}

TEST_CASE("The ticker pauses under the mouse and stops when hidden")
{
    TileFixture f;
    f.apply(tickerEvent(QStringLiteral("insiden-112"), QStringLiteral("n1"), f.clock.now(),
                        QStringLiteral("Kebakaran gudang jerami di belakang rumah warga")));
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("ticker"));
    auto &ticker = dynamic_cast<TickerTile &>(*tile);
    ticker.resize(TileSizes[0].size);
    showAwayFromMouse(ticker);
    REQUIRE(waitUntil([&] { return ticker.isTimerActive(); }));

    const QPointF inside(20, 20);
    QEnterEvent enter(inside, inside, ticker.mapToGlobal(inside));
    QApplication::sendEvent(&ticker, &enter);
    CHECK_FALSE(ticker.isTimerActive());
    CHECK(ticker.isScrolling()); // paused, not parked: it resumes where it was
    const int loops = ticker.loopsDone();
    QTest::qWait(100);
    CHECK(ticker.loopsDone() == loops);

    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&ticker, &leave);
    CHECK(ticker.isTimerActive());

    ticker.hide();
    CHECK_FALSE(ticker.isTimerActive());
    CHECK(ticker.isScrolling());
    ticker.show();
    CHECK(ticker.isTimerActive());
}

TEST_CASE("The ticker's frame names its feed's agency, and a failure of its feed")
{
    TileFixture f;
    f.fillRealistic();
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("ticker"));
    render(*tile, TileSizes[0].size);
    CHECK(tile->shownStatus() == IndicatorStatus::Ok);
    CHECK(allText(*tile).contains(QStringLiteral("Dinas Kominfo")));
    CHECK(allText(*tile).contains(QStringLiteral("Insiden 112 Terbaru")));

    // A failing feed it does not show changes nothing.
    f.fail(QStringLiteral("harga"), FailureKind::NoAnswer, QStringLiteral("timeout"));
    render(*tile, TileSizes[0].size);
    CHECK(tile->shownStatus() == IndicatorStatus::Ok);

    f.fail(QStringLiteral("insiden-112"), FailureKind::NoAnswer, QStringLiteral("timeout"));
    const QImage image = render(*tile, TileSizes[0].size);
    saveForReview(image, QStringLiteral("ticker-error"));
    CHECK(tile->shownStatus() == IndicatorStatus::Error);
    CHECK(allText(*tile).contains(QStringLiteral("Server Dinas Kominfo tidak menjawab")));
    checkTextsLegible(*tile, image);
}

TEST_CASE("The ticker's strip never shows before a paint has placed it")
{
    // Regression: the strip was shown at a new widget's default place and size (0,0 100x30)
    // and painted nothing there, so the first frame, and every snapshot, had a black box over
    // the tile's corner.
    TileFixture f;
    f.fillRealistic();
    f.apply(tickerEvent(QStringLiteral("insiden-112"), QStringLiteral("n1"), f.clock.now(),
                        QStringLiteral("Api di gudang")));
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("ticker"));
    auto &ticker = dynamic_cast<TickerTile &>(*tile);
    ticker.setAttribute(Qt::WA_DontShowOnScreen);
    ticker.resize(TileSizes[0].size);
    ticker.show();
    REQUIRE(ticker.isScrolling());

    // The theme has no pure black; an unpainted widget in a grab has.
    auto blackPixels = [](const QImage &image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == qRgb(0, 0, 0) ? 1 : 0;
        return count;
    };
    const QImage first = ticker.grab().toImage().convertToFormat(QImage::Format_RGB32);
    CHECK(blackPixels(first) == 0);
    CHECK(drewText(ticker, QStringLiteral("Api di gudang"))); // the parked view, for now

    REQUIRE(waitUntil([&] { return ticker.isTimerActive(); }));
    const QImage running = ticker.grab().toImage().convertToFormat(QImage::Format_RGB32);
    saveForReview(running, QStringLiteral("ticker-first-frames"));
    CHECK(blackPixels(running) == 0);
}

// Each step moves only the rows that hold the text's ink; the rows above and below stay
// background. What the screen shows after many steps is what a fresh paint at the same place
// shows: nothing left behind in the rows that do not move.
TEST_CASE("The ticker's steps move only its text's rows, and leave what a fresh paint shows")
{
    const Theme &theme = Theme::wall();
    TickerStrip strip(theme);
    strip.setItems(
        {{QStringLiteral("13.05 · Wlingi · Kebakaran"),
          QStringLiteral("Api di gudang, jalan ditutup sementara")},
         {QStringLiteral("12.40 · Garum · Banjir"), QStringLiteral("Air setinggi lutut")}});
    strip.resize(900, 60);
    showAwayFromMouse(strip);

    const QRect moving = strip.movingRows();
    CAPTURE(moving);
    REQUIRE_FALSE(moving.isEmpty());
    CHECK(moving.width() == strip.width());
    CHECK(moving.top() > 0);
    CHECK(moving.bottom() < strip.height() - 1);

    // The fresh paint's ink lies wholly within the moving rows.
    const QImage fresh = strip.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb background = theme.background.rgb();
    int inkOutside = 0;
    int inkWithin = 0;
    for (int y = 0; y < fresh.height(); ++y)
        for (int x = 0; x < fresh.width(); ++x)
            if (fresh.pixel(x, y) != background)
                ++(moving.contains(x, y) ? inkWithin : inkOutside);
    CHECK(inkWithin > 1000);
    CHECK(inkOutside == 0);

    strip.setSpeed(3);
    strip.setRunning(true);
    REQUIRE(waitUntil([&] { return strip.offset() > 300; }));
    strip.setRunning(false);
    QTest::qWait(50); // the last step's incoming columns painted
    const QImage shown = backingStoreImage(strip);
    const QImage repainted = strip.grab().toImage().convertToFormat(QImage::Format_RGB32);
    CHECK(differingPixels(shown, repainted) == 0);
}
