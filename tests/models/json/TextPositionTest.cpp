#include "json/TextPosition.h"

#include "TestValues.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <string>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// Parses with Qt, which must fail, and maps the failure to a position.
TextPosition jsonErrorPosition(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    INFO("input " << printable(json));
    REQUIRE(error.error != QJsonParseError::NoError);
    return TextPosition::fromJsonError(json, error);
}

} // namespace

TEST_CASE("TextPosition starts at line 1, column 1", "[TextPosition]")
{
    const TextPosition defaults;
    CHECK(defaults.line == 1);
    CHECK(defaults.column == 1);

    const TextPosition start = TextPosition::fromByteOffset("{\"a\":1}", 0);
    CHECK(start.line == 1);
    CHECK(start.column == 1);

    const TextPosition empty = TextPosition::fromByteOffset(QByteArray(), 0);
    CHECK(empty.line == 1);
    CHECK(empty.column == 1);
}

TEST_CASE("TextPosition::fromByteOffset counts lines and 1-based columns", "[TextPosition]")
{
    struct Case
    {
        const char *text;
        qsizetype offset;
        int line;
        int column;
    };
    const Case c = GENERATE(values<Case>({
        {"abc", 0, 1, 1},
        {"abc", 1, 1, 2},
        {"abc", 2, 1, 3},
        {"abc", 3, 1, 4},    // just past the last character
        {"ab\ncd", 2, 1, 3}, // on the newline itself
        {"ab\ncd", 3, 2, 1},
        {"ab\ncd", 4, 2, 2},
        {"ab\n\n\ncd", 5, 4, 1},
        {"ab\n\n\ncd", 6, 4, 2},
        {"\n", 1, 2, 1},
        {"{\n  \"version\": 1,\n  \"locale\": \"id_ID\"\n}", 20, 3, 3},
    }));
    CAPTURE(c.text, c.offset);
    const TextPosition pos = TextPosition::fromByteOffset(c.text, c.offset);
    CHECK(pos.line == c.line);
    CHECK(pos.column == c.column);
}

TEST_CASE("TextPosition columns count UTF-8 code points, not bytes", "[TextPosition]")
{
    struct Case
    {
        const char *text;
        qsizetype offset;
        int line;
        int column;
    };
    const Case c = GENERATE(values<Case>({
        // "é" is two bytes.
        {"\xC3\xA9x", 2, 1, 2},
        {"\"Kec. Kanigoro\xC3\xA9\": x", 18, 1, 18},
        // "€" is three bytes.
        {"\xE2\x82\xACxy", 3, 1, 2},
        {"\xE2\x82\xACxy", 4, 1, 3},
        // An emoji is four bytes and one code point.
        {"\xF0\x9F\x98\x80!", 4, 1, 2},
        // Multi-byte characters on an earlier line do not shift the column on a later one.
        {"\xC3\xA9\xC3\xA9\xC3\xA9\nab", 8, 2, 2},
        // Several multi-byte characters in a row.
        {"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z", 9, 1, 4},
    }));
    CAPTURE(printable(c.text), c.offset);
    const TextPosition pos = TextPosition::fromByteOffset(c.text, c.offset);
    CHECK(pos.line == c.line);
    CHECK(pos.column == c.column);
}

TEST_CASE("TextPosition treats CRLF line ends as one line break", "[TextPosition]")
{
    const QByteArray text = "{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}";
    // Line 2 is '  "a": 1,' from byte 3 to its "\r" at byte 12; line 3 is '  "b": 2' from
    // byte 14, so its first quote is byte 16.
    const TextPosition startOfLine2 = TextPosition::fromByteOffset(text, 3);
    CHECK(startOfLine2.line == 2);
    CHECK(startOfLine2.column == 1);

    const TextPosition commaOnLine2 = TextPosition::fromByteOffset(text, 11);
    CHECK(commaOnLine2.line == 2);
    CHECK(commaOnLine2.column == 9);

    const TextPosition quoteOnLine3 = TextPosition::fromByteOffset(text, 16);
    CHECK(quoteOnLine3.line == 3);
    CHECK(quoteOnLine3.column == 3);

    const TextPosition lastLine = TextPosition::fromByteOffset(text, text.size() - 1);
    CHECK(lastLine.line == 4);
    CHECK(lastLine.column == 1);
}

TEST_CASE("TextPosition clamps an offset outside the text", "[TextPosition]")
{
    const QByteArray text = "ab\ncd";
    const qsizetype offset = GENERATE(qsizetype(5), qsizetype(6), qsizetype(1000));
    CAPTURE(offset);
    const TextPosition pos = TextPosition::fromByteOffset(text, offset);
    CHECK(pos.line == 2);
    CHECK(pos.column == 3);

    const TextPosition before = TextPosition::fromByteOffset(text, -7);
    CHECK(before.line == 1);
    CHECK(before.column == 1);
}

TEST_CASE("TextPosition::fromJsonError points at the offending character", "[TextPosition]")
{
    struct Case
    {
        const char *json;
        int line;
        int column;
        const char *what;
    };
    const Case c = GENERATE(values<Case>({
        {R"({"a":tru})", 1, 6, "an unfinished literal: at its first letter"},
        {R"({"a":1,})", 1, 8, "a trailing comma in an object: at the closing brace"},
        {R"({"a":[1,2})", 1, 10, "an array closed by a brace: at the brace"},
        {R"({"a":1}})", 1, 8, "garbage at end: at the extra brace"},
        {"{\"a\":1}\n\n  x", 3, 3, "garbage at end after blank lines"},
        {R"({"a":falsy})", 1, 10, "a misspelt literal: at the first wrong letter"},
        {R"({"a" 1})", 1, 6, "a missing colon: at the value"},
        {R"([1 2])", 1, 4, "a missing comma in an array: at the second value"},
        {R"([1,,2])", 1, 4, "a doubled comma: at the second comma"},
        {R"({1:2})", 1, 2, "a member name that is not a string"},
        {R"({"a":01})", 1, 7, "a number with a leading zero: at the digit after the zero"},
        {"{\n  \"a\": 1,\n}", 3, 1, "a trailing comma before a brace on the next line"},
    }));
    CAPTURE(c.json, c.what);
    const TextPosition pos = jsonErrorPosition(c.json);
    CHECK(pos.line == c.line);
    CHECK(pos.column == c.column);
}

TEST_CASE("TextPosition::fromJsonError finds a missing comma on a later line", "[TextPosition]")
{
    // Line 3 lacks its comma; the parser finds out at the next name, on line 4.
    const QByteArray json = "{\n"
                            "  \"id\": \"bpkad-realisasi-apbd\",\n"
                            "  \"opd\": \"BPKAD\"\n"
                            "  \"url\": \"demo:/bpkad/realisasi-apbd\"\n"
                            "}\n";
    const TextPosition pos = jsonErrorPosition(json);
    CHECK(pos.line == 4);
    CHECK(pos.column == 3);

    // The same with Windows line ends.
    const TextPosition crlf = jsonErrorPosition("{\r\n  \"a\": 1\r\n  \"b\": 2\r\n}");
    CHECK(crlf.line == 3);
    CHECK(crlf.column == 3);
}

TEST_CASE("TextPosition::fromJsonError counts multi-byte characters before the error",
          "[TextPosition]")
{
    SECTION("one accented letter")
    {
        const TextPosition pos = jsonErrorPosition("{\"\xC3\xA9\":tru}");
        CHECK(pos.line == 1);
        CHECK(pos.column == 6);
    }
    SECTION("several, in names and values")
    {
        // {"é":"é","b":tru} : the "t" is the 14th character but the 16th byte.
        const TextPosition pos = jsonErrorPosition("{\"\xC3\xA9\":\"\xC3\xA9\",\"b\":tru}");
        CHECK(pos.line == 1);
        CHECK(pos.column == 14);
    }
    SECTION("on a later line, with multi-byte text on earlier lines too")
    {
        const QByteArray json = "{\n"
                                "  \"kecamatan\": \"Kanigoro \xE2\x80\x93 Wlingi\",\n"
                                "  \"mata uang\": \"\xE2\x82\xAC\" \"total\": 1\n"
                                "}";
        // Line 3: '  "mata uang": "€" "total": 1' lacks a comma; the quote of "total" is
        // character 20 but byte 22.
        const TextPosition pos = jsonErrorPosition(json);
        CHECK(pos.line == 3);
        CHECK(pos.column == 20);
    }
    SECTION("a multi-byte character right before the error is not split")
    {
        // [1,"é"x] : the "x" is character 7; it follows the closing quote after the "é".
        const TextPosition pos = jsonErrorPosition("[1,\"\xC3\xA9\"x]");
        CHECK(pos.line == 1);
        CHECK(pos.column == 7);
    }
}

TEST_CASE("TextPosition::fromJsonError at the end of the input", "[TextPosition]")
{
    SECTION("unterminated string: just past the last character")
    {
        const TextPosition pos = jsonErrorPosition(R"({"a":"abc)");
        CHECK(pos.line == 1);
        CHECK(pos.column == 10);
    }
    SECTION("empty input")
    {
        const TextPosition pos = jsonErrorPosition(QByteArray());
        CHECK(pos.line == 1);
        CHECK(pos.column == 1);
    }
    SECTION("a document cut off after a newline: at the end of the last line with text")
    {
        // Column 10 is where an editor's cursor sits after the comma, the last thing typed.
        const TextPosition pos = jsonErrorPosition("{\"a\": [1,\n");
        CHECK(pos.line == 1);
        CHECK(pos.column == 10);
    }
}

TEST_CASE("TextPosition::fromJsonError points at a character that cannot start a value",
          "[TextPosition]")
{
    // A value written without quotes is a likely mistake in a hand-edited config, and JSON has
    // no "+" sign. The offending character is the first one of the would-be value.
    struct Case
    {
        const char *json;
        int column;
    };
    const Case c = GENERATE(values<Case>({
        {R"({"kota":Blitar})", 9},
        {R"({"kota": Blitar})", 10},
        {R"([x])", 2},
        {R"({"a":+1})", 6},
    }));
    CAPTURE(c.json);
    const TextPosition pos = jsonErrorPosition(c.json);
    CHECK(pos.line == 1);
    CHECK(pos.column == c.column);
}

TEST_CASE("TextPosition::fromJsonError points at a byte that is not UTF-8", "[TextPosition]")
{
    struct Case
    {
        const char *json;
        int line;
        int column;
    };
    const Case c = GENERATE(values<Case>({
        // {"a":"<FF>"} : the bad byte is character 7.
        {"{\"a\":\"\xFF\"}", 1, 7},
        // {"a":"abc<FF>"} : character 10.
        {"{\"a\":\"abc\xFF\"}", 1, 10},
        // A lead byte with no continuation: character 9.
        {"{\"a\":\"ab\xC3\"}", 1, 9},
        // After a valid "é": ["é<FF>"] puts the bad byte at character 4.
        {"[\"\xC3\xA9\xFF\"]", 1, 4},
        // On line 2: ',"b":"<E9>t<E9>"' (Latin-1 text in a UTF-8 file), character 7.
        {"{\"a\":\"abc\"\n,\"b\":\"\xE9t\xE9\"}", 2, 7},
    }));
    CAPTURE(printable(c.json));
    const TextPosition pos = jsonErrorPosition(c.json);
    CHECK(pos.line == c.line);
    CHECK(pos.column == c.column);
}
