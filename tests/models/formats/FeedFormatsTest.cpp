#include "FeedFormatsFixture.h"
#include "TestValues.h"
#include "formats/BpsReader.h"
#include "formats/FeedIngest.h"
#include "formats/FeedMapper.h"
#include "formats/PayloadReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// End-to-end tests of FeedIngest on answers captured in the shapes agencies really publish
// (tests/data/feeds/). Every expected value below is read off the feedFixture it names.

// The statistics portals: CKAN (Satu Data) and the BPS WebAPI.

// --- CKAN ------------------------------------------------------------------------------------

TEST_CASE("FeedFormats: a CKAN datastore_search page gives one sample per kecamatan",
          "[FeedFormats][ckan]")
{
    const QByteArray bytes = feedFixture("ckan-aduan-per-kecamatan.json");
    checkAduanSamples(parse(bytes, ckanAduanFeed()));

    SECTION("the page links to the next one on the same server")
    {
        const Payload payload = PayloadReader::read(bytes, ckanAduanFeed(), ckanRequestUrl());
        REQUIRE(payload.ok());
        CHECK(payload.warnings.isEmpty());
        CHECK(str(payload.nextPage.toString()) ==
              "https://data.blitarkab.go.id/api/3/action/datastore_search"
              "?resource_id=b3f1c2d4-6a7e-4c1b-9f2d-5e8a7b6c4d21&limit=6&offset=6");
        const QJsonObject result =
            payload.root.toObject().value(QStringLiteral("result")).toObject();
        CHECK(result.value(QStringLiteral("total")).toInt() == 22);
        CHECK(result.value(QStringLiteral("records")).toArray().size() == 6);
    }
    SECTION("a fixed indicator map wins over the template")
    {
        FeedConfig feed = ckanAduanFeed();
        feed.series[0].indicators.insert(QStringLiteral("Wlingi"),
                                         QStringLiteral("aduan.wlingi-kota"));
        const ParseResult result = parse(bytes, feed);
        REQUIRE(result.samples.size() == 5);
        CHECK(str(result.samples.at(0).indicator) == "aduan.wlingi-kota");
        CHECK(result.samples.at(0).value == 12);
        CHECK(samplesOf(result, "aduan.Wlingi").isEmpty());
    }
    SECTION("the kode column can key the series too")
    {
        FeedConfig feed = ckanAduanFeed();
        feed.series[0].key = QStringLiteral("kode");
        const ParseResult result = parse(bytes, feed);
        REQUIRE(result.samples.size() == 5);
        const Sample *wlingi = onlySample(result, "aduan.35.05.17");
        REQUIRE(wlingi);
        CHECK(wlingi->value == 12);
        const Sample *sutojayan = onlySample(result, "aduan.35.05.12");
        REQUIRE(sutojayan);
        CHECK(sutojayan->value == 4);
    }
}

TEST_CASE("FeedFormats: CKAN records as lists read the same as records as objects",
          "[FeedFormats][ckan]")
{
    const QByteArray bytes = feedFixture("ckan-lists.json");
    checkAduanSamples(parse(bytes, ckanAduanFeed()));

    const Payload payload = PayloadReader::read(bytes, ckanAduanFeed(), ckanRequestUrl());
    REQUIRE(payload.ok());
    const QJsonArray records = payload.root.toObject()
                                   .value(QStringLiteral("result"))
                                   .toObject()
                                   .value(QStringLiteral("records"))
                                   .toArray();
    REQUIRE(records.size() == 6);
    const QJsonObject first = records.at(0).toObject();
    CHECK(first.value(QStringLiteral("_id")).toInt() == 1);
    CHECK(str(first.value(QStringLiteral("kecamatan")).toString()) == "Wlingi");
    CHECK(str(first.value(QStringLiteral("kode")).toString()) == "35.05.17");
    CHECK(first.value(QStringLiteral("jumlah")).toDouble() == 12);
    CHECK(str(first.value(QStringLiteral("periode")).toString()) == "2026-11");
    CHECK(records.at(5).toObject().value(QStringLiteral("jumlah")).isNull());
    CHECK(payload.nextPage.isValid());
}

TEST_CASE("FeedFormats: a CKAN list record of the wrong width is skipped with a warning",
          "[FeedFormats][ckan]")
{
    const QByteArray bytes = R"({"success": true, "result": {
        "fields": [{"id": "kecamatan", "type": "text"}, {"id": "jumlah", "type": "numeric"}],
        "records_format": "lists",
        "records": [["Wlingi", 12], ["Kanigoro"], ["Srengat", 7, "lebih"], ["Talun", 3]]}})";
    const Payload payload = PayloadReader::read(bytes, ckanAduanFeed(), ckanRequestUrl());
    REQUIRE(payload.ok());
    REQUIRE(payload.warnings.size() == 2);
    CHECK_THAT(str(payload.warnings.at(0)), Catch::Contains("/result/records/1"));
    CHECK_THAT(str(payload.warnings.at(1)), Catch::Contains("/result/records/2"));

    const ParseResult result = parse(bytes, ckanAduanFeed());
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    REQUIRE(result.samples.size() == 2);
    CHECK(str(result.samples.at(0).indicator) == "aduan.Wlingi");
    CHECK(result.samples.at(0).value == 12);
    CHECK(str(result.samples.at(1).indicator) == "aduan.Talun");
    CHECK(result.samples.at(1).value == 3);
}

TEST_CASE("FeedFormats: a CKAN error answer is an error carrying CKAN's own message",
          "[FeedFormats][ckan]")
{
    SECTION("not found")
    {
        const ParseResult result = parse(feedFixture("ckan-error.json"), ckanAduanFeed());
        CHECK_FALSE(result.ok());
        CHECK_THAT(str(result.error), Catch::Contains("CKAN") &&
                                          Catch::Contains("Not found: Resource was not found."));
        CHECK(result.samples.isEmpty());
        CHECK(result.sampleErrors.isEmpty());
    }
    SECTION("a validation error names the field and what is wrong with it")
    {
        const QByteArray bytes = R"({
            "help": "https://data.blitarkab.go.id/api/3/action/help_show?name=datastore_search",
            "success": false,
            "error": {"__type": "Validation Error", "resource_id": ["Missing value"]}})";
        const ParseResult result = parse(bytes, ckanAduanFeed());
        CHECK_FALSE(result.ok());
        CHECK_THAT(str(result.error), Catch::Contains("CKAN") && Catch::Contains("resource_id") &&
                                          Catch::Contains("Missing value"));
        CHECK(result.samples.isEmpty());
    }
    SECTION("records_format csv is refused with the reason")
    {
        const QByteArray bytes = R"({"success": true, "result": {"records_format": "csv",
            "fields": [{"id": "kecamatan", "type": "text"}, {"id": "jumlah", "type": "numeric"}],
            "records": "Wlingi,12\nKanigoro,9\n"}})";
        const ParseResult result = parse(bytes, ckanAduanFeed());
        CHECK_FALSE(result.ok());
        CHECK_THAT(str(result.error), Catch::Contains("csv"));
    }
    SECTION("JSON that is not a CKAN answer")
    {
        const QByteArray bytes = GENERATE(QByteArray(R"({"result": {"records": []}})"),
                                          QByteArray("[]"), QByteArray(R"({"success": "true"})"));
        CAPTURE(bytes.toStdString());
        const ParseResult result = parse(bytes, ckanAduanFeed());
        CHECK_FALSE(result.ok());
        CHECK_THAT(str(result.error), Catch::Contains("CKAN"));
    }
}

// --- BPS -------------------------------------------------------------------------------------

namespace {

FeedConfig bpsFeed(const char *key)
{
    FeedConfig feed = feedConfig("bps-penduduk", "bps");
    feed.opd = QStringLiteral("BPS Kabupaten Blitar");
    SeriesMapping s = series("", key, "value", "tahunLabel", "yyyy");
    s.indicatorTemplate = QStringLiteral("penduduk.{key}");
    feed.series = {s};
    return feed;
}

// The first instant of a BPS year label, in WIB.
QDateTime yearStart(int year)
{
    return utc(year - 1, 12, 31, 17);
}

} // namespace

TEST_CASE("FeedFormats: BPS datacontent keys decode into one record per cell", "[FeedFormats][bps]")
{
    const Payload payload = BpsReader::read(feedFixture("bps-penduduk-kecamatan.json"));
    REQUIRE(payload.ok());
    REQUIRE(payload.root.isArray());
    const QJsonArray records = payload.root.toArray();
    // 13 cells, one of which (vervar 3505090) is in no vervar list.
    CHECK(records.size() == 12);

    const auto find = [&](qint64 vervar, int tahun) -> QJsonObject {
        for (const QJsonValue &record : records) {
            const QJsonObject object = record.toObject();
            if (qint64(object.value(QStringLiteral("vervar")).toDouble()) == vervar &&
                object.value(QStringLiteral("tahun")).toInt() == tahun)
                return object;
        }
        return {};
    };

    struct Expected
    {
        qint64 vervar;
        const char *vervarLabel;
        int tahun;
        const char *tahunLabel;
        double value;
    };
    const Expected c = GENERATE(values<Expected>({
        {3505010, "Wonodadi", 120, "2020", 53912},
        {3505010, "Wonodadi", 122, "2022", 54498},
        {3505020, "Udanawu", 121, "2021", 44965},
        {3505030, "Srengat", 120, "2020", 68437},
        {3505030, "Srengat", 122, "2022", 69160},
        // 3505 is a prefix of every kecamatan code: the regency's own row must still decode.
        {3505, "Kabupaten Blitar", 120, "2020", 1223745},
        {3505, "Kabupaten Blitar", 122, "2022", 1238846},
    }));
    CAPTURE(c.vervar, c.tahun);
    const QJsonObject record = find(c.vervar, c.tahun);
    REQUIRE_FALSE(record.isEmpty());
    CHECK(str(record.value(QStringLiteral("vervarLabel")).toString()) == c.vervarLabel);
    CHECK(record.value(QStringLiteral("var")).toInt() == 31);
    CHECK(str(record.value(QStringLiteral("varLabel")).toString()) == "Jumlah Penduduk");
    CHECK(str(record.value(QStringLiteral("unit")).toString()) == "Jiwa");
    CHECK(record.value(QStringLiteral("turvar")).toInt() == 0);
    CHECK(str(record.value(QStringLiteral("turvarLabel")).toString()) == "Tidak Ada");
    CHECK(str(record.value(QStringLiteral("tahunLabel")).toString()) == c.tahunLabel);
    CHECK(record.value(QStringLiteral("turtahun")).toInt() == 0);
    CHECK(str(record.value(QStringLiteral("turtahunLabel")).toString()) == "Tahun");
    CHECK(record.value(QStringLiteral("value")).toDouble() == c.value);
}

TEST_CASE("FeedFormats: a BPS key that matches no dimension is a warning, not a crash",
          "[FeedFormats][bps]")
{
    const Payload payload = BpsReader::read(feedFixture("bps-penduduk-kecamatan.json"));
    REQUIRE(payload.ok());
    REQUIRE(payload.warnings.size() == 1);
    CHECK_THAT(str(payload.warnings.at(0)), Catch::Contains("35050903101220"));
    for (const QJsonValue &record : payload.root.toArray())
        CHECK(record.toObject().value(QStringLiteral("value")).toDouble() != 61874);
}

// Found by fuzz_bps: a "val" beyond qint64's range was converted to an integer, which is
// undefined behaviour. The reproducer lacks /tahun, so it must end in that error, harmlessly.
TEST_CASE("FeedFormats: a BPS val too large for an integer is read without undefined behaviour",
          "[FeedFormats][bps][fuzz-regression]")
{
    QFile file(QStringLiteral(PANTAU_TEST_DATA "/fuzz-regressions/bps-val-beyond-int64.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Payload found = BpsReader::read(file.readAll());
    CHECK(str(found.error) == "not a BPS dynamic-data answer: /tahun is empty or missing");

    // Beside ordinary codes, a huge one matches no key, and the ordinary ones still decode.
    const QByteArray answer = R"({"status": "OK", "data-availability": "available",
        "vervar": [{"val": 3505010, "label": "Wonodadi"}, {"val": 1e300, "label": "Raksasa"},
                   {"val": -1e300, "label": "Negatif"}],
        "var": [{"val": 31, "label": "Jumlah Penduduk"}], "turvar": [{"val": 0, "label": "-"}],
        "tahun": [{"val": 120, "label": "2020"}], "turtahun": [{"val": 0, "label": "Tahun"}],
        "datacontent": {"35050103101200": 53912, "99903101200": 1}})";
    const Payload payload = BpsReader::read(answer);
    REQUIRE(payload.ok());
    const QJsonArray records = payload.root.toArray();
    REQUIRE(records.size() == 1);
    CHECK(str(records.at(0).toObject().value(QStringLiteral("vervarLabel")).toString()) ==
          "Wonodadi");
    CHECK(records.at(0).toObject().value(QStringLiteral("value")).toDouble() == 53912);
    REQUIRE(payload.warnings.size() == 1);
}

TEST_CASE("FeedFormats: BPS population per kecamatan maps to samples per year",
          "[FeedFormats][bps]")
{
    const QByteArray bytes = feedFixture("bps-penduduk-kecamatan.json");

    SECTION("keyed by the kecamatan's label")
    {
        const ParseResult result = parse(bytes, bpsFeed("vervarLabel"));
        INFO(str(describe(result)));
        REQUIRE(result.ok());
        CHECK(result.sampleErrors.isEmpty());
        CHECK(result.samples.size() == 12);

        struct Expected
        {
            const char *indicator;
            int year;
            double value;
        };
        const Expected expected[] = {
            {"penduduk.Wonodadi", 2020, 53912},
            {"penduduk.Wonodadi", 2021, 54207},
            {"penduduk.Wonodadi", 2022, 54498},
            {"penduduk.Udanawu", 2020, 44730},
            {"penduduk.Udanawu", 2021, 44965},
            {"penduduk.Udanawu", 2022, 45196},
            {"penduduk.Srengat", 2020, 68437},
            {"penduduk.Srengat", 2021, 68802},
            {"penduduk.Srengat", 2022, 69160},
            {"penduduk.Kabupaten Blitar", 2020, 1223745},
            {"penduduk.Kabupaten Blitar", 2021, 1231337},
            {"penduduk.Kabupaten Blitar", 2022, 1238846},
        };
        for (const Expected &e : expected) {
            CAPTURE(e.indicator, e.year);
            const QList<Sample> found = samplesOf(result, e.indicator);
            CHECK(found.size() == 3);
            const auto it = std::find_if(found.cbegin(), found.cend(), [&](const Sample &s) {
                return s.sourceTime == yearStart(e.year);
            });
            REQUIRE(it != found.cend());
            CHECK(it->value == e.value);
            CHECK_FALSE(it->sourceTimeInFuture);
        }
    }
    SECTION("keyed by the kecamatan's code")
    {
        const ParseResult result = parse(bytes, bpsFeed("vervar"));
        INFO(str(describe(result)));
        REQUIRE(result.ok());
        const QList<Sample> wonodadi = samplesOf(result, "penduduk.3505010");
        REQUIRE(wonodadi.size() == 3);
        const QList<Sample> udanawu = samplesOf(result, "penduduk.3505020");
        REQUIRE(udanawu.size() == 3);
        const QList<Sample> regency = samplesOf(result, "penduduk.3505");
        REQUIRE(regency.size() == 3);
        const auto udanawu2021 =
            std::find_if(udanawu.cbegin(), udanawu.cend(),
                         [](const Sample &s) { return s.sourceTime == yearStart(2021); });
        REQUIRE(udanawu2021 != udanawu.cend());
        CHECK(udanawu2021->value == 44965);
        CHECK(samplesOf(result, "penduduk.3505090").isEmpty());
    }
}

TEST_CASE("FeedFormats: BPS keys where one value is a prefix of another decode right",
          "[FeedFormats][bps]")
{
    // vervar 1 is a prefix of vervar 12, so the key 12|31|0|120|0 = "123101200" starts like
    // 1|2|... and only reads right by trying the longer value after the shorter one fails, and
    // the other way round for 1|2|0|120|0 = "1201200" when 12 is listed first.
    const bool shortFirst = GENERATE(true, false);
    CAPTURE(shortFirst);
    const QByteArray vervar =
        shortFirst ? R"([{"val": 1, "label": "Wonodadi"}, {"val": 12, "label": "Sutojayan"}])"
                   : R"([{"val": 12, "label": "Sutojayan"}, {"val": 1, "label": "Wonodadi"}])";
    const QByteArray bytes = R"({"status": "OK", "data-availability": "available",
        "var": [{"val": 2, "label": "Luas Wilayah", "unit": "km2"},
                {"val": 31, "label": "Jumlah Penduduk", "unit": "Jiwa"}],
        "turvar": [{"val": 0, "label": "Tidak Ada"}],
        "labelvervar": "Kecamatan", "vervar": )" +
                             vervar + R"(,
        "tahun": [{"val": 120, "label": "2020"}],
        "turtahun": [{"val": 0, "label": "Tahun"}],
        "datacontent": {"123101200": 58114, "1201200": 40.65, "12201200": 44.2,
                        "13101200": 53912}})";
    const Payload payload = BpsReader::read(bytes);
    REQUIRE(payload.ok());
    CHECK(payload.warnings.isEmpty());
    const QJsonArray records = payload.root.toArray();
    REQUIRE(records.size() == 4);

    struct Expected
    {
        double value;
        int vervar;
        const char *vervarLabel;
        int var;
        const char *unit;
    };
    const Expected expected[] = {
        {58114, 12, "Sutojayan", 31, "Jiwa"},
        {40.65, 1, "Wonodadi", 2, "km2"},
        {44.2, 12, "Sutojayan", 2, "km2"},
        {53912, 1, "Wonodadi", 31, "Jiwa"},
    };
    for (const Expected &e : expected) {
        CAPTURE(e.value);
        const auto it = std::find_if(records.cbegin(), records.cend(), [&](const QJsonValue &r) {
            return r.toObject().value(QStringLiteral("value")).toDouble() == e.value;
        });
        REQUIRE(it != records.cend());
        const QJsonObject record = it->toObject();
        CHECK(record.value(QStringLiteral("vervar")).toInt() == e.vervar);
        CHECK(str(record.value(QStringLiteral("vervarLabel")).toString()) == e.vervarLabel);
        CHECK(record.value(QStringLiteral("var")).toInt() == e.var);
        CHECK(str(record.value(QStringLiteral("unit")).toString()) == e.unit);
        CHECK(record.value(QStringLiteral("tahun")).toInt() == 120);
    }
}

TEST_CASE("FeedFormats: a BPS error inside an HTTP 200 answer is an error", "[FeedFormats][bps]")
{
    SECTION("status Error with a message")
    {
        const ParseResult result = parse(feedFixture("bps-error.json"), bpsFeed("vervarLabel"));
        CHECK_FALSE(result.ok());
        CHECK_THAT(str(result.error),
                   Catch::Contains("BPS") && Catch::Contains("Invalid key or domain"));
        CHECK(result.samples.isEmpty());
        CHECK(result.sampleErrors.isEmpty());
    }
    SECTION("no data for the request")
    {
        const QByteArray bytes = R"({"status": "OK", "data-availability": "list-not-available"})";
        const ParseResult result = parse(bytes, bpsFeed("vervarLabel"));
        CHECK_FALSE(result.ok());
        CHECK_THAT(str(result.error),
                   Catch::Contains("BPS") && Catch::Contains("list-not-available"));
        CHECK(result.samples.isEmpty());
    }
    SECTION("an answer with a dimension missing")
    {
        const QByteArray bytes = R"({"status": "OK", "data-availability": "available",
            "var": [{"val": 31, "label": "Jumlah Penduduk", "unit": "Jiwa"}],
            "turvar": [{"val": 0, "label": "Tidak Ada"}],
            "vervar": [{"val": 3505010, "label": "Wonodadi"}],
            "turtahun": [{"val": 0, "label": "Tahun"}],
            "datacontent": {"35050103101200": 53912}})";
        const ParseResult result = parse(bytes, bpsFeed("vervarLabel"));
        CHECK_FALSE(result.ok());
        CHECK_THAT(str(result.error), Catch::Contains("tahun"));
    }
}
