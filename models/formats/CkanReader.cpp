#include "formats/CkanReader.h"

#include "json/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pantau {

namespace {

QString describeError(const QJsonValue &error)
{
    if (error.isString())
        return error.toString();
    const QJsonObject object = error.toObject();
    const QString message = object.value(QStringLiteral("message")).toString();
    const QString type = object.value(QStringLiteral("__type")).toString();
    if (!message.isEmpty())
        return type.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, type);
    // Validation errors come as field -> list of messages.
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("__type"))
            continue;
        QStringList texts;
        for (const QJsonValue &v : it.value().toArray())
            texts.append(v.toString());
        parts.append(QStringLiteral("%1: %2").arg(it.key(), texts.join(QStringLiteral("; "))));
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral(", "));
    return type.isEmpty() ? QStringLiteral("no reason given") : type;
}

} // namespace

Payload CkanReader::read(const QByteArray &bytes, const QUrl &requestUrl)
{
    Payload payload;
    const std::optional<QJsonValue> parsed = JsonText::parseRoot(bytes, &payload.error);
    if (!parsed)
        return payload;
    QJsonObject root = parsed->toObject();
    const QJsonValue success = root.value(QStringLiteral("success"));
    if (!success.isBool()) {
        payload.error = QStringLiteral("not a CKAN answer: /success is missing");
        return payload;
    }
    if (!success.toBool()) {
        payload.error = QStringLiteral("CKAN reported an error: %1")
                            .arg(describeError(root.value(QStringLiteral("error"))));
        return payload;
    }
    QJsonObject result = root.value(QStringLiteral("result")).toObject();
    const QJsonValue recordsValue = result.value(QStringLiteral("records"));
    if (!recordsValue.isArray()) {
        payload.error = QStringLiteral("not a datastore_search answer: /result/records is not "
                                       "an array (records_format csv and tsv are not read; ask "
                                       "for objects or lists)");
        return payload;
    }
    QJsonArray records = recordsValue.toArray();
    // "lists" format: each record is a list in the order of "fields".
    if (!records.isEmpty() && records.first().isArray()) {
        QStringList names;
        for (const QJsonValue &field : result.value(QStringLiteral("fields")).toArray())
            names.append(field.toObject().value(QStringLiteral("id")).toString());
        QJsonArray objects;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonArray list = records.at(i).toArray();
            if (list.size() != names.size()) {
                payload.warnings.append(
                    QStringLiteral("/result/records/%1: %2 values for %3 fields, skipped")
                        .arg(i)
                        .arg(list.size())
                        .arg(names.size()));
                continue;
            }
            QJsonObject object;
            for (qsizetype f = 0; f < names.size(); ++f)
                object.insert(names.at(f), list.at(f));
            objects.append(object);
        }
        records = objects;
        result.insert(QStringLiteral("records"), records);
        root.insert(QStringLiteral("result"), result);
    }
    const QString next =
        result.value(QStringLiteral("_links")).toObject().value(QStringLiteral("next")).toString();
    // A saved page read from a file has nowhere to page to.
    if (!records.isEmpty() && !next.isEmpty() && !requestUrl.isLocalFile()) {
        const QUrl nextUrl = requestUrl.resolved(QUrl(next));
        // Never follow a link off the server we asked: a page link is not a redirect policy.
        if (nextUrl.host() == requestUrl.host() && nextUrl.scheme() == requestUrl.scheme() &&
            nextUrl != requestUrl) {
            payload.nextPage = nextUrl;
        }
    }
    payload.root = root;
    return payload;
}

void CkanReader::appendPage(QJsonValue &merged, const QJsonValue &page)
{
    QJsonObject root = merged.toObject();
    QJsonObject result = root.value(QStringLiteral("result")).toObject();
    QJsonArray records = result.value(QStringLiteral("records")).toArray();
    const QJsonArray more = page.toObject()
                                .value(QStringLiteral("result"))
                                .toObject()
                                .value(QStringLiteral("records"))
                                .toArray();
    for (const QJsonValue &record : more)
        records.append(record);
    result.insert(QStringLiteral("records"), records);
    root.insert(QStringLiteral("result"), result);
    merged = root;
}

} // namespace Pantau
