#include "ScreenView.h"

#include "ScreenHeader.h"
#include "Theme.h"
#include "Tile.h"
#include "TileFactory.h"

#include <QGridLayout>
#include <QVBoxLayout>

namespace Pantau {

ScreenView::ScreenView(const ScreenConfig &screen, const TileContext &context,
                       IndicatorModel *indicators, bool demo, QWidget *parent)
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
    const int columns = std::max(1, screen.columns);
    for (qsizetype i = 0; i < screen.tiles.size(); ++i) {
        Tile *tile = TileFactory::create(screen.tiles.at(i), context, indicators, this);
        if (!tile)
            continue;
        grid->addWidget(tile, int(i) / columns, int(i) % columns);
        m_tiles.append(tile);
    }
    layout->addLayout(grid, 1);
}

} // namespace Pantau
