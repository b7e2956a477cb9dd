// Fuzzes JsonPointer: the input, as UTF-8, is parsed in the string and the URI fragment form;
// every pointer that parses must print back to itself and resolve against a fixed document
// without harm, and a resolved value must be reachable token by token.

#include "FuzzCheck.h"
#include "json/JsonPointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Pantau;

namespace {

// RFC 6901's own example, plus nesting, numeric-looking keys and long arrays.
const QJsonValue &document()
{
    static const QJsonValue doc = QJsonDocument::fromJson(R"({
        "foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4, "i\\j": 5,
        "k\"l": 6, " ": 7, "m~n": 8,
        "data": [{"name": "Beras", "today": 15100, "0": {"1": [[], {}, null]}},
                 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "x"],
        "01": "leading zero", "-": "dash", "result": {"records": [{"kode": "35.05.17"}]}
    })")
                                      .object();
    return doc;
}

void check(const JsonPointer &pointer)
{
    const std::optional<JsonPointer> again = JsonPointer::parse(pointer.toString());
    FuzzCheck::require(again && *again == pointer, "a pointer prints back to itself");
    FuzzCheck::require(JsonPointer::fromTokens(pointer.tokens()) == pointer,
                       "a pointer is its tokens");
    FuzzCheck::require(pointer.isRoot() == pointer.tokens().isEmpty(),
                       "only the empty pointer is the root");

    const std::optional<QJsonValue> found = pointer.resolve(document());
    // Walking one token at a time reaches the same place, or stops where the whole pointer does.
    JsonPointer walked;
    std::optional<QJsonValue> step = document();
    for (const QString &token : pointer.tokens()) {
        walked = walked.child(token);
        step = walked.resolve(document());
        if (!step)
            break;
    }
    FuzzCheck::require(found.has_value() == step.has_value(),
                       "resolving token by token agrees with resolving at once");
    if (found)
        FuzzCheck::require(*found == *step, "both ways find the same value");

    const JsonPointer deeper = pointer.child(pointer.toString()).child(7);
    FuzzCheck::require(deeper.tokens().size() == pointer.tokens().size() + 2,
                       "a child is one token deeper");
    FuzzCheck::require(JsonPointer::parse(deeper.toString()) == deeper,
                       "a child prints back to itself");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<JsonPointer> pointer = JsonPointer::parse(text, &error);
    FuzzCheck::require(pointer.has_value() == error.isEmpty(),
                       "a pointer parses, or the error says why");
    if (pointer)
        check(*pointer);

    QString fragmentError;
    const std::optional<JsonPointer> fragment = JsonPointer::parseUriFragment(text, &fragmentError);
    FuzzCheck::require(fragment.has_value() == fragmentError.isEmpty(),
                       "a fragment parses, or the error says why");
    if (fragment)
        check(*fragment);
    return 0;
}
