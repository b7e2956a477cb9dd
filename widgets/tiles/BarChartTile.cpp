#include "tiles/BarChartTile.h"

#include "binding/IndicatorBinding.h"
#include "geo/Kecamatan.h"
#include "locale/Formatter.h"
#include "state/IndicatorModel.h"
#include "theme/Theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Pantau {

namespace {

struct Source
{
    QStringList ids;
    QStringList labels; // empty entries: the indicator's own label
};

// The indicators to rank: the configured list, or one per kecamatan from the template,
// leaving out kecamatan the config has no indicator for.
Source sourceFor(const TileConfig &config, IndicatorModel *model)
{
    Source source;
    if (config.indicatorTemplate.isEmpty()) {
        source.ids = config.indicators;
        source.labels.resize(config.indicators.size());
        return source;
    }
    for (const Kecamatan &kecamatan : Kecamatan::blitar()) {
        const QString id = kecamatan.indicatorId(config.indicatorTemplate);
        if (!model->indexOf(id).isValid())
            continue;
        source.ids.append(id);
        source.labels.append(kecamatan.name);
    }
    return source;
}

bool pastThresholds(IndicatorStatus status)
{
    return status == IndicatorStatus::Warning || status == IndicatorStatus::Critical;
}

} // namespace

BarChartTile::BarChartTile(const TileContext &context, const TileConfig &config, QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
{
    const Source source = sourceFor(config, context.indicators);
    m_binding = new IndicatorBinding(context.indicators, source.ids, this);
    followAge(m_binding);
    for (int i = 0; i < m_binding->count(); ++i) {
        QString label = source.labels.at(i);
        if (label.isEmpty())
            label = m_binding->data(i, IndicatorModel::LabelRole).toString();
        if (label.isEmpty())
            label = source.ids.at(i);
        m_rows.append({i, label});
    }
    connect(m_binding, &IndicatorBinding::changed, this, [this] {
        m_rankDirty = true;
        updateAccessibleText();
        markDirty();
    });
    updateAccessibleText();
}

void BarChartTile::updateAccessibleText()
{
    if (m_rankDirty)
        rank();
    QStringList parts;
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        parts.append(
            QStringLiteral("%1 %2").arg(m_rows.at(r).label, valueText(m_rows.at(r).index, r == 0)));
    setAccessibleName(
        QStringLiteral("%1: %2").arg(frame().title, parts.join(QStringLiteral(", "))));
}

void BarChartTile::rank()
{
    // Largest first; rows without a value go last, in their configured order.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        const bool hasA = m_binding->hasValue(a.index);
        const bool hasB = m_binding->hasValue(b.index);
        if (hasA != hasB)
            return hasA;
        if (!hasA)
            return a.index < b.index;
        const double va = m_binding->value(a.index);
        const double vb = m_binding->value(b.index);
        return va != vb ? va > vb : a.index < b.index;
    });
    m_rankDirty = false;
}

QStringList BarChartTile::rankedLabels() const
{
    if (m_rankDirty)
        const_cast<BarChartTile *>(this)->rank();
    QStringList labels;
    for (const Row &row : m_rows)
        labels.append(row.label);
    return labels;
}

Tile::Frame BarChartTile::frame() const
{
    QString title = m_config.title;
    if (title.isEmpty())
        title = m_config.indicatorTemplate.isEmpty() ? tr("Perbandingan Indikator")
                                                     : tr("Peringkat per Kecamatan");
    return frameFor(*m_binding, title, QString());
}

bool BarChartTile::sharedWordUnit() const
{
    const QString unit = m_binding->data(0, IndicatorModel::UnitRole).toString();
    if (unit.isEmpty() || Formatter::isAffixUnit(unit))
        return false;
    for (int i = 1; i < m_binding->count(); ++i)
        if (m_binding->data(i, IndicatorModel::UnitRole).toString() != unit)
            return false;
    return true;
}

QString BarChartTile::valueText(int index, bool withUnit) const
{
    if (!m_binding->hasValue(index))
        return QStringLiteral("\u2013");
    const double value = m_binding->value(index);
    const int decimals = m_binding->data(index, IndicatorModel::DecimalsRole).toInt();
    const QString unit = m_binding->data(index, IndicatorModel::UnitRole).toString();
    // A word unit shared by every row ("aduan") is written once, on the top row; on every row
    // it would be the widest and least informative part of the column.
    if (!withUnit && sharedWordUnit())
        return context().formatter->number(value, decimals);
    return context().formatter->compactValue(value, unit, decimals);
}

IndicatorStatus BarChartTile::rowStatus(int index) const
{
    return m_binding->data(index, IndicatorModel::StatusRole).value<IndicatorStatus>();
}

qreal BarChartTile::valueWidth(int rank, qreal px, bool unitOnTop) const
{
    const QFontMetricsF bold(theme().font(px, QFont::Bold));
    const Row &row = m_rows.at(rank);
    qreal width = bold.horizontalAdvance(valueText(row.index, unitOnTop && rank == 0)) + 1;
    if (const IndicatorStatus status = rowStatus(row.index); pastThresholds(status))
        width += px * 0.3 + bold.horizontalAdvance(Theme::statusIcon(status)) + 1;
    return width;
}

qreal BarChartTile::barLength(qreal px, qreal space, bool unitOnTop) const
{
    const qreal gap = px * 0.36; // between a bar's end and its value
    double maxValue = 0;
    for (const Row &row : m_rows)
        if (m_binding->hasValue(row.index))
            maxValue = std::max(maxValue, m_binding->value(row.index));
    qreal length = space;
    for (int r = 0; r < m_rows.size(); ++r) {
        const qreal room = space - gap - valueWidth(r, px, unitOnTop);
        if (room < 0)
            return -1;
        const Row &row = m_rows.at(r);
        const double value = m_binding->hasValue(row.index) ? m_binding->value(row.index) : 0;
        if (maxValue > 0 && value > 0)
            length = std::min<qreal>(length, room * maxValue / value);
    }
    return length;
}

BarChartTile::Layout BarChartTile::chooseLayout(const QSizeF &area) const
{
    const int total = int(m_rows.size());
    const int cap = m_config.limit > 0 ? std::min(total, m_config.limit) : total;
    const qreal small = smallTextSize();
    // Rows may be a little larger than body text when there is room, and no smaller than
    // what still reads across the room (or 10 px on a desktop): fewer names, each readable,
    // rather than all 22 too small to read.
    const int maxPx = int(std::floor(small * 1.3));
    const int minPx = int(std::ceil(std::max<qreal>(10, small * 0.9)));

    Layout best;
    auto better = [](const Layout &a, const Layout &b) {
        // More rows first, then larger text, then the unit shown, then fewer columns.
        if (a.shown != b.shown)
            return a.shown > b.shown;
        if (a.textPx != b.textPx)
            return a.textPx > b.textPx;
        if (a.unitOnTop != b.unitOnTop)
            return a.unitOnTop;
        return a.columns < b.columns;
    };
    for (const int columns : {1, 2}) {
        if (columns == 2 && cap < 8)
            break; // a short list reads best as one column
        for (int px = maxPx; px >= minPx; --px) {
            const QFontMetricsF metrics(theme().font(px));
            const qreal gap = px * 0.6;
            const qreal columnGap = px * 1.6;
            Layout candidate;
            candidate.columns = columns;
            candidate.textPx = px;
            candidate.columnWidth = (area.width() - (columns - 1) * columnGap) / columns;
            for (const Row &row : m_rows)
                candidate.nameWidth =
                    std::max(candidate.nameWidth, metrics.horizontalAdvance(row.label) + 1);
            const qreal space = candidate.columnWidth - candidate.nameWidth - gap;
            // A bar shorter than this compares nothing: better fewer rows, or one column.
            const qreal barMin = std::max<qreal>(candidate.columnWidth * 0.3, px * 5);
            candidate.unitOnTop = sharedWordUnit();
            candidate.barLength = barLength(px, space, candidate.unitOnTop);
            if (candidate.unitOnTop && candidate.barLength < barMin) {
                candidate.unitOnTop = false; // the title names the unit; the bars matter more
                candidate.barLength = barLength(px, space, false);
            }
            if (candidate.barLength < barMin)
                continue;
            candidate.rowHeight = std::ceil(metrics.height() * 1.3);
            const qreal footer = metrics.height() * 1.2;
            if (cap == total && int(area.height() / candidate.rowHeight) * columns >= total)
                candidate.shown = total;
            else
                candidate.shown =
                    std::min(cap, std::max(0, int((area.height() - footer) / candidate.rowHeight)) *
                                      columns);
            candidate.perColumn = (candidate.shown + columns - 1) / columns;
            // Rows spread over the height they have, up to a comfortable spacing, so a short
            // list does not huddle at the top of the tile.
            if (candidate.perColumn > 0) {
                const qreal room = candidate.shown < total ? area.height() - footer : area.height();
                candidate.rowHeight =
                    std::max(candidate.rowHeight, std::min(std::floor(metrics.height() * 1.6),
                                                           std::floor(room / candidate.perColumn)));
            }
            if (candidate.shown > 0 && better(candidate, best))
                best = candidate;
            if (candidate.shown == cap)
                break; // smaller text would show nothing more
        }
    }
    return best;
}

void BarChartTile::paintContent(QPainter &painter, const QRectF &area, const Frame &frame)
{
    m_shownRows = 0;
    if (m_rankDirty)
        rank();
    const Theme &theme = this->theme();
    if (m_rows.isEmpty()) {
        drawText(painter, area, tr("Tidak ada indikator untuk ditampilkan"),
                 theme.font(smallTextSize()), theme.mutedText, Qt::AlignCenter);
        return;
    }
    const Layout layout = chooseLayout(area.size());
    if (layout.shown == 0)
        return;

    const bool dimmed =
        frame.status == IndicatorStatus::Error || frame.status == IndicatorStatus::Stale;
    const qreal px = layout.textPx;
    const QFont font = theme.font(px);
    const QFont bold = theme.font(px, QFont::Bold);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    const qreal gap = px * 0.6;
    const qreal columnGap = px * 1.6;
    const qreal rowHeight = layout.rowHeight;
    const qreal barHeight = std::round(rowHeight * 0.62);
    double maxValue = 0;
    for (const Row &row : std::as_const(m_rows))
        if (m_binding->hasValue(row.index))
            maxValue = std::max(maxValue, m_binding->value(row.index));

    for (int k = 0; k < layout.shown; ++k) {
        const Row &row = m_rows.at(k);
        const int column = k / layout.perColumn;
        const qreal x = area.left() + column * (layout.columnWidth + columnGap);
        const qreal y = area.top() + (k % layout.perColumn) * rowHeight;
        // The name column is as wide as the longest of all names, so the bars start at one
        // line and keep their place when the ranking changes.
        drawText(painter, QRectF(x, y, layout.nameWidth, rowHeight), row.label, font,
                 dimmed ? theme.mutedText : theme.text);

        const qreal barLeft = x + layout.nameWidth + gap;
        qreal valueLeft = barLeft;
        const IndicatorStatus status = rowStatus(row.index);
        if (m_binding->hasValue(row.index)) {
            const double value = m_binding->value(row.index);
            qreal length = maxValue > 0 ? std::max(0.0, value) / maxValue * layout.barLength : 0;
            if (value > 0)
                length = std::max<qreal>(length, 2); // a small value is still a visible bar
            QColor color =
                pastThresholds(status) ? theme.statusColor(status) : theme.seriesColor(0);
            if (dimmed)
                color = Theme::mix(color, theme.surface, 0.55);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            const qreal radius = std::min<qreal>(barHeight * 0.2, length / 2);
            painter.drawRoundedRect(
                QRectF(barLeft, y + (rowHeight - barHeight) / 2, length, barHeight), radius,
                radius);
            valueLeft = barLeft + length + px * 0.36;
        }
        const QString value = valueText(row.index, layout.unitOnTop && k == 0);
        const qreal valueTextWidth = boldMetrics.horizontalAdvance(value) + 1;
        drawText(painter, QRectF(valueLeft, y, valueTextWidth, rowHeight), value, bold,
                 dimmed ? theme.mutedText : theme.text);
        if (pastThresholds(status)) {
            // The status in a glyph as well as the bar's colour: not colour alone.
            const QString icon = Theme::statusIcon(status);
            const qreal iconWidth = boldMetrics.horizontalAdvance(icon) + 1;
            const QColor iconColor =
                dimmed ? theme.mutedText : theme.statusColor(status).lighter(150);
            drawText(painter,
                     QRectF(valueLeft + valueTextWidth + px * 0.3, y, iconWidth, rowHeight), icon,
                     bold, iconColor);
        }
    }
    m_shownRows = layout.shown;

    if (const int hidden = int(m_rows.size()) - layout.shown; hidden > 0) {
        // A note, not a row: at body size however large the rows are.
        const QFont noteFont = theme.font(std::min(px, smallTextSize()));
        const QRectF moreRect(area.left(), area.top() + layout.perColumn * rowHeight, area.width(),
                              QFontMetricsF(noteFont).height() * 1.2);
        drawText(painter, moreRect, tr("+%1 lainnya").arg(hidden), noteFont, theme.mutedText);
    }
}

} // namespace Pantau
