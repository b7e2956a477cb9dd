#include "FeedEncoder.h"

#include <QJsonDocument>

namespace Pantau {

QByteArray FeedEncoder::ckan(const QString &resourceId,
                             const QList<std::pair<QString, QString>> &fields,
                             const QJsonArray &records, const QString &path, const QUrlQuery &query)
{
    const int offset = std::max(0, query.queryItemValue(QStringLiteral("offset")).toInt());
    bool limitOk = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        limit = 100;

    QJsonArray fieldList;
    fieldList.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("_id")},
                                 {QStringLiteral("type"), QStringLiteral("int")}});
    for (const auto &[id, type] : fields)
        fieldList.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), type}});

    QJsonArray page;
    for (qsizetype i = offset; i < records.size() && i < qsizetype(offset) + limit; ++i) {
        QJsonObject record = records.at(i).toObject();
        record.insert(QStringLiteral("_id"), int(i + 1));
        page.append(record);
    }

    // CKAN keeps the caller's other parameters in its links and moves the offset on.
    auto link = [&](int newOffset) {
        QUrlQuery q(query);
        q.removeAllQueryItems(QStringLiteral("offset"));
        if (newOffset > 0)
            q.addQueryItem(QStringLiteral("offset"), QString::number(newOffset));
        return path + u'?' + q.toString(QUrl::FullyEncoded);
    };
    QJsonObject links;
    links.insert(QStringLiteral("start"), link(0));
    links.insert(QStringLiteral("next"), link(offset + limit));

    QJsonObject result;
    result.insert(QStringLiteral("include_total"), true);
    result.insert(QStringLiteral("resource_id"), resourceId);
    result.insert(QStringLiteral("fields"), fieldList);
    result.insert(QStringLiteral("records_format"), QStringLiteral("objects"));
    result.insert(QStringLiteral("records"), page);
    result.insert(QStringLiteral("limit"), limit);
    if (offset > 0)
        result.insert(QStringLiteral("offset"), offset);
    result.insert(QStringLiteral("_links"), links);
    result.insert(QStringLiteral("total"), int(records.size()));

    QJsonObject root;
    root.insert(QStringLiteral("help"),
                QStringLiteral("/api/3/action/help_show?name=datastore_search"));
    root.insert(QStringLiteral("success"), true);
    root.insert(QStringLiteral("result"), result);
    return json(root);
}

QByteArray FeedEncoder::ckanNotFound(const QString &resourceId)
{
    QJsonObject error;
    error.insert(QStringLiteral("message"),
                 QStringLiteral("Not found: Resource \"%1\" was not found.").arg(resourceId));
    error.insert(QStringLiteral("__type"), QStringLiteral("Not Found Error"));
    QJsonObject root;
    root.insert(QStringLiteral("help"),
                QStringLiteral("/api/3/action/help_show?name=datastore_search"));
    root.insert(QStringLiteral("success"), false);
    root.insert(QStringLiteral("error"), error);
    return json(root);
}

QByteArray FeedEncoder::bps(const BpsTable &table)
{
    QJsonObject root;
    root.insert(QStringLiteral("status"), QStringLiteral("OK"));
    root.insert(QStringLiteral("data-availability"), QStringLiteral("available"));
    root.insert(QStringLiteral("last_update"),
                table.lastUpdate.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QJsonArray var;
    var.append(QJsonObject{{QStringLiteral("val"), table.var},
                           {QStringLiteral("label"), table.label},
                           {QStringLiteral("unit"), table.unit},
                           {QStringLiteral("decimal"), QStringLiteral("1")}});
    root.insert(QStringLiteral("var"), var);
    root.insert(QStringLiteral("turvar"),
                QJsonArray{QJsonObject{{QStringLiteral("val"), 0},
                                       {QStringLiteral("label"), QStringLiteral("Tidak Ada")}}});
    root.insert(QStringLiteral("labelvervar"), table.labelVervar);
    QJsonArray vervar;
    for (const auto &[val, label] : table.vervars)
        vervar.append(QJsonObject{{QStringLiteral("val"), val}, {QStringLiteral("label"), label}});
    root.insert(QStringLiteral("vervar"), vervar);
    QJsonArray tahun;
    for (int year : table.years)
        tahun.append(QJsonObject{{QStringLiteral("val"), year - 1900},
                                 {QStringLiteral("label"), QString::number(year)}});
    root.insert(QStringLiteral("tahun"), tahun);
    root.insert(QStringLiteral("turtahun"),
                QJsonArray{QJsonObject{{QStringLiteral("val"), 0},
                                       {QStringLiteral("label"), QStringLiteral("Tahun")}}});
    // The key is vervar + var + turvar + tahun + turtahun, written one after another.
    QJsonObject content;
    for (const auto &[val, label] : table.vervars) {
        for (int year : table.years) {
            const std::optional<double> value = table.value(val, year);
            if (!value)
                continue;
            const QString key =
                QStringLiteral("%1%2%3%4%5").arg(val).arg(table.var).arg(0).arg(year - 1900).arg(0);
            content.insert(key, *value);
        }
    }
    root.insert(QStringLiteral("datacontent"), content);
    root.insert(QStringLiteral("related"), QJsonArray());
    return json(root);
}

QByteArray FeedEncoder::ngsi(const QList<NgsiEntity> &entities, bool keyValues)
{
    QJsonArray list;
    for (const NgsiEntity &e : entities) {
        const QString instant = e.observedAt.toUTC().toString(Qt::ISODateWithMs);
        QJsonObject entity;
        entity.insert(QStringLiteral("id"), e.id);
        entity.insert(QStringLiteral("type"), e.type);
        for (auto it = e.attributes.constBegin(); it != e.attributes.constEnd(); ++it) {
            if (keyValues) {
                entity.insert(it.key(), it.value());
                continue;
            }
            QJsonObject metadata;
            metadata.insert(QStringLiteral("TimeInstant"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("DateTime")},
                                        {QStringLiteral("value"), instant}});
            entity.insert(it.key(), QJsonObject{{QStringLiteral("type"),
                                                 it.value().isDouble() ? QStringLiteral("Number")
                                                                       : QStringLiteral("Text")},
                                                {QStringLiteral("value"), it.value()},
                                                {QStringLiteral("metadata"), metadata}});
        }
        if (keyValues)
            entity.insert(QStringLiteral("TimeInstant"), instant);
        else
            entity.insert(QStringLiteral("TimeInstant"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("DateTime")},
                                      {QStringLiteral("value"), instant},
                                      {QStringLiteral("metadata"), QJsonObject()}});
        list.append(entity);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray FeedEncoder::csv(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &fields) {
        QStringList out;
        for (QString field : fields) {
            if (field.contains(u';') || field.contains(u'"') || field.contains(u'\n')) {
                field.replace(QLatin1String("\""), QLatin1String("\"\""));
                field = u'"' + field + u'"';
            }
            out.append(field);
        }
        return out.join(u';').toUtf8() + "\r\n";
    };
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += line(header);
    for (const QStringList &row : rows)
        bytes += line(row);
    return bytes;
}

QByteArray FeedEncoder::json(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray FeedEncoder::malformed(FeedFormat format, const QByteArray &good)
{
    if (!describe(format).json) {
        // A quoted field that never closes: the export stopped mid-cell.
        const qsizetype firstRow = good.indexOf("\r\n") + 2;
        return good.left(firstRow) + "\"Telur Ayam Ras;kg;28.500\r\n" + good.mid(firstRow);
    }
    // JSON of any flavour, cut off part-way and ending in a stray byte.
    return good.left(std::max<qsizetype>(1, good.size() / 2)) + "\x01";
}

QByteArray FeedEncoder::contentType(FeedFormat format)
{
    if (!describe(format).json)
        return QByteArrayLiteral("text/csv; charset=utf-8");
    return QByteArrayLiteral("application/json; charset=utf-8");
}

} // namespace Pantau
