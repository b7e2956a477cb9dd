#include "screen/ScreenView.h"

#include "layout/CanvasLayout.h"
#include "layout/PageRotation.h"
#include "layout/TilePlacement.h"
#include "screen/ScreenHeader.h"
#include "screen/TileFactory.h"
#include "theme/Theme.h"
#include "tiles/Tile.h"
#include "time/Clock.h"

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

    if (!screen.canvas) {
        m_headers.append(m_header);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_header);
        layout->addLayout(m_stack, 1);
    } else {
        // Pages cover the whole canvas and place their tiles themselves; the headers, one per
        // top panel, lie over them.
        setLayout(m_stack);
        const int columns = screen.canvas->columns;
        for (int c = 0; c < columns; ++c) {
            ScreenHeader *header =
                c == 0 ? m_header : new ScreenHeader(context, screen.title, demo, this);
            header->setPart(columns == 1       ? ScreenHeader::Part::All
                            : c == 0           ? ScreenHeader::Part::Title
                            : c == columns - 1 ? ScreenHeader::Part::Status
                                               : ScreenHeader::Part::Blank);
            m_headers.append(header);
        }
    }

    for (const PageConfig &page : screen.pages) {
        if (publicOnly && !page.isPublic)
            continue;
        Page built;
        built.config = page;
        built.widget = buildPage(page, context, built);
        m_stack->addWidget(built.widget);
        m_tiles += built.tiles;
        m_pages.append(built);
    }
    for (ScreenHeader *header : std::as_const(m_headers))
        header->raise();

    m_rotationTimer.setSingleShot(true);
    connect(&m_rotationTimer, &QTimer::timeout, this, &ScreenView::syncPage);
    syncPage();
}

QWidget *ScreenView::buildPage(const PageConfig &page, const TileContext &context, Page &built)
{
    auto *widget = new QWidget(this);
    const TilePlacement::Result placed = TilePlacement::place(page.tiles, page.columns, page.rows);
    built.rows = placed.rows;
    QGridLayout *grid = nullptr;
    if (!m_screen.canvas) {
        grid = new QGridLayout(widget);
        grid->setContentsMargins(8, 0, 8, 8);
        grid->setSpacing(0);
    }
    for (qsizetype i = 0; i < page.tiles.size(); ++i) {
        const QRect cell = placed.cells.at(i);
        if (cell.isEmpty())
            continue; // the config loader refuses such a layout; nothing to place
        Tile *tile = TileFactory::create(page.tiles.at(i), context, widget);
        if (!tile)
            continue;
        if (grid)
            grid->addWidget(tile, cell.y(), cell.x(), cell.height(), cell.width());
        built.tiles.append(tile);
        built.cells.append(cell);
    }
    if (!grid)
        return widget; // a canvas places its tiles in layoutCanvas()
    // Equal cells, so a span of two is twice as large whatever the tiles ask for.
    for (int c = 0; c < page.columns; ++c)
        grid->setColumnStretch(c, 1);
    for (int r = 0; r < placed.rows; ++r)
        grid->setRowStretch(r, 1);
    return widget;
}

void ScreenView::setPanelRects(const QList<QRect> &panels)
{
    m_panelRects = panels;
    if (m_screen.canvas)
        layoutCanvas();
}

QList<QRect> ScreenView::panelRects() const
{
    if (!m_screen.canvas)
        return {rect()};
    const qsizetype count = qsizetype(m_screen.canvas->columns) * m_screen.canvas->rows;
    if (m_panelRects.size() == count)
        return m_panelRects;
    return CanvasLayout::evenPanels(*m_screen.canvas, size());
}

QRect ScreenView::tileGeometry(const Tile *tile) const
{
    const QWidget *widget = tile;
    return QRect(widget->mapTo(this, QPoint(0, 0)), widget->size());
}

void ScreenView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_screen.canvas)
        layoutCanvas();
}

void ScreenView::layoutCanvas()
{
    const CanvasConfig &canvas = *m_screen.canvas;
    const QList<QRect> panels = panelRects();
    if (panels.isEmpty())
        return;
    // As on a single monitor: about 6% of a panel's height, never unreadably small.
    const int headerHeight = std::max(40, panels.first().height() * 6 / 100);
    QList<QRect> areas;
    for (int p = 0; p < panels.size(); ++p) {
        QRect area = CanvasLayout::contentRect(canvas, panels, p);
        if (p < canvas.columns) {
            m_headers.at(p)->setGeometry(area.x(), area.y(), area.width(), headerHeight);
            area.setTop(area.top() + headerHeight);
        }
        // The margins of a screen on one monitor, at the canvas's outer edges only: across a
        // seam the bezel already keeps the tiles apart, and with no bezel the tiles meet as
        // they do inside a panel.
        const int column = p % canvas.columns;
        const int row = p / canvas.columns;
        areas.append(area.adjusted(column == 0 ? 8 : 0, 0, column == canvas.columns - 1 ? -8 : 0,
                                   row == canvas.rows - 1 ? -8 : 0));
    }
    for (const Page &page : std::as_const(m_pages)) {
        const QList<QRect> rects =
            CanvasLayout::tileRects(canvas, page.config.columns, page.rows, page.cells, areas);
        for (qsizetype t = 0; t < page.tiles.size(); ++t) {
            page.tiles.at(t)->setGeometry(rects.at(t));
            page.tiles.at(t)->setVisible(!rects.at(t).isEmpty());
        }
    }
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
    for (ScreenHeader *header : std::as_const(m_headers)) {
        header->setTitle(config.title.isEmpty() ? m_screen.title : config.title);
        header->setPageInfo(page, pageCount(), isPinned());
    }
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
