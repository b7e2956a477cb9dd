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
    // One case per row of TileTypes (config/TileType.h); the compiler asks for a new one.
    switch (config.type) {
    case TileType::Kpi:
        return new KpiTile(context, config, parent);
    case TileType::Line:
        return new LineChartTile(context, config, parent);
    case TileType::Bar:
        return new BarChartTile(context, config, parent);
    case TileType::Donut:
        return new DonutTile(context, config, parent);
    case TileType::Gauge:
        return new GaugeTile(context, config, parent);
    case TileType::Map:
        return new KecamatanMapTile(context, config, parent);
    case TileType::Table:
        return new TableTile(context, config, parent);
    case TileType::Ticker:
        return new TickerTile(context, config, parent);
    case TileType::Clock:
        return new ClockTile(context, config, parent);
    case TileType::Health:
        return new FeedHealthTile(context, config, parent);
    case TileType::Alerts:
        return new AlertBannerTile(context, config, parent);
    }
    return nullptr;
}

} // namespace Pantau
