#include "TileFactory.h"

#include "KpiTile.h"

namespace Pantau {

Tile *TileFactory::create(const TileConfig &config, const TileContext &context,
                          IndicatorModel *indicators, QWidget *parent)
{
    // The config loader only lets known types through, so this is the one place to add one.
    if (config.type == QLatin1String("kpi"))
        return new KpiTile(context, indicators, config.indicator, parent);
    return nullptr;
}

} // namespace Pantau
