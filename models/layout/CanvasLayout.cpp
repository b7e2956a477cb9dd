#include "layout/CanvasLayout.h"

#include <algorithm>

namespace Pantau {

namespace {

// The pixel where share `k` of `n` starts in a span of `length` from `start`; shares differ by
// at most one pixel and together cover the span exactly.
int split(int start, int length, int k, int n)
{
    return start + int(qint64(length) * k / n);
}

// [start, end) per column (or row) of the grid, from the panels found; gaps are filled from
// the neighbours, continuing their size.
QList<std::pair<int, int>> spans(int count, const QList<std::optional<std::pair<int, int>>> &known)
{
    QList<std::pair<int, int>> out(count, {0, 0});
    QList<bool> have(count, false);
    for (int i = 0; i < count; ++i) {
        if (known.at(i)) {
            out[i] = *known.at(i);
            have[i] = true;
        }
    }
    // Forward from a known span, then backward, so every gap borders one that is set.
    for (int i = 1; i < count; ++i) {
        if (!have.at(i) && have.at(i - 1)) {
            const int size = out.at(i - 1).second - out.at(i - 1).first;
            out[i] = {out.at(i - 1).second, out.at(i - 1).second + size};
            have[i] = true;
        }
    }
    for (int i = count - 2; i >= 0; --i) {
        if (!have.at(i) && have.at(i + 1)) {
            const int size = out.at(i + 1).second - out.at(i + 1).first;
            out[i] = {out.at(i + 1).first - size, out.at(i + 1).first};
            have[i] = true;
        }
    }
    return out;
}

} // namespace

QList<QRect> CanvasLayout::evenPanels(const CanvasConfig &canvas, const QSize &size)
{
    QList<QRect> panels;
    for (int r = 0; r < canvas.rows; ++r) {
        for (int c = 0; c < canvas.columns; ++c) {
            const int x0 = split(0, size.width(), c, canvas.columns);
            const int x1 = split(0, size.width(), c + 1, canvas.columns);
            const int y0 = split(0, size.height(), r, canvas.rows);
            const int y1 = split(0, size.height(), r + 1, canvas.rows);
            panels.append(QRect(x0, y0, x1 - x0, y1 - y0));
        }
    }
    return panels;
}

QList<QRect> CanvasLayout::inferPanels(const CanvasConfig &canvas, const QList<QRect> &found)
{
    if (std::none_of(found.cbegin(), found.cend(), [](const QRect &r) { return r.isValid(); }))
        return {};
    QList<std::optional<std::pair<int, int>>> columns(canvas.columns);
    QList<std::optional<std::pair<int, int>>> rows(canvas.rows);
    for (int i = 0; i < found.size() && i < canvas.columns * canvas.rows; ++i) {
        const QRect &r = found.at(i);
        if (!r.isValid())
            continue;
        const int c = i % canvas.columns;
        const int row = i / canvas.columns;
        if (!columns[c])
            columns[c] = std::pair{r.x(), r.x() + r.width()};
        if (!rows[row])
            rows[row] = std::pair{r.y(), r.y() + r.height()};
    }
    const QList<std::pair<int, int>> xs = spans(canvas.columns, columns);
    const QList<std::pair<int, int>> ys = spans(canvas.rows, rows);
    QList<QRect> panels;
    for (int i = 0; i < canvas.columns * canvas.rows; ++i) {
        if (i < found.size() && found.at(i).isValid()) {
            panels.append(found.at(i));
            continue;
        }
        const auto [x0, x1] = xs.at(i % canvas.columns);
        const auto [y0, y1] = ys.at(i / canvas.columns);
        panels.append(QRect(x0, y0, x1 - x0, y1 - y0));
    }
    return panels;
}

QRect CanvasLayout::boundingRect(const QList<QRect> &rects)
{
    QRect united;
    for (const QRect &r : rects)
        united = united.united(r);
    return united;
}

QList<QRect> CanvasLayout::relativeTo(const QList<QRect> &panels, const QPoint &origin)
{
    QList<QRect> out;
    for (const QRect &r : panels)
        out.append(r.translated(-origin));
    return out;
}

QRect CanvasLayout::contentRect(const CanvasConfig &canvas, const QList<QRect> &panels, int panel)
{
    const QRect r = panels.value(panel);
    const int c = panel % canvas.columns;
    const int row = panel / canvas.columns;
    const int before = canvas.bezelPixels / 2;     // the left or upper panel's half
    const int after = canvas.bezelPixels - before; // the right or lower panel's half
    const int left = c > 0 ? after : 0;
    const int right = c < canvas.columns - 1 ? before : 0;
    const int top = row > 0 ? after : 0;
    const int bottom = row < canvas.rows - 1 ? before : 0;
    return r.adjusted(left, top, -right, -bottom);
}

int CanvasLayout::panelOf(const CanvasConfig &canvas, int columns, int rows, const QRect &cells)
{
    if (cells.isEmpty() || columns % canvas.columns != 0 || rows % canvas.rows != 0)
        return -1;
    const int across = columns / canvas.columns;
    const int down = rows / canvas.rows;
    const int c = cells.x() / across;
    const int r = cells.y() / down;
    if ((cells.x() + cells.width() - 1) / across != c ||
        (cells.y() + cells.height() - 1) / down != r)
        return -1;
    return r * canvas.columns + c;
}

QList<QRect> CanvasLayout::tileRects(const CanvasConfig &canvas, int columns, int rows,
                                     const QList<QRect> &cells, const QList<QRect> &areas)
{
    QList<QRect> out;
    for (const QRect &cell : cells) {
        const int panel = panelOf(canvas, columns, rows, cell);
        if (panel < 0 || panel >= areas.size()) {
            out.append(QRect());
            continue;
        }
        const int across = columns / canvas.columns;
        const int down = rows / canvas.rows;
        const QRect area = areas.at(panel);
        const int lx = cell.x() - (panel % canvas.columns) * across;
        const int ly = cell.y() - (panel / canvas.columns) * down;
        const int x0 = split(area.x(), area.width(), lx, across);
        const int x1 = split(area.x(), area.width(), lx + cell.width(), across);
        const int y0 = split(area.y(), area.height(), ly, down);
        const int y1 = split(area.y(), area.height(), ly + cell.height(), down);
        out.append(QRect(x0, y0, x1 - x0, y1 - y0));
    }
    return out;
}

QList<CanvasLayout::Problem> CanvasLayout::check(const CanvasConfig &canvas, int columns, int rows,
                                                 const QList<QRect> &cells)
{
    QList<Problem> problems;
    bool even = true;
    if (columns % canvas.columns != 0) {
        problems.append({-1, QStringLiteral("%1 columns do not split evenly over the canvas's %2 "
                                            "panel columns; use a multiple of %2")
                                 .arg(columns)
                                 .arg(canvas.columns)});
        even = false;
    }
    if (rows % canvas.rows != 0) {
        problems.append({-1, QStringLiteral("%1 rows do not split evenly over the canvas's %2 "
                                            "panel rows; set \"rows\" to a multiple of %2")
                                 .arg(rows)
                                 .arg(canvas.rows)});
        even = false;
    }
    if (!even)
        return problems;
    const int across = columns / canvas.columns;
    const int down = rows / canvas.rows;
    for (qsizetype t = 0; t < cells.size(); ++t) {
        const QRect &cell = cells.at(t);
        if (cell.isEmpty())
            continue;
        QStringList seams;
        for (int k = 1; k < canvas.columns; ++k) {
            const int seam = k * across; // the first grid column right of the seam
            if (cell.x() < seam && cell.x() + cell.width() > seam) {
                const int row = std::min(cell.y() / down, canvas.rows - 1);
                seams.append(QStringLiteral("the seam between panels %1 and %2, which runs "
                                            "between grid columns %3 and %4")
                                 .arg(row * canvas.columns + k)
                                 .arg(row * canvas.columns + k + 1)
                                 .arg(seam - 1)
                                 .arg(seam));
            }
        }
        for (int k = 1; k < canvas.rows; ++k) {
            const int seam = k * down;
            if (cell.y() < seam && cell.y() + cell.height() > seam) {
                const int column = std::min(cell.x() / across, canvas.columns - 1);
                seams.append(QStringLiteral("the seam between panels %1 and %2, which runs "
                                            "between grid rows %3 and %4")
                                 .arg((k - 1) * canvas.columns + column + 1)
                                 .arg(k * canvas.columns + column + 1)
                                 .arg(seam - 1)
                                 .arg(seam));
            }
        }
        if (!seams.isEmpty())
            problems.append({int(t), QStringLiteral("the tile crosses %1; a tile must lie "
                                                    "within one panel of the canvas")
                                         .arg(seams.join(QStringLiteral(" and ")))});
    }
    return problems;
}

} // namespace Pantau
