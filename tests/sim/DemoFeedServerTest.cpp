// The shipped demo config against the demo server it names: every demo feed must be served and
// every mapped value must parse, or the demo wall would show errors on a newcomer's first run.

#include "DemoFeedServer.h"

#include "SimHttp.h"
#include "config/ConfigLoader.h"
#include "feeds/FeedManager.h"
#include "geo/Kecamatan.h"
#include "state/IndicatorModel.h"
#include "time/ManualClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>

#include <algorithm>

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

    // One request a feed, and one more for each CKAN table: the empty page that ends it.
    const auto ckanFeeds =
        std::count_if(config.feeds.cbegin(), config.feeds.cend(),
                      [](const FeedConfig &f) { return f.format == FeedFormat::Ckan; });
    CHECK(server.requestCount() == config.feeds.size() + ckanFeeds);
    // BPS statistics carry a year, not a time: the wall dates them by when it fetched them.
    QSet<QString> undated;
    for (const FeedConfig &feed : config.feeds)
        if (feed.format == FeedFormat::Bps)
            for (const SeriesMapping &series : feed.series)
                for (const QString &id : series.indicators)
                    undated.insert(id);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        INFO(index.data(IndicatorModel::IdRole).toString().toStdString()
             << ": " << index.data(IndicatorModel::ErrorRole).toString().toStdString());
        // Current: fine, or past a threshold (stunting is); never missing, stale or failed.
        const IndicatorStatus status =
            index.data(IndicatorModel::StatusRole).value<IndicatorStatus>();
        CHECK((status == IndicatorStatus::Ok || status == IndicatorStatus::Warning ||
               status == IndicatorStatus::Critical));
        CHECK(index.data(IndicatorModel::ValueRole).isValid());
        // Source times come from the server's clock, as of 13.00-13.05 WIB.
        const QDateTime source = index.data(IndicatorModel::SourceTimeRole).toDateTime();
        CHECK(source.isValid() == !undated.contains(index.data(IndicatorModel::IdRole).toString()));
        CHECK(index.data(IndicatorModel::DataTimeRole).toDateTime() <= clock.now());
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
    // KTP-el: about 13,000 residents not yet recorded across the regency, so well over 95 %
    // recorded; and the 22 kecamatan backlogs add up to the regency's.
    const auto value = [&](const QString &id) {
        return model.indexOf(id).data(IndicatorModel::ValueRole).toDouble();
    };
    CHECK(value(QStringLiteral("ktpel.belum-rekam")) > 8000);
    CHECK(value(QStringLiteral("ktpel.belum-rekam")) < 20000);
    CHECK(value(QStringLiteral("ktpel.persen")) > 97.0);
    CHECK(value(QStringLiteral("ktpel.persen")) < 100.0);
    double backlog = 0;
    for (const Kecamatan &k : Kecamatan::blitar())
        backlog += value(k.indicatorId(QStringLiteral("ktpel.belum.{code}")));
    CHECK(backlog == value(QStringLiteral("ktpel.belum-rekam")));
    // Free beds: some, never more than the hospital has; occupancy a plausible BOR.
    CHECK(value(QStringLiteral("tt.kosong.ngudi-waluyo")) > 0);
    CHECK(value(QStringLiteral("tt.kosong.ngudi-waluyo")) < 286);
    CHECK(value(QStringLiteral("tt.kosong.srengat")) > 0);
    CHECK(value(QStringLiteral("tt.kosong.srengat")) < 112);
    CHECK(value(QStringLiteral("tt.bor.ngudi-waluyo")) >= 55);
    CHECK(value(QStringLiteral("tt.bor.ngudi-waluyo")) <= 95);
}

TEST_CASE("Every simulated feed is in the demo config, with the indicators the catalog lists")
{
    const ConfigLoader::Result loaded =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    REQUIRE(loaded.config);
    const Config &config = *loaded.config;
    const FeedCatalog catalog;
    REQUIRE(config.feeds.size() == catalog.feeds().size());
    QSet<QString> defined;
    for (const IndicatorConfig &indicator : config.indicators)
        defined.insert(indicator.id);
    for (const FeedCatalog::Feed &served : catalog.feeds()) {
        INFO(served.id.toStdString());
        const auto feed = std::find_if(config.feeds.cbegin(), config.feeds.cend(),
                                       [&](const FeedConfig &f) { return f.id == served.id; });
        REQUIRE(feed != config.feeds.cend());
        CHECK(feed->format == served.format);
        CHECK(feed->opd == served.opd);
        CHECK(feed->url.toString() == QStringLiteral("demo:") + served.target());
        CHECK(feed->events.has_value() == served.events);
        for (const QString &id : served.indicators)
            CHECK(defined.contains(id));
    }
}

TEST_CASE("GET /admin/requests counts the requests each feed got, with the admin endpoint on only")
{
    const ConfigLoader::Result loaded =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    REQUIRE(loaded.config);
    const Config &config = *loaded.config;
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(6, 5), Qt::UTC));

    // Without the admin endpoint there is nothing to read: a wall's own demo server keeps it.
    {
        DemoFeedServer plain(&clock);
        REQUIRE(plain.start());
        CHECK(httpRequest(at(plain.baseUrl(), QStringLiteral("/admin/requests"))).status == 404);
    }

    DemoFeedServer::Options options;
    options.admin = true;
    DemoFeedServer server(&clock, options);
    REQUIRE(server.start());
    const auto counts = [&] {
        const HttpAnswer answer =
            httpRequest(at(server.baseUrl(), QStringLiteral("/admin/requests")));
        REQUIRE(answer.status == 200);
        CHECK(answer.contentType.startsWith("application/json"));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        return document.object();
    };
    const auto feedCount = [](const QJsonObject &counts, const QString &id) {
        const QJsonValue n = counts.value(QStringLiteral("feeds")).toObject().value(id);
        REQUIRE(n.isDouble());
        return n.toInt();
    };

    // Every feed is listed before it is asked; reading the counts asks no feed.
    QJsonObject now = counts();
    CHECK(now.value(QStringLiteral("feeds")).toObject().size() == server.catalog().feeds().size());
    for (const FeedConfig &feed : config.feeds)
        CHECK(feedCount(now, feed.id) == 0);
    CHECK(counts().value(QStringLiteral("total")).toInt() == 0);

    // One poll of every feed as a wall makes it: a request each, and a second for a CKAN
    // table, the empty page that ends it.
    FeedManager feeds(config, server.baseUrl(), &clock);
    QSignalSpy answered(&feeds, &FeedManager::allFeedsAnsweredOnce);
    feeds.pollAllNow();
    REQUIRE(answered.wait(15000));
    now = counts();
    int expectedTotal = 0;
    for (const FeedConfig &feed : config.feeds) {
        INFO(feed.id.toStdString());
        const int expected = feed.format == FeedFormat::Ckan ? 2 : 1;
        CHECK(feedCount(now, feed.id) == expected);
        expectedTotal += expected;
    }
    CHECK(now.value(QStringLiteral("total")).toInt() == expectedTotal);

    // Two more for one feed; one for a CKAN table the agency does not have (on a feed's path,
    // so in the total only) and one for a path nothing serves (not counted at all); one for a
    // feed that fails, which was asked all the same. Switching the fault counts nothing.
    const QString price = QStringLiteral("diskoperindag-harga-pangan");
    const QString river = QStringLiteral("bpbd-tinggi-muka-air");
    const QUrl priceUrl = at(server.baseUrl(), server.catalog().byId(price)->target());
    CHECK(httpRequest(priceUrl).status == 200);
    CHECK(httpRequest(priceUrl).status == 200);
    CHECK(httpRequest(at(server.baseUrl(),
                         QStringLiteral("/api/3/action/datastore_search?resource_id=tidak-ada")))
              .status == 404);
    CHECK(httpRequest(at(server.baseUrl(), QStringLiteral("/tidak/ada"))).status == 404);
    CHECK(httpRequest(at(server.baseUrl(), QStringLiteral("/admin/faults")), "POST",
                      QJsonDocument(QJsonObject{{river, QStringLiteral("http500")}}).toJson())
              .status == 200);
    CHECK(httpRequest(at(server.baseUrl(), server.catalog().byId(river)->target())).status == 500);
    const QJsonObject later = counts();
    CHECK(feedCount(later, price) == feedCount(now, price) + 2);
    CHECK(feedCount(later, river) == feedCount(now, river) + 1);
    CHECK(later.value(QStringLiteral("total")).toInt() == expectedTotal + 4);
    for (const FeedConfig &feed : config.feeds) {
        if (feed.id != price && feed.id != river)
            CHECK(feedCount(later, feed.id) == feedCount(now, feed.id));
    }

    // It only tells: nothing can be written to it.
    CHECK(httpRequest(at(server.baseUrl(), QStringLiteral("/admin/requests")), "DELETE").status ==
          405);
    CHECK(counts().value(QStringLiteral("total")).toInt() == expectedTotal + 4);
}
