#pragma once

#include "config/Config.h"
#include "config/JsonReader.h"

#include <QSet>

namespace Pantau {

// One tile of a page: its type from TileTypes, and only the keys that type reads.
namespace TileReader {

TileConfig read(JsonReader &r, const QJsonObject &object, const JsonPointer &at,
                const Config &config, const QSet<QString> &knownIndicators);

} // namespace TileReader

} // namespace Pantau
