#pragma once

#include "Config.h"
#include "TileContext.h"

#include <QList>
#include <QWidget>

namespace Pantau {

class ScreenHeader;
class Tile;

// Everything one wall screen shows: its header and its grid of tiles. The app decides which
// monitor it goes on and whether it is fullscreen; this only draws.
class ScreenView : public QWidget
{
    Q_OBJECT

public:
    ScreenView(const ScreenConfig &screen, const TileContext &context, bool demo,
               QWidget *parent = nullptr);

    const ScreenConfig &screenConfig() const { return m_screen; }
    const QList<Tile *> &tiles() const { return m_tiles; }
    ScreenHeader *header() const { return m_header; }

private:
    ScreenConfig m_screen;
    ScreenHeader *m_header;
    QList<Tile *> m_tiles;
};

} // namespace Pantau
