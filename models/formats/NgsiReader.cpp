#include "formats/NgsiReader.h"

#include "json/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pantau {

namespace {

// Normalized attributes are objects with "value" (and usually "type"); keyValues ones are plain.
bool isNormalizedAttribute(const QJsonValue &value)
{
    return value.isObject() && value.toObject().contains(QStringLiteral("value"));
}

QJsonObject flatten(const QJsonObject &entity)
{
    QJsonObject record;
    for (auto it = entity.constBegin(); it != entity.constEnd(); ++it) {
        if (!isNormalizedAttribute(it.value())) {
            record.insert(it.key(), it.value());
            continue;
        }
        const QJsonObject attribute = it.value().toObject();
        record.insert(it.key(), attribute.value(QStringLiteral("value")));
        const QJsonValue instant = attribute.value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("TimeInstant"));
        if (isNormalizedAttribute(instant)) {
            record.insert(it.key() + QStringLiteral("@TimeInstant"),
                          instant.toObject().value(QStringLiteral("value")));
        }
    }
    return record;
}

} // namespace

Payload NgsiReader::read(const QByteArray &bytes)
{
    Payload payload;
    const std::optional<QJsonValue> parsed = JsonText::parseRoot(bytes, &payload.error);
    if (!parsed)
        return payload;
    const QJsonValue &document = *parsed;
    // An NGSI error answer: {"error": "NotFound", "description": "..."}
    if (document.isObject() && document.toObject().contains(QStringLiteral("error")) &&
        !document.toObject().contains(QStringLiteral("id"))) {
        const QJsonObject object = document.toObject();
        payload.error = QStringLiteral("context broker reported an error: %1 (%2)")
                            .arg(object.value(QStringLiteral("description")).toString(),
                                 object.value(QStringLiteral("error")).toString());
        return payload;
    }
    if (document.isObject() && !document.toObject().value(QStringLiteral("id")).isString()) {
        payload.error = QStringLiteral("not an NGSI answer: expected an entity (with \"id\") or "
                                       "a list of entities");
        return payload;
    }
    const QJsonArray entities =
        document.isArray() ? document.toArray() : QJsonArray{document.toObject()};
    QJsonArray records;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonObject entity = entities.at(i).toObject();
        if (!entity.value(QStringLiteral("id")).isString()) {
            payload.warnings.append(
                QStringLiteral("/%1: not an entity (no \"id\"), skipped").arg(i));
            continue;
        }
        records.append(flatten(entity));
    }
    if (records.isEmpty() && !entities.isEmpty()) {
        payload.error = QStringLiteral("not an NGSI answer: none of the %1 items is an entity")
                            .arg(entities.size());
        return payload;
    }
    payload.root = records;
    return payload;
}

} // namespace Pantau
