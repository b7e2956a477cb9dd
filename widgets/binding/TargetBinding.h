#pragma once

#include "config/TileConfig.h"

#include <QStringList>

#include <optional>

namespace Pantau {

class IndicatorBinding;

// A tile of one indicator measured against a target (KPI, gauge): the target is a number of the
// config or another indicator's value, bound as the binding's second row.
namespace TargetBinding {

// The ids to bind: the indicator, then the target indicator when the config names one.
QStringList ids(const TileConfig &config);
// The target now; none when the config gives none, or its indicator has no value yet.
std::optional<double> target(const TileConfig &config, const IndicatorBinding &binding);

} // namespace TargetBinding

} // namespace Pantau
