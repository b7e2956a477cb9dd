#pragma once

#include "formats/Payload.h"

#include <QByteArray>

namespace Pantau {

// Reads FIWARE NGSI-v2 entities, a list or a single one, normalized or `keyValues`, into flat
// records: {"id": ..., "type": ..., "level": 2.41, "level@TimeInstant": "2026-11-28T03:00:00Z"}.
// An attribute's TimeInstant metadata becomes "<attribute>@TimeInstant"; an entity-level
// TimeInstant attribute stays "TimeInstant".
class NgsiReader
{
public:
    static Payload read(const QByteArray &bytes);
};

} // namespace Pantau
