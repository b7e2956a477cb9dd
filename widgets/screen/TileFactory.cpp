#include "screen/TileFactory.h"

#include "tiles/AlertBannerTile.h"
#include "tiles/BarChartTile.h"
#include "tiles/ClockTile.h"
#include "tiles/DonutTile.h"
#include "tiles/FeedHealthTile.h"
#include "tiles/GaugeTile.h"
#include "tiles/KecamatanMapTile.h"
#include "tiles/KpiTile.h"
#include "tiles/LineChartTile.h"
#include "tiles/TableTile.h"
#include "tiles/TickerTile.h"

namespace Pantau {

Tile *TileFactory::create(const TileConfig &config, const TileContext &context, QWidget *parent)
{
    // The config loader only lets known types through, so this is the one place to add one.
    const QString &type = config.type;
    if (type == QLatin1String("kpi"))
        return new KpiTile(context, config, parent);
    if (type == QLatin1String("line"))
        return new LineChartTile(context, config, parent);
    if (type == QLatin1String("bar"))
        return new BarChartTile(context, config, parent);
    if (type == QLatin1String("donut"))
        return new DonutTile(context, config, parent);
    if (type == QLatin1String("gauge"))
        return new GaugeTile(context, config, parent);
    if (type == QLatin1String("map"))
        return new KecamatanMapTile(context, config, parent);
    if (type == QLatin1String("table"))
        return new TableTile(context, config, parent);
    if (type == QLatin1String("ticker"))
        return new TickerTile(context, config, parent);
    if (type == QLatin1String("clock"))
        return new ClockTile(context, config, parent);
    if (type == QLatin1String("health"))
        return new FeedHealthTile(context, config, parent);
    if (type == QLatin1String("alerts"))
        return new AlertBannerTile(context, config, parent);
    return nullptr;
}

} // namespace Pantau
