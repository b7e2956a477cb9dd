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

namespace {

QByteArray feedFixture(const char *name)
{
    QFile file(QStringLiteral(PANTAU_TEST_DATA "/feeds/") + QLatin1String(name));
    INFO("fixture " << name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

// When the wall fetched: 28 November 2026, 13:10 WIB.
QDateTime fetchTime()
{
    return utc(2026, 11, 28, 6, 10);
}

JsonPointer pointer(const char *text)
{
    return JsonPointer::parse(QString::fromUtf8(text)).value();
}

FeedConfig feedConfig(const char *id, const char *format)
{
    FeedConfig feed;
    feed.id = QString::fromUtf8(id);
    feed.format = EnumTable::named(FeedFormats, QString::fromUtf8(format))->value;
    return feed;
}

SeriesMapping series(const char *records, const char *key, const char *value, const char *time = "",
                     const char *timeFormat = "")
{
    SeriesMapping s;
    s.records = pointer(records);
    s.key = QString::fromUtf8(key);
    s.value = QString::fromUtf8(value);
    s.time = QString::fromUtf8(time);
    s.timeFormat = QString::fromUtf8(timeFormat);
    return s;
}

ParseResult parse(const QByteArray &bytes, const FeedConfig &feed,
                  const QDateTime &fetched = fetchTime())
{
    return FeedIngest::parse(bytes, feed, jakarta(), fetched);
}

// The samples of one indicator, in payload order.
QList<Sample> samplesOf(const ParseResult &result, const char *indicator)
{
    QList<Sample> found;
    for (const Sample &sample : result.samples) {
        if (sample.indicator == QLatin1String(indicator))
            found.append(sample);
    }
    return found;
}

const Sample *onlySample(const ParseResult &result, const char *indicator)
{
    const Sample *found = nullptr;
    for (const Sample &sample : result.samples) {
        if (sample.indicator == QLatin1String(indicator)) {
            if (found)
                return nullptr; // more than one
            found = &sample;
        }
    }
    return found;
}

QString describe(const ParseResult &result)
{
    QStringList lines;
    lines.append(QStringLiteral("error: ") + result.error);
    for (const Sample &s : result.samples)
        lines.append(QStringLiteral("sample %1 = %2 at %3")
                         .arg(s.indicator)
                         .arg(s.value, 0, 'g', 15)
                         .arg(s.sourceTime.toString(Qt::ISODate)));
    for (const SampleError &e : result.sampleErrors)
        lines.append(
            QStringLiteral("sampleError %1 %2: %3").arg(e.indicator, e.pointer, e.message));
    for (const EventRecord &e : result.events)
        lines.append(QStringLiteral("event %1 %2").arg(e.id, e.time.toString(Qt::ISODate)));
    return lines.join(u'\n');
}

// The aduan feeds: one sample per kecamatan, named by template.
FeedConfig ckanAduanFeed()
{
    FeedConfig feed = feedConfig("aduan-kecamatan", "ckan");
    feed.opd = QStringLiteral("Dinas Kominfo");
    SeriesMapping s = series("/result/records", "kecamatan", "jumlah");
    s.indicatorTemplate = QStringLiteral("aduan.{key}");
    feed.series = {s};
    return feed;
}

const QUrl &ckanRequestUrl()
{
    static const QUrl url(
        QStringLiteral("https://data.blitarkab.go.id/api/3/action/datastore_search"
                       "?resource_id=b3f1c2d4-6a7e-4c1b-9f2d-5e8a7b6c4d21&limit=6"));
    return url;
}

void checkAduanSamples(const ParseResult &result)
{
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    struct Expected
    {
        const char *indicator;
        double value;
    };
    // Wonotirto's jumlah is null: no data, not zero. Ponggok's 0 is a real zero: this feed
    // declares no sentinel.
    const Expected expected[] = {
        {"aduan.Wlingi", 12},   {"aduan.Kanigoro", 9}, {"aduan.Srengat", 7},
        {"aduan.Sutojayan", 4}, {"aduan.Ponggok", 0},
    };
    REQUIRE(result.samples.size() == 5);
    for (qsizetype i = 0; i < result.samples.size(); ++i) {
        CHECK(str(result.samples.at(i).indicator) == expected[i].indicator);
        CHECK(result.samples.at(i).value == expected[i].value);
        CHECK_FALSE(result.samples.at(i).sourceTime.isValid());
        CHECK_FALSE(result.samples.at(i).sourceTimeInFuture);
    }
    REQUIRE(result.sampleErrors.size() == 1);
    CHECK(str(result.sampleErrors.at(0).indicator) == "aduan.Wonotirto");
    CHECK(str(result.sampleErrors.at(0).pointer) == "/result/records/5/jumlah");
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("no data"));
    CHECK(result.events.isEmpty());
}

} // namespace

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

// --- NGSI ------------------------------------------------------------------------------------

namespace {

FeedConfig ngsiFeed(const char *time)
{
    FeedConfig feed = feedConfig("tinggi-muka-air", "ngsi");
    feed.opd = QStringLiteral("BPBD");
    SeriesMapping s = series("", "id", "level", time);
    s.indicators = {
        {QStringLiteral("urn:ngsi:WaterLevel:Lodoyo"), QStringLiteral("tma.lodoyo")},
        {QStringLiteral("urn:ngsi:WaterLevel:Kademangan"), QStringLiteral("tma.kademangan")},
        {QStringLiteral("urn:ngsi:WaterLevel:Wlingi"), QStringLiteral("tma.wlingi")},
        {QStringLiteral("urn:ngsi:WaterLevel:Kesamben"), QStringLiteral("tma.kesamben")},
    };
    feed.series = {s};
    return feed;
}

void checkWaterLevels(const ParseResult &result)
{
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    struct Expected
    {
        const char *indicator;
        double level;
        QDateTime time;
    };
    const Expected expected[] = {
        {"tma.lodoyo", 2.41, utc(2026, 11, 28, 3)},
        {"tma.kademangan", 1.87, utc(2026, 11, 28, 2, 55)},
        // Sent as 09:58 WIB.
        {"tma.wlingi", 3.12, utc(2026, 11, 28, 2, 58)},
    };
    REQUIRE(result.samples.size() == 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const Sample &s = result.samples.at(i);
        CHECK(str(s.indicator) == expected[i].indicator);
        CHECK(s.value == expected[i].level);
        CHECK(str(s.sourceTime) == str(expected[i].time));
    }
    // Kesamben's sensor sent null.
    REQUIRE(result.sampleErrors.size() == 1);
    CHECK(str(result.sampleErrors.at(0).indicator) == "tma.kesamben");
    CHECK(str(result.sampleErrors.at(0).pointer) == "/3/level");
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("no data"));
}

} // namespace

TEST_CASE("FeedFormats: normalized NGSI entities give levels timed by their metadata",
          "[FeedFormats][ngsi]")
{
    const QByteArray bytes = feedFixture("ngsi-normalized.json");
    checkWaterLevels(parse(bytes, ngsiFeed("level@TimeInstant")));

    SECTION("attributes are flattened to their values")
    {
        const Payload payload = PayloadReader::read(bytes, ngsiFeed("level@TimeInstant"), QUrl());
        REQUIRE(payload.ok());
        CHECK(payload.warnings.isEmpty());
        const QJsonArray records = payload.root.toArray();
        REQUIRE(records.size() == 4);
        const QJsonObject wlingi = records.at(2).toObject();
        CHECK(str(wlingi.value(QStringLiteral("id")).toString()) == "urn:ngsi:WaterLevel:Wlingi");
        CHECK(str(wlingi.value(QStringLiteral("type")).toString()) == "WaterLevel");
        CHECK(wlingi.value(QStringLiteral("level")).toDouble() == 3.12);
        CHECK(str(wlingi.value(QStringLiteral("level@TimeInstant")).toString()) ==
              "2026-11-28T09:58:00+07:00");
        CHECK(str(wlingi.value(QStringLiteral("alertLevel")).toString()) == "waspada");
        CHECK(str(wlingi.value(QStringLiteral("TimeInstant")).toString()) ==
              "2026-11-28T09:58:00+07:00");
        const QJsonArray coordinates = wlingi.value(QStringLiteral("location"))
                                           .toObject()
                                           .value(QStringLiteral("coordinates"))
                                           .toArray();
        REQUIRE(coordinates.size() == 2);
        CHECK(coordinates.at(0).toDouble() == 112.3203);
    }
    SECTION("the entity's own TimeInstant attribute times it as well")
    {
        checkWaterLevels(parse(bytes, ngsiFeed("TimeInstant")));
    }
}

TEST_CASE("FeedFormats: NGSI keyValues entities read the same as normalized ones",
          "[FeedFormats][ngsi]")
{
    checkWaterLevels(parse(feedFixture("ngsi-keyvalues.json"), ngsiFeed("TimeInstant")));
}

TEST_CASE("FeedFormats: a single NGSI entity, not in a list, is read", "[FeedFormats][ngsi]")
{
    const QByteArray bytes = R"({"id": "urn:ngsi:WaterLevel:Lodoyo", "type": "WaterLevel",
        "level": {"type": "Number", "value": 2.41, "metadata": {"TimeInstant":
            {"type": "DateTime", "value": "2026-11-28T03:00:00Z"}}}})";
    const ParseResult result = parse(bytes, ngsiFeed("level@TimeInstant"));
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    REQUIRE(result.samples.size() == 1);
    CHECK(str(result.samples.at(0).indicator) == "tma.lodoyo");
    CHECK(result.samples.at(0).value == 2.41);
    CHECK(result.samples.at(0).sourceTime == utc(2026, 11, 28, 3));
}

TEST_CASE("FeedFormats: an NGSI error answer is an error with the broker's words",
          "[FeedFormats][ngsi]")
{
    const ParseResult result = parse(feedFixture("ngsi-error.json"), ngsiFeed("TimeInstant"));
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error),
               Catch::Contains("NotFound") &&
                   Catch::Contains("The requested entity has not been found. Check type and id"));
    CHECK(result.samples.isEmpty());
    CHECK(result.sampleErrors.isEmpty());
}

TEST_CASE("FeedFormats: a JSON object that is no NGSI entity is an error, not an empty success",
          "[FeedFormats][ngsi]")
{
    // A proxy's or portal's own JSON answer in place of the broker's: nothing in it is an
    // entity, so the answer as a whole is unusable. Read as "no entities" it would leave the
    // feed looking healthy while every river level silently stops updating.
    const QByteArray bytes = GENERATE(QByteArray(R"({"message": "Unauthorized"})"),
                                      QByteArray(R"({"status": "maintenance"})"));
    CAPTURE(bytes.toStdString());
    const ParseResult result = parse(bytes, ngsiFeed("TimeInstant"));
    CHECK_FALSE(result.ok());
    CHECK(result.samples.isEmpty());
}

// --- Panel Harga -----------------------------------------------------------------------------

namespace {

FeedConfig panelHargaFeed()
{
    FeedConfig feed = feedConfig("panel-harga", "json");
    feed.opd = QStringLiteral("Badan Pangan Nasional");
    feed.numbers.noData = {0};
    SeriesMapping today = series("/data", "name", "today");
    today.indicators = {
        {QStringLiteral("Telur Ayam Ras"), QStringLiteral("harga.telur")},
        {QStringLiteral("Cabai Rawit Merah"), QStringLiteral("harga.cabai-rawit")},
        {QStringLiteral("Cabai Merah Keriting"), QStringLiteral("harga.cabai-merah")},
        {QStringLiteral("Bawang Merah"), QStringLiteral("harga.bawang-merah")},
        {QStringLiteral("Beras Medium"), QStringLiteral("harga.beras-medium")},
    };
    SeriesMapping yesterday = series("/data", "name", "yesterday", "yesterday_date");
    yesterday.indicators = {
        {QStringLiteral("Telur Ayam Ras"), QStringLiteral("harga.telur.kemarin")},
        {QStringLiteral("Cabai Rawit Merah"), QStringLiteral("harga.cabai-rawit.kemarin")},
    };
    feed.series = {today, yesterday};
    return feed;
}

} // namespace

TEST_CASE("FeedFormats: Panel Harga prices map by commodity name", "[FeedFormats][panel-harga]")
{
    const ParseResult result = parse(feedFixture("panel-harga.json"), panelHargaFeed());
    INFO(str(describe(result)));
    REQUIRE(result.ok());

    SECTION("today's prices, in payload order, without a source time")
    {
        struct Expected
        {
            const char *indicator;
            double value;
        };
        const Expected expected[] = {
            {"harga.beras-medium", 13350},
            {"harga.telur", 28500},
            {"harga.cabai-rawit", 52000},
            {"harga.bawang-merah", 30500},
        };
        for (const Expected &e : expected) {
            CAPTURE(e.indicator);
            const Sample *s = onlySample(result, e.indicator);
            REQUIRE(s);
            CHECK(s->value == e.value);
            CHECK_FALSE(s->sourceTime.isValid());
        }
        REQUIRE(result.samples.size() == 6);
        CHECK(str(result.samples.at(0).indicator) == "harga.beras-medium");
        CHECK(str(result.samples.at(3).indicator) == "harga.bawang-merah");
    }
    SECTION("yesterday's prices carry yesterday's date, midnight WIB")
    {
        const Sample *telur = onlySample(result, "harga.telur.kemarin");
        REQUIRE(telur);
        CHECK(telur->value == 28000);
        // "13-09-2025"
        CHECK(str(telur->sourceTime) == str(utc(2025, 9, 12, 17)));
        const Sample *cabai = onlySample(result, "harga.cabai-rawit.kemarin");
        REQUIRE(cabai);
        CHECK(cabai->value == 45000);
        // "12-9-2025"
        CHECK(str(cabai->sourceTime) == str(utc(2025, 9, 11, 17)));
    }
    SECTION("a price of 0 is no data, never a sample of 0")
    {
        CHECK(samplesOf(result, "harga.cabai-merah").isEmpty());
        for (const Sample &s : result.samples)
            CHECK(s.value != 0);
        REQUIRE(result.sampleErrors.size() == 1);
        const SampleError &e = result.sampleErrors.at(0);
        CHECK(str(e.indicator) == "harga.cabai-merah");
        CHECK(str(e.pointer) == "/data/4/today");
        CHECK_THAT(str(e.message), Catch::Contains("no data"));
    }
    SECTION("commodities the wall does not show are ignored, with or without a price")
    {
        for (const Sample &s : result.samples) {
            CHECK_FALSE(s.indicator.contains(QLatin1String("Premium")));
            CHECK_FALSE(s.indicator.contains(QLatin1String("Sapi")));
            CHECK_FALSE(s.indicator.contains(QLatin1String("Gula")));
            CHECK(s.value != 15100);
            CHECK(s.value != 17500);
        }
        for (const SampleError &e : result.sampleErrors)
            CHECK_FALSE(e.pointer.startsWith(QLatin1String("/data/6/")));
    }
}

// --- CSV -------------------------------------------------------------------------------------

namespace {

FeedConfig hargaCsvFeed()
{
    FeedConfig feed = feedConfig("harga-pangan-disperindag", "csv");
    feed.opd = QStringLiteral("Dinas Koperasi dan Perdagangan");
    feed.numbers.decimalComma = true;
    SeriesMapping today = series("", "Komoditas", "Harga Hari Ini");
    today.indicators = {
        {QStringLiteral("Beras Medium"), QStringLiteral("harga.beras-medium")},
        {QStringLiteral("Telur Ayam Ras"), QStringLiteral("harga.telur")},
        {QStringLiteral("Cabai Rawit"), QStringLiteral("harga.cabai-rawit")},
        {QStringLiteral("Minyak Goreng; kemasan sederhana"), QStringLiteral("harga.minyak-goreng")},
        {QStringLiteral("Bawang Merah"), QStringLiteral("harga.bawang-merah")},
        {QStringLiteral("Daging Sapi"), QStringLiteral("harga.daging-sapi")},
    };
    SeriesMapping change = series("", "Komoditas", "Perubahan (%)");
    change.indicators = {
        {QStringLiteral("Telur Ayam Ras"), QStringLiteral("harga.telur.perubahan")},
        {QStringLiteral("Cabai Rawit"), QStringLiteral("harga.cabai-rawit.perubahan")},
    };
    feed.series = {today, change};
    return feed;
}

} // namespace

TEST_CASE("FeedFormats: a spreadsheet CSV with BOM, CRLF, semicolons and decimal commas",
          "[FeedFormats][csv]")
{
    const QByteArray bytes = feedFixture("harga-pangan.csv");
    // The feedFixture really is what a spreadsheet writes.
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(bytes.contains("\r\n"));

    const QChar delimiter = GENERATE(QChar(), QChar(u';'));
    CAPTURE(delimiter.isNull() ? std::string("detect") : std::string(";"));
    FeedConfig feed = hargaCsvFeed();
    feed.csvDelimiter = delimiter;
    const ParseResult result = parse(bytes, feed);
    INFO(str(describe(result)));
    REQUIRE(result.ok());

    struct Expected
    {
        const char *indicator;
        double value;
    };
    const Expected expected[] = {
        {"harga.beras-medium", 12500},          {"harga.telur", 28500},
        {"harga.cabai-rawit", 52000},           {"harga.minyak-goreng", 17500},
        {"harga.daging-sapi", 135000},          {"harga.telur.perubahan", 1.79},
        {"harga.cabai-rawit.perubahan", 15.56},
    };
    REQUIRE(result.samples.size() == 7);
    for (const Expected &e : expected) {
        CAPTURE(e.indicator);
        const Sample *s = onlySample(result, e.indicator);
        REQUIRE(s);
        CHECK(s->value == Approx(e.value));
    }
    // Bawang Merah's price today is "-".
    REQUIRE(result.sampleErrors.size() == 1);
    CHECK(str(result.sampleErrors.at(0).indicator) == "harga.bawang-merah");
    CHECK(str(result.sampleErrors.at(0).pointer) == "/5/Harga Hari Ini");
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("no data"));
}

TEST_CASE("FeedFormats: the same CSV read without decimalComma follows the other convention",
          "[FeedFormats][csv]")
{
    // Without decimalComma "28.500" is twenty-eight and a half, as NumberFormat documents: the
    // setting is what tells the two conventions apart. "Rp" is refused outright, and a lone
    // comma still reads as a decimal comma.
    FeedConfig feed = hargaCsvFeed();
    feed.numbers.decimalComma = false;
    const ParseResult result = parse(feedFixture("harga-pangan.csv"), feed);
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    const Sample *telur = onlySample(result, "harga.telur");
    REQUIRE(telur);
    CHECK(telur->value == Approx(28.5));
    const Sample *change = onlySample(result, "harga.telur.perubahan");
    REQUIRE(change);
    CHECK(change->value == Approx(1.79));
    CHECK(samplesOf(result, "harga.daging-sapi").isEmpty());
    const auto refused = std::find_if(
        result.sampleErrors.cbegin(), result.sampleErrors.cend(),
        [](const SampleError &e) { return e.indicator == QLatin1String("harga.daging-sapi"); });
    REQUIRE(refused != result.sampleErrors.cend());
    CHECK_THAT(str(refused->message), Catch::Contains("Rp135.000"));
}

// --- Events ----------------------------------------------------------------------------------

namespace {

EventMapping eventMapping(const char *records, const char *id, const char *time,
                          const char *kecamatan, const char *category, const char *status,
                          const char *text)
{
    EventMapping m;
    m.records = pointer(records);
    m.id = QString::fromUtf8(id);
    m.time = QString::fromUtf8(time);
    m.kecamatan = QString::fromUtf8(kecamatan);
    m.category = QString::fromUtf8(category);
    m.status = QString::fromUtf8(status);
    m.text = QString::fromUtf8(text);
    return m;
}

struct ExpectedEvent
{
    const char *id;
    QDateTime time;
    const char *kecamatan;
    const char *category;
    const char *status;
    const char *text;
};

void checkEvent(const EventRecord &event, const char *feedId, const ExpectedEvent &e)
{
    CAPTURE(e.id);
    CHECK(str(event.feedId) == feedId);
    CHECK(str(event.id) == e.id);
    CHECK(str(event.time) == str(e.time));
    CHECK(event.time.timeSpec() == Qt::UTC);
    CHECK(str(event.kecamatan) == e.kecamatan);
    CHECK(str(event.category) == e.category);
    CHECK(str(event.status) == e.status);
    CHECK(str(event.text) == e.text);
}

} // namespace

TEST_CASE("FeedFormats: 112 incidents become events with UTC times", "[FeedFormats][events]")
{
    FeedConfig feed = feedConfig("insiden-112", "json");
    feed.opd = QStringLiteral("Dinas Kominfo");
    feed.events =
        eventMapping("/data", "no_tiket", "waktu", "kecamatan", "kategori", "status", "uraian");
    const ParseResult result = parse(feedFixture("insiden-112.json"), feed);
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    CHECK(result.samples.isEmpty());

    const ExpectedEvent expected[] = {
        {"112-20261128-0041", utc(2026, 11, 28, 5, 47), "Wlingi", "Kecelakaan", "Ditangani",
         "Kecelakaan sepeda motor di Jl. Raya Wlingi\u2013Blitar, satu korban luka ringan."},
        // "2026-11-28 12:58:30", no offset: WIB.
        {"112-20261128-0042", utc(2026, 11, 28, 5, 58, 30), "Kademangan", "Kebakaran",
         "Dalam perjalanan", "Kebakaran lahan tebu di Desa Plosorejo."},
        // 1795845840000 ms: 13:04 WIB.
        {"112-20261128-0043", utc(2026, 11, 28, 6, 4), "Ponggok", "Penyakit", "Baru",
         "Warga pingsan di Pasar Ponggok, butuh ambulans."},
        // "  Sutojayan " is trimmed.
        {"112-20261128-0046", utc(2026, 11, 28, 6, 8), "Sutojayan", "Kerusuhan", "Ditangani",
         "Keributan antarwarga setelah pertandingan sepak bola."},
    };
    REQUIRE(result.events.size() == 4);
    for (qsizetype i = 0; i < 4; ++i)
        checkEvent(result.events.at(i), "insiden-112", expected[i]);

    REQUIRE(result.sampleErrors.size() == 2);
    CHECK(str(result.sampleErrors.at(0).pointer) == "/data/3/no_tiket");
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("id"));
    CHECK(str(result.sampleErrors.at(1).pointer) == "/data/4/waktu");
    CHECK_THAT(str(result.sampleErrors.at(1).message), Catch::Contains("time"));
}

TEST_CASE("FeedFormats: SP4N-LAPOR! complaints in CSV become events", "[FeedFormats][events]")
{
    FeedConfig feed = feedConfig("aduan-lapor", "csv");
    feed.opd = QStringLiteral("Dinas Kominfo");
    feed.events = eventMapping("", "id", "waktu", "kecamatan", "kategori", "status", "isi");
    const ParseResult result = parse(feedFixture("aduan-lapor.csv"), feed);
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    CHECK(result.samples.isEmpty());

    const ExpectedEvent expected[] = {
        {"LPR-20261128-001", utc(2026, 11, 28, 1, 15), "Wlingi", "Infrastruktur", "Belum ditangani",
         "Jalan berlubang di Jl. Raya Wlingi\u2013Doko dekat pasar, sudah dua minggu belum "
         "ditambal.\nMohon segera diperbaiki sebelum musim hujan."},
        {"LPR-20261128-002", utc(2026, 11, 28, 2, 40), "Kanigoro", "Lingkungan", "Diproses",
         "Sampah menumpuk di TPS Desa Kanigoro"},
        {"LPR-20261128-004", utc(2026, 11, 28, 3, 22, 30), "Sutojayan", "Infrastruktur", "Diproses",
         "Lampu PJU mati di depan SDN Sutojayan 1"},
        {"LPR-20261128-006", utc(2026, 11, 28, 4, 5), "Wonotirto", "Bencana", "Selesai",
         "Pohon tumbang menutup jalan ke Pantai Serang. Sudah dibersihkan BPBD pukul 09.30 WIB."},
    };
    REQUIRE(result.events.size() == 4);
    for (qsizetype i = 0; i < 4; ++i)
        checkEvent(result.events.at(i), "aduan-lapor", expected[i]);

    // Row 3 has no id; row 5 is dated 31 November.
    REQUIRE(result.sampleErrors.size() == 2);
    CHECK(str(result.sampleErrors.at(0).pointer) == "/2/id");
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("id"));
    CHECK(str(result.sampleErrors.at(1).pointer) == "/4/waktu");
    CHECK_THAT(str(result.sampleErrors.at(1).message), Catch::Contains("time"));
}

// --- Source times from the future --------------------------------------------------------------

TEST_CASE("FeedFormats: a source time well ahead of the fetch is flagged, a little ahead is not",
          "[FeedFormats][future]")
{
    // The expectations below are worked out for a five-minute tolerance.
    REQUIRE(FeedMapper::FutureToleranceSeconds == 300);

    // Source times in ngsi-normalized.json: Lodoyo 03:00:00Z, Kademangan 02:55:00Z, Wlingi
    // 02:58:00Z (09:58 WIB).
    struct Case
    {
        QDateTime fetched;
        bool lodoyo;
        bool kademangan;
        bool wlingi;
    };
    const Case c = GENERATE(values<Case>({
        // Lodoyo 301 s ahead, Wlingi 181 s, Kademangan 1 s.
        {utc(2026, 11, 28, 2, 54, 59), true, false, false},
        // Lodoyo exactly 300 s ahead: still within tolerance.
        {utc(2026, 11, 28, 2, 55, 0), false, false, false},
        // Lodoyo 600 s, Wlingi 480 s, Kademangan exactly 300 s.
        {utc(2026, 11, 28, 2, 50, 0), true, false, true},
        // An hour early: all three.
        {utc(2026, 11, 28, 2, 0, 0), true, true, true},
        // After all three: none.
        {utc(2026, 11, 28, 3, 5, 0), false, false, false},
        // Same instant written in WIB.
        {QDateTime(QDate(2026, 11, 28), QTime(9, 50), QTimeZone("Asia/Jakarta")), true, false,
         true},
    }));
    CAPTURE(str(c.fetched));
    const ParseResult result =
        parse(feedFixture("ngsi-normalized.json"), ngsiFeed("level@TimeInstant"), c.fetched);
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    const Sample *lodoyo = onlySample(result, "tma.lodoyo");
    const Sample *kademangan = onlySample(result, "tma.kademangan");
    const Sample *wlingi = onlySample(result, "tma.wlingi");
    REQUIRE(lodoyo);
    REQUIRE(kademangan);
    REQUIRE(wlingi);
    CHECK(lodoyo->sourceTimeInFuture == c.lodoyo);
    CHECK(kademangan->sourceTimeInFuture == c.kademangan);
    CHECK(wlingi->sourceTimeInFuture == c.wlingi);
    // Flagged or not, the value and its time are kept as the source sent them.
    CHECK(lodoyo->value == 2.41);
    CHECK(lodoyo->sourceTime == utc(2026, 11, 28, 3));
}

TEST_CASE("FeedFormats: a sample without a source time is never from the future",
          "[FeedFormats][future]")
{
    // Panel Harga's today prices carry no time.
    const ParseResult result =
        parse(feedFixture("panel-harga.json"), panelHargaFeed(), utc(2020, 1, 1, 0));
    const Sample *telur = onlySample(result, "harga.telur");
    REQUIRE(telur);
    CHECK_FALSE(telur->sourceTime.isValid());
    CHECK_FALSE(telur->sourceTimeInFuture);
    // Yesterday's price, dated 13-09-2025, is years ahead of a fetch in 2020.
    const Sample *kemarin = onlySample(result, "harga.telur.kemarin");
    REQUIRE(kemarin);
    CHECK(kemarin->sourceTimeInFuture);
}

// --- Malformed answers -------------------------------------------------------------------------

namespace {

FeedConfig feedFor(const std::string &format)
{
    if (format == "ckan")
        return ckanAduanFeed();
    if (format == "bps")
        return bpsFeed("vervarLabel");
    if (format == "ngsi")
        return ngsiFeed("TimeInstant");
    if (format == "csv")
        return hargaCsvFeed();
    return panelHargaFeed();
}

const char *fixtureFor(const std::string &format)
{
    if (format == "ckan")
        return "ckan-aduan-per-kecamatan.json";
    if (format == "bps")
        return "bps-penduduk-kecamatan.json";
    if (format == "ngsi")
        return "ngsi-normalized.json";
    if (format == "csv")
        return "harga-pangan.csv";
    return "panel-harga.json";
}

QByteArray nginxErrorPage()
{
    return "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
           "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
           "</body>\r\n</html>\r\n";
}

QByteArray binaryGarbage()
{
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 131 + 7) % 256));
    return garbage;
}

} // namespace

TEST_CASE("FeedFormats: an answer cut off half way is an error, never a crash",
          "[FeedFormats][malformed]")
{
    const std::string format = GENERATE("json", "ckan", "bps", "ngsi");
    CAPTURE(format);
    const QByteArray whole = feedFixture(fixtureFor(format));
    const qsizetype cut = GENERATE(1, 2, 3, 5, 10, 20, 50, 99);
    CAPTURE(cut);
    const QByteArray bytes = whole.left(whole.size() * cut / 100);
    const ParseResult result = parse(bytes, feedFor(format));
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error), Catch::Contains("invalid JSON") && Catch::Contains("line"));
    CHECK(result.samples.isEmpty());
    CHECK(result.events.isEmpty());
}

TEST_CASE("FeedFormats: an HTML error page served as a JSON format is an error",
          "[FeedFormats][malformed]")
{
    const std::string format = GENERATE("json", "ckan", "bps", "ngsi");
    CAPTURE(format);
    const ParseResult result = parse(nginxErrorPage(), feedFor(format));
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error),
               Catch::Contains("invalid JSON") && Catch::Contains("line 1, column 1"));
    CHECK(result.samples.isEmpty());
    CHECK(result.sampleErrors.isEmpty());
}

TEST_CASE("FeedFormats: binary garbage is an error in every format", "[FeedFormats][malformed]")
{
    const std::string format = GENERATE("json", "ckan", "bps", "ngsi", "csv");
    CAPTURE(format);
    const ParseResult result = parse(binaryGarbage(), feedFor(format));
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error), Catch::Contains("line") && Catch::Contains("column"));
    CHECK(result.samples.isEmpty());
    CHECK(result.sampleErrors.isEmpty());
}

TEST_CASE("FeedFormats: binary garbage given as CSV names the bad byte", "[FeedFormats][malformed]")
{
    const ParseResult result = parse(binaryGarbage(), hargaCsvFeed());
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error), Catch::Contains("invalid CSV") && Catch::Contains("UTF-8"));
}

TEST_CASE("FeedFormats: an empty answer is an error in every format", "[FeedFormats][malformed]")
{
    const std::string format = GENERATE("json", "ckan", "bps", "ngsi", "csv");
    CAPTURE(format);
    const ParseResult result = parse(QByteArray(), feedFor(format));
    CHECK_FALSE(result.ok());
    CHECK(result.samples.isEmpty());
    CHECK(result.events.isEmpty());
}
