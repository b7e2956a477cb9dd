#pragma once

#include "config/Config.h"
#include "config/JsonReader.h"

#include <QSet>

namespace Pantau {

// The "feeds" section: where each feed is polled, how, and what its answer maps onto.
namespace FeedReader {

// Every feed of the config; run after IndicatorReader, whose ids the mappings must name.
void read(JsonReader &r, const QJsonObject &root, Config &config);

// One feed definition. `known` is null when a feed is read on its own (--probe), where no
// indicator list exists to check against. `fed` collects the indicators given a source so far,
// since an indicator may have only one.
FeedConfig readOne(JsonReader &r, const QJsonObject &object, const JsonPointer &here,
                   const QSet<QString> *known, QHash<QString, JsonPointer> &fed);

} // namespace FeedReader

} // namespace Pantau
