#include "formats/PayloadReader.h"

#include "formats/BpsReader.h"
#include "formats/CkanReader.h"
#include "formats/CsvReader.h"
#include "formats/NgsiReader.h"
#include "json/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pantau {

namespace {

Payload readJson(const QByteArray &bytes)
{
    Payload payload;
    const std::optional<QJsonValue> parsed = JsonText::parseRoot(bytes, &payload.error);
    if (parsed)
        payload.root = *parsed;
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
    // Every row starts as a copy of one object that already holds every column: the keys are
    // stored once, instead of once per cell (that was a third of reading a CSV feed).
    const QStringList &header = csv.table->header;
    QJsonObject blank;
    for (const QString &name : header)
        blank.insert(name, QString());
    QJsonArray rows;
    for (const QStringList &row : csv.table->rows) {
        QJsonObject object = blank;
        for (qsizetype c = 0; c < header.size(); ++c)
            object[header.at(c)] = row.value(c);
        rows.append(object);
    }
    payload.root = rows;
    return payload;
}

} // namespace

Payload PayloadReader::read(const QByteArray &bytes, const FeedConfig &feed, const QUrl &requestUrl)
{
    switch (feed.format) {
    case FeedFormat::Csv:
        return readCsv(bytes, feed);
    case FeedFormat::Ckan:
        return CkanReader::read(bytes, requestUrl);
    case FeedFormat::Bps:
        return BpsReader::read(bytes);
    case FeedFormat::Ngsi:
        return NgsiReader::read(bytes);
    case FeedFormat::Json:
        break;
    }
    return readJson(bytes);
}

} // namespace Pantau
