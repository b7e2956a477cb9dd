#pragma once

#include "json/Diagnostic.h"
#include "json/TextPosition.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Pantau {

// Parses JSON text and, when it is broken, says where in words and in line:column, the same
// way for configs, feed files and every JSON-based feed format.
class JsonText
{
public:
    struct Error
    {
        TextPosition position;
        QString message; // Qt's reason, e.g. "unterminated object"
    };

    static std::optional<QJsonDocument> parse(const QByteArray &bytes, Error *error);
    // The document's root, an object or an array, for readers that go on to check its shape
    // themselves. Broken text yields nothing, and `why` (a feed's failure reason) says where,
    // as describe() does; or, for a file, one Diagnostic with its line and column is added.
    static std::optional<QJsonValue> parseRoot(const QByteArray &bytes, QString *why);
    static std::optional<QJsonValue> parseRoot(const QByteArray &bytes, const QString &file,
                                               Diagnostics *errors);
    // "invalid JSON at line 3, column 14: unterminated object", as a feed's failure reason.
    static QString describe(const Error &error);
    // What a value is, for "expected an array, found a string": "null", "a boolean", "a number",
    // "a string", "an array", "an object".
    static QString typeName(const QJsonValue &value);
};

} // namespace Pantau
