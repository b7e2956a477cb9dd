// What painting costs: a full repaint of a demo screen (12 tiles, every tile type) at 1080p and
// 4K, and the repaint of the one tile that a KPI change marks dirty. Beside them, the cost of
// filling a 1080p image once, measured in the same run: the floor any repaint stands on, so
// a figure can be read against this machine's speed at that moment.

#include "WallFixture.h"
#include "state/IndicatorModel.h"
#include "tiles/KpiTile.h"

#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

using namespace Pantau;

namespace {

WallFixture &fixture()
{
    static WallFixture wall;
    return wall;
}

void paintScreen(benchmark::State &state, const QSize &size)
{
    WallFixture &wall = fixture();
    const std::unique_ptr<ScreenView> view = wall.screen(QStringLiteral("WALL-1"), size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        view->render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["tiles"] = double(view->pageTiles(view->currentPage()).size());
}

void BM_Baseline_Fill1080p(benchmark::State &state)
{
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    int shade = 0;
    for (auto _ : state) {
        image.fill(QColor(shade, shade, shade));
        shade = (shade + 1) % 256;
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_Baseline_Fill1080p)->Unit(benchmark::kMillisecond);

void BM_RepaintScreen_1080p(benchmark::State &state)
{
    paintScreen(state, QSize(1920, 1080));
}
BENCHMARK(BM_RepaintScreen_1080p)->Unit(benchmark::kMillisecond);

void BM_RepaintScreen_4K(benchmark::State &state)
{
    paintScreen(state, QSize(3840, 2160));
}
BENCHMARK(BM_RepaintScreen_4K)->Unit(benchmark::kMillisecond);

// One new value for a KPI: the model change, then the paint of the only tile it marks dirty,
// into an image of that tile's size on a 1080p screen.
void BM_KpiValueChange(benchmark::State &state)
{
    WallFixture &wall = fixture();
    const std::unique_ptr<ScreenView> view =
        wall.screen(QStringLiteral("WALL-1"), QSize(1920, 1080));
    KpiTile *tile = nullptr;
    for (Tile *candidate : view->pageTiles(view->currentPage()))
        if (!tile)
            tile = qobject_cast<KpiTile *>(candidate);
    if (!tile) {
        state.SkipWithError("the demo screen has no KPI tile");
        return;
    }
    QImage image(tile->size(), QImage::Format_ARGB32_Premultiplied);
    const QString indicator = wall.config.screens.first().pages.first().tiles.at(1).indicator();
    double value = 100;
    FeedResult result;
    result.feedId =
        wall.hub->indicators()->indexOf(indicator).data(IndicatorModel::FeedRole).toString();
    for (auto _ : state) {
        value += 1;
        result.fetchTime = wall.clock.now();
        result.samples = {{indicator, value, wall.clock.now()}};
        wall.hub->indicators()->applyFeedResult(result);
        tile->render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_KpiValueChange)->Unit(benchmark::kMillisecond);

} // namespace
