#include "layout/PageRotation.h"

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {
const QDateTime Noon(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC); // 12.00 WIB
}

TEST_CASE("A synchronized rotation turns on the clock's boundaries, wherever a screen started")
{
    const RotationConfig every30{30, true};
    // Two screens started 7 s apart show the same page and turn at the same instant.
    const QDateTime a = Noon.addSecs(3);
    const QDateTime b = Noon.addSecs(10);
    for (int s = 12; s < 200; s += 7) {
        const QDateTime now = Noon.addSecs(s);
        CHECK(PageRotation::pageAt(every30, 3, a, now) == PageRotation::pageAt(every30, 3, b, now));
    }
    CHECK(PageRotation::nextChange(every30, 3, a, Noon.addSecs(12)) == Noon.addSecs(30));
    CHECK(PageRotation::pageAt(every30, 3, a, Noon.addSecs(29)) !=
          PageRotation::pageAt(every30, 3, a, Noon.addSecs(30)));
}

TEST_CASE("An unsynchronized rotation counts from the screen's start and cycles the pages")
{
    const RotationConfig every10{10, false};
    const QDateTime start = Noon.addSecs(4);
    CHECK(PageRotation::pageAt(every10, 3, start, start) == 0);
    CHECK(PageRotation::pageAt(every10, 3, start, start.addSecs(9)) == 0);
    CHECK(PageRotation::pageAt(every10, 3, start, start.addSecs(10)) == 1);
    CHECK(PageRotation::pageAt(every10, 3, start, start.addSecs(25)) == 2);
    CHECK(PageRotation::pageAt(every10, 3, start, start.addSecs(30)) == 0);
    CHECK(PageRotation::nextChange(every10, 3, start, start.addSecs(25)) == start.addSecs(30));
}

TEST_CASE("One page, or no interval, never turns")
{
    CHECK(PageRotation::pageAt({30, true}, 1, Noon, Noon.addSecs(100)) == 0);
    CHECK_FALSE(PageRotation::nextChange({30, true}, 1, Noon, Noon).isValid());
    CHECK(PageRotation::pageAt({0, true}, 4, Noon, Noon.addSecs(100)) == 0);
    CHECK_FALSE(PageRotation::nextChange({0, true}, 4, Noon, Noon).isValid());
}
