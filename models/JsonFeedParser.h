#pragma once

#include "Config.h"
#include "Sample.h"

#include <QByteArray>
#include <QTimeZone>

namespace Pantau {

// Reads the mapped numbers out of a generic JSON payload. A pure function of its inputs: no
// network, no clock, so it is tested on bytes alone.
class JsonFeedParser
{
public:
    // `sourceZone` is used for source times written without an offset.
    static ParseResult parse(const QByteArray &payload, const QList<ValueMapping> &mappings,
                             const QTimeZone &sourceZone);
};

} // namespace Pantau
