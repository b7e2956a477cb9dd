#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QUrl>

namespace Pantau {

// A feed's answer, read from its wire format into one JSON document that the mappings address
// with JSON Pointers: CSV rows become objects keyed by header, BPS cells become records, NGSI
// attributes are flattened. `error` is set when the answer is unusable as a whole.
struct Payload
{
    QJsonValue root;
    QString error;
    QUrl nextPage;        // CKAN: the next page to fetch, when this one had records
    QStringList warnings; // parts that were skipped, with why

    bool ok() const { return error.isEmpty(); }
};

} // namespace Pantau
