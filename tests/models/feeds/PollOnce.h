#pragma once

#include "feeds/FeedPoller.h"
#include "feeds/FeedResult.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace Pantau::Test {

// Polls once and waits for the answer; the limit only keeps a broken build from hanging.
inline FeedResult pollOnce(FeedPoller &poller)
{
    QSignalSpy spy(&poller, &FeedPoller::finished);
    poller.pollNow();
    REQUIRE(spy.wait(15000));
    return spy.at(0).at(0).value<FeedResult>();
}

} // namespace Pantau::Test
