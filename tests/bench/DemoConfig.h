#pragma once

#include "config/Config.h"

#include <QString>

#include <optional>

namespace Pantau {

// The shipped demo config (resources/demo.json), as every benchmark measures it. None, with
// the loader's diagnostics one per line in `error`, if it does not load.
std::optional<Config> loadDemoConfig(QString *error);

} // namespace Pantau
