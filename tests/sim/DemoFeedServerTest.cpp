// The shipped demo config against the demo server it names: every demo feed must be served and
// every mapped value must parse, or the demo wall would show errors on a newcomer's first run.

#include "DemoFeedServer.h"

#include "ConfigLoader.h"
#include "FeedManager.h"
#include "IndicatorModel.h"
#include "ManualClock.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Pantau;

TEST_CASE("The built-in demo config is fully served by the demo server over HTTP")
{
    const ConfigLoader::Result loaded =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    REQUIRE(loaded.errors.isEmpty());
    const Config &config = *loaded.config;
    REQUIRE(config.usesDemoFeeds());

    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(6, 5), Qt::UTC));
    DemoFeedServer server(&clock);
    REQUIRE(server.start());
    CHECK(server.baseUrl().host() == QStringLiteral("127.0.0.1"));

    IndicatorModel model(config, &clock);
    FeedManager feeds(config, server.baseUrl(), &clock);
    QObject::connect(&feeds, &FeedManager::feedFinished, &model, &IndicatorModel::applyFeedResult);
    QSignalSpy answered(&feeds, &FeedManager::allFeedsAnsweredOnce);
    feeds.pollAllNow();
    REQUIRE(answered.wait(15000));

    CHECK(server.requestCount() == config.feeds.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        INFO(index.data(IndicatorModel::IdRole).toString().toStdString()
             << ": " << index.data(IndicatorModel::ErrorRole).toString().toStdString());
        CHECK(index.data(IndicatorModel::StatusRole).value<IndicatorStatus>() ==
              IndicatorStatus::Ok);
        CHECK(index.data(IndicatorModel::ValueRole).isValid());
        // Source times come from the server's clock, as of 13.00-13.05 WIB.
        const QDateTime source = index.data(IndicatorModel::SourceTimeRole).toDateTime();
        CHECK(source.isValid());
        CHECK(source <= clock.now());
    }
    const double revenue = model.indexOf(QStringLiteral("apbd.pendapatan.persen"))
                               .data(IndicatorModel::ValueRole)
                               .toDouble();
    CHECK(revenue > 80.0);
    CHECK(revenue < 98.2);
    const double response = model.indexOf(QStringLiteral("112.waktu-respon"))
                                .data(IndicatorModel::ValueRole)
                                .toDouble();
    CHECK(response >= 5.0);
    CHECK(response <= 8.0);
}
