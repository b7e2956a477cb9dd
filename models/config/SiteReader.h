#pragma once

#include "config/Config.h"
#include "config/JsonReader.h"

namespace Pantau {

// The "site" section: the broker, the site's id and this process's credentials.
namespace SiteReader {
void read(JsonReader &r, const QJsonObject &root, Config &config);
} // namespace SiteReader

} // namespace Pantau
