#include "JsonText.h"

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

QString JsonText::describe(const Error &error)
{
    return QStringLiteral("invalid JSON at line %1, column %2: %3")
        .arg(error.position.line)
        .arg(error.position.column)
        .arg(error.message);
}

} // namespace Pantau
