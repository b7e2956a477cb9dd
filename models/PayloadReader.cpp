#include "PayloadReader.h"

#include "BpsReader.h"
#include "CkanReader.h"
#include "CsvReader.h"
#include "NgsiReader.h"
#include "TextPosition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pantau {

namespace {

Payload readJson(const QByteArray &bytes)
{
    Payload payload;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition pos = TextPosition::fromJsonError(bytes, parseError);
        payload.error = QStringLiteral("invalid JSON at line %1, column %2: %3")
                            .arg(pos.line)
                            .arg(pos.column)
                            .arg(parseError.errorString());
        return payload;
    }
    payload.root =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    return payload;
}

// CSV rows become objects keyed by header name, so a CSV feed is mapped like any other.
Payload readCsv(const QByteArray &bytes, const FeedConfig &feed)
{
    Payload payload;
    CsvOptions options;
    options.delimiter = feed.csvDelimiter;
    const CsvResult csv = CsvReader::read(bytes, options);
    if (!csv.ok()) {
        payload.error = QStringLiteral("invalid CSV at line %1, column %2: %3")
                            .arg(csv.line)
                            .arg(csv.column)
                            .arg(csv.error);
        return payload;
    }
    QJsonArray rows;
    for (const QStringList &row : csv.table->rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < csv.table->header.size(); ++c)
            object.insert(csv.table->header.at(c), row.value(c));
        rows.append(object);
    }
    payload.root = rows;
    return payload;
}

} // namespace

Payload PayloadReader::read(const QByteArray &bytes, const FeedConfig &feed, const QUrl &requestUrl)
{
    if (feed.format == QLatin1String("csv"))
        return readCsv(bytes, feed);
    if (feed.format == QLatin1String("ckan"))
        return CkanReader::read(bytes, requestUrl);
    if (feed.format == QLatin1String("bps"))
        return BpsReader::read(bytes);
    if (feed.format == QLatin1String("ngsi"))
        return NgsiReader::read(bytes);
    return readJson(bytes);
}

} // namespace Pantau
