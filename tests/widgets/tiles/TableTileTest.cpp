// The table of latest events: newest first, only its own feeds, the date for another day, the
// status as a dot and a word, and columns that give way whole when the tile is narrow.

#include "tiles/TableTile.h"

#include "TileFixture.h"
#include "binding/RepaintScheduler.h"
#include "theme/Theme.h"

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

FeedResult tableEvent(const QString &feed, const QString &id, const QDateTime &time,
                      const QString &text, const QString &status = QStringLiteral("baru"))
{
    FeedResult r;
    r.feedId = feed;
    r.fetchTime = time;
    r.events.append({feed, id, time, QStringLiteral("Panggungrejo"), QStringLiteral("kecelakaan"),
                     status, text});
    return r;
}

// Every text drawn, joined by spaces: a description wrapped over two lines reads whole again.
int indexOfText(const Tile &tile, const QString &text)
{
    for (qsizetype i = 0; i < tile.drawnTexts().size(); ++i)
        if (tile.drawnTexts().at(i).text == text)
            return int(i);
    return -1;
}

} // namespace

TEST_CASE("The table lists its own feed's events, newest first, with the date for another day")
{
    TileFixture f;
    TableTile table(f.context, f.tileConfig(QStringLiteral("table")));
    const QDateTime now = f.clock.now(); // 13.00 WIB
    f.apply(tableEvent(QStringLiteral("aduan"), QStringLiteral("x0"), now.addSecs(-20 * 3600),
                       QStringLiteral("Jembatan desa retak"), QStringLiteral("selesai")));
    f.apply(tableEvent(QStringLiteral("aduan"), QStringLiteral("x1"), now.addSecs(-300),
                       QStringLiteral("Sampah menumpuk di pinggir jalan")));
    f.apply(tableEvent(QStringLiteral("insiden-112"), QStringLiteral("x2"), now,
                       QStringLiteral("Insiden yang bukan aduan")));

    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(table, size.size);
        saveForReview(image, QStringLiteral("table-newest-%1").arg(QLatin1String(size.name)));
        checkTextsLegible(table, image);
        CHECK(table.shownStatus() == IndicatorStatus::Ok);
        CHECK(table.shownRows() == 2);
        // 12.55 WIB today comes before 17.00 yesterday, which carries its date.
        const int newest = indexOfText(table, QStringLiteral("12.55"));
        const int older = indexOfText(table, QStringLiteral("17.00"));
        REQUIRE(newest >= 0);
        REQUIRE(older >= 0);
        CHECK(newest < older);
        CHECK(drewText(table, QStringLiteral("27 Nov")));
        CHECK(allText(table).contains(QStringLiteral("Sampah menumpuk di pinggir jalan")));
        CHECK_FALSE(allText(table).contains(QStringLiteral("Insiden yang bukan aduan")));
        // The status, when it has room, is a word by its dot.
        if (table.shownColumns().contains(QStringLiteral("status"))) {
            CHECK(drewText(table, QStringLiteral("baru")));
            CHECK(drewText(table, QStringLiteral("selesai")));
        }
    }
    // A table twice as wide has room for every column.
    const QImage wide = render(table, QSize(952 * 2, 670));
    checkTextsLegible(table, wide);
    CHECK(table.shownColumns().size() == 5);
    CHECK(drewText(table, QStringLiteral("baru")));
    CHECK(drewText(table, QStringLiteral("Panggungrejo")));
    CHECK(drewText(table, QStringLiteral("Kecelakaan")));
}

TEST_CASE("A narrow table drops whole columns, category first, and never cuts a description")
{
    TileFixture f;
    f.fillRealistic();
    TableTile table(f.context, f.tileConfig(QStringLiteral("table")));
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(table, size.size);
        checkTextsLegible(table, image);
        const QStringList &columns = table.shownColumns();
        CAPTURE(columns.join(u',').toStdString());
        CHECK(columns.first() == QStringLiteral("time"));
        CHECK(columns.last() == QStringLiteral("description"));
        // Dropped in order: a later column is never kept while an earlier one goes.
        if (columns.contains(QStringLiteral("category")))
            CHECK(columns.contains(QStringLiteral("kecamatan")));
        if (columns.contains(QStringLiteral("kecamatan")))
            CHECK(columns.contains(QStringLiteral("status")));
        CHECK(table.shownRows() >= 2);
        for (const Tile::DrawnText &drawn : table.drawnTexts())
            CHECK_FALSE(drawn.text.endsWith(QStringLiteral("\u2026")));
    }
    // Twice as wide, all five columns.
    const QImage wide = render(table, QSize(952 * 2, 670));
    saveForReview(wide, QStringLiteral("table-wide"));
    checkTextsLegible(table, wide);
    CHECK(table.shownColumns().size() == 5);
    CHECK(drewText(table, QStringLiteral("Kebakaran")));
}

TEST_CASE("The table repaints for its own feed's events only, and shows its feed failing")
{
    TileFixture f;
    f.fillRealistic();
    RepaintScheduler scheduler(&f.clock);
    f.context.scheduler = &scheduler;
    TableTile table(f.context, f.tileConfig(QStringLiteral("table")));
    render(table, TileSizes[0].size);
    REQUIRE_FALSE(scheduler.batchPending());

    f.apply(tableEvent(QStringLiteral("insiden-112"), QStringLiteral("y1"), f.clock.now(),
                       QStringLiteral("Bukan untuk tabel ini")));
    CHECK_FALSE(scheduler.batchPending());
    f.apply(tableEvent(QStringLiteral("aduan"), QStringLiteral("y2"), f.clock.now(),
                       QStringLiteral("Untuk tabel ini")));
    CHECK(scheduler.batchPending());

    f.fail(QStringLiteral("aduan"), FailureKind::ServerError, QStringLiteral("503"));
    const QImage image = render(table, TileSizes[0].size);
    saveForReview(image, QStringLiteral("table-error"));
    CHECK(table.shownStatus() == IndicatorStatus::Error);
    QStringList texts;
    for (const Tile::DrawnText &drawn : table.drawnTexts())
        texts.append(drawn.text);
    CHECK(texts.join(u' ').contains(QStringLiteral("Server Dinas Kominfo sedang bermasalah")));
    // The last records stay readable under the failure.
    CHECK(drewText(table, QStringLiteral("13.00")));
    checkTextsLegible(table, image);
}

TEST_CASE("An empty table says so and waits")
{
    TileFixture f;
    TableTile table(f.context, f.tileConfig(QStringLiteral("table")));
    const QImage image = render(table, TileSizes[0].size);
    CHECK(table.shownStatus() == IndicatorStatus::NoData);
    CHECK(drewText(table, QStringLiteral("Belum ada kejadian")));
    CHECK(drewText(table, QStringLiteral("Aduan Terbaru")));
    checkTextsLegible(table, image);
}

// A complaint exported from a spreadsheet keeps its line breaks as written (a CSV field with a
// CRLF inside quotes): the table wraps it as words, and draws no CR or LF.
TEST_CASE("The table draws a multi-line complaint as words, with no line-end characters")
{
    TileFixture f;
    TableTile table(f.context, f.tileConfig(QStringLiteral("table")));
    f.apply(tableEvent(QStringLiteral("aduan"), QStringLiteral("x1"), f.clock.now(),
                       QStringLiteral("Lampu jalan mati\r\nsejak Senin.\r\n\r\nMohon dicek")));
    render(table, TileSizes[1].size);
    QStringList drawn;
    for (const Tile::DrawnText &text : table.drawnTexts()) {
        CHECK_FALSE(text.text.contains(u'\r'));
        CHECK_FALSE(text.text.contains(u'\n'));
        drawn.append(text.text);
    }
    CAPTURE(drawn.join(u'|').toStdString());
    CHECK(drawn.join(u' ').contains(QStringLiteral("Lampu jalan mati sejak Senin. Mohon dicek")));
}
