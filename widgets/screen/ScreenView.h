#pragma once

#include "config/Config.h"
#include "screen/TileContext.h"

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QStackedLayout;

namespace Pantau {

class ScreenHeader;
class Tile;

// Everything one wall screen shows: its header and its pages, each a grid of tiles, taking
// turns as the rotation says unless a supervisor has pinned one. The app decides which monitor
// it goes on and whether it is fullscreen; this only draws. A public screen (a kiosk) builds
// only the pages marked public: the others are never made, so they can never be shown.
// A canvas (one view over several monitors) lays each panel's share of the grid inside that
// panel, clear of the bezels, with a header of its own on each top panel, so no tile and no
// text crosses a seam.
class ScreenView : public QWidget
{
    Q_OBJECT

public:
    ScreenView(const ScreenConfig &screen, const TileContext &context, bool demo,
               bool publicOnly = false, QWidget *parent = nullptr);

    const ScreenConfig &screenConfig() const { return m_screen; }
    // Every tile of every page built.
    const QList<Tile *> &tiles() const { return m_tiles; }
    ScreenHeader *header() const { return m_header; }
    // One per top panel on a canvas; the one header otherwise.
    const QList<ScreenHeader *> &headers() const { return m_headers; }

    // A canvas's panels in this view's coordinates, as its monitors lie; empty (the default)
    // splits the view evenly, as a snapshot or a window without monitors does.
    void setPanelRects(const QList<QRect> &panels);
    // The panels as laid out now: one rect covering the view for a screen on one monitor.
    QList<QRect> panelRects() const;
    // Where a tile of the current layout sits, in this view's coordinates.
    QRect tileGeometry(const Tile *tile) const;

    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_current; }
    const PageConfig &pageConfig(int page) const { return m_pages.at(page).config; }
    QList<Tile *> pageTiles(int page) const { return m_pages.at(page).tiles; }

    // Holds a page on screen, as a supervisor does during an incident: rotation stops here
    // until released. `marked` false holds it without saying so in the header, as a
    // snapshot of each page does.
    void pinPage(int page, bool marked = true);
    void releasePin();
    bool isPinned() const { return m_pinned.has_value() && m_pinMarked; }

    // Shows the page the rotation (or the pin) calls for now. The rotation timer calls it;
    // tests call it after moving a ManualClock.
    void syncPage();

signals:
    void pageChanged(int page);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Page
    {
        PageConfig config;
        QWidget *widget = nullptr;
        QList<Tile *> tiles;
        QList<QRect> cells; // per tile, in grid cells
        int rows = 0;       // the grid's height as placed
    };

    QWidget *buildPage(const PageConfig &page, const TileContext &context, Page &built);
    void layoutCanvas();
    void showPage(int page);
    void armRotation();

    ScreenConfig m_screen;
    TileContext m_context;
    ScreenHeader *m_header;
    QList<ScreenHeader *> m_headers;
    QList<QRect> m_panelRects; // a canvas's panels as its monitors lie; empty: even shares
    QStackedLayout *m_stack;
    QList<Page> m_pages;
    QList<Tile *> m_tiles;
    int m_current = -1;
    std::optional<int> m_pinned;
    bool m_pinMarked = true;
    QDateTime m_start;
    QTimer m_rotationTimer;
};

} // namespace Pantau
