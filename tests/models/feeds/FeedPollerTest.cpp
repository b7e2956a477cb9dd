#include "feeds/FeedPoller.h"

#include "LoopbackServer.h"
#include "MisbehavingServer.h"
#include "PollOnce.h"
#include "TestValues.h"
#include "feeds/FeedManager.h"
#include "time/ManualClock.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

FeedConfig feedFor(const QString &id, const QString &indicator, const QString &pointer)
{
    FeedConfig feed;
    feed.id = id;
    feed.opd = QStringLiteral("BPKAD");
    feed.format = FeedFormat::Json;
    feed.intervalSeconds = 3600; // the tests poll by hand
    feed.timeoutSeconds = 1;
    feed.deadlineSeconds = 3;
    ValueMapping mapping;
    mapping.indicator = indicator;
    mapping.pointer = JsonPointer::parse(pointer).value();
    feed.values.append(mapping);
    return feed;
}

// Polls once and waits for the result, with a generous limit: nothing here asserts how long
// anything took.

} // namespace

TEST_CASE("FeedPoller reads a value over HTTP and stamps it with the injected clock")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/apbd"), {R"({"data": {"persen": 88.42}})"});
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feedFor(QStringLiteral("apbd"), QStringLiteral("pendapatan"),
                              QStringLiteral("/data/persen")),
                      server.url(QStringLiteral("/apbd")), jakarta(), &network, &clock);

    const FeedResult result = pollOnce(poller);
    CHECK(result.ok());
    CHECK(result.feedId == QStringLiteral("apbd"));
    CHECK(result.httpStatus == 200);
    CHECK(result.bytes > 0);
    CHECK(result.fetchTime == t0);
    REQUIRE(result.samples.size() == 1);
    CHECK(result.samples.at(0).indicator == QStringLiteral("pendapatan"));
    CHECK(result.samples.at(0).value == Approx(88.42));
    CHECK(server.hits(QStringLiteral("/apbd")) == 1);
}

TEST_CASE("FeedPoller names the reason of each failure, then recovers")
{
    LoopbackServer server;
    REQUIRE(server.start());
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(
        feedFor(QStringLiteral("apbd"), QStringLiteral("pendapatan"), QStringLiteral("/v")),
        server.url(QStringLiteral("/apbd")), jakarta(), &network, &clock);

    SECTION("server error")
    {
        server.set(QStringLiteral("/apbd"), {"<html>Internal error</html>", 500, "text/html"});
        const FeedResult result = pollOnce(poller);
        CHECK_FALSE(result.ok());
        CHECK(result.httpStatus == 500);
        CHECK(result.error.contains(QStringLiteral("500")));
    }
    SECTION("not found")
    {
        const FeedResult result = pollOnce(poller); // nothing set for the path
        CHECK(result.error.contains(QStringLiteral("404")));
    }
    SECTION("malformed JSON")
    {
        server.set(QStringLiteral("/apbd"), {"{\"v\": 1,\n \"w\": }"});
        const FeedResult result = pollOnce(poller);
        CHECK(result.error.contains(QStringLiteral("invalid JSON at line 2, column 7")));
    }

    // Whatever the fault, the next poll after it clears brings fresh data.
    server.set(QStringLiteral("/apbd"), {R"({"v": 5})"});
    clock.advanceSeconds(60);
    const FeedResult recovered = pollOnce(poller);
    CHECK(recovered.ok());
    REQUIRE(recovered.samples.size() == 1);
    CHECK(recovered.samples.at(0).value == 5.0);
    CHECK(recovered.fetchTime == t0.addSecs(60));
}

TEST_CASE("FeedPoller reports a refused connection")
{
    // Take a free port, then close it so nothing listens there.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feedFor(QStringLiteral("x"), QStringLiteral("i"), QStringLiteral("/v")),
                      QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), jakarta(), &network,
                      &clock);
    const FeedResult result = pollOnce(poller);
    CHECK(result.error.contains(QStringLiteral("refused")));
}

TEST_CASE("FeedPoller gives up on a silent server at the transfer timeout")
{
    MisbehavingServer server(MisbehavingServer::Mode::Silent);
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feedFor(QStringLiteral("x"), QStringLiteral("i"), QStringLiteral("/v")),
                      server.url(), jakarta(), &network, &clock);
    const FeedResult result = pollOnce(poller);
    CHECK(result.error == QStringLiteral("no answer in time"));
}

TEST_CASE("FeedPoller ends a trickling answer at the overall deadline")
{
    MisbehavingServer server(MisbehavingServer::Mode::Trickle);
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feedFor(QStringLiteral("x"), QStringLiteral("i"), QStringLiteral("/v")),
                      server.url(), jakarta(), &network, &clock);
    const FeedResult result = pollOnce(poller);
    CHECK(result.error == QStringLiteral("no complete answer within 3 s"));
    CHECK_FALSE(poller.isBusy());
}

TEST_CASE("FeedManager keeps feeds independent and resolves demo URLs")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/ok"), {R"({"v": 7})"});
    server.set(QStringLiteral("/broken"), {"down", 503, "text/plain"});

    Config config;
    FeedConfig good = feedFor(QStringLiteral("good"), QStringLiteral("a"), QStringLiteral("/v"));
    good.url = QUrl(QStringLiteral("demo:/ok"));
    FeedConfig bad = feedFor(QStringLiteral("bad"), QStringLiteral("b"), QStringLiteral("/v"));
    bad.url = QUrl(QStringLiteral("demo:/broken"));
    config.feeds = {good, bad};

    QUrl base = server.url(QString());
    base.setPath(QString());
    CHECK(FeedManager::resolveUrl(good.url, base) == server.url(QStringLiteral("/ok")));
    CHECK(FeedManager::resolveUrl(QUrl(QStringLiteral("https://x.example/a")), base) ==
          QUrl(QStringLiteral("https://x.example/a")));

    ManualClock clock(t0);
    FeedManager manager(config, base, &clock);
    QSignalSpy finished(&manager, &FeedManager::feedFinished);
    QSignalSpy allAnswered(&manager, &FeedManager::allFeedsAnsweredOnce);
    manager.pollAllNow();
    REQUIRE(allAnswered.wait(15000));
    REQUIRE(finished.size() == 2);
    QHash<QString, FeedResult> byFeed;
    for (const QList<QVariant> &args : finished) {
        const FeedResult r = args.at(0).value<FeedResult>();
        byFeed.insert(r.feedId, r);
    }
    CHECK(byFeed.value(QStringLiteral("good")).ok());
    CHECK(byFeed.value(QStringLiteral("good")).samples.at(0).value == 7.0);
    CHECK(byFeed.value(QStringLiteral("bad")).error.contains(QStringLiteral("503")));
    CHECK(manager.allFeedsAnswered());
}

TEST_CASE("FeedPoller asks conditionally and takes 304 as still current")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/apbd"),
               {R"({"v": 88.5})", 200, "application/json", {{"ETag", "\"rev-41\""}}});
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(
        feedFor(QStringLiteral("apbd"), QStringLiteral("pendapatan"), QStringLiteral("/v")),
        server.url(QStringLiteral("/apbd")), jakarta(), &network, &clock);
    const FeedResult first = pollOnce(poller);
    REQUIRE(first.ok());
    CHECK_FALSE(first.notModified);
    CHECK(server.lastRequestHeader(QStringLiteral("/apbd"), "If-None-Match").isEmpty());

    server.set(QStringLiteral("/apbd"), {QByteArray(), 304, QByteArray()});
    clock.advanceSeconds(60);
    const FeedResult second = pollOnce(poller);
    CHECK(server.lastRequestHeader(QStringLiteral("/apbd"), "If-None-Match") == "\"rev-41\"");
    CHECK(second.ok());
    CHECK(second.notModified);
    CHECK(second.samples.isEmpty());
    CHECK(second.fetchTime == t0.addSecs(60));
}

TEST_CASE("FeedPoller follows CKAN pages until a page has no records")
{
    LoopbackServer server;
    REQUIRE(server.start());
    auto page = [](const char *records, const char *next) {
        return LoopbackServer::Reply{QByteArray(R"({"success": true, "result": {"records": )") +
                                     records + R"(, "_links": {"next": ")" + next +
                                     R"("}, "total": 3}})"};
    };
    server.set(
        QStringLiteral("/api/3/action/datastore_search"),
        page(R"([{"kecamatan": "Wlingi", "jumlah": 12}, {"kecamatan": "Kanigoro", "jumlah": 7}])",
             "/api/3/action/datastore_search/p2"));
    server.set(
        QStringLiteral("/api/3/action/datastore_search/p2"),
        page(R"([{"kecamatan": "Srengat", "jumlah": "4"}])", "/api/3/action/datastore_search/p3"));
    server.set(QStringLiteral("/api/3/action/datastore_search/p3"),
               page("[]", "/api/3/action/datastore_search/p4"));

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
    FeedPoller poller(feed, server.url(QStringLiteral("/api/3/action/datastore_search")), jakarta(),
                      &network, &clock);
    const FeedResult result = pollOnce(poller);
    REQUIRE(result.ok());
    REQUIRE(result.samples.size() == 3);
    CHECK(result.samples.at(0).indicator == QStringLiteral("aduan.Wlingi"));
    CHECK(result.samples.at(2).indicator == QStringLiteral("aduan.Srengat"));
    CHECK(result.samples.at(2).value == 4.0);
    CHECK(server.hits(QStringLiteral("/api/3/action/datastore_search/p3")) == 1);
    CHECK(server.hits(QStringLiteral("/api/3/action/datastore_search/p4")) == 0);
}

TEST_CASE("FeedPoller reads a local file, for testing a feed from a saved payload")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("harga.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        "\xEF\xBB\xBFKomoditas;Harga Hari Ini\r\nTelur Ayam Ras;28.500\r\nGula Pasir;17.250\r\n");
    file.close();

    FeedConfig feed;
    feed.id = QStringLiteral("harga");
    feed.format = FeedFormat::Csv;
    feed.numbers.decimalComma = true;
    SeriesMapping series;
    series.key = QStringLiteral("Komoditas");
    series.value = QStringLiteral("Harga Hari Ini");
    series.indicators = {{QStringLiteral("Telur Ayam Ras"), QStringLiteral("harga.telur")},
                         {QStringLiteral("Gula Pasir"), QStringLiteral("harga.gula")}};
    feed.series = {series};
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feed, QUrl::fromLocalFile(path), jakarta(), &network, &clock);
    FeedResult result = pollOnce(poller);
    REQUIRE(result.ok());
    REQUIRE(result.samples.size() == 2);
    CHECK(result.samples.at(0).value == 28500.0);
    CHECK(result.samples.at(1).value == 17250.0);

    REQUIRE(QFile::remove(path));
    result = pollOnce(poller);
    CHECK_THAT(result.error.toStdString(), Catch::Contains("not found"));
}

TEST_CASE("FeedPoller sends a secret from the environment or a file, and says when it is missing")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/secure"), {R"({"v": 1})"});
    FeedConfig feed = feedFor(QStringLiteral("secure"), QStringLiteral("x"), QStringLiteral("/v"));
    ManualClock clock(t0);
    QNetworkAccessManager network;

    SECTION("environment variable")
    {
        feed.auth = AuthConfig{QStringLiteral("Authorization"), QStringLiteral("Bearer "),
                               QStringLiteral("PANTAU_TEST_TOKEN"), QString()};
        FeedPoller poller(feed, server.url(QStringLiteral("/secure")), jakarta(), &network, &clock);
        qunsetenv("PANTAU_TEST_TOKEN");
        FeedResult result = pollOnce(poller);
        CHECK(result.error == QStringLiteral("credentials missing: environment variable "
                                             "PANTAU_TEST_TOKEN is not set"));
        CHECK(server.hits(QStringLiteral("/secure")) == 0);
        qputenv("PANTAU_TEST_TOKEN", "s3cret");
        result = pollOnce(poller);
        qunsetenv("PANTAU_TEST_TOKEN");
        CHECK(result.ok());
        CHECK(server.lastRequestHeader(QStringLiteral("/secure"), "Authorization") ==
              "Bearer s3cret");
    }
    SECTION("file")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("token"));
        feed.auth = AuthConfig{QStringLiteral("X-Api-Key"), QString(), QString(), path};
        FeedPoller poller(feed, server.url(QStringLiteral("/secure")), jakarta(), &network, &clock);
        FeedResult result = pollOnce(poller);
        CHECK_THAT(result.error.toStdString(), Catch::Contains("credentials missing: cannot read"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("abc123\n");
        file.close();
        result = pollOnce(poller);
        CHECK(result.ok());
        CHECK(server.lastRequestHeader(QStringLiteral("/secure"), "X-Api-Key") == "abc123");
    }
}

TEST_CASE("FeedPoller flags a source time from the future instead of trusting it")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(
        QStringLiteral("/sensor"),
        {R"({"v": 2.41, "t": "2026-11-28T14:00:00+07:00", "u": "2026-11-28T13:02:00+07:00"})"});
    FeedConfig feed =
        feedFor(QStringLiteral("sensor"), QStringLiteral("level"), QStringLiteral("/v"));
    feed.values[0].timePointer = JsonPointer::parse(QStringLiteral("/t")).value();
    ValueMapping nearFuture;
    nearFuture.indicator = QStringLiteral("level2");
    nearFuture.pointer = JsonPointer::parse(QStringLiteral("/v")).value();
    nearFuture.timePointer = JsonPointer::parse(QStringLiteral("/u")).value();
    feed.values.append(nearFuture);
    ManualClock clock(t0); // 13.00 WIB
    QNetworkAccessManager network;
    FeedPoller poller(feed, server.url(QStringLiteral("/sensor")), jakarta(), &network, &clock);
    const FeedResult result = pollOnce(poller);
    REQUIRE(result.samples.size() == 2);
    CHECK(result.samples.at(0).sourceTimeInFuture);       // an hour ahead
    CHECK_FALSE(result.samples.at(1).sourceTimeInFuture); // two minutes: clock drift, tolerated
}

TEST_CASE("FeedPoller polls every format end to end over HTTP")
{
    struct Case
    {
        const char *format;
        const char *contentType;
        QByteArray body;
        SeriesMapping series;
        QString indicator;
        double value;
    };
    auto series = [](const char *records, const char *key, const char *value, const char *time) {
        SeriesMapping s;
        s.records = JsonPointer::parse(QLatin1String(records)).value();
        s.key = QLatin1String(key);
        s.value = QLatin1String(value);
        s.time = QLatin1String(time);
        s.indicatorTemplate = QStringLiteral("x.{key}");
        return s;
    };
    const QList<Case> cases = {
        {"json", "application/json",
         R"({"data": [{"name": "Telur", "today": 28500, "t": "2026-11-28T12:00:00+07:00"}]})",
         series("/data", "name", "today", "t"), QStringLiteral("x.Telur"), 28500},
        {"csv", "text/csv; charset=utf-8",
         "Komoditas;Harga;Waktu\r\nTelur;28.500;28-11-2026 12:00\r\n",
         series("", "Komoditas", "Harga", "Waktu"), QStringLiteral("x.Telur"), 28500},
        {"ckan", "application/json",
         R"({"success": true, "result": {"records": [{"kecamatan": "Wlingi", "jumlah": 12, "t": "2026-11-28 12:00"}]}})",
         series("/result/records", "kecamatan", "jumlah", "t"), QStringLiteral("x.Wlingi"), 12},
        {"bps", "application/json",
         R"({"status": "OK", "data-availability": "available", "var": [{"val": 31, "label": "Penduduk", "unit": "Jiwa"}],
             "turvar": [{"val": 0, "label": "Tidak Ada"}], "vervar": [{"val": 3505170, "label": "Wlingi"}],
             "tahun": [{"val": 126, "label": "2026"}], "turtahun": [{"val": 0, "label": "Tahun"}],
             "datacontent": {"35051703101260": 58231}})",
         series("", "vervarLabel", "value", ""), QStringLiteral("x.Wlingi"), 58231},
        {"ngsi", "application/json",
         R"([{"id": "Lodoyo", "type": "WaterLevel", "level": {"type": "Number", "value": 2.41,
              "metadata": {"TimeInstant": {"type": "DateTime", "value": "2026-11-28T05:00:00Z"}}}}])",
         series("", "id", "level", "level@TimeInstant"), QStringLiteral("x.Lodoyo"), 2.41},
    };
    for (const Case &c : cases) {
        INFO("format " << c.format);
        LoopbackServer server;
        REQUIRE(server.start());
        server.set(QStringLiteral("/feed"), {c.body, 200, c.contentType});
        FeedConfig feed;
        feed.id = QStringLiteral("f");
        feed.format = EnumTable::named(FeedFormats, QLatin1String(c.format))->value;
        feed.numbers.decimalComma = feed.format == FeedFormat::Csv;
        feed.series = {c.series};
        ManualClock clock(t0);
        QNetworkAccessManager network;
        FeedPoller poller(feed, server.url(QStringLiteral("/feed")), jakarta(), &network, &clock);
        const FeedResult result = pollOnce(poller);
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        REQUIRE(result.samples.size() == 1);
        CHECK(result.samples.at(0).indicator == c.indicator);
        CHECK(result.samples.at(0).value == Approx(c.value));
        if (!c.series.time.isEmpty())
            CHECK(result.samples.at(0).sourceTime ==
                  QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC));
    }
}

// Feeds that share an interval poll in the same moment, so their answers arrive together and
// the wall repaints once for all of them. The plan is announced by the injected clock.
TEST_CASE("FeedPoller announces its next poll on its interval's grid, however the poll went")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/v"), {R"({"v": 1})"});
    FeedConfig feed = feedFor(QStringLiteral("f"), QStringLiteral("x"), QStringLiteral("/v"));
    feed.intervalSeconds = 5;
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feed, server.url(QStringLiteral("/v")), jakarta(), &network, &clock);
    QSignalSpy scheduled(&poller, &FeedPoller::scheduled);
    auto nextAfterPollAt = [&](qint64 beganMs, qint64 endedMs) {
        clock.setNow(t0.addMSecs(beganMs));
        poller.pollNow();
        clock.setNow(t0.addMSecs(endedMs));
        REQUIRE(QTest::qWaitFor([&] { return !poller.isBusy(); }, 10'000));
        REQUIRE(!scheduled.isEmpty());
        return t0.msecsTo(scheduled.takeLast().at(0).toDateTime());
    };
    // Begun anywhere in a slot, answered quickly: the next slot.
    CHECK(nextAfterPollAt(1'300, 1'350) == 5'000);
    CHECK(nextAfterPollAt(4'100, 4'200) == 10'000);
    // A timer that fired a little early does not poll the same slot twice.
    CHECK(nextAfterPollAt(4'990, 5'040) == 10'000);
    // An answer that took past the next slot waits for the one after.
    CHECK(nextAfterPollAt(5'000, 11'500) == 15'000);
    // A slow answer that ends before the next slot keeps it.
    CHECK(nextAfterPollAt(5'000, 9'000) == 10'000);
}

TEST_CASE("FeedManager reads source times in the feed's own zone, else the config's")
{
    Config config;
    config.timeZone = QStringLiteral("Asia/Jakarta");
    FeedConfig wita = feedFor(QStringLiteral("bali"), QStringLiteral("x"), QStringLiteral("/v"));
    wita.timeZone = QStringLiteral("Asia/Makassar");
    const FeedConfig plain =
        feedFor(QStringLiteral("blitar"), QStringLiteral("y"), QStringLiteral("/v"));
    CHECK(FeedManager::sourceZone(config, wita).id() == QByteArrayLiteral("Asia/Makassar"));
    CHECK(FeedManager::sourceZone(config, plain).id() == QByteArrayLiteral("Asia/Jakarta"));

    // And the poller uses it: 13.00 without an offset is 05.00 UTC in WITA, 06.00 in WIB.
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/t"), {R"({"v": 1, "t": "2026-11-28T13:00:00"})"});
    for (FeedConfig feed : {wita, plain}) {
        feed.url = server.url(QStringLiteral("/t"));
        feed.values[0].timePointer = JsonPointer::parse(QStringLiteral("/t")).value();
        config.feeds = {feed};
        ManualClock clock(t0);
        FeedManager manager(config, QUrl(), &clock);
        QSignalSpy finished(&manager, &FeedManager::feedFinished);
        manager.pollAllNow();
        REQUIRE(finished.wait(15000));
        const FeedResult result = finished.at(0).at(0).value<FeedResult>();
        REQUIRE(result.samples.size() == 1);
        CHECK(result.samples.at(0).sourceTime ==
              QDateTime(QDate(2026, 11, 28), QTime(feed.id == QLatin1String("bali") ? 5 : 6, 0),
                        Qt::UTC));
    }
}
