#include "TestValues.h"
#include "formats/FeedIngest.h"

#include <cmath>
#include <string>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

ValueMapping mapping(const char *indicator, const char *pointer, const char *timePointer = nullptr)
{
    ValueMapping m;
    m.indicator = QString::fromUtf8(indicator);
    m.pointer = JsonPointer::parse(QString::fromUtf8(pointer)).value();
    if (timePointer)
        m.timePointer = JsonPointer::parse(QString::fromUtf8(timePointer)).value();
    return m;
}

// The generic JSON format with single-value mappings, read and mapped in one step.
ParseResult parseJson(const QByteArray &payload, const QList<ValueMapping> &mappings,
                      const QTimeZone &zone)
{
    FeedConfig feed;
    feed.id = QStringLiteral("test");
    feed.format = FeedFormat::Json;
    feed.values = mappings;
    return FeedIngest::parse(payload, feed, zone,
                             QDateTime(QDate(2026, 11, 28), QTime(7, 0), Qt::UTC));
}

// One value at "/nilai" in an otherwise plain payload.
ParseResult parseOne(const QByteArray &jsonValue)
{
    const QByteArray payload = "{\"opd\": \"BPKAD\", \"nilai\": " + jsonValue + "}";
    return parseJson(payload, {mapping("apbd.pendapatan.persen", "/nilai")}, jakarta());
}

QDateTime utcToday(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute), Qt::UTC);
}

} // namespace

TEST_CASE("FeedIngest on JSON reads numbers sent as JSON numbers or as text", "[FeedIngest]")
{
    struct Case
    {
        const char *json;
        double expected;
    };
    const Case c = GENERATE(values<Case>({
        {"12.5", 12.5},
        {"0", 0.0},
        {"-3", -3.0},
        {"87.25", 87.25},
        {"1250000000", 1250000000.0},
        {"1e3", 1000.0},
        {"\"12.5\"", 12.5},
        {"\"12,5\"", 12.5},
        {"\" 7 \"", 7.0},
        {"\"0\"", 0.0},
        {"\"-1.5\"", -1.5},
        {"\"87,25\"", 87.25},
        {"\"\\t143\\n\"", 143.0},
    }));
    CAPTURE(c.json);
    const ParseResult result = parseOne(c.json);
    CHECK(result.ok());
    CHECK(result.error.isEmpty());
    CHECK(result.sampleErrors.isEmpty());
    REQUIRE(result.samples.size() == 1);
    CHECK(str(result.samples.at(0).indicator) == "apbd.pendapatan.persen");
    CHECK(result.samples.at(0).value == Approx(c.expected));
    CHECK_FALSE(result.samples.at(0).sourceTime.isValid());
}

TEST_CASE("FeedIngest on JSON reports a missing figure as no data, never as zero", "[FeedIngest]")
{
    const char *json = GENERATE("null", "\"\"", "\"-\"", "\"   \"", "\" - \"");
    CAPTURE(json);
    const ParseResult result = parseOne(json);
    CHECK(result.ok()); // the payload itself is fine
    CHECK(result.samples.isEmpty());
    REQUIRE(result.sampleErrors.size() == 1);
    const SampleError &e = result.sampleErrors.at(0);
    CHECK(str(e.indicator) == "apbd.pendapatan.persen");
    CHECK(str(e.pointer) == "/nilai");
    CHECK_THAT(str(e.message), Catch::Contains("no data"));
}

TEST_CASE("FeedIngest on JSON rejects text that spells a non-finite number", "[FeedIngest]")
{
    const char *json = GENERATE("\"NaN\"", "\"nan\"", "\"inf\"", "\"-inf\"");
    CAPTURE(json);
    const ParseResult result = parseOne(json);
    CHECK(result.samples.isEmpty());
    REQUIRE(result.sampleErrors.size() == 1);
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("finite"));
    CHECK(str(result.sampleErrors.at(0).pointer) == "/nilai");
}

TEST_CASE("FeedIngest on JSON rejects values that are not numbers", "[FeedIngest]")
{
    struct Case
    {
        const char *json;
        const char *says;
    };
    const Case c = GENERATE(values<Case>({
        {"true", "a boolean"},
        {"false", "a boolean"},
        {"{}", "an object"},
        {R"({"persen": 87.25})", "an object"},
        {"[]", "an array"},
        {"[12.5]", "an array"},
        {"\"dua belas\"", "dua belas"},
        {"\"12 %\"", "12 %"},
        {"\"Rp 28.500\"", "Rp 28.500"},
        {"\"1.234.567\"", "1.234.567"},
        {"\"12.5.1\"", "12.5.1"},
        {"\"0x10\"", "0x10"},
        {"\"1e999\"", "1e999"},
    }));
    CAPTURE(c.json);
    const ParseResult result = parseOne(c.json);
    CHECK(result.ok());
    CHECK(result.samples.isEmpty());
    REQUIRE(result.sampleErrors.size() == 1);
    CHECK_THAT(str(result.sampleErrors.at(0).message),
               Catch::Contains("expected a number") && Catch::Contains(c.says));
}

TEST_CASE("FeedIngest on JSON rejects text with both a decimal comma and a decimal point",
          "[FeedIngest]")
{
    // JsonFeedParser.cpp: a string "may carry a decimal comma ("12,5") but never both
    // separators, which would be ambiguous without the feed saying which". "1.234,5" is
    // 1234,5 to an Indonesian and "1,234.5" is 1234.5 to an American; neither may be guessed.
    const char *json = GENERATE("\"1.234,5\"", "\"1,234.5\"", "\"1,234,567.5\"");
    CAPTURE(json);
    const ParseResult result = parseOne(json);
    CHECK(result.samples.isEmpty());
    REQUIRE(result.sampleErrors.size() == 1);
    CHECK_FALSE(result.sampleErrors.at(0).message.isEmpty());
}

TEST_CASE("FeedIngest on JSON names the pointer that found nothing", "[FeedIngest]")
{
    const QByteArray payload = R"({"pendapatan": {"persen": 87.25}, "belanja": 41})";
    const char *pointer = GENERATE("/pendapatan/realisasi", "/belanja/persen", "/pendapatan/0",
                                   "/Pendapatan", "/a~1b");
    CAPTURE(pointer);
    const ParseResult result =
        parseJson(payload, {mapping("apbd.belanja.persen", pointer)}, jakarta());
    CHECK(result.ok());
    CHECK(result.samples.isEmpty());
    REQUIRE(result.sampleErrors.size() == 1);
    const SampleError &e = result.sampleErrors.at(0);
    CHECK(str(e.indicator) == "apbd.belanja.persen");
    CHECK(str(e.pointer) == pointer);
    CHECK_THAT(str(e.message), Catch::Contains(pointer));
}

TEST_CASE("FeedIngest on JSON reads what it can and reports the rest, in mapping order",
          "[FeedIngest]")
{
    const QByteArray payload = R"({
        "panggilan": {"masuk": 143, "dijawab": "138", "prank": null, "ghost": "-"},
        "waktu_respon_rata_menit": "4,2"
    })";
    const QList<ValueMapping> mappings = {
        mapping("112.masuk", "/panggilan/masuk"),
        mapping("112.prank", "/panggilan/prank"),
        mapping("112.dijawab", "/panggilan/dijawab"),
        mapping("112.asli", "/panggilan/laporan_asli"),
        mapping("112.waktu-respon", "/waktu_respon_rata_menit"),
        mapping("112.ghost", "/panggilan/ghost"),
        // The same value may feed two indicators.
        mapping("112.masuk-salinan", "/panggilan/masuk"),
    };
    const ParseResult result = parseJson(payload, mappings, jakarta());
    CHECK(result.ok());

    REQUIRE(result.samples.size() == 4);
    CHECK(str(result.samples.at(0).indicator) == "112.masuk");
    CHECK(result.samples.at(0).value == 143.0);
    CHECK(str(result.samples.at(1).indicator) == "112.dijawab");
    CHECK(result.samples.at(1).value == 138.0);
    CHECK(str(result.samples.at(2).indicator) == "112.waktu-respon");
    CHECK(result.samples.at(2).value == Approx(4.2));
    CHECK(str(result.samples.at(3).indicator) == "112.masuk-salinan");
    CHECK(result.samples.at(3).value == 143.0);

    REQUIRE(result.sampleErrors.size() == 3);
    CHECK(str(result.sampleErrors.at(0).indicator) == "112.prank");
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("no data"));
    CHECK(str(result.sampleErrors.at(1).indicator) == "112.asli");
    CHECK(str(result.sampleErrors.at(1).pointer) == "/panggilan/laporan_asli");
    CHECK(str(result.sampleErrors.at(2).indicator) == "112.ghost");
    CHECK_THAT(str(result.sampleErrors.at(2).message), Catch::Contains("no data"));
}

TEST_CASE("FeedIngest on JSON reads a payload whose top level is an array", "[FeedIngest]")
{
    const QByteArray payload = R"([{"kecamatan": "Kanigoro", "kasus": 12}, {"kasus": "7"}])";
    const ParseResult result =
        parseJson(payload, {mapping("dbd.kanigoro", "/0/kasus"), mapping("dbd.wlingi", "/1/kasus")},
                  jakarta());
    CHECK(result.ok());
    CHECK(result.sampleErrors.isEmpty());
    REQUIRE(result.samples.size() == 2);
    CHECK(result.samples.at(0).value == 12.0);
    CHECK(result.samples.at(1).value == 7.0);
}

TEST_CASE("FeedIngest on JSON with no mappings reads nothing and reports nothing", "[FeedIngest]")
{
    const ParseResult result = parseJson(R"({"a": 1})", {}, jakarta());
    CHECK(result.ok());
    CHECK(result.samples.isEmpty());
    CHECK(result.sampleErrors.isEmpty());
}

TEST_CASE("FeedIngest on JSON reports malformed JSON with its line and column", "[FeedIngest]")
{
    const QList<ValueMapping> mappings = {mapping("apbd.pendapatan.persen", "/pendapatan/persen")};

    struct Case
    {
        const char *payload;
        const char *where;
    };
    const Case c = GENERATE(values<Case>({
        // Line 4 lacks the comma that should end line 3; found at the quote of "belanja".
        {"{\n"
         "  \"diperbarui\": \"2026-11-28T13:00:00+07:00\",\n"
         "  \"pendapatan\": {\"persen\": 87.25}\n"
         "  \"belanja\": {\"persen\": 41.5}\n"
         "}",
         "line 4, column 3"},
        // A trailing comma: found at the brace after it.
        {R"({"pendapatan": {"persen": 87.25,}})", "line 1, column 33"},
        {"{\"pendapatan\": {\"persen\": 87.25}}}", "line 1, column 34"},
        {"", "line 1, column 1"},
        // An HTML error page served with status 200.
        {"<html>\n<body>502 Bad Gateway</body>\n</html>", "line 1, column 1"},
        // A missing comma after a multi-byte "é", which counts as one column: the "2" is
        // character 10 but byte 11.
        {"{\"\xC3\xA9\": [1 2]}", "line 1, column 10"},
    }));
    CAPTURE(c.payload);
    const ParseResult result = parseJson(c.payload, mappings, jakarta());
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error), Catch::Contains(c.where) && Catch::Contains("invalid JSON"));
    CHECK(result.samples.isEmpty());
    CHECK(result.sampleErrors.isEmpty());
}

TEST_CASE("FeedIngest on JSON reads the source's own time for a value", "[FeedIngest]")
{
    const QList<ValueMapping> mappings = {
        mapping("apbd.pendapatan.persen", "/pendapatan/persen", "/diperbarui")};

    struct Case
    {
        const char *time;
        QDateTime expected;
    };
    const Case c = GENERATE(values<Case>({
        {"2026-11-28T13:00:00+07:00", utcToday(6)},
        {"2026-11-28T13:00:00Z", utcToday(13)},
        {"2026-11-28T06:00:00+00:00", utcToday(6)},
        {"2026-11-28T14:00:00+08:00", utcToday(6)},
        // No offset: the time is in the source's zone, Asia/Jakarta here.
        {"2026-11-28T13:00:00", utcToday(6)},
        {"2026-11-28T13:30:15", QDateTime(QDate(2026, 11, 28), QTime(6, 30, 15), Qt::UTC)},
        {"2026-11-28T13:00:00.250+07:00",
         QDateTime(QDate(2026, 11, 28), QTime(6, 0, 0, 250), Qt::UTC)},
        {" 2026-11-28T13:00:00+07:00 ", utcToday(6)},
        // Before 07:00 in Jakarta it is still the previous day in UTC.
        {"2026-11-28T03:00:00", QDateTime(QDate(2026, 11, 27), QTime(20, 0), Qt::UTC)},
    }));
    CAPTURE(c.time);
    const QByteArray payload =
        QByteArray(R"({"pendapatan": {"persen": 87.25}, "diperbarui": ")") + c.time + "\"}";
    const ParseResult result = parseJson(payload, mappings, jakarta());
    REQUIRE(result.samples.size() == 1);
    const QDateTime t = result.samples.at(0).sourceTime;
    REQUIRE(t.isValid());
    CHECK(str(t.toUTC().toString(Qt::ISODateWithMs)) ==
          str(c.expected.toString(Qt::ISODateWithMs)));
    CHECK(t == c.expected);
    CHECK(result.samples.at(0).value == 87.25);
}

TEST_CASE("FeedIngest on JSON reads a time without offset in the zone it is given", "[FeedIngest]")
{
    const QByteArray payload = R"({"nilai": 5, "waktu": "2026-11-28T13:00:00"})";
    const QList<ValueMapping> mappings = {mapping("x", "/nilai", "/waktu")};

    struct Case
    {
        const char *zone;
        int utcHour;
    };
    const Case c = GENERATE(values<Case>({
        {"Asia/Jakarta", 6},  // WIB, UTC+7
        {"Asia/Makassar", 5}, // WITA, UTC+8
        {"Asia/Jayapura", 4}, // WIT, UTC+9
        {"UTC", 13},
    }));
    CAPTURE(c.zone);
    const ParseResult result = parseJson(payload, mappings, QTimeZone(c.zone));
    REQUIRE(result.samples.size() == 1);
    CHECK(result.samples.at(0).sourceTime == utcToday(c.utcHour));
}

TEST_CASE("FeedIngest on JSON keeps the value when the source's time is unusable", "[FeedIngest]")
{
    const char *time = GENERATE("\"kemarin sore\"", "\"28/11/2026 25:00\"",
                                "\"2026-13-45T99:00:00\"", "\"\"", "null", "-5", "{}", "true");
    CAPTURE(time);
    const QByteArray payload =
        QByteArray(R"({"pendapatan": {"persen": 87.25}, "diperbarui": )") + time + "}";
    const ParseResult result =
        parseJson(payload, {mapping("apbd.pendapatan.persen", "/pendapatan/persen", "/diperbarui")},
                  jakarta());
    CHECK(result.ok());
    CHECK(result.sampleErrors.isEmpty());
    REQUIRE(result.samples.size() == 1);
    CHECK(result.samples.at(0).value == 87.25);
    CHECK_FALSE(result.samples.at(0).sourceTime.isValid());
}

TEST_CASE("FeedIngest on JSON keeps the value when the time pointer finds nothing", "[FeedIngest]")
{
    const ParseResult result = parseJson(
        R"({"pendapatan": {"persen": 87.25}})",
        {mapping("apbd.pendapatan.persen", "/pendapatan/persen", "/diperbarui")}, jakarta());
    CHECK(result.ok());
    CHECK(result.sampleErrors.isEmpty());
    REQUIRE(result.samples.size() == 1);
    CHECK(result.samples.at(0).value == 87.25);
    CHECK_FALSE(result.samples.at(0).sourceTime.isValid());
}

TEST_CASE("FeedIngest on JSON survives hostile payloads", "[FeedIngest]")
{
    const QList<ValueMapping> mappings = {mapping("x", "/a/0")};

    SECTION("deeply nested arrays")
    {
        const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
        const ParseResult result = parseJson(deep, mappings, jakarta());
        CHECK_FALSE(result.ok());
        CHECK(result.samples.isEmpty());
    }
    SECTION("binary garbage")
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 131 + 7) % 256));
        const ParseResult result = parseJson(garbage, mappings, jakarta());
        CHECK_FALSE(result.ok());
        CHECK_THAT(str(result.error), Catch::Contains("line") && Catch::Contains("column"));
    }
    SECTION("a scalar document")
    {
        const ParseResult result = parseJson("42", mappings, jakarta());
        CHECK_FALSE(result.ok());
        CHECK(result.samples.isEmpty());
    }
}
