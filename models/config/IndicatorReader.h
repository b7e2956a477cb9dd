#pragma once

#include "config/Config.h"
#include "config/JsonReader.h"

#include <QSet>

namespace Pantau {

// The "indicators" section, and the check every other section makes of a reference to one.
namespace IndicatorReader {

void read(JsonReader &r, const QJsonObject &root, Config &config);

QSet<QString> ids(const Config &config);

// A reference to an indicator must name one under /indicators; false (and an error) if not.
bool checkReference(JsonReader &r, const QString &indicator, const JsonPointer &at,
                    const QSet<QString> &known);

} // namespace IndicatorReader

} // namespace Pantau
