// The clock shows Blitar's time (WIB) whatever zone the machine is in, with the Indonesian date,
// and keeps a timer only while it is shown.

#include "tiles/ClockTile.h"

#include "PaintRecorder.h"
#include "ScopedTz.h"
#include "TestValues.h"
#include "TileFixture.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QScreen>
#include <QTest>

#include <time.h>

#include <catch2/catch.hpp>

using namespace Pantau;
using Pantau::Test::str;

TEST_CASE("The clock shows WIB time and the Indonesian date on a machine in New York")
{
    const ScopedTz tz("America/New_York");
    TileFixture f;
    REQUIRE(TileFixture::T0.toLocalTime().time() == QTime(1, 0)); // the machine's own zone
    f.clock.setNow(TileFixture::T0.addSecs(5 * 60 + 27));
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("clock"));
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(*tile, size.size);
        CHECK(drewText(*tile, QStringLiteral("13.05.27")));
        CHECK(drewText(*tile, QStringLiteral("WIB")));
        CHECK(drewText(*tile, QStringLiteral("Sabtu, 28 November 2026")));
        CHECK(drewText(*tile, QStringLiteral("Waktu Blitar")));
        CHECK(tile->shownStatus() == IndicatorStatus::Ok);
        checkTextsLegible(*tile, image);
    }
    // Past midnight in Blitar it is Sunday, though still Saturday in New York and in UTC.
    f.clock.setNow(QDateTime(QDate(2026, 11, 28), QTime(17, 0, 1), Qt::UTC));
    render(*tile, TileSizes[0].size);
    CHECK(drewText(*tile, QStringLiteral("00.00.01")));
    CHECK(drewText(*tile, QStringLiteral("Minggu, 29 November 2026")));
}

TEST_CASE("The clock ticks only while shown")
{
    TileFixture f;
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("clock"));
    auto &clock = dynamic_cast<ClockTile &>(*tile);
    render(clock, TileSizes[0].size);
    CHECK_FALSE(clock.isTicking());
    clock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&clock));
    CHECK(clock.isTicking());
    // The next second comes, and the clock redraws with it.
    f.clock.advanceSeconds(1);
    // A generous limit only, so a broken timer fails instead of hanging.
    QElapsedTimer waited;
    waited.start();
    while (!drewText(clock, QStringLiteral("13.00.01")) && waited.elapsed() < 10'000)
        QTest::qWait(10);
    CHECK(drewText(clock, QStringLiteral("13.00.01")));
    CHECK(clock.isTicking());
    clock.hide();
    CHECK_FALSE(clock.isTicking());
}

namespace {

// Turns the clock one second and waits for the repaint that shows it.
void nextSecond(TileFixture &f, ClockTile &clock, Test::PaintRecorder &paints, const QString &shown)
{
    paints.rects.clear();
    f.clock.advanceSeconds(1);
    QDeadlineTimer limit(10'000); // generous, so a broken timer fails instead of hanging
    while (!drewText(clock, shown) && !limit.hasExpired())
        QTest::qWait(10);
    REQUIRE(drewText(clock, shown));
}

// A clock tile shown as a window of its own, at the size of a 1080p wall's tile.
std::unique_ptr<Tile> shownClock(const TileFixture &f)
{
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("clock"));
    tile->resize(TileSizes[0].size);
    tile->show();
    REQUIRE(QTest::qWaitForWindowExposed(tile.get()));
    return tile;
}

} // namespace

namespace {

// Checks the one paint of the last tick: it covers the time's characters from the first that
// changed (and none of the frame), not those before it, and leaves the pixels and the record
// of texts that a whole paint of the same second gives.
void checkPartOfTime(ClockTile &clock, const Test::PaintRecorder &paints, const QString &before,
                     const QString &now)
{
    CAPTURE(str(before), str(now));
    REQUIRE(paints.rects.size() == 1);
    const QRect part = paints.rects.first();
    CHECK(part != clock.rect());
    const Tile::DrawnText *time = findText(clock, now);
    REQUIRE(time);
    qsizetype same = 0;
    while (before.at(same) == now.at(same))
        ++same;
    const QFontMetricsF metrics(time->font);
    const qreal changeX = time->rect.left() + metrics.horizontalAdvance(now.left(same));
    // From the first changed character to the text's end, with the reach of its ink.
    CHECK(part.contains(
        QRectF(changeX, time->rect.top(), time->rect.right() - changeX, time->rect.height())
            .toAlignedRect()));
    // The unchanged characters are left alone, but for the ink reaching into the changed one.
    CHECK(part.left() > changeX - time->font.pixelSize() * 0.2 - 3);
    CHECK(part.left() > time->rect.left());

    // The frame's texts are still recorded (they are still on screen), and lie outside the part.
    CHECK(clock.drawnTexts().size() >= 5);
    CHECK(drewText(clock, QStringLiteral("Waktu Blitar")));
    CHECK(drewText(clock, QStringLiteral("Sabtu, 28 November 2026")));
    QStringList partlyTexts;
    for (const Tile::DrawnText &text : clock.drawnTexts()) {
        partlyTexts.append(text.text);
        // The zone shares the digits' baseline and the date lies just beneath: within their
        // reach, they are drawn again under the clip. The frame is not touched.
        if (text.text == now || text.text == QStringLiteral("WIB") ||
            text.text == QStringLiteral("Sabtu, 28 November 2026"))
            continue;
        CAPTURE(str(text.text));
        CHECK_FALSE(part.intersects(text.rect.toAlignedRect()));
    }
    const QImage partly = backingStoreImage(clock);
    clock.repaint();
    QStringList wholeTexts;
    for (const Tile::DrawnText &text : clock.drawnTexts())
        wholeTexts.append(text.text);
    CHECK(str(wholeTexts.join(u'|')) == str(partlyTexts.join(u'|')));
    CHECK(backingStoreImage(clock) == partly);
}

} // namespace

TEST_CASE("A tick repaints only the clock's digits that changed, and leaves the pixels of a "
          "whole paint")
{
    TileFixture f;
    std::unique_ptr<Tile> tile = shownClock(f);
    auto &clock = dynamic_cast<ClockTile &>(*tile);
    Test::PaintRecorder paints(&clock);
    nextSecond(f, clock, paints, QStringLiteral("13.00.01"));
    // Most seconds: the last digit alone.
    nextSecond(f, clock, paints, QStringLiteral("13.00.02"));
    checkPartOfTime(clock, paints, QStringLiteral("13.00.01"), QStringLiteral("13.00.02"));
    for (int s = 3; s <= 9; ++s)
        nextSecond(f, clock, paints, QStringLiteral("13.00.0%1").arg(s));
    // Every tenth second: the last two.
    nextSecond(f, clock, paints, QStringLiteral("13.00.10"));
    checkPartOfTime(clock, paints, QStringLiteral("13.00.09"), QStringLiteral("13.00.10"));
}

TEST_CASE("The clock repaints whole when the date changes or the tile is resized")
{
    TileFixture f;
    f.clock.setNow(TileFixture::T0.addSecs(11 * 3600 - 2)); // 23.59.58 WIB
    std::unique_ptr<Tile> tile = shownClock(f);
    auto &clock = dynamic_cast<ClockTile &>(*tile);
    Test::PaintRecorder paints(&clock);
    nextSecond(f, clock, paints, QStringLiteral("23.59.59"));
    CHECK(paints.rects.last() != clock.rect()); // an ordinary second: a part

    // Midnight: a new date under the digits, so all of it.
    nextSecond(f, clock, paints, QStringLiteral("00.00.00"));
    CHECK(drewText(clock, QStringLiteral("Minggu, 29 November 2026")));
    CHECK(paints.rects.last() == clock.rect());

    // A new size lays everything out again.
    paints.rects.clear();
    clock.resize(TileSizes[1].size);
    nextSecond(f, clock, paints, QStringLiteral("00.00.01"));
    CHECK(paints.rects.first() == clock.rect());
    checkTextsLegible(clock, clock.grab().toImage());
}

TEST_CASE("The clock names the new zone and time in the very second a summer time begins")
{
    // The clock formats the date and the zone's name once a minute, the time every second: a
    // zone that moves its clocks must still show the right name from the second it changes.
    TileFixture f;
    f.formatter = Formatter(QLocale(QStringLiteral("nl_NL")),
                            QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    // Summer time in Amsterdam begins at 01:00 UTC on 29 March 2026: 02.00 becomes 03.00.
    const QDateTime lastWinterSecond(QDate(2026, 3, 29), QTime(0, 59, 59), Qt::UTC);
    const QString winter = f.formatter.zoneAbbreviation(lastWinterSecond);
    const QString summer = f.formatter.zoneAbbreviation(lastWinterSecond.addSecs(1));
    REQUIRE(winter != summer);
    f.clock.setNow(lastWinterSecond.addSecs(-1));
    std::unique_ptr<Tile> tile = shownClock(f);
    auto &clock = dynamic_cast<ClockTile &>(*tile);
    Test::PaintRecorder paints(&clock);
    nextSecond(f, clock, paints, QStringLiteral("01.59.59"));
    CHECK(drewText(clock, winter));
    nextSecond(f, clock, paints, QStringLiteral("03.00.00"));
    CHECK(drewText(clock, summer));
    CHECK_FALSE(drewText(clock, winter));
    CHECK(paints.rects.last() == clock.rect()); // a new name beside the digits: all of it
}

TEST_CASE("The clock's time reads as the formatter's for every second across an hour's turn")
{
    // The clock asks the zone once a minute and moves the seconds' digits itself; each second
    // must still read exactly as the formatter writes it, in a zone whose offset has seconds
    // as well (the minute then does not end in "00" and is formatted whole).
    const QTimeZone zones[] = {QTimeZone(QByteArrayLiteral("Asia/Jakarta")),
                               QTimeZone(7 * 3600 + 30)};
    for (const QTimeZone &zone : zones) {
        CAPTURE(zone.id().toStdString());
        TileFixture f;
        f.formatter = Formatter(QLocale(QStringLiteral("id_ID")), zone);
        const QDateTime start(QDate(2026, 11, 28), QTime(6, 58, 57), Qt::UTC);
        std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("clock"));
        int seconds = 0;
        for (QDateTime now = start; now < start.addSecs(125); now = now.addSecs(1), ++seconds) {
            f.clock.setNow(now);
            render(*tile, TileSizes[1].size);
            const QString expected = f.formatter.timeWithSeconds(now);
            CAPTURE(now.toString(Qt::ISODate).toStdString(), expected.toStdString());
            REQUIRE(drewText(*tile, expected));
        }
        CHECK(seconds == 125);
    }
    CHECK(Formatter(QLocale(QStringLiteral("id_ID")), QTimeZone(7 * 3600 + 30))
              .timeWithSeconds(QDateTime(QDate(2026, 11, 28), QTime(6, 59, 0), Qt::UTC)) ==
          QStringLiteral("13.59.30"));
}
