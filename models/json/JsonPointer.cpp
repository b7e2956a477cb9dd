#include "json/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace Pantau {

namespace {

// RFC 6901 section 4: "~1" becomes "/" and then "~0" becomes "~"; any other "~" is an error.
std::optional<QString> unescapeToken(QStringView raw, QString *error)
{
    QString token;
    token.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'~') {
            token.append(c);
            continue;
        }
        const QChar next = i + 1 < raw.size() ? raw.at(i + 1) : QChar();
        if (next == u'0') {
            token.append(u'~');
        } else if (next == u'1') {
            token.append(u'/');
        } else {
            if (error)
                *error = QStringLiteral("\"~\" must be followed by 0 or 1 (write \"~0\" for a "
                                        "literal \"~\" and \"~1\" for \"/\")");
            return std::nullopt;
        }
        ++i;
    }
    return token;
}

QString escapeToken(QString token)
{
    // Order matters: escape "~" first so the "~1" we add is not escaped again.
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

// RFC 6901 section 4: an array index is "0" or digits without a leading zero.
std::optional<qsizetype> arrayIndex(const QString &token)
{
    if (token.isEmpty() || (token.size() > 1 && token.front() == u'0'))
        return std::nullopt;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qlonglong index = token.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return static_cast<qsizetype>(index);
}

} // namespace

std::optional<JsonPointer> JsonPointer::parse(const QString &text, QString *error)
{
    JsonPointer pointer;
    if (text.isEmpty())
        return pointer;
    if (text.front() != u'/') {
        if (error)
            *error = QStringLiteral("a JSON Pointer must be empty or start with \"/\"");
        return std::nullopt;
    }
    const QStringView body = QStringView(text).mid(1);
    for (const QStringView raw : body.split(u'/')) {
        const std::optional<QString> token = unescapeToken(raw, error);
        if (!token)
            return std::nullopt;
        pointer.m_tokens.append(*token);
    }
    return pointer;
}

std::optional<JsonPointer> JsonPointer::parseUriFragment(const QString &fragment, QString *error)
{
    if (!fragment.startsWith(u'#')) {
        if (error)
            *error = QStringLiteral("a URI fragment pointer must start with \"#\"");
        return std::nullopt;
    }
    const QString decoded = QUrl::fromPercentEncoding(fragment.mid(1).toUtf8());
    return parse(decoded, error);
}

JsonPointer JsonPointer::fromTokens(QStringList tokens)
{
    JsonPointer pointer;
    pointer.m_tokens = std::move(tokens);
    return pointer;
}

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue &document) const
{
    QJsonValue current = document;
    for (const QString &token : m_tokens) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            current = it.value();
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const std::optional<qsizetype> index = arrayIndex(token);
            if (!index || *index >= array.size())
                return std::nullopt;
            current = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

JsonPointer JsonPointer::child(const QString &token) const
{
    JsonPointer pointer = *this;
    pointer.m_tokens.append(token);
    return pointer;
}

JsonPointer JsonPointer::child(qsizetype index) const
{
    return child(QString::number(index));
}

QString JsonPointer::toString() const
{
    QString text;
    for (const QString &token : m_tokens) {
        text.append(u'/');
        text.append(escapeToken(token));
    }
    return text;
}

} // namespace Pantau
