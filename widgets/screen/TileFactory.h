#pragma once

#include "config/Config.h"
#include "screen/TileContext.h"

class QWidget;

namespace Pantau {

class Tile;

// Makes the tile a config entry asks for, bound to the models in the context.
class TileFactory
{
public:
    // Null only for a type this build does not know; the config loader lets none through.
    static Tile *create(const TileConfig &config, const TileContext &context, QWidget *parent);
};

} // namespace Pantau
