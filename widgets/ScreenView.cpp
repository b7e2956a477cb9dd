#include "ScreenView.h"

#include "ScreenHeader.h"
#include "Theme.h"
#include "Tile.h"
#include "TileFactory.h"
#include "TilePlacement.h"

#include <QGridLayout>
#include <QVBoxLayout>

namespace Pantau {

ScreenView::ScreenView(const ScreenConfig &screen, const TileContext &context, bool demo,
                       QWidget *parent)
    : QWidget(parent)
    , m_screen(screen)
    , m_header(new ScreenHeader(context, screen.title, demo, this))
{
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, context.theme->background);
    setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(8, 0, 8, 8);
    grid->setSpacing(0);
    const TilePlacement::Result placed =
        TilePlacement::place(screen.tiles, screen.columns, screen.rows);
    for (qsizetype i = 0; i < screen.tiles.size(); ++i) {
        const QRect cell = placed.cells.at(i);
        if (cell.isEmpty())
            continue; // the config loader refuses such a layout; nothing to place
        Tile *tile = TileFactory::create(screen.tiles.at(i), context, this);
        if (!tile)
            continue;
        grid->addWidget(tile, cell.y(), cell.x(), cell.height(), cell.width());
        m_tiles.append(tile);
    }
    // Equal cells, so a span of two is twice as large whatever the tiles ask for.
    for (int c = 0; c < screen.columns; ++c)
        grid->setColumnStretch(c, 1);
    for (int r = 0; r < placed.rows; ++r)
        grid->setRowStretch(r, 1);
    layout->addLayout(grid, 1);
}

} // namespace Pantau
