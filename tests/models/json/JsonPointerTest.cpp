#include "json/JsonPointer.h"

#include "TestValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// The example document of RFC 6901 section 5, verbatim.
const char *const kRfcDocument = R"({
   "foo": ["bar", "baz"],
   "": 0,
   "a/b": 1,
   "c%d": 2,
   "e^f": 3,
   "g|h": 4,
   "i\\j": 5,
   "k\"l": 6,
   " ": 7,
   "m~n": 8
})";

QJsonValue rfcDocument()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(kRfcDocument, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

// Parses any JSON value, scalars included, by wrapping it in an array.
QJsonValue jsonValue(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + json + QByteArray("]"), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.array().at(0);
}

std::string describe(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
}

struct RfcExample
{
    const char *pointer;
    const char *expected; // JSON text of the value the RFC says the pointer names
};

// A pointer the RFC lists, parsed with `parse`, resolved against its example document.
void checkRfcExample(const std::optional<JsonPointer> &pointer, const char *expectedJson)
{
    REQUIRE(pointer.has_value());
    const QJsonValue document = rfcDocument();
    const std::optional<QJsonValue> found = pointer->resolve(document);
    REQUIRE(found.has_value());
    const QJsonValue expected =
        std::string(expectedJson) == "<document>" ? document : jsonValue(expectedJson);
    INFO("found    " << describe(*found));
    INFO("expected " << describe(expected));
    CHECK(*found == expected);
}

} // namespace

TEST_CASE("JsonPointer resolves every JSON string example of RFC 6901 section 5", "[JsonPointer]")
{
    const RfcExample example = GENERATE(values<RfcExample>({
        {"", "<document>"},
        {"/foo", R"(["bar", "baz"])"},
        {"/foo/0", R"("bar")"},
        {"/", "0"},
        {"/a~1b", "1"},
        {"/c%d", "2"},
        {"/e^f", "3"},
        {"/g|h", "4"},
        {"/i\\j", "5"},
        {"/k\"l", "6"},
        {"/ ", "7"},
        {"/m~0n", "8"},
    }));
    CAPTURE(example.pointer);
    QString error;
    const std::optional<JsonPointer> pointer =
        JsonPointer::parse(QString::fromUtf8(example.pointer), &error);
    INFO("parse error: " << str(error));
    checkRfcExample(pointer, example.expected);
}

TEST_CASE("JsonPointer resolves every URI fragment example of RFC 6901 section 6", "[JsonPointer]")
{
    const RfcExample example = GENERATE(values<RfcExample>({
        {"#", "<document>"},
        {"#/foo", R"(["bar", "baz"])"},
        {"#/foo/0", R"("bar")"},
        {"#/", "0"},
        {"#/a~1b", "1"},
        {"#/c%25d", "2"},
        {"#/e%5Ef", "3"},
        {"#/g%7Ch", "4"},
        {"#/i%5Cj", "5"},
        {"#/k%22l", "6"},
        {"#/%20", "7"},
        {"#/m~0n", "8"},
    }));
    CAPTURE(example.pointer);
    QString error;
    const std::optional<JsonPointer> pointer =
        JsonPointer::parseUriFragment(QString::fromUtf8(example.pointer), &error);
    INFO("parse error: " << str(error));
    checkRfcExample(pointer, example.expected);
}

TEST_CASE("JsonPointer unescapes reference tokens as RFC 6901 section 4 says", "[JsonPointer]")
{
    struct Case
    {
        const char *text;
        QStringList tokens;
    };
    const Case c = GENERATE(values<Case>({
        {"", {}},
        {"/", {""}},
        {"//", {"", ""}},
        {"/foo/0", {"foo", "0"}},
        {"/a~1b", {"a/b"}},
        {"/m~0n", {"m~n"}},
        // "~01" is "~" followed by "1", never "/": ~1 is replaced before ~0.
        {"/~01", {"~1"}},
        {"/~10", {"/0"}},
        {"/~0~1~0~1", {"~/~/"}},
        {"/pendapatan/persen", {"pendapatan", "persen"}},
        {"/kota/Kanigoro ", {"kota", "Kanigoro "}},
        {"/wilayah/Kecamatan Wlingi/\xC3\xA9", {"wilayah", "Kecamatan Wlingi", "\xC3\xA9"}},
    }));
    CAPTURE(c.text);
    const std::optional<JsonPointer> pointer = JsonPointer::parse(QString::fromUtf8(c.text));
    REQUIRE(pointer.has_value());
    CHECK(pointer->tokens() == c.tokens);
    CHECK(pointer->isRoot() == c.tokens.isEmpty());
}

TEST_CASE("JsonPointer::toString gives back the escaped form it was parsed from", "[JsonPointer]")
{
    const char *text = GENERATE("", "/", "//", "/foo", "/foo/0", "/a~1b", "/c%d", "/e^f", "/g|h",
                                "/i\\j", "/k\"l", "/ ", "/m~0n", "/~01", "/~10", "/~0~1~0~1",
                                "/feeds/0/values/1/pointer", "/a~1b/m~0n/~0~0/~1~1");
    CAPTURE(text);
    const std::optional<JsonPointer> pointer = JsonPointer::parse(QString::fromUtf8(text));
    REQUIRE(pointer.has_value());
    CHECK(str(pointer->toString()) == text);
    // And the string form parses back to the same tokens.
    CHECK(JsonPointer::parse(pointer->toString()) == pointer);
}

TEST_CASE("JsonPointer URI fragments decode to the same pointer as the JSON string form",
          "[JsonPointer]")
{
    CHECK(JsonPointer::parseUriFragment(QStringLiteral("#/c%25d")) ==
          JsonPointer::parse(QStringLiteral("/c%d")));
    CHECK(JsonPointer::parseUriFragment(QStringLiteral("#/k%22l")) ==
          JsonPointer::parse(QStringLiteral("/k\"l")));
    // Percent-encoded UTF-8 decodes to the character, not to its bytes.
    const std::optional<JsonPointer> euro =
        JsonPointer::parseUriFragment(QStringLiteral("#/harga/%E2%82%AC"));
    REQUIRE(euro.has_value());
    CHECK(euro->tokens() == QStringList{QStringLiteral("harga"), QString(QChar(0x20AC))});
    // Percent-decoding happens before unescaping: "%7E1" is "~1", which is "/".
    const std::optional<JsonPointer> slash =
        JsonPointer::parseUriFragment(QStringLiteral("#/a%7E1b"));
    REQUIRE(slash.has_value());
    CHECK(slash->tokens() == QStringList{QStringLiteral("a/b")});
}

TEST_CASE("JsonPointer::child escapes the token it is given", "[JsonPointer]")
{
    const JsonPointer base = JsonPointer::parse(QStringLiteral("/x")).value();

    const JsonPointer slash = base.child(QStringLiteral("a/b"));
    CHECK(str(slash.toString()) == "/x/a~1b");
    CHECK(slash.tokens() == QStringList{QStringLiteral("x"), QStringLiteral("a/b")});

    CHECK(str(base.child(QStringLiteral("m~n")).toString()) == "/x/m~0n");
    CHECK(str(base.child(QStringLiteral("~1")).toString()) == "/x/~01");
    CHECK(str(base.child(QString()).toString()) == "/x/");
    CHECK(str(base.child(qsizetype(3)).toString()) == "/x/3");
    CHECK(str(JsonPointer().child(QStringLiteral("feeds")).child(0).toString()) == "/feeds/0");
    // The receiver is left alone.
    CHECK(str(base.toString()) == "/x");

    // The escaped child resolves to the member whose name has the slash in it.
    const JsonPointer member = JsonPointer().child(QStringLiteral("a/b"));
    const std::optional<QJsonValue> found = member.resolve(rfcDocument());
    REQUIRE(found.has_value());
    CHECK(found->toInt() == 1);
}

TEST_CASE("JsonPointer::fromTokens takes tokens unescaped", "[JsonPointer]")
{
    const JsonPointer pointer = JsonPointer::fromTokens(
        {QStringLiteral("a/b"), QStringLiteral("m~n"), QStringLiteral("0")});
    CHECK(str(pointer.toString()) == "/a~1b/m~0n/0");
    CHECK(JsonPointer::parse(QStringLiteral("/a~1b/m~0n/0")) == pointer);
    CHECK(JsonPointer::fromTokens({}).isRoot());
    CHECK(JsonPointer::fromTokens({}) == JsonPointer());
    CHECK(str(JsonPointer().toString()).empty());
}

TEST_CASE("JsonPointer rejects text that is not a pointer, saying why", "[JsonPointer]")
{
    const char *text =
        GENERATE("foo", "foo/bar", " /foo", "#/foo", "/~2", "/a~", "/~", "/a/~x/b", "/ok/~", "/~~");
    CAPTURE(text);
    QString error;
    const std::optional<JsonPointer> pointer = JsonPointer::parse(QString::fromUtf8(text), &error);
    CHECK_FALSE(pointer.has_value());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("JsonPointer error messages name the rule that was broken", "[JsonPointer]")
{
    QString error;
    CHECK_FALSE(JsonPointer::parse(QStringLiteral("a/b"), &error));
    CHECK_THAT(str(error), Catch::Contains("start with \"/\""));

    error.clear();
    CHECK_FALSE(JsonPointer::parse(QStringLiteral("/~2"), &error));
    CHECK_THAT(str(error), Catch::Contains("~0") && Catch::Contains("~1"));

    // The error pointer is optional.
    CHECK_FALSE(JsonPointer::parse(QStringLiteral("/a~")));
}

TEST_CASE("JsonPointer rejects URI fragments that are not pointers", "[JsonPointer]")
{
    const char *fragment = GENERATE("", "/foo", "foo", "#foo", "#/%7E2", "#/a~");
    CAPTURE(fragment);
    QString error;
    CHECK_FALSE(JsonPointer::parseUriFragment(QString::fromUtf8(fragment), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("JsonPointer follows the RFC 6901 rules for array indexes", "[JsonPointer]")
{
    const QJsonValue document = jsonValue(R"({"wilayah": ["Kanigoro", "Wlingi", "Srengat"]})");

    struct Case
    {
        const char *pointer;
        const char *expected; // nullptr: names no value
    };
    const Case c = GENERATE(values<Case>({
        {"/wilayah/0", "Kanigoro"},
        {"/wilayah/2", "Srengat"},
        {"/wilayah/3", nullptr},                       // out of range
        {"/wilayah/10", nullptr},                      // out of range
        {"/wilayah/01", nullptr},                      // leading zero
        {"/wilayah/00", nullptr},                      // leading zero
        {"/wilayah/-", nullptr},                       // "-" is past the last element
        {"/wilayah/-1", nullptr},                      // not an index
        {"/wilayah/+1", nullptr},                      // not an index
        {"/wilayah/1 ", nullptr},                      // not an index
        {"/wilayah/ 1", nullptr},                      // not an index
        {"/wilayah/1.0", nullptr},                     // not an index
        {"/wilayah/0x1", nullptr},                     // not an index
        {"/wilayah/satu", nullptr},                    // non-numeric
        {"/wilayah/", nullptr},                        // empty token
        {"/wilayah/99999999999999999999999", nullptr}, // too big for any integer
        {"/wilayah/9223372036854775807", nullptr},     // the largest qint64
    }));
    CAPTURE(c.pointer);
    const std::optional<JsonPointer> pointer = JsonPointer::parse(QString::fromUtf8(c.pointer));
    REQUIRE(pointer.has_value());
    const std::optional<QJsonValue> found = pointer->resolve(document);
    if (c.expected) {
        REQUIRE(found.has_value());
        CHECK(str(found->toString()) == c.expected);
    } else {
        CHECK_FALSE(found.has_value());
    }
}

TEST_CASE("JsonPointer names nothing for missing members or descent into a scalar", "[JsonPointer]")
{
    const QJsonValue document = jsonValue(R"({
        "pendapatan": {"persen": 87.25, "target": null, "catatan": "", "aktif": true},
        "0": "member named zero"
    })");

    const char *missing =
        GENERATE("/belanja", "/pendapatan/realisasi", "/Pendapatan", "/pendapatan/persen/0",
                 "/pendapatan/persen/x", "/pendapatan/target/0", "/pendapatan/catatan/0",
                 "/pendapatan/aktif/x", "/0/0", "/pendapatan/persen/");
    CAPTURE(missing);
    const std::optional<JsonPointer> pointer = JsonPointer::parse(QString::fromUtf8(missing));
    REQUIRE(pointer.has_value());
    CHECK_FALSE(pointer->resolve(document).has_value());
}

TEST_CASE("JsonPointer distinguishes a present null from a missing value", "[JsonPointer]")
{
    const QJsonValue document =
        jsonValue(R"({"pendapatan": {"target": null, "persen": 0}, "0": "nol"})");

    const std::optional<QJsonValue> target =
        JsonPointer::parse(QStringLiteral("/pendapatan/target")).value().resolve(document);
    REQUIRE(target.has_value());
    CHECK(target->isNull());

    const std::optional<QJsonValue> zero =
        JsonPointer::parse(QStringLiteral("/pendapatan/persen")).value().resolve(document);
    REQUIRE(zero.has_value());
    CHECK(zero->isDouble());
    CHECK(zero->toDouble() == 0.0);

    // On an object, "0" is a member name, not an index.
    const std::optional<QJsonValue> member =
        JsonPointer::parse(QStringLiteral("/0")).value().resolve(document);
    REQUIRE(member.has_value());
    CHECK(str(member->toString()) == "nol");
}

TEST_CASE("JsonPointer walks arrays of objects and objects in arrays", "[JsonPointer]")
{
    const QJsonValue document = jsonValue(R"([
        {"opd": "BPKAD", "nilai": [10, 20, [30, 31]]},
        {"opd": "Dinas Kominfo", "panggilan": {"masuk": 143}}
    ])");
    CHECK(JsonPointer::parse(QStringLiteral("/0/nilai/2/1")).value().resolve(document)->toInt() ==
          31);
    CHECK(str(JsonPointer::parse(QStringLiteral("/1/opd")).value().resolve(document)->toString()) ==
          "Dinas Kominfo");
    CHECK(JsonPointer::parse(QStringLiteral("/1/panggilan/masuk"))
              .value()
              .resolve(document)
              ->toInt() == 143);
    CHECK_FALSE(JsonPointer::parse(QStringLiteral("/opd")).value().resolve(document).has_value());
    CHECK_FALSE(JsonPointer::parse(QStringLiteral("/2")).value().resolve(document).has_value());
    // The root pointer names a scalar document too.
    CHECK(JsonPointer().resolve(QJsonValue(42)) == QJsonValue(42));
    CHECK_FALSE(JsonPointer::parse(QStringLiteral("/a")).value().resolve(QJsonValue(42)));
}
