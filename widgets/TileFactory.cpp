#include "TileFactory.h"

#include "KpiTile.h"

namespace Pantau {

Tile *TileFactory::create(const TileConfig &config, const TileContext &context, QWidget *parent)
{
    // The config loader only lets known types through, so this is the one place to add one.
    const QString &type = config.type;
    if (type == QLatin1String("kpi"))
        return new KpiTile(context, config, parent);
    return nullptr;
}

} // namespace Pantau
