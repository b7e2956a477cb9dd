#pragma once

#include "config/Config.h"
#include "config/JsonReader.h"

namespace Pantau {

// The "screens" section and the spare monitor: which monitor (or canvas of monitors) each
// screen finds, its pages of tiles, and how they take turns. Run after the indicators and
// feeds its tiles name.
namespace ScreenReader {

void read(JsonReader &r, const QJsonObject &root, Config &config);

} // namespace ScreenReader

} // namespace Pantau
