#include "binding/TargetBinding.h"

#include "binding/IndicatorBinding.h"

namespace Pantau::TargetBinding {

QStringList ids(const TileConfig &config)
{
    QStringList ids = {config.indicator()};
    if (!config.targetIndicator.isEmpty())
        ids.append(config.targetIndicator);
    return ids;
}

std::optional<double> target(const TileConfig &config, const IndicatorBinding &binding)
{
    if (config.target)
        return config.target;
    if (!config.targetIndicator.isEmpty() && binding.hasValue(1))
        return binding.value(1);
    return std::nullopt;
}

} // namespace Pantau::TargetBinding
