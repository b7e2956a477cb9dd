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

// NGSI sensor entities, the Panel Harga price API and spreadsheet CSV.

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
