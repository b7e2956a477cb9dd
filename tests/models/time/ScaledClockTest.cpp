#include "time/ScaledClock.h"

#include "feeds/FeedPoller.h"
#include "time/ManualClock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

QDateTime utcOn(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

TEST_CASE("ScaledClock: simulated time runs N times faster from the origin at the anchor",
          "[ScaledClock]")
{
    ManualClock real(utcOn(1, 8));
    SECTION("scale 1 without an origin is the real clock")
    {
        const ScaledClock clock(&real);
        CHECK_FALSE(clock.isScaled());
        real.advanceSeconds(90);
        CHECK(clock.now() == real.now());
        CHECK(clock.rate() == 1.0);
    }
    SECTION("60x: a real minute is a simulated hour")
    {
        const ScaledClock clock(&real, 60, utcOn(28, 0), real.now());
        CHECK(clock.now() == utcOn(28, 0));
        real.advanceSeconds(60);
        CHECK(clock.now() == utcOn(28, 1));
        real.advanceSeconds(24 * 60);
        CHECK(clock.now() == utcOn(29, 1));
        CHECK(clock.rate() == 60.0);
        CHECK(clock.realMsFor(30'000) == 500);
        CHECK(clock.realMsFor(30'000, 1000) == 1000); // never below the floor
        CHECK(clock.simulatedMsFor(1500) == 90'000);
    }
    SECTION("the same scale, origin and anchor agree whenever each clock was made")
    {
        const QDateTime anchor = real.now();
        const ScaledClock first(&real, 3600, utcOn(28, 0), anchor);
        real.advanceSeconds(7);
        const ScaledClock second(&real, 3600, utcOn(28, 0), anchor);
        CHECK(first.now() == second.now());
        CHECK(second.now() == utcOn(28, 7));
    }
    SECTION("an origin alone shifts time without speeding it up")
    {
        const ScaledClock clock(&real, 1, utcOn(28, 6), real.now());
        CHECK(clock.isScaled());
        real.advanceSeconds(120);
        CHECK(clock.now() == utcOn(28, 6, 2));
    }
    SECTION("a scale outside 1 to 86400 is held to it")
    {
        CHECK(ScaledClock(&real, 0.5).scale() == 1.0);
        CHECK(ScaledClock(&real, 1e9).scale() == ScaledClock::MaxScale);
    }
}

TEST_CASE("FeedPoller: poll intervals are clock time, so a faster clock polls more often",
          "[ScaledClock][FeedPoller]")
{
    ManualClock real(utcOn(1, 8));
    FeedConfig feed;
    feed.id = QStringLiteral("f");
    feed.format = FeedFormat::Json;
    feed.intervalSeconds = 300;
    QNetworkAccessManager network;

    const ScaledClock normal(&real);
    FeedPoller atNormal(feed, QUrl(QStringLiteral("http://127.0.0.1:9/")), QTimeZone::utc(),
                        &network, &normal);
    CHECK(atNormal.intervalMs() == 300'000);

    const ScaledClock fast(&real, 60, utcOn(28, 0), real.now());
    FeedPoller atFast(feed, QUrl(QStringLiteral("http://127.0.0.1:9/")), QTimeZone::utc(), &network,
                      &fast);
    CHECK(atFast.intervalMs() == 5'000);

    // A 30-s feed at 120x keeps its simulated plan: every 250 ms of real time.
    feed.intervalSeconds = 30;
    const ScaledClock soak(&real, 120, utcOn(28, 0), real.now());
    FeedPoller atSoak(feed, QUrl(QStringLiteral("http://127.0.0.1:9/")), QTimeZone::utc(), &network,
                      &soak);
    CHECK(atSoak.intervalMs() == 250);

    // However fast, a feed is not polled more than ten times a second.
    const ScaledClock fastest(&real, 3600, utcOn(28, 0), real.now());
    FeedPoller atFastest(feed, QUrl(QStringLiteral("http://127.0.0.1:9/")), QTimeZone::utc(),
                         &network, &fastest);
    CHECK(atFastest.intervalMs() == FeedPoller::MinIntervalMs);
}
