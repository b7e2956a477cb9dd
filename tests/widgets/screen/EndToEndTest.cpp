// The whole path on one machine: a real HTTP server on 127.0.0.1 serves a payload, the poller
// fetches it, the model takes it, and a KPI tile rendered offscreen shows the served value.

#include "LoopbackServer.h"
#include "config/ConfigLoader.h"
#include "feeds/FeedManager.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/Theme.h"
#include "tiles/KpiTile.h"
#include "time/SystemClock.h"

#include <QImage>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Pantau;

TEST_CASE("A served value reaches a KPI tile over HTTP")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/kominfo/112"),
               {R"({"tanggal": "2026-11-28", "panggilan": {"masuk": 1234.5}})"});

    const QByteArray json = QStringLiteral(R"({
      "version": 1,
      "feeds": [{"id": "c112", "opd": "Dinas Kominfo", "url": "%1", "format": "json",
                 "values": [{"indicator": "112.masuk", "pointer": "/panggilan/masuk"}]}],
      "indicators": [{"id": "112.masuk", "label": {"id": "Panggilan Masuk"}, "unit": "panggilan",
                      "decimals": 1, "dimension": "emergency"}],
      "screens": [{"name": "WALL-1", "tiles": [{"type": "kpi", "indicator": "112.masuk"}]}]
    })")
                                .arg(server.url(QStringLiteral("/kominfo/112")).toString())
                                .toUtf8();
    const ConfigLoader::Result loaded = ConfigLoader::loadBytes(json, QStringLiteral("e2e.json"));
    REQUIRE(loaded.errors.isEmpty());
    const Config &config = *loaded.config;

    SystemClock clock;
    IndicatorModel model(config, &clock);
    FeedManager feeds(config, QUrl(), &clock);
    QObject::connect(&feeds, &FeedManager::feedFinished, &model, &IndicatorModel::applyFeedResult);

    const Formatter formatter(QLocale(config.locale), QTimeZone(config.timeZone.toUtf8()));
    TileContext context;
    context.formatter = &formatter;
    context.clock = &clock;
    context.theme = &Theme::wall();
    context.indicators = &model;
    KpiTile tile(context, config.screens.at(0).pages.first().tiles.at(0));
    tile.resize(640, 360);
    const QImage before = tile.grab().toImage();

    QSignalSpy answered(&feeds, &FeedManager::allFeedsAnsweredOnce);
    feeds.pollAllNow();
    REQUIRE(answered.wait(15000));

    const QModelIndex row = model.indexOf(QStringLiteral("112.masuk"));
    CHECK(row.data(IndicatorModel::StatusRole).value<IndicatorStatus>() == IndicatorStatus::Ok);
    CHECK(row.data(IndicatorModel::ValueRole).toDouble() == 1234.5);
    CHECK(tile.valueText() == QStringLiteral("1.234,5 panggilan"));
    const QImage after = tile.grab().toImage();
    REQUIRE(after.size() == QSize(640, 360));
    CHECK(after != before);
    CHECK(server.hits(QStringLiteral("/kominfo/112")) == 1);
}
