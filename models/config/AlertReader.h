#pragma once

#include "config/Config.h"
#include "config/JsonReader.h"

namespace Pantau {

// The "alerts" section; run after the indicators and feeds it names.
namespace AlertReader {

void read(JsonReader &r, const QJsonObject &root, Config &config);

} // namespace AlertReader

} // namespace Pantau
