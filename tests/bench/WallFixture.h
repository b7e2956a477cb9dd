#pragma once

#include "DemoFeedServer.h"
#include "binding/RepaintScheduler.h"
#include "config/Config.h"
#include "locale/Formatter.h"
#include "screen/ScreenView.h"
#include "screen/TileContext.h"
#include "state/DataHub.h"
#include "time/ManualClock.h"

#include <memory>

namespace Pantau {

// The shipped demo wall as the benchmarks see it: the demo config, its feed server on
// 127.0.0.1, and a DataHub that has polled it every five minutes over the last day, so charts
// and sparklines carry a full day of history and tables are full.
class WallFixture
{
public:
    WallFixture();
    ~WallFixture();

    // A screen of the demo config, built as the wall builds it, at a size.
    std::unique_ptr<ScreenView> screen(const QString &name, const QSize &size);

    Config config;
    ManualClock clock;
    Formatter formatter;
    std::unique_ptr<DemoFeedServer> server;
    std::unique_ptr<DataHub> hub;
    std::unique_ptr<RepaintScheduler> scheduler;
    TileContext context;
    int polls = 0;

private:
    void pollOnce();
};

} // namespace Pantau
