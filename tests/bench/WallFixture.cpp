#include "WallFixture.h"

#include "DemoConfig.h"
#include "feeds/FeedManager.h"
#include "theme/Theme.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstdio>
#include <cstdlib>

namespace Pantau {

namespace {

Config demoConfig()
{
    QString error;
    const std::optional<Config> config = loadDemoConfig(&error);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(2);
    }
    return *config;
}

} // namespace

WallFixture::WallFixture()
    : config(demoConfig())
    , clock(QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC))
    , formatter(QLocale(config.locale), QTimeZone(config.timeZone.toUtf8()))
{
    server = std::make_unique<DemoFeedServer>(&clock);
    if (!server->start()) {
        std::fprintf(stderr, "cannot start the demo feed server\n");
        std::exit(2);
    }
    DataHub::Options options;
    options.demoBase = server->baseUrl();
    hub = std::make_unique<DataHub>(config, options, &clock);
    QObject::connect(hub.get(), &DataHub::feedFinished, [this] { ++polls; });
    // A day of five-minute polls.
    for (int step = 0; step <= 24 * 12; ++step) {
        pollOnce();
        clock.advanceSeconds(300);
    }
    scheduler = std::make_unique<RepaintScheduler>(&clock);
    context.formatter = &formatter;
    context.clock = &clock;
    context.theme = &Theme::wall();
    context.scheduler = scheduler.get();
    context.display = &config.display;
    context.indicators = hub->indicators();
    context.records = hub->records();
    context.health = hub->health();
    context.alerts = hub->alerts();
}

WallFixture::~WallFixture() = default;

void WallFixture::pollOnce()
{
    const int target = polls + int(config.feeds.size());
    hub->pollAllNow();
    QDeadlineTimer limit(10'000);
    while (polls < target && !limit.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (polls < target) {
        std::fprintf(stderr, "the demo feeds did not answer\n");
        std::exit(2);
    }
}

std::unique_ptr<ScreenView> WallFixture::screen(const QString &name, const QSize &size)
{
    for (const ScreenConfig &screen : std::as_const(config.screens)) {
        if (screen.name != name)
            continue;
        auto view = std::make_unique<ScreenView>(screen, context, true);
        view->resize(size);
        // The overview page, whatever the rotation says now.
        view->pinPage(0, false);
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->show();
        QCoreApplication::processEvents();
        return view;
    }
    std::fprintf(stderr, "no screen %s in the demo config\n", qPrintable(name));
    std::exit(2);
}

} // namespace Pantau
