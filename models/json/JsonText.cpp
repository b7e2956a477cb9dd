#include "json/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pantau {

std::optional<QJsonDocument> JsonText::parse(const QByteArray &bytes, Error *error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return document;
    error->position = TextPosition::fromJsonError(bytes, parseError);
    error->message = parseError.errorString();
    return std::nullopt;
}

namespace {

QJsonValue rootOf(const QJsonDocument &document)
{
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

} // namespace

std::optional<QJsonValue> JsonText::parseRoot(const QByteArray &bytes, QString *why)
{
    Error error;
    const std::optional<QJsonDocument> document = parse(bytes, &error);
    if (!document) {
        *why = describe(error);
        return std::nullopt;
    }
    return rootOf(*document);
}

std::optional<QJsonValue> JsonText::parseRoot(const QByteArray &bytes, const QString &file,
                                              Diagnostics *errors)
{
    Error error;
    const std::optional<QJsonDocument> document = parse(bytes, &error);
    if (!document) {
        Diagnostic d;
        d.file = file;
        d.line = error.position.line;
        d.column = error.position.column;
        d.message = QStringLiteral("invalid JSON: %1").arg(error.message);
        errors->append(d);
        return std::nullopt;
    }
    return rootOf(*document);
}

QString JsonText::describe(const Error &error)
{
    return QStringLiteral("invalid JSON at line %1, column %2: %3")
        .arg(error.position.line)
        .arg(error.position.column)
        .arg(error.message);
}

QString JsonText::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace Pantau
