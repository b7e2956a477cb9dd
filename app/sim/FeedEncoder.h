#pragma once

#include "config/FeedFormat.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace Pantau {

// Writes simulated figures in the wire formats agencies really publish (see DOMAIN.md "Feed
// formats that exist in the field"), and breaks them the way such systems break. Pure: bytes in
// and out, no time, no server.
class FeedEncoder
{
public:
    // CKAN `datastore_search`, records as objects. Pages as CKAN does: `offset` and `limit`
    // (default 100) from the query, `_links.next` on every page, so a reader pages until one
    // comes back without records. `fields` are (id, type) pairs; `_id` is added.
    static QByteArray ckan(const QString &resourceId,
                           const QList<std::pair<QString, QString>> &fields,
                           const QJsonArray &records, const QString &path, const QUrlQuery &query);
    // CKAN's answer for a resource it does not have.
    static QByteArray ckanNotFound(const QString &resourceId);

    // One BPS dynamic-data variable: vervar items (value, label), one cell per vervar and year.
    struct BpsTable
    {
        int var = 0;
        QString label;
        QString unit;
        QString labelVervar;
        QList<std::pair<qint64, QString>> vervars;
        QList<int> years; // calendar years; BPS numbers them year - 1900
        // The cell's value, or none when BPS has no figure for it.
        std::function<std::optional<double>(qint64 vervar, int year)> value;
        QDateTime lastUpdate;
    };
    static QByteArray bps(const BpsTable &table);

    // NGSI-v2 entities, normalized (attributes with type, value and a TimeInstant metadata) or,
    // with `keyValues`, flattened to plain values. Each entity: id, type, and attributes given
    // as name -> value; `observedAt` is the reading's time.
    struct NgsiEntity
    {
        QString id;
        QString type;
        QJsonObject attributes; // numbers and texts
        QDateTime observedAt;
    };
    static QByteArray ngsi(const QList<NgsiEntity> &entities, bool keyValues);

    // A spreadsheet export: UTF-8 BOM, CRLF line ends, `;` between fields, fields holding a `;`
    // or a quote quoted. Numbers are the caller's to write (decimal commas, "28.500").
    static QByteArray csv(const QStringList &header, const QList<QStringList> &rows);

    // A plain JSON document.
    static QByteArray json(const QJsonObject &body);

    // The same answer broken the way that format breaks in the field: JSON cut off mid-way (a
    // proxy timing out, a full disk), CSV with a quote left open. Never parses as `format`.
    static QByteArray malformed(FeedFormat format, const QByteArray &good);

    // The Content-Type a real server sends with `format`.
    static QByteArray contentType(FeedFormat format);
};

} // namespace Pantau
