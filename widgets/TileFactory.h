#pragma once

#include "Config.h"
#include "TileContext.h"

class QWidget;

namespace Pantau {

class IndicatorModel;
class Tile;

// Makes the tile a config entry asks for, bound to its model.
class TileFactory
{
public:
    static Tile *create(const TileConfig &config, const TileContext &context,
                        IndicatorModel *indicators, QWidget *parent);
};

} // namespace Pantau
