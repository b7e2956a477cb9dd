#include "formats/NumberParser.h"

#include "TestValues.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>
#include <string>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

const char *outcomeName(NumberParser::Outcome outcome)
{
    switch (outcome) {
    case NumberParser::Outcome::Number:
        return "Number";
    case NumberParser::Outcome::NoData:
        return "NoData";
    case NumberParser::Outcome::Invalid:
        return "Invalid";
    }
    return "?";
}

NumberFormat plain()
{
    return NumberFormat{};
}

NumberFormat indonesian()
{
    NumberFormat format;
    format.decimalComma = true;
    return format;
}

// Panel Harga: a price of 0 means the market sent nothing today.
NumberFormat panelHarga()
{
    NumberFormat format;
    format.noData = {0};
    return format;
}

} // namespace

TEST_CASE("NumberParser reads JSON numbers as they are", "[NumberParser]")
{
    struct Case
    {
        double json;
        double expected;
    };
    const Case c = GENERATE(values<Case>({
        {12.5, 12.5},
        {0.0, 0.0},
        {-3.0, -3.0},
        {28500.0, 28500.0},
        {2.66e12, 2.66e12},
        {98.13, 98.13},
    }));
    CAPTURE(c.json);
    const NumberParser::Result r = NumberParser::parse(QJsonValue(c.json), plain());
    CAPTURE(outcomeName(r.outcome), str(r.reason));
    REQUIRE(r.outcome == NumberParser::Outcome::Number);
    CHECK(r.value == c.expected);
    CHECK(r.reason.isEmpty());
}

TEST_CASE("NumberParser reads numbers written as text, with surrounding whitespace",
          "[NumberParser]")
{
    struct Case
    {
        const char *text;
        double expected;
    };
    const Case c = GENERATE(values<Case>({
        {"12.5", 12.5},
        {"143", 143.0},
        {"-1.5", -1.5},
        {"0", 0.0},
        {"1e3", 1000.0},
        {"  87.25", 87.25},
        {"87.25  ", 87.25},
        {"\t143\n", 143.0},
        {"\r\n 4.2 \r\n", 4.2},
    }));
    CAPTURE(c.text);
    const QString text = QString::fromUtf8(c.text);
    for (const NumberParser::Result &r :
         {NumberParser::parse(text, plain()), NumberParser::parse(QJsonValue(text), plain())}) {
        CAPTURE(outcomeName(r.outcome), str(r.reason));
        REQUIRE(r.outcome == NumberParser::Outcome::Number);
        CHECK(r.value == Approx(c.expected));
    }
}

TEST_CASE("NumberParser tells a missing value apart from a bad one", "[NumberParser]")
{
    SECTION("null and undefined JSON values are no data")
    {
        for (const QJsonValue &value :
             {QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined)}) {
            const NumberParser::Result r = NumberParser::parse(value, plain());
            CHECK(r.outcome == NumberParser::Outcome::NoData);
            CHECK_THAT(str(r.reason), Catch::Contains("no data"));
        }
    }
    SECTION("empty, blank and dash texts are no data, in either number format")
    {
        const char *text = GENERATE("", "   ", "-", " - ", "\t-\t", "\xE2\x80\x93" /* en dash */);
        const bool decimalComma = GENERATE(false, true);
        CAPTURE(text, decimalComma);
        NumberFormat format;
        format.decimalComma = decimalComma;
        for (const NumberParser::Result &r :
             {NumberParser::parse(QString::fromUtf8(text), format),
              NumberParser::parse(QJsonValue(QString::fromUtf8(text)), format)}) {
            CHECK(r.outcome == NumberParser::Outcome::NoData);
            CHECK(r.value == 0);
            CHECK_THAT(str(r.reason), Catch::Contains("no data"));
        }
    }
}

TEST_CASE("NumberParser treats the feed's no-data sentinel as no data, never as a value",
          "[NumberParser]")
{
    SECTION("Panel Harga's 0, as a JSON number and as text")
    {
        for (const QJsonValue &value : {QJsonValue(0.0), QJsonValue(QStringLiteral("0")),
                                        QJsonValue(QStringLiteral(" 0 ")), QJsonValue(-0.0)}) {
            CAPTURE(str(value.toVariant().toString()));
            const NumberParser::Result r = NumberParser::parse(value, panelHarga());
            CHECK(r.outcome == NumberParser::Outcome::NoData);
            CHECK_THAT(str(r.reason), Catch::Contains("no data"));
        }
    }
    SECTION("a real price next to the sentinel is still read")
    {
        const NumberParser::Result r = NumberParser::parse(QJsonValue(28500), panelHarga());
        REQUIRE(r.outcome == NumberParser::Outcome::Number);
        CHECK(r.value == 28500);
    }
    SECTION("the sentinel holds for decimal-comma text too")
    {
        NumberFormat format = indonesian();
        format.noData = {0, -1};
        for (const char *text : {"0", "0,00", "Rp0", "-1"}) {
            CAPTURE(text);
            const NumberParser::Result r = NumberParser::parse(QString::fromUtf8(text), format);
            CHECK(r.outcome == NumberParser::Outcome::NoData);
        }
    }
    SECTION("without a sentinel, 0 is a number")
    {
        const NumberParser::Result r = NumberParser::parse(QJsonValue(0), plain());
        REQUIRE(r.outcome == NumberParser::Outcome::Number);
        CHECK(r.value == 0);
    }
}

TEST_CASE("NumberParser refuses text that spells a non-finite number", "[NumberParser]")
{
    const char *text = GENERATE("NaN", "nan", "inf", "-inf");
    const bool decimalComma = GENERATE(false, true);
    CAPTURE(text, decimalComma);
    NumberFormat format;
    format.decimalComma = decimalComma;
    const NumberParser::Result r = NumberParser::parse(QString::fromUtf8(text), format);
    CHECK(r.outcome == NumberParser::Outcome::Invalid);
    CHECK_THAT(str(r.reason), Catch::Contains("not a finite number"));
}

TEST_CASE("NumberParser refuses non-finite JSON numbers", "[NumberParser]")
{
    const double value =
        GENERATE(std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                 std::numeric_limits<double>::quiet_NaN());
    CAPTURE(value);
    const NumberParser::Result r = NumberParser::parse(QJsonValue(value), plain());
    CHECK(r.outcome == NumberParser::Outcome::Invalid);
    CHECK_THAT(str(r.reason), Catch::Contains("not a finite number"));
}

TEST_CASE("NumberParser refuses JSON values that are not numbers", "[NumberParser]")
{
    struct Case
    {
        QJsonValue value;
        const char *says;
    };
    const Case c = GENERATE(values<Case>({
        {QJsonValue(true), "boolean"},
        {QJsonValue(false), "boolean"},
        {QJsonValue(QJsonArray{12.5}), "array"},
        {QJsonValue(QJsonObject{{QStringLiteral("nilai"), 12.5}}), "object"},
        {QJsonValue(QStringLiteral("dua belas")), "dua belas"},
    }));
    CAPTURE(c.says);
    const NumberParser::Result r = NumberParser::parse(c.value, plain());
    CHECK(r.outcome == NumberParser::Outcome::Invalid);
    CHECK_THAT(str(r.reason), Catch::Contains(c.says));
}

TEST_CASE("NumberParser with decimalComma reads Indonesian spreadsheet numbers", "[NumberParser]")
{
    struct Case
    {
        const char *text;
        double expected;
    };
    const Case c = GENERATE(values<Case>({
        {"28.500", 28500.0},
        {"12,5", 12.5},
        {"1.234.567,89", 1234567.89},
        {"Rp28.500", 28500.0},
        {"Rp 28.500,00", 28500.0},
        {"rp28.500", 28500.0},
        // With a dot after "Rp", as government documents and Panel Harga's "Rp./Kg" write it.
        {"Rp. 28.500", 28500.0},
        {"Rp.28.500,00", 28500.0},
        {"12,5 %", 12.5},
        {"12,5%", 12.5},
        {"98,13 %", 98.13},
        {"-5,26", -5.26},
        {"-28.500", -28500.0},
        {"143", 143.0},
        {"0,00", 0.0},
        {" 28.500 ", 28500.0},
        {"2.660.000.000.000", 2.66e12},
    }));
    CAPTURE(c.text);
    const QString text = QString::fromUtf8(c.text);
    for (const NumberParser::Result &r : {NumberParser::parse(text, indonesian()),
                                          NumberParser::parse(QJsonValue(text), indonesian())}) {
        CAPTURE(outcomeName(r.outcome), str(r.reason));
        REQUIRE(r.outcome == NumberParser::Outcome::Number);
        CHECK(r.value == Approx(c.expected));
    }
}

TEST_CASE("NumberParser with decimalComma refuses thousands groups that are not three digits",
          "[NumberParser]")
{
    // "28.50" and "2.8500" are typos for a price; read as 2850 or 28500 they would be wrong
    // with no sign of it on the wall.
    const char *text =
        GENERATE("28.50", "2.8500", "1.23.456", "28.500.0", "Rp28.50", "12.5", "1234.567", ".500");
    CAPTURE(text);
    const NumberParser::Result r = NumberParser::parse(QString::fromUtf8(text), indonesian());
    CAPTURE(outcomeName(r.outcome), r.value);
    CHECK(r.outcome == NumberParser::Outcome::Invalid);
    CHECK_THAT(str(r.reason), Catch::Contains(text));
}

TEST_CASE("NumberParser with decimalComma refuses more than one comma and other text",
          "[NumberParser]")
{
    const char *text = GENERATE("1,234,5", "12,5,0", "28,500.00", "dua belas", "Rp", "12 persen");
    CAPTURE(text);
    const NumberParser::Result r = NumberParser::parse(QString::fromUtf8(text), indonesian());
    CAPTURE(outcomeName(r.outcome), r.value);
    CHECK(r.outcome == NumberParser::Outcome::Invalid);
    CHECK_FALSE(r.reason.isEmpty());
}

TEST_CASE("NumberParser without decimalComma reads either decimal separator", "[NumberParser]")
{
    struct Case
    {
        const char *text;
        double expected;
    };
    const Case c = GENERATE(values<Case>({
        {"12,5", 12.5},
        {"28.5", 28.5},
        {"87,25", 87.25},
        {"-5,26", -5.26},
    }));
    CAPTURE(c.text);
    const NumberParser::Result r = NumberParser::parse(QString::fromUtf8(c.text), plain());
    CAPTURE(outcomeName(r.outcome), str(r.reason));
    REQUIRE(r.outcome == NumberParser::Outcome::Number);
    CHECK(r.value == Approx(c.expected));
}

TEST_CASE("NumberParser without decimalComma refuses a number with both separators and says "
          "which setting decides",
          "[NumberParser]")
{
    const char *text = GENERATE("1,234.5", "1.234,5", "1,234,567.5", "1,2,3");
    CAPTURE(text);
    const NumberParser::Result r = NumberParser::parse(QString::fromUtf8(text), plain());
    CHECK(r.outcome == NumberParser::Outcome::Invalid);
    CHECK_THAT(str(r.reason), Catch::Contains("decimalComma") && Catch::Contains(text));
}

TEST_CASE("NumberParser without decimalComma refuses currency and percent text", "[NumberParser]")
{
    // Only a feed declared as writing Indonesian numbers may carry "Rp" and "%" in a cell.
    const char *text = GENERATE("Rp28.500", "Rp 28500", "12 %", "12%", "0x10", "1e999");
    CAPTURE(text);
    const NumberParser::Result r = NumberParser::parse(QString::fromUtf8(text), plain());
    CAPTURE(outcomeName(r.outcome), r.value);
    CHECK(r.outcome == NumberParser::Outcome::Invalid);
    CHECK_THAT(str(r.reason), Catch::Contains(text));
}
