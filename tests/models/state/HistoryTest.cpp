#include "state/History.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

// 2027-01-15T08:00:00Z: a whole hour, so minute and hour buckets start exactly here.
constexpr qint64 T = 1'800'000'000'000;
static_assert(T % HourMs == 0);

// Times are whole milliseconds and values small, so every mean below is exact in a double; the
// margin only guards against the last bit.
bool same(const QPointF &actual, double x, double y)
{
    return std::abs(actual.x() - x) < 1e-3 && std::abs(actual.y() - y) < 1e-9;
}

bool strictlyIncreasing(const QList<QPointF> &points)
{
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (!(points.at(i - 1).x() < points.at(i).x()))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("History keeps points in the order they came")
{
    History history;
    CHECK(history.isEmpty());
    CHECK(history.add(T, 10.5));
    CHECK(history.add(T + 5 * SecondMs, 11.0));
    CHECK(history.add(T + 10 * SecondMs, -2.25));
    CHECK(history.size() == 3);
    CHECK_FALSE(history.isEmpty());
    const QList<QPointF> expected = {QPointF(double(T), 10.5),
                                     QPointF(double(T + 5 * SecondMs), 11.0),
                                     QPointF(double(T + 10 * SecondMs), -2.25)};
    CHECK(history.points() == expected);

    history.clear();
    CHECK(history.isEmpty());
    CHECK(history.points().isEmpty());
}

TEST_CASE("History drops out-of-order and duplicate-time points")
{
    History history;
    REQUIRE(history.add(T + 10 * SecondMs, 1));
    CHECK_FALSE(history.add(T + 10 * SecondMs, 2)); // the same time again
    CHECK_FALSE(history.add(T + 5 * SecondMs, 3));  // older than the last
    CHECK_FALSE(history.add(T + 10 * SecondMs - 1, 4));
    CHECK(history.add(T + 10 * SecondMs + 1, 5));
    CHECK(history.size() == 2);
    const QList<QPointF> expected = {QPointF(double(T + 10 * SecondMs), 1),
                                     QPointF(double(T + 10 * SecondMs + 1), 5)};
    CHECK(history.points() == expected);
}

TEST_CASE("History folds raw points older than rawMs into minute buckets")
{
    History::Limits limits;
    limits.rawMs = 2 * MinuteMs;
    limits.rawMaxPoints = 1000;
    limits.minuteMs = HourMs;
    limits.spanMs = DayMs;
    History history(limits);

    // Minute 0: six points at 0, 10, ..., 50 s with values 1..6.
    for (int i = 0; i < 6; ++i)
        REQUIRE(history.add(T + i * 10 * SecondMs, i + 1));
    // Minute 1: 60, 70, ..., 110 s with values 10, 20, ..., 60.
    for (int i = 0; i < 6; ++i)
        REQUIRE(history.add(T + MinuteMs + i * 10 * SecondMs, 10.0 * (i + 1)));
    CHECK(history.size() == 12); // nothing is older than two minutes yet

    // At 190 s, everything before 70 s is more than two minutes old; 70 s is exactly two.
    const qint64 now = T + 190 * SecondMs;
    REQUIRE(history.add(now, 99));
    const QList<QPointF> points = history.points();
    REQUIRE(points.size() == 1 + 1 + 5 + 1);
    // Minute 0: mean of 1..6 at the mean of 0..50 s.
    CHECK(same(points.at(0), double(T + 25 * SecondMs), 3.5));
    // Minute 1 so far: only the point at 60 s.
    CHECK(same(points.at(1), double(T + 60 * SecondMs), 10));
    // Raw: 70..110 s, then the new point.
    for (int i = 0; i < 5; ++i)
        CHECK(same(points.at(2 + i), double(T + (70 + 10 * i) * SecondMs), 20.0 + 10 * i));
    CHECK(same(points.at(7), double(now), 99));
    CHECK(history.recent(100).size() == 6);

    // A minute later the rest of minute 1 folds into the same bucket: mean of 10..60 at 85 s.
    REQUIRE(history.add(now + MinuteMs, 7));
    const QList<QPointF> later = history.points();
    REQUIRE(later.size() >= 2);
    CHECK(same(later.at(0), double(T + 25 * SecondMs), 3.5));
    CHECK(same(later.at(1), double(T + 85 * SecondMs), 35));
    CHECK(strictlyIncreasing(later));
}

TEST_CASE("History folds raw points beyond rawMaxPoints into minute buckets")
{
    History::Limits limits;
    limits.rawMs = DayMs; // age alone would keep everything raw
    limits.rawMaxPoints = 5;
    History history(limits);

    for (int i = 0; i < 8; ++i)
        REQUIRE(history.add(T + i * SecondMs, i));
    // Points 0, 1 and 2 (all in minute 0) make one bucket: value 1 at 1 s. Points 3..7 stay raw.
    CHECK(history.size() == 1 + 5);
    const QList<QPointF> points = history.points();
    REQUIRE(points.size() == 6);
    CHECK(same(points.at(0), double(T + 1 * SecondMs), 1));
    for (int i = 3; i < 8; ++i)
        CHECK(same(points.at(i - 2), double(T + i * SecondMs), i));
    CHECK(history.recent(100).size() == 5);
}

TEST_CASE("History folds minute buckets older than minuteMs into hour buckets")
{
    History::Limits limits;
    limits.rawMs = MinuteMs;
    limits.rawMaxPoints = 1000;
    limits.minuteMs = 10 * MinuteMs;
    limits.spanMs = DayMs;
    History history(limits);

    REQUIRE(history.add(T, 1));                   // minute 0
    REQUIRE(history.add(T + 30 * SecondMs, 3));   // minute 0
    REQUIRE(history.add(T + 60 * SecondMs, 10));  // minute 1
    REQUIRE(history.add(T + 90 * SecondMs, 20));  // minute 1
    REQUIRE(history.add(T + 300 * SecondMs, 50)); // minute 5
    // At 690 s: every earlier point is over a minute old and folds into its minute; minutes 0
    // (690 s old) and 1 (630 s old) are over ten minutes old and fold into hour 0; minute 5
    // (390 s old) stays.
    const qint64 now = T + 690 * SecondMs;
    REQUIRE(history.add(now, 100));
    CHECK(history.size() == 3);
    const QList<QPointF> points = history.points();
    REQUIRE(points.size() == 3);
    // Hour 0 holds the four points of minutes 0 and 1: (1 + 3 + 10 + 20) / 4 at (0+30+60+90)/4 s.
    CHECK(same(points.at(0), double(T + 45 * SecondMs), 8.5));
    CHECK(same(points.at(1), double(T + 300 * SecondMs), 50));
    CHECK(same(points.at(2), double(now), 100));
    CHECK(history.recent(10) == QList<QPointF>{QPointF(double(now), 100)});

    // Twenty minutes on, minute 5 (and the raw point at 690 s, via its minute) join hour 0 as
    // well: the hour's mean is over all six points.
    REQUIRE(history.add(now + 20 * MinuteMs, 0));
    const QList<QPointF> later = history.points();
    REQUIRE(later.size() == 2);
    CHECK(same(later.at(0), double(T + (0 + 30 + 60 + 90 + 300 + 690) * SecondMs / 6),
               (1 + 3 + 10 + 20 + 50 + 100) / 6.0));
    CHECK(same(later.at(1), double(now + 20 * MinuteMs), 0));
}

TEST_CASE("History drops hour buckets older than spanMs")
{
    History::Limits limits;
    limits.rawMs = MinuteMs;
    limits.rawMaxPoints = 1000;
    limits.minuteMs = HourMs;
    limits.spanMs = 3 * HourMs;
    History history(limits);

    REQUIRE(history.add(T, 1));
    // Two hours on, the first point is raw -> minute -> hour 0 (two hours old: kept).
    REQUIRE(history.add(T + 2 * HourMs, 2));
    CHECK(history.points() ==
          QList<QPointF>{QPointF(double(T), 1), QPointF(double(T + 2 * HourMs), 2)});
    // Hour 0 is now exactly three hours old: still kept. The 2 h point is a minute bucket, an
    // hour old: not yet folded.
    REQUIRE(history.add(T + 3 * HourMs, 3));
    CHECK(history.size() == 3);
    CHECK(history.points().constFirst() == QPointF(double(T), 1));
    // One second later hour 0 is past the span and goes; the 2 h minute becomes an hour bucket.
    REQUIRE(history.add(T + 3 * HourMs + SecondMs, 4));
    const QList<QPointF> expected = {QPointF(double(T + 2 * HourMs), 2),
                                     QPointF(double(T + 3 * HourMs), 3),
                                     QPointF(double(T + 3 * HourMs + SecondMs), 4)};
    CHECK(history.points() == expected);

    // After a long silence every old tier is gone; only the new point remains.
    REQUIRE(history.add(T + 10 * DayMs, 5));
    CHECK(history.points() == QList<QPointF>{QPointF(double(T + 10 * DayMs), 5)});
}

TEST_CASE("History points stay in strictly increasing time order across tiers")
{
    History history; // default limits: raw hour, minute day, hour week
    // Irregular polls, 1 s to 2 min apart, for ten days; a fixed LCG keeps it reproducible.
    std::uint32_t seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    qint64 now = T + 17 * SecondMs + 123;
    int checks = 0;
    bool ordered = true;
    for (int i = 0; now < T + 10 * DayMs; ++i) {
        now += 1000 + qint64(next() % 120'000);
        REQUIRE(history.add(now, double(next() % 1000) / 10.0));
        if (i % 97 == 0) {
            const QList<QPointF> points = history.points();
            ordered = ordered && strictlyIncreasing(points) && points.constLast().x() == now;
            ++checks;
        }
    }
    CHECK(checks > 50);
    CHECK(ordered);
    const QList<QPointF> points = history.points();
    CHECK(strictlyIncreasing(points));
    CHECK(points.size() == history.size());
    // Nothing older than the week survives.
    CHECK(points.constFirst().x() >= double(now - History::Limits().spanMs));
}

TEST_CASE("History recent gives the last raw points, oldest first")
{
    History::Limits limits;
    limits.rawMaxPoints = 4;
    History history(limits);
    CHECK(history.recent(3).isEmpty());
    for (int i = 0; i < 10; ++i)
        REQUIRE(history.add(T + i * SecondMs, i));

    const QList<QPointF> three = history.recent(3);
    const QList<QPointF> expected = {QPointF(double(T + 7 * SecondMs), 7),
                                     QPointF(double(T + 8 * SecondMs), 8),
                                     QPointF(double(T + 9 * SecondMs), 9)};
    CHECK(three == expected);
    CHECK(history.recent(1) == QList<QPointF>{QPointF(double(T + 9 * SecondMs), 9)});
    CHECK(history.recent(0).isEmpty());
    CHECK(history.recent(-5).isEmpty());
    // Only raw points: the four kept raw, not the folded bucket.
    const QList<QPointF> all = history.recent(100);
    REQUIRE(all.size() == 4);
    CHECK(all.constFirst() == QPointF(double(T + 6 * SecondMs), 6));
    CHECK(all.constLast() == QPointF(double(T + 9 * SecondMs), 9));
    CHECK(history.size() == 5); // 0..5 in one minute bucket, 6..9 raw
}

TEST_CASE("History memory is bounded over 60 days of 5 s polls")
{
    const History::Limits limits; // the defaults the wall runs with
    History history(limits);
    const qint64 stepMs = 5 * SecondMs;
    const qint64 minutesPerDay = limits.minuteMs / MinuteMs;
    const qint64 hoursPerSpan = limits.spanMs / HourMs;
    // One partly filled bucket at each end of the minute and hour tiers.
    const qint64 bound = limits.rawMaxPoints + minutesPerDay + hoursPerSpan + 2;

    qsizetype largest = 0;
    int dropped = 0;
    QList<qsizetype> sizeAtDayEnd; // index d: size after day d+1
    qint64 now = T;
    for (int day = 0; day < 60; ++day) {
        const qint64 dayEnd = T + (day + 1) * DayMs;
        for (; now < dayEnd; now += stepMs) {
            if (!history.add(now, double(now / stepMs % 1000)))
                ++dropped;
            largest = std::max(largest, history.size());
        }
        sizeAtDayEnd.append(history.size());
    }

    CHECK(dropped == 0);
    INFO("largest size " << largest << ", bound " << bound);
    CHECK(largest <= bound);
    // Nor does it lose what it should keep: the raw hour, the day of minutes before it and the
    // rest of the week in hours.
    const qint64 steady = limits.rawMaxPoints + (limits.minuteMs - limits.rawMs) / MinuteMs +
                          (limits.spanMs - limits.minuteMs) / HourMs;
    CHECK(sizeAtDayEnd.constLast() >= steady - 2);
    // It levels off: a month in, it holds as much as two months in.
    const qsizetype day30 = sizeAtDayEnd.at(29);
    const qsizetype day60 = sizeAtDayEnd.at(59);
    INFO("size after day 30: " << day30 << ", after day 60: " << day60);
    CHECK(std::abs(day30 - day60) <= 1);
    // Levelled off as soon as the span was full (day 8), not just by day 30.
    for (int day = 8; day < 60; ++day)
        CHECK(std::abs(sizeAtDayEnd.at(day) - day60) <= 1);
    // And the history still reaches back the full span, in order.
    const QList<QPointF> points = history.points();
    CHECK(strictlyIncreasing(points));
    CHECK(points.constFirst().x() >= double(now - stepMs - limits.spanMs));
    CHECK(points.constFirst().x() < double(now - limits.spanMs + HourMs));
    CHECK(history.recent(limits.rawMaxPoints + 10).size() == limits.rawMaxPoints);
}
