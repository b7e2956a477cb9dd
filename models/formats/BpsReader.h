#pragma once

#include "formats/Payload.h"

#include <QByteArray>

namespace Pantau {

// Reads a BPS Web API dynamic-data answer. Each `datacontent` key is the concatenation of the
// vervar, var, turvar, tahun and turtahun values; this splits every key back into those parts
// and yields one record per cell:
//   {"vervar": 3505010, "vervarLabel": "Wonodadi", "var": 31, "varLabel": ..., "unit": ...,
//    "turvar": 0, "turvarLabel": ..., "tahun": 120, "tahunLabel": "2020", "turtahun": 0,
//    "turtahunLabel": ..., "value": 53912}
// "status": "Error" inside an HTTP 200 is an error.
class BpsReader
{
public:
    static Payload read(const QByteArray &bytes);
};

} // namespace Pantau
