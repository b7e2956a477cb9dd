#include "ScreenView.h"

#include "Clock.h"
#include "PageRotation.h"
#include "ScreenHeader.h"
#include "Theme.h"
#include "Tile.h"
#include "TileFactory.h"
#include "TilePlacement.h"

#include <QGridLayout>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace Pantau {

ScreenView::ScreenView(const ScreenConfig &screen, const TileContext &context, bool demo,
                       bool publicOnly, QWidget *parent)
    : QWidget(parent)
    , m_screen(screen)
    , m_context(context)
    , m_header(new ScreenHeader(context, screen.title, demo, this))
    , m_stack(new QStackedLayout)
    , m_start(context.clock->now())
{
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, context.theme->background);
    setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(m_stack, 1);

    for (const PageConfig &page : screen.pages) {
        if (publicOnly && !page.isPublic)
            continue;
        Page built;
        built.config = page;
        built.widget = buildPage(page, context, built.tiles);
        m_stack->addWidget(built.widget);
        m_tiles += built.tiles;
        m_pages.append(built);
    }

    m_rotationTimer.setSingleShot(true);
    connect(&m_rotationTimer, &QTimer::timeout, this, &ScreenView::syncPage);
    syncPage();
}

QWidget *ScreenView::buildPage(const PageConfig &page, const TileContext &context,
                               QList<Tile *> &tiles)
{
    auto *widget = new QWidget(this);
    auto *grid = new QGridLayout(widget);
    grid->setContentsMargins(8, 0, 8, 8);
    grid->setSpacing(0);
    const TilePlacement::Result placed = TilePlacement::place(page.tiles, page.columns, page.rows);
    for (qsizetype i = 0; i < page.tiles.size(); ++i) {
        const QRect cell = placed.cells.at(i);
        if (cell.isEmpty())
            continue; // the config loader refuses such a layout; nothing to place
        Tile *tile = TileFactory::create(page.tiles.at(i), context, widget);
        if (!tile)
            continue;
        grid->addWidget(tile, cell.y(), cell.x(), cell.height(), cell.width());
        tiles.append(tile);
    }
    // Equal cells, so a span of two is twice as large whatever the tiles ask for.
    for (int c = 0; c < page.columns; ++c)
        grid->setColumnStretch(c, 1);
    for (int r = 0; r < placed.rows; ++r)
        grid->setRowStretch(r, 1);
    return widget;
}

void ScreenView::pinPage(int page, bool marked)
{
    if (page < 0 || page >= pageCount())
        return;
    m_pinned = page;
    m_pinMarked = marked;
    syncPage();
}

void ScreenView::releasePin()
{
    if (!m_pinned)
        return;
    m_pinned.reset();
    syncPage();
}

void ScreenView::syncPage()
{
    if (m_pages.isEmpty())
        return;
    const int page = m_pinned ? *m_pinned
                              : PageRotation::pageAt(m_screen.rotation, pageCount(), m_start,
                                                     m_context.clock->now());
    showPage(page);
    armRotation();
}

void ScreenView::showPage(int page)
{
    const bool changed = page != m_current;
    m_current = page;
    m_stack->setCurrentIndex(page);
    const PageConfig &config = m_pages.at(page).config;
    m_header->setTitle(config.title.isEmpty() ? m_screen.title : config.title);
    m_header->setPageInfo(page, pageCount(), isPinned());
    if (changed)
        emit pageChanged(page);
}

void ScreenView::armRotation()
{
    const QDateTime next = m_pinned ? QDateTime()
                                    : PageRotation::nextChange(m_screen.rotation, pageCount(),
                                                               m_start, m_context.clock->now());
    if (!next.isValid()) {
        m_rotationTimer.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_context.clock->now().msecsTo(next), 0, 86'400'000);
    // A few ms late rather than early, so the clock has passed the boundary when it fires.
    m_rotationTimer.start(int(ms) + 5);
}

} // namespace Pantau
