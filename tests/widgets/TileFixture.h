#pragma once

#include "config/Config.h"
#include "feeds/FailureKind.h"
#include "locale/Formatter.h"
#include "screen/TileContext.h"
#include "state/DataHub.h"
#include "tiles/Tile.h"
#include "time/ManualClock.h"

#include <QImage>
#include <QSize>

#include <memory>

namespace Pantau {

class Tile;

// Everything a tile draws from, as a wall sets it up, loaded from
// tests/data/config/all-tiles.json (one screen with every tile type) and fed through the same
// DataHub a wall uses, without a network: tests hand it poll results directly.
class TileFixture
{
public:
    // 06:00 UTC is 13.00 WIB.
    static const QDateTime T0;

    TileFixture();
    ~TileFixture();

    Config config;
    ManualClock clock{T0};
    Formatter formatter{QLocale(QStringLiteral("id_ID")),
                        QTimeZone(QByteArrayLiteral("Asia/Jakarta"))};
    std::unique_ptr<DataHub> hub;
    TileContext context;

    // The first tile of this type on the fixture's screen.
    const TileConfig &tileConfig(const QString &type) const;
    // A tile of this type, made by the TileFactory as a wall would.
    std::unique_ptr<Tile> makeTile(const QString &type) const;

    // A day of plausible values and events, applied as polls every 30 minutes up to T0, so
    // charts have history and tables have rows. Leaves the clock at T0.
    void fillRealistic();
    void apply(const FeedResult &result);
    // One failed poll of a feed, now.
    void fail(const QString &feedId, FailureKind kind, const QString &reason);
    // A successful poll of the "values" feed with these values, now.
    void values(const QString &feedId, const QList<QPair<QString, double>> &values);
};

// The sizes every tile is checked at: a tile of a 4 × 3 grid on a 1080p wall, the same on a
// 4K wall, and a small tile on a supervisor's desktop. `screenHeight` is the screen the tile
// is on (0 for the desktop), for the "cap height ≥ 1/40 of the screen" rule.
struct TileSize
{
    const char *name;
    QSize size;
    int screenHeight;
};
inline constexpr TileSize TileSizes[] = {
    {"wall-1080p", {476, 335}, 1080},
    {"wall-4k", {952, 670}, 2160},
    {"desktop", {320, 200}, 0},
};

// Renders a tile at a size the way a screen would (resize, then grab).
QImage render(Tile &tile, const QSize &size);
// Checks every text the tile recorded in its last paint: the rectangle lies inside the tile,
// the text fits its rectangle on one line, and the pixels there are not just background.
void checkTextsLegible(const Tile &tile, const QImage &image);
// Every text the tile drew in its last paint, joined by spaces, to search for words in.
QString allText(const Tile &tile);
// Whether a recorded text equals `text`.
bool drewText(const Tile &tile, const QString &text);
// The recorded text equal to `text`, or null.
const Tile::DrawnText *findText(const Tile &tile, const QString &text);
// Saves an image under <build>/tile-images/ for a person to look at; returns the path.
QString saveForReview(const QImage &image, const QString &name);

// What the screen shows of a top-level widget: its backing store, as the last paints and
// scrolls left it. QWidget::grab() would paint it anew and hide what a partial repaint did.
QImage backingStoreImage(QWidget &widget);
// Pixels that differ between two images of the same size.
int differingPixels(const QImage &a, const QImage &b);

} // namespace Pantau
