#pragma once

#include "formats/Payload.h"

#include <QByteArray>

namespace Pantau {

// Reads a CKAN DataStore `datastore_search` answer. Records come as objects, or as lists
// ("records_format": "lists") matched to "fields"; "success": false is an error carrying CKAN's
// own message; `_links.next` gives the next page while a page has records.
class CkanReader
{
public:
    static Payload read(const QByteArray &bytes, const QUrl &requestUrl);
    // Appends the records of a later page to the first page's document.
    static void appendPage(QJsonValue &merged, const QJsonValue &page);
};

} // namespace Pantau
