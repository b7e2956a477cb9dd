#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pantau {

// A JSON Pointer (RFC 6901): parsed once from config, then evaluated against every payload.
class JsonPointer
{
public:
    // The empty pointer, which names the whole document.
    JsonPointer() = default;

    // Parses the JSON string form ("/foo/0", "/a~1b"). Returns nothing and sets *error when the
    // text is not a pointer: it must be empty or start with "/", and "~" must be "~0" or "~1".
    static std::optional<JsonPointer> parse(const QString &text, QString *error = nullptr);
    // Parses the URI fragment form ("#/c%25d"), percent-decoding before unescaping.
    static std::optional<JsonPointer> parseUriFragment(const QString &fragment,
                                                       QString *error = nullptr);

    // Builds a pointer from unescaped reference tokens.
    static JsonPointer fromTokens(QStringList tokens);

    // Returns the value the pointer names, or nothing when it names no value (missing key,
    // index out of range or not a valid array index, "-", or descent into a scalar).
    std::optional<QJsonValue> resolve(const QJsonValue &document) const;

    // A pointer one level deeper: child("a/b") on "/x" gives "/x/a~1b".
    JsonPointer child(const QString &token) const;
    JsonPointer child(qsizetype index) const;

    const QStringList &tokens() const { return m_tokens; }
    bool isRoot() const { return m_tokens.isEmpty(); }
    // The JSON string form, escaped.
    QString toString() const;

    bool operator==(const JsonPointer &other) const = default;

private:
    QStringList m_tokens;
};

} // namespace Pantau
