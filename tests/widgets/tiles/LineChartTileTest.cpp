// The line chart tile: its series hold the history inside the window and are swapped in one
// step when a poll brings news, its time axis reads in WIB whatever the machine's zone, and its
// legend gives way (values first, then entries) before anything is cut.

#include "tiles/LineChartTile.h"

#include "ScopedTz.h"
#include "TileFixture.h"
#include "state/IndicatorModel.h"
#include "theme/Theme.h"

#include <QRegularExpression>

#include <ctime>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

QList<QPointF> historyInWindow(const TileFixture &f, const QString &id, int hours)
{
    const QList<QPointF> history =
        f.hub->indicators()->indexOf(id).data(IndicatorModel::HistoryRole).value<QList<QPointF>>();
    const double nowMs = double(f.clock.now().toMSecsSinceEpoch());
    const double startMs = nowMs - hours * 3600.0 * 1000.0;
    QList<QPointF> inside;
    for (const QPointF &p : history)
        if (p.x() >= startMs && p.x() <= nowMs)
            inside.append(p);
    return inside;
}

// The time labels drawn ("13.00"), left to right.
QList<Tile::DrawnText> timeLabels(const Tile &tile)
{
    static const QRegularExpression time(QStringLiteral("^\\d\\d\\.\\d\\d$"));
    QList<Tile::DrawnText> labels;
    for (const Tile::DrawnText &drawn : tile.drawnTexts())
        if (time.match(drawn.text).hasMatch())
            labels.append(drawn);
    std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) {
        return a.rect.center().x() < b.rect.center().x();
    });
    return labels;
}

int pixelsOfColor(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += QColor(image.pixel(x, y)) == color;
    return count;
}

} // namespace

TEST_CASE("LineChartTile holds the history inside its window and swaps it in one step on a poll")
{
    TileFixture f;
    f.fillRealistic();
    const TileConfig &config = f.tileConfig(QStringLiteral("line"));
    LineChartTile tile(f.context, config);
    render(tile, TileSizes[0].size);

    REQUIRE(tile.seriesCount() == 3);
    for (int i = 0; i < 3; ++i) {
        CAPTURE(i);
        const QList<QPointF> expected = historyInWindow(f, config.indicators.at(i), config.hours);
        CHECK(expected.size() == 49); // a day of polls every 30 minutes, both ends included
        CHECK(tile.seriesPoints(i) == expected);
    }
    const int replacements = tile.seriesReplacements();
    CHECK(replacements == 3);
    CHECK(tile.seriesPointEdits() == 0);

    // Repainting without news does not touch the series.
    render(tile, TileSizes[0].size);
    render(tile, TileSizes[1].size);
    CHECK(tile.seriesReplacements() == replacements);

    // News from a feed the tile does not show does not either.
    f.values(QStringLiteral("apbd"), {{QStringLiteral("apbd.pendapatan.persen"), 86.0}});
    render(tile, TileSizes[0].size);
    CHECK(tile.seriesReplacements() == replacements);

    // Half an hour later a new poll: each series is replaced once, the oldest point has left
    // the window and the new one is at the end.
    f.clock.advanceSeconds(1800);
    f.values(QStringLiteral("harga"), {{QStringLiteral("harga.telur"), 30100},
                                       {QStringLiteral("harga.beras"), 13350},
                                       {QStringLiteral("harga.gula"), 17950}});
    render(tile, TileSizes[0].size);
    CHECK(tile.seriesReplacements() == replacements + 3);
    CHECK(tile.seriesPointEdits() == 0);
    for (int i = 0; i < 3; ++i) {
        CAPTURE(i);
        const QList<QPointF> expected = historyInWindow(f, config.indicators.at(i), config.hours);
        CHECK(tile.seriesPoints(i) == expected);
        CHECK(tile.seriesPoints(i).size() == 49);
    }
    CHECK(tile.seriesPoints(0).last() == QPointF(double(f.clock.now().toMSecsSinceEpoch()), 30100));
    // The legend shows the new value, formatted the Indonesian way.
    render(tile, TileSizes[1].size);
    CHECK(drewText(tile, QStringLiteral("Rp30.100")));
}

TEST_CASE("LineChartTile writes its time axis in WIB whatever the machine's zone")
{
    const ScopedTz newYork("America/New_York");
    TileFixture f;
    // The machine really is in New York now: 13.00 WIB is 01.00 there.
    REQUIRE(TileFixture::T0.toLocalTime().time().hour() == 1);
    REQUIRE(f.formatter.time(TileFixture::T0) == QStringLiteral("13.00"));
    f.fillRealistic();
    LineChartTile tile(f.context, f.tileConfig(QStringLiteral("line")));

    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(tile, size.size);
        saveForReview(image, QStringLiteral("line-newyork-%1").arg(QLatin1String(size.name)));
        checkTextsLegible(tile, image);
        const QList<Tile::DrawnText> labels = timeLabels(tile);
        REQUIRE(labels.size() >= 3);
        // Whole hours of WIB, evenly stepped and aligned to WIB's midnight.
        QList<int> hours;
        for (const Tile::DrawnText &label : labels) {
            CAPTURE(label.text.toStdString());
            CHECK(label.text.endsWith(QStringLiteral(".00")));
            hours.append(label.text.left(2).toInt());
        }
        const int step = (hours.at(1) - hours.at(0) + 24) % 24;
        REQUIRE(step > 0);
        for (qsizetype i = 1; i < hours.size(); ++i) {
            CHECK((hours.at(i) - hours.at(i - 1) + 24) % 24 == step);
            // Labels never touch each other.
            CHECK(labels.at(i - 1).rect.right() < labels.at(i).rect.left());
        }
        for (const int hour : hours)
            CHECK(hour % step == 0);
        // The newest label is the last whole step before 13.00 WIB; a chart writing the
        // machine's time would say "00.00" or "01.00" here.
        const QDateTime newest = TileFixture::T0.addSecs(-qint64(13 % step) * 3600);
        CHECK(labels.last().text == f.formatter.time(newest));
    }
}

TEST_CASE("LineChartTile's legend drops values before entries, and says how many it left out")
{
    TileFixture f;
    f.fillRealistic();
    TileConfig config = f.tileConfig(QStringLiteral("line"));

    // Three series on a 4K tile: every name with its current value.
    LineChartTile three(f.context, config);
    QImage image = render(three, TileSizes[1].size);
    checkTextsLegible(three, image);
    for (int i = 0; i < 3; ++i) {
        const QModelIndex row = f.hub->indicators()->indexOf(config.indicators.at(i));
        CHECK(drewText(three, row.data(IndicatorModel::LabelRole).toString()));
        CHECK(
            drewText(three, f.formatter.compactValue(row.data(IndicatorModel::ValueRole).toDouble(),
                                                     QStringLiteral("Rp"), 0)));
    }

    // Eight series on a desktop tile: not all names fit, and the tile says so in words.
    config.indicators = {
        QStringLiteral("harga.telur"),      QStringLiteral("harga.cabai"),
        QStringLiteral("harga.beras"),      QStringLiteral("harga.bawang"),
        QStringLiteral("harga.gula"),       QStringLiteral("112.masuk"),
        QStringLiteral("112.waktu-respon"), QStringLiteral("apbd.pendapatan.persen")};
    LineChartTile eight(f.context, config);
    image = render(eight, TileSizes[2].size);
    saveForReview(image, QStringLiteral("line-eight-desktop"));
    checkTextsLegible(eight, image);
    int shownNames = 0;
    for (const QString &id : std::as_const(config.indicators)) {
        const QModelIndex row = f.hub->indicators()->indexOf(id);
        shownNames += drewText(eight, row.data(IndicatorModel::LabelRole).toString());
        // No value is shown while a name had to go.
        CHECK_FALSE(drewText(
            eight, f.formatter.compactValue(row.data(IndicatorModel::ValueRole).toDouble(),
                                            row.data(IndicatorModel::UnitRole).toString(),
                                            row.data(IndicatorModel::DecimalsRole).toInt())));
    }
    CHECK(shownNames >= 1);
    CHECK(shownNames < 8);
    CHECK(drewText(eight, QStringLiteral("+%1 lainnya").arg(8 - shownNames)));
}

TEST_CASE("LineChartTile fills below the lines when asked, from zero")
{
    TileFixture f;
    f.fillRealistic();
    TileConfig config = f.tileConfig(QStringLiteral("line"));
    LineChartTile lines(f.context, config);
    config.area = true;
    LineChartTile area(f.context, config);
    const QImage withLines = render(lines, TileSizes[0].size);
    const QImage withArea = render(area, TileSizes[0].size);
    saveForReview(withArea, QStringLiteral("line-area-wall-1080p"));
    checkTextsLegible(area, withArea);
    CHECK(area.seriesPoints(0) == lines.seriesPoints(0));
    // The fill covers a good part of the plot, and the value scale starts at zero.
    CHECK(differingPixels(withLines, withArea) > withArea.width() * withArea.height() / 10);
    CHECK(drewText(area, QStringLiteral("Rp0")));
}

TEST_CASE("LineChartTile draws its series muted while its feed fails")
{
    TileFixture f;
    f.fillRealistic();
    LineChartTile tile(f.context, f.tileConfig(QStringLiteral("line")));
    const QColor first = Theme::wall().seriesColor(0);
    const QImage fresh = render(tile, TileSizes[0].size);
    CHECK(pixelsOfColor(fresh, first) > 100);

    f.fail(QStringLiteral("harga"), FailureKind::NoAnswer, QStringLiteral("timeout"));
    const QImage failing = render(tile, TileSizes[0].size);
    CHECK(tile.shownStatus() == IndicatorStatus::Error);
    // Not one pixel in the series' full colour: line, dot and swatch are all muted.
    CHECK(pixelsOfColor(failing, first) == 0);
    // And the series were not rebuilt for it: only their colour changed.
    CHECK(tile.seriesReplacements() == 3);
}

TEST_CASE("LineChartTile says so when there is no history yet")
{
    TileFixture f;
    LineChartTile tile(f.context, f.tileConfig(QStringLiteral("line")));
    for (const TileSize &size : TileSizes) {
        CAPTURE(size.name);
        const QImage image = render(tile, size.size);
        checkTextsLegible(tile, image);
        CHECK(tile.shownStatus() == IndicatorStatus::NoData);
        CHECK(drewText(tile, QStringLiteral("Belum ada riwayat 24 jam terakhir")));
        CHECK(tile.seriesPoints(0).isEmpty());
    }
}

// Regression: the snapshot of the demo hung here. The chart was first laid out without data
// (a value axis of 0 to 1 in small steps), and the first prices moved the range to tens of
// thousands while the old step still held: Qt Charts made one graphics item per tick.
TEST_CASE("LineChartTile takes its first values far from its empty range without stalling")
{
    TileFixture f;
    std::unique_ptr<Tile> tile = f.makeTile(QStringLiteral("line"));
    const QImage empty = render(*tile, TileSizes[0].size);
    f.fillRealistic();
    const QImage filled = render(*tile, TileSizes[0].size);
    CHECK(differingPixels(empty, filled) > 1000);
    checkTextsLegible(*tile, filled);
}
