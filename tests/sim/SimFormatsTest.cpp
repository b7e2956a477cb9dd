// Every format the simulator serves, fetched over HTTP from a real simulator on 127.0.0.1 and
// read with the real models/ readers: if a reader accepts it, so would the wall.

#include "DemoFeedServer.h"
#include "SimHttp.h"
#include "config/ConfigLoader.h"
#include "formats/BpsReader.h"
#include "formats/CkanReader.h"
#include "formats/CsvReader.h"
#include "formats/FeedIngest.h"
#include "formats/NgsiReader.h"
#include "geo/Kecamatan.h"
#include "time/ManualClock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

// 28 November 2026, 13:05 WIB: the rainy season, late in the budget year.
QDateTime simNow()
{
    return QDateTime(QDate(2026, 11, 28), QTime(6, 5), Qt::UTC);
}

const QTimeZone &wib()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Jakarta"));
    return zone;
}

// The demo config's definition of a feed: the simulator is checked against the mapping the
// wall really uses.
FeedConfig demoFeed(const QString &id)
{
    const ConfigLoader::Result loaded =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    REQUIRE(loaded.config);
    for (const FeedConfig &feed : loaded.config->feeds)
        if (feed.id == id)
            return feed;
    FAIL("no feed " << id.toStdString() << " in resources/demo.json");
    return {};
}

struct Fetched
{
    HttpAnswer answer;
    QUrl url;
};

Fetched fetchFeed(const DemoFeedServer &server, const QString &id, const QString &extraQuery = {})
{
    const FeedCatalog::Feed *feed = server.catalog().byId(id);
    REQUIRE(feed);
    QString target = feed->target();
    if (!extraQuery.isEmpty())
        target += (target.contains(u'?') ? u'&' : u'?') + extraQuery;
    const QUrl url = at(server.baseUrl(), target);
    const HttpAnswer answer = httpRequest(url);
    INFO(url.toString().toStdString() << " answered " << answer.status);
    REQUIRE(answer.status == 200);
    return {answer, url};
}

// The last sample of an indicator: the one the wall keeps when a feed sends several.
double valueOf(const ParseResult &result, const QString &indicator)
{
    for (auto it = result.samples.crbegin(); it != result.samples.crend(); ++it)
        if (it->indicator == indicator)
            return it->value;
    FAIL("no sample for " << indicator.toStdString());
    return 0;
}

} // namespace

TEST_CASE("Sim: CKAN datastore_search tables page like CKAN and read with CkanReader",
          "[sim][ckan]")
{
    ManualClock clock(simNow());
    DemoFeedServer server(&clock);
    REQUIRE(server.start());

    SECTION("APBD realisation, revenue and PAD ahead of spending late in the year")
    {
        const Fetched got = fetchFeed(server, QStringLiteral("bpkad-realisasi-apbd"));
        CHECK(got.answer.contentType.startsWith("application/json"));
        const Payload payload = CkanReader::read(got.answer.body, got.url);
        REQUIRE(payload.ok());
        const QJsonObject result = payload.root[QStringLiteral("result")].toObject();
        CHECK(result[QStringLiteral("total")].toInt() == 3);
        // Every page links on; the next one is past the records and comes back empty.
        REQUIRE(payload.nextPage.isValid());
        const HttpAnswer next = httpRequest(payload.nextPage);
        const Payload empty = CkanReader::read(next.body, payload.nextPage);
        REQUIRE(empty.ok());
        CHECK(empty.root[QStringLiteral("result")][QStringLiteral("records")].toArray().isEmpty());

        const ParseResult parsed =
            FeedIngest::parse(got.answer.body, demoFeed(QStringLiteral("bpkad-realisasi-apbd")),
                              wib(), simNow(), got.url);
        REQUIRE(parsed.ok());
        const double revenue = valueOf(parsed, QStringLiteral("apbd.pendapatan.persen"));
        const double spending = valueOf(parsed, QStringLiteral("apbd.belanja.persen"));
        CHECK(revenue > 80);
        CHECK(revenue < 98.2);
        CHECK(spending < revenue); // spending is back-loaded into December
        const double pad = valueOf(parsed, QStringLiteral("apbd.pad.rupiah"));
        CHECK(pad > 350e9);
        CHECK(pad < 461e9);
        for (const Sample &s : parsed.samples)
            CHECK(s.sourceTime == QDateTime(QDate(2026, 11, 28), QTime(13, 0), wib()));
    }
    SECTION("complaints per kecamatan, paged 10 at a time, cover all 22")
    {
        const Fetched got = fetchFeed(server, QStringLiteral("kominfo-aduan-kecamatan"),
                                      QStringLiteral("limit=10"));
        Payload page = CkanReader::read(got.answer.body, got.url);
        REQUIRE(page.ok());
        QJsonValue merged = page.root;
        int pages = 1;
        while (page.nextPage.isValid() && pages < 10) {
            const HttpAnswer more = httpRequest(page.nextPage);
            REQUIRE(more.status == 200);
            const QUrl url = page.nextPage;
            page = CkanReader::read(more.body, url);
            REQUIRE(page.ok());
            CkanReader::appendPage(merged, page.root);
            ++pages;
        }
        CHECK(pages == 4); // 10 + 10 + 2, then an empty page
        const QJsonArray records =
            merged[QStringLiteral("result")][QStringLiteral("records")].toArray();
        REQUIRE(records.size() == 22);
        QStringList codes;
        for (const QJsonValue &r : records)
            codes.append(r[QStringLiteral("kode")].toString());
        for (const Kecamatan &k : Kecamatan::blitar())
            CHECK(codes.contains(k.compactCode()));
    }
    SECTION("complaints by status and disasters by type")
    {
        const Fetched status = fetchFeed(server, QStringLiteral("kominfo-aduan-status"));
        const ParseResult byStatus =
            FeedIngest::parse(status.answer.body, demoFeed(QStringLiteral("kominfo-aduan-status")),
                              wib(), simNow(), status.url);
        REQUIRE(byStatus.ok());
        CHECK(byStatus.samples.size() == 3);
        CHECK(valueOf(byStatus, QStringLiteral("aduan.status.selesai")) >
              valueOf(byStatus, QStringLiteral("aduan.status.belum_ditangani")));

        const Fetched disasters = fetchFeed(server, QStringLiteral("bpbd-kejadian-bencana"));
        const ParseResult byType = FeedIngest::parse(
            disasters.answer.body, demoFeed(QStringLiteral("bpbd-kejadian-bencana")), wib(),
            simNow(), disasters.url);
        REQUIRE(byType.ok());
        REQUIRE(byType.samples.size() == 5);
        double total = 0;
        for (const Sample &s : byType.samples)
            total += s.value;
        // 2022 saw 163 events; by late November most of a year's have happened.
        CHECK(total > 100);
        CHECK(total < 260);
    }
    SECTION("an unknown resource is CKAN's own error")
    {
        const QUrl url =
            at(server.baseUrl(), QStringLiteral("/api/3/action/datastore_search?resource_id=nope"));
        const HttpAnswer answer = httpRequest(url);
        CHECK(answer.status == 404);
        const Payload payload = CkanReader::read(answer.body, url);
        CHECK_THAT(payload.error.toStdString(), Catch::Contains("Not Found Error"));
    }
}

TEST_CASE("Sim: BPS dynamic data decodes with BpsReader, per kecamatan and year", "[sim][bps]")
{
    ManualClock clock(simNow());
    DemoFeedServer server(&clock);
    REQUIRE(server.start());

    const Fetched got = fetchFeed(server, QStringLiteral("dinkes-stunting"));
    const Payload payload = BpsReader::read(got.answer.body);
    REQUIRE(payload.ok());
    CHECK(payload.warnings.isEmpty()); // every datacontent key decodes
    // The regency and 22 kecamatan, for the three latest published years (2023 to 2025).
    CHECK(payload.root.toArray().size() == 23 * 3);
    for (const QJsonValue &record : payload.root.toArray()) {
        const double value = record[QStringLiteral("value")].toDouble();
        CHECK(value > 5);
        CHECK(value < 35);
        if (record[QStringLiteral("vervar")].toInt() == 3505 &&
            record[QStringLiteral("tahunLabel")].toString() == QLatin1String("2023"))
            CHECK(value == Approx(20.3)); // the published figure
    }

    const ParseResult parsed = FeedIngest::parse(
        got.answer.body, demoFeed(QStringLiteral("dinkes-stunting")), wib(), simNow(), got.url);
    REQUIRE(parsed.ok());
    // The newest year is the last sample of each indicator, so it is the one shown.
    CHECK(valueOf(parsed, QStringLiteral("stunting.kabupaten")) ==
          Approx(server.catalog().scenario().stuntingPercent(2025, -1)));
    CHECK(valueOf(parsed, QStringLiteral("stunting.kec.350517")) ==
          Approx(server.catalog().scenario().stuntingPercent(2025, 16)));

    const Fetched tourism = fetchFeed(server, QStringLiteral("disparbud-kunjungan-wisata"));
    const ParseResult visits = FeedIngest::parse(
        tourism.answer.body, demoFeed(QStringLiteral("disparbud-kunjungan-wisata")), wib(),
        simNow(), tourism.url);
    REQUIRE(visits.ok());
    const double soFar = valueOf(visits, QStringLiteral("wisata.kunjungan"));
    CHECK(soFar > 2'000'000); // the year so far, at the end of November
    CHECK(soFar < 3'500'000);
}

TEST_CASE("Sim: NGSI-v2 sensors read with NgsiReader, normalized and keyValues", "[sim][ngsi]")
{
    ManualClock clock(simNow());
    DemoFeedServer server(&clock);
    REQUIRE(server.start());

    const Fetched river = fetchFeed(server, QStringLiteral("bpbd-tinggi-muka-air"));
    const ParseResult levels =
        FeedIngest::parse(river.answer.body, demoFeed(QStringLiteral("bpbd-tinggi-muka-air")),
                          wib(), simNow(), river.url);
    REQUIRE(levels.ok());
    REQUIRE(levels.samples.size() == 3);
    for (const Sample &s : levels.samples) {
        INFO(s.indicator.toStdString() << " = " << s.value);
        CHECK(s.value > 0.5);
        CHECK(s.value < 6.0);
        // Gauges report every 10 minutes: 13:00 WIB is the latest reading at 13:05.
        CHECK(s.sourceTime == QDateTime(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC));
    }

    const Fetched flat = fetchFeed(server, QStringLiteral("bpbd-tinggi-muka-air"),
                                   QStringLiteral("options=keyValues"));
    const Payload keyValues = NgsiReader::read(flat.answer.body);
    REQUIRE(keyValues.ok());
    const Payload normalized = NgsiReader::read(river.answer.body);
    REQUIRE(normalized.ok());
    for (qsizetype i = 0; i < 3; ++i)
        CHECK(keyValues.root[i][QStringLiteral("level")] ==
              normalized.root[i][QStringLiteral("level")]);

    const Fetched air = fetchFeed(server, QStringLiteral("dlh-kualitas-udara"));
    const ParseResult pm = FeedIngest::parse(
        air.answer.body, demoFeed(QStringLiteral("dlh-kualitas-udara")), wib(), simNow(), air.url);
    REQUIRE(pm.ok());
    REQUIRE(pm.samples.size() == 2);
    for (const Sample &s : pm.samples) {
        CHECK(s.value > 5);
        CHECK(s.value < 150);
    }
}

TEST_CASE("Sim: the price sheet is a spreadsheet CSV with semicolons and decimal commas",
          "[sim][csv]")
{
    ManualClock clock(simNow());
    DemoFeedServer server(&clock);
    REQUIRE(server.start());

    const Fetched got = fetchFeed(server, QStringLiteral("diskoperindag-harga-pangan"));
    CHECK(got.answer.contentType.startsWith("text/csv"));
    CHECK(got.answer.body.startsWith("\xEF\xBB\xBF"));
    CHECK(got.answer.body.contains("\r\n"));
    CsvOptions options;
    options.delimiter = u';';
    const CsvResult csv = CsvReader::read(got.answer.body, options);
    REQUIRE(csv.ok());
    CHECK(csv.table->header.contains(QStringLiteral("Harga Hari Ini")));
    // Five commodities a day, the last seven days, oldest first.
    CHECK(csv.table->rows.size() == 5 * 7);
    // Thousands with dots, percentages with a decimal comma.
    CHECK(csv.table->rows.at(0).at(2).contains(u'.'));
    CHECK(csv.table->rows.at(0).at(4).contains(u','));

    const ParseResult parsed =
        FeedIngest::parse(got.answer.body, demoFeed(QStringLiteral("diskoperindag-harga-pangan")),
                          wib(), simNow(), got.url);
    INFO(parsed.error.toStdString());
    REQUIRE(parsed.ok());
    REQUIRE(parsed.sampleErrors.isEmpty());
    const double egg = valueOf(parsed, QStringLiteral("harga.telur"));
    CHECK(egg >= 24000);
    CHECK(egg <= 40000);
    const double chili = valueOf(parsed, QStringLiteral("harga.cabai-rawit"));
    CHECK(chili >= 10000);
    CHECK(chili <= 115000);
    // One sample a commodity a day, at the sheet's hour; the last of each is today's.
    QHash<QString, QList<QDateTime>> times;
    for (const Sample &s : parsed.samples)
        times[s.indicator].append(s.sourceTime);
    CHECK(times.size() == 5);
    for (const QList<QDateTime> &list : std::as_const(times)) {
        REQUIRE(list.size() == 7);
        for (qsizetype day = 0; day < 7; ++day)
            CHECK(list.at(day) == QDateTime(QDate(2026, 11, 22 + int(day)), QTime(13, 0), wib()));
    }
}

TEST_CASE("Sim: 112 and complaint systems are plain JSON", "[sim][json]")
{
    ManualClock clock(simNow());
    DemoFeedServer server(&clock);
    REQUIRE(server.start());

    const Fetched calls = fetchFeed(server, QStringLiteral("kominfo-112-harian"));
    const ParseResult summary =
        FeedIngest::parse(calls.answer.body, demoFeed(QStringLiteral("kominfo-112-harian")), wib(),
                          simNow(), calls.url);
    REQUIRE(summary.ok());
    const double answered = valueOf(summary, QStringLiteral("112.dijawab"));
    const double nuisance = valueOf(summary, QStringLiteral("112.prank")) +
                            valueOf(summary, QStringLiteral("112.ghost"));
    REQUIRE(answered > 20);
    CHECK(nuisance / answered >= 0.40);
    CHECK(nuisance / answered <= 0.95);

    for (const char *id : {"kominfo-112-insiden", "kominfo-aduan-terbaru"}) {
        const Fetched events = fetchFeed(server, QLatin1String(id));
        const ParseResult parsed = FeedIngest::parse(
            events.answer.body, demoFeed(QLatin1String(id)), wib(), simNow(), events.url);
        INFO(id);
        REQUIRE(parsed.ok());
        CHECK(parsed.events.size() == DemoScenario::EventsListed);
        CHECK(parsed.sampleErrors.isEmpty());
    }
}

TEST_CASE("Sim: the same seed and instant give the same bytes, and another seed another world",
          "[sim][determinism]")
{
    ManualClock clock(simNow());
    DemoFeedServer first(&clock);
    DemoFeedServer second(&clock);
    DemoFeedServer::Options other;
    other.seed = 7;
    DemoFeedServer seeded(&clock, other);
    REQUIRE(first.start());
    REQUIRE(second.start());
    REQUIRE(seeded.start());
    int differing = 0;
    for (const FeedCatalog::Feed &feed : first.catalog().feeds()) {
        INFO(feed.id.toStdString());
        const HttpAnswer a = httpRequest(at(first.baseUrl(), feed.target()));
        const HttpAnswer b = httpRequest(at(second.baseUrl(), feed.target()));
        const HttpAnswer c = httpRequest(at(seeded.baseUrl(), feed.target()));
        REQUIRE(a.status == 200);
        CHECK(a.body == b.body);
        if (c.body != a.body)
            ++differing;
    }
    // Budget and published statistics do not depend on chance; everything else does.
    CHECK(differing >= 8);
}
