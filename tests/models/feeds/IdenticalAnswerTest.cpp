// An answer byte for byte the same as the last applied one is not read again: it confirms that
// what is shown is current, as a 304 does. Driven through the real poller against real servers
// on 127.0.0.1; the last test runs two whole hubs side by side, one fed 304s and one fed the same
// bytes, and requires that they show the same thing at every step.

#include "LoopbackServer.h"
#include "PollOnce.h"
#include "TestValues.h"
#include "config/ConfigLoader.h"
#include "feeds/FeedManager.h"
#include "feeds/FeedPoller.h"
#include "state/AlertModel.h"
#include "state/DataHub.h"
#include "state/FeedHealthModel.h"
#include "state/IndicatorModel.h"
#include "time/ManualClock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

FeedConfig priceFeed()
{
    FeedConfig feed;
    feed.id = QStringLiteral("harga");
    feed.opd = QStringLiteral("Diskoperindag");
    feed.format = FeedFormat::Json;
    feed.intervalSeconds = 3600; // the tests poll by hand
    feed.timeoutSeconds = 2;
    feed.deadlineSeconds = 5;
    ValueMapping beras;
    beras.indicator = QStringLiteral("harga.beras");
    beras.pointer = JsonPointer::parse(QStringLiteral("/beras")).value();
    feed.values.append(beras);
    return feed;
}

} // namespace

TEST_CASE("FeedPoller takes the same bytes again as still current, and reads a change")
{
    LoopbackServer server;
    REQUIRE(server.start());
    const QString path = QStringLiteral("/harga");
    server.set(path, {R"({"beras": 14500})"}); // no validators, as most agencies send
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(priceFeed(), server.url(path), jakarta(), &network, &clock);

    const FeedResult first = pollOnce(poller);
    REQUIRE(first.ok());
    CHECK_FALSE(first.notModified);
    REQUIRE(first.samples.size() == 1);

    clock.advanceSeconds(60);
    const FeedResult same = pollOnce(poller);
    CHECK(same.ok());
    CHECK(same.notModified);
    CHECK(same.httpStatus == 200);
    CHECK(same.samples.isEmpty()); // not read, not mapped
    CHECK(same.fetchTime == t0.addSecs(60));
    CHECK(server.hits(path) == 2); // it was asked: only the reading was saved

    server.set(path, {R"({"beras": 14600})"});
    clock.advanceSeconds(60);
    const FeedResult changed = pollOnce(poller);
    CHECK_FALSE(changed.notModified);
    REQUIRE(changed.samples.size() == 1);
    CHECK(changed.samples.at(0).value == 14600.0);
}

TEST_CASE("FeedPoller reads the same bytes again after a failed poll")
{
    LoopbackServer server;
    REQUIRE(server.start());
    const QString path = QStringLiteral("/harga");
    const QByteArray body = R"({"beras": 14500})";
    server.set(path, {body});
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(priceFeed(), server.url(path), jakarta(), &network, &clock);
    REQUIRE(pollOnce(poller).ok());

    server.set(path, {"{\"beras\": ", 200}); // cut off: unusable
    CHECK_FALSE(pollOnce(poller).ok());

    // The failure left nothing applied to compare with, so the old bytes are news again.
    server.set(path, {body});
    const FeedResult recovered = pollOnce(poller);
    CHECK(recovered.ok());
    CHECK_FALSE(recovered.notModified);
    REQUIRE(recovered.samples.size() == 1);
    CHECK(recovered.samples.at(0).value == 14500.0);
}

TEST_CASE("FeedPoller compares CKAN answers page by page and rereads all pages on a change")
{
    LoopbackServer server;
    REQUIRE(server.start());
    auto page = [](const QByteArray &records, const char *next) {
        return LoopbackServer::Reply{QByteArray(R"({"success": true, "result": {"records": )") +
                                     records + R"(, "_links": {"next": ")" + next + R"("}}})"};
    };
    const QString p1 = QStringLiteral("/api/3/action/datastore_search");
    const QString p2 = QStringLiteral("/api/3/action/datastore_search/p2");
    const QString p3 = QStringLiteral("/api/3/action/datastore_search/p3");
    server.set(p1, page(R"([{"kecamatan": "Wlingi", "jumlah": 12}])",
                        "/api/3/action/datastore_search/p2"));
    server.set(p2, page(R"([{"kecamatan": "Srengat", "jumlah": 4}])",
                        "/api/3/action/datastore_search/p3"));
    server.set(p3, page("[]", "/api/3/action/datastore_search/p4"));

    FeedConfig feed;
    feed.id = QStringLiteral("aduan");
    feed.format = FeedFormat::Ckan;
    feed.timeoutSeconds = 5;
    feed.deadlineSeconds = 10;
    SeriesMapping series;
    series.records = JsonPointer::parse(QStringLiteral("/result/records")).value();
    series.key = QStringLiteral("kecamatan");
    series.value = QStringLiteral("jumlah");
    series.indicatorTemplate = QStringLiteral("aduan.{key}");
    feed.series = {series};
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feed, server.url(p1), jakarta(), &network, &clock);

    REQUIRE(pollOnce(poller).samples.size() == 2);
    const FeedResult same = pollOnce(poller);
    CHECK(same.ok());
    CHECK(same.notModified);
    CHECK(server.hits(p3) == 2); // every page was still fetched, each one compared

    // Only the second page changes: both pages are read, and the first one's records stay.
    server.set(p2, page(R"([{"kecamatan": "Srengat", "jumlah": 5}])",
                        "/api/3/action/datastore_search/p3"));
    const FeedResult changed = pollOnce(poller);
    CHECK_FALSE(changed.notModified);
    REQUIRE(changed.samples.size() == 2);
    CHECK(changed.samples.at(0).indicator == QStringLiteral("aduan.Wlingi"));
    CHECK(changed.samples.at(0).value == 12.0);
    CHECK(changed.samples.at(1).value == 5.0);
}

TEST_CASE("Staleness, feed health and alerts are the same for identical bytes as for a 304")
{
    LoopbackServer server;
    REQUIRE(server.start());
    const QByteArray body = R"({"beras": 15000})"; // above the alert's level; cabai is missing
    const QString etagPath = QStringLiteral("/etag");
    const QString samePath = QStringLiteral("/same");
    const LoopbackServer::Reply withEtag{body, 200, "application/json", {{"ETag", "\"v1\""}}};
    const LoopbackServer::Reply notModified{QByteArray(), 304, QByteArray()};
    server.set(etagPath, withEtag);
    server.set(samePath, {body});

    auto configFor = [&](const QString &path) {
        const QByteArray json = QStringLiteral(R"({
  "version": 1,
  "feeds": [{
    "id": "harga", "opd": "Diskoperindag", "url": "%1", "format": "json",
    "intervalSeconds": 60,
    "values": [{ "indicator": "harga.beras", "pointer": "/beras" },
               { "indicator": "harga.cabai", "pointer": "/cabai" }]
  }],
  "indicators": [
    { "id": "harga.beras", "label": { "id": "Harga beras" }, "dimension": "economy" },
    { "id": "harga.cabai", "label": { "id": "Harga cabai" }, "dimension": "economy" }
  ],
  "alerts": [
    { "id": "beras-mahal", "severity": "critical", "indicator": "harga.beras", "above": 14000 },
    { "id": "beras-basi", "severity": "warning", "indicator": "harga.beras",
      "staleForSeconds": 200 },
    { "id": "harga-gagal", "severity": "critical", "feed": "harga", "failingForSeconds": 0 }
  ],
  "screens": [{ "name": "WALL-1", "tiles": [{ "type": "kpi", "indicator": "harga.beras" }] }]
})")
                                    .arg(server.url(path).toString())
                                    .toUtf8();
        ConfigLoader::Result loaded = ConfigLoader::loadBytes(json, QStringLiteral("test.json"));
        REQUIRE(loaded.errors.isEmpty());
        return *loaded.config;
    };
    ManualClock clock(t0);
    DataHub byEtag(configFor(etagPath), {}, &clock);
    DataHub byBytes(configFor(samePath), {}, &clock);

    // Polls both hubs once and returns what the identical-bytes hub's poll said.
    auto pollBoth = [&] {
        QSignalSpy etagDone(&byEtag, &DataHub::feedFinished);
        QSignalSpy bytesDone(&byBytes, &DataHub::feedFinished);
        byEtag.pollAllNow();
        byBytes.pollAllNow();
        REQUIRE((etagDone.count() > 0 || etagDone.wait(15000)));
        REQUIRE((bytesDone.count() > 0 || bytesDone.wait(15000)));
        return bytesDone.at(0).at(0).value<FeedResult>();
    };
    // Everything a person at the wall or the desk would see of the two hubs must agree.
    auto requireSame = [&](const char *step) {
        INFO(step);
        for (int row = 0; row < byEtag.indicators()->rowCount(); ++row) {
            const QModelIndex a = byEtag.indicators()->index(row);
            const QModelIndex b = byBytes.indicators()->index(row);
            for (int role :
                 {int(IndicatorModel::ValueRole), int(IndicatorModel::StatusRole),
                  int(IndicatorModel::ErrorRole), int(IndicatorModel::ErrorKindRole),
                  int(IndicatorModel::FetchTimeRole), int(IndicatorModel::DataTimeRole),
                  int(IndicatorModel::FromCacheRole), int(IndicatorModel::HistoryRole)}) {
                INFO("indicator row " << row << ", role " << role);
                CHECK(a.data(role) == b.data(role));
            }
        }
        const QModelIndex ha = byEtag.health()->index(0);
        const QModelIndex hb = byBytes.health()->index(0);
        for (int role :
             {int(FeedHealthModel::StateRole), int(FeedHealthModel::LastSuccessRole),
              int(FeedHealthModel::ConsecutiveFailuresRole), int(FeedHealthModel::LastErrorRole)}) {
            INFO("health role " << role);
            CHECK(ha.data(role) == hb.data(role));
        }
        REQUIRE(byEtag.alerts()->activeCount() == byBytes.alerts()->activeCount());
        for (int row = 0; row < byEtag.alerts()->rowCount(); ++row) {
            for (int role : {int(AlertModel::RuleRole), int(AlertModel::RaisedAtRole)}) {
                CHECK(byEtag.alerts()->index(row).data(role) ==
                      byBytes.alerts()->index(row).data(role));
            }
        }
    };

    CHECK_FALSE(pollBoth().notModified);
    requireSame("first answer");
    CHECK(byBytes.alerts()->activeCount() == 1); // beras above 14.000

    server.set(etagPath, notModified);
    clock.advanceSeconds(60);
    CHECK(pollBoth().notModified);
    CHECK(server.lastRequestHeader(etagPath, "If-None-Match") == "\"v1\"");
    requireSame("confirmed a minute later");

    // No poll for longer than the value may be old: both go stale together...
    clock.advanceSeconds(250);
    byEtag.indicators()->refreshStatus();
    byBytes.indicators()->refreshStatus();
    requireSame("stale");
    CHECK(
        byBytes.indicators()->index(0).data(IndicatorModel::StatusRole).value<IndicatorStatus>() ==
        IndicatorStatus::Stale);
    // ...and are fresh again on the next confirmation.
    CHECK(pollBoth().notModified);
    requireSame("confirmed after going stale");

    server.set(etagPath, {QByteArray(), 500});
    server.set(samePath, {QByteArray(), 500});
    clock.advanceSeconds(60);
    CHECK_FALSE(pollBoth().ok());
    requireSame("failing");
    // The feed's failing alarm, holding back the price and staleness alarms of its indicators.
    CHECK(byBytes.alerts()->activeCount() == 3);
    CHECK(byBytes.alerts()->mostSevere().data(AlertModel::RuleRole).toString() ==
          QStringLiteral("harga-gagal"));
    CHECK(byBytes.alerts()->mostSevere().data(AlertModel::HeldBackRole).toInt() == 2);

    // After a failure neither has anything to confirm: both read the answer again.
    server.set(etagPath, withEtag);
    server.set(samePath, {body});
    clock.advanceSeconds(60);
    const FeedResult recovered = pollBoth();
    CHECK(recovered.ok());
    CHECK_FALSE(recovered.notModified);
    requireSame("recovered");
}
