#include "tiles/TableTile.h"

#include "binding/RecordsBinding.h"
#include "locale/Formatter.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"
#include "tiles/EventText.h"
#include "time/Clock.h"

#include <QPainter>

namespace Pantau {

namespace {

enum class Column { Time, Kecamatan, Category, Status, Description };

QString columnKey(Column column)
{
    switch (column) {
    case Column::Time:
        return QStringLiteral("time");
    case Column::Kecamatan:
        return QStringLiteral("kecamatan");
    case Column::Category:
        return QStringLiteral("category");
    case Column::Status:
        return QStringLiteral("status");
    case Column::Description:
        break;
    }
    return QStringLiteral("description");
}

// One record as the table will draw it: the description already broken into lines.
struct RowLayout
{
    EventRecord record;
    QStringList lines;
    bool today = true;
    qreal height = 0;
};

} // namespace

TableTile::TableTile(const TileContext &context, const TileConfig &config, QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
    , m_binding(new RecordsBinding(context.records, context.health, config.feeds, this))
{
    connect(m_binding, &RecordsBinding::recordsChanged, this, &TableTile::markDirty);
    connect(m_binding, &RecordsBinding::healthChanged, this, &TableTile::markDirty);
}

Tile::Frame TableTile::frame() const
{
    return frameFor(*m_binding, m_config.title);
}

void TableTile::paintContent(QPainter &painter, const QRectF &area, const Frame &)
{
    m_shownColumns.clear();
    m_shownRows = 0;
    const Theme &theme = this->theme();
    const Formatter &format = *context().formatter;
    const QDateTime now = context().clock->now();
    const qreal size = smallTextSize();
    const QFont font = theme.font(size);
    const QFont boldFont = theme.font(size, QFont::DemiBold);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(boldFont);
    const qreal lineHeight = metrics.height() * 1.08;
    const qreal rowPad = lineHeight * 0.22;
    if (area.height() < lineHeight + rowPad * 2)
        return;

    // No more rows than could ever fit, even one line each.
    const int fitCap = int(area.height() / (lineHeight + rowPad * 2)) + 1;
    const int cap = m_config.limit > 0 ? std::min(m_config.limit, fitCap) : fitCap;
    const QList<EventRecord> records = m_binding->latest(cap);
    if (records.isEmpty()) {
        drawText(painter, area, tr("Belum ada kejadian"), font, theme.mutedText, Qt::AlignCenter);
        return;
    }

    // Each column as wide as its widest cell among the rows that may be shown.
    const qreal gap = size * 0.9;
    const qreal dot = size * 0.6;
    qreal timeWidth = 0, kecamatanWidth = 0, categoryWidth = 0, statusWidth = 0;
    for (const EventRecord &r : records) {
        timeWidth = std::max(timeWidth, boldMetrics.horizontalAdvance(format.time(r.time)));
        if (!format.isSameDay(r.time, now))
            timeWidth = std::max(timeWidth, metrics.horizontalAdvance(format.shortDate(r.time)));
        kecamatanWidth = std::max(kecamatanWidth, metrics.horizontalAdvance(r.kecamatan));
        categoryWidth =
            std::max(categoryWidth, metrics.horizontalAdvance(EventText::category(r.category)));
        if (!r.status.isEmpty())
            statusWidth =
                std::max(statusWidth, dot + size * 0.4 + metrics.horizontalAdvance(r.status));
    }
    auto widthOf = [&](Column c) {
        switch (c) {
        case Column::Time:
            return timeWidth;
        case Column::Kecamatan:
            return kecamatanWidth;
        case Column::Category:
            return categoryWidth;
        case Column::Status:
            return statusWidth;
        case Column::Description:
            break;
        }
        return qreal(0);
    };

    // Columns give way in this order before a description would need more than two lines. A
    // description narrower than this is no longer worth reading.
    const QList<Column> dropOrder = {Column::Category, Column::Kecamatan, Column::Status};
    const qreal minDescription = std::max(area.width() * 0.3, size * 9);
    QList<Column> columns;
    QList<RowLayout> rows;
    bool fitted = false;
    for (int dropped = 0; dropped <= dropOrder.size() && !fitted; ++dropped) {
        columns = {Column::Time, Column::Kecamatan, Column::Category, Column::Status};
        for (int i = 0; i < dropped; ++i)
            columns.removeOne(dropOrder.at(i));
        // A column nobody fills (a feed without categories) takes no room.
        columns.removeIf([&](Column c) { return widthOf(c) <= 0; });
        qreal used = 0;
        for (Column c : std::as_const(columns))
            used += widthOf(c) + gap;
        const qreal descriptionWidth = area.width() - used;
        const bool last = dropped == dropOrder.size();
        if (descriptionWidth < minDescription && !last)
            continue;
        rows.clear();
        fitted = true;
        qreal height = 0;
        for (const EventRecord &r : records) {
            RowLayout row{r, {}, format.isSameDay(r.time, now), 0};
            row.lines = TextFit::wrap(r.text, metrics, descriptionWidth, 1);
            if (row.lines.isEmpty())
                row.lines = TextFit::wrap(r.text, metrics, descriptionWidth, 2);
            if (row.lines.isEmpty()) {
                // A row that would not be shown anyway costs no column.
                if (height + 2 * lineHeight + rowPad * 2 > area.height())
                    break;
                if (!last) {
                    fitted = false;
                    break;
                }
                // The last resort: the leading words of a description too long for two lines.
                const QStringList first = TextFit::wrap(r.text, metrics, descriptionWidth, 1000);
                const QString rest = QStringList(first.mid(1)).join(u' ');
                row.lines = {first.value(0),
                             TextFit::leadingWords(rest, metrics, descriptionWidth)};
            }
            const int lineCount = std::max<int>(row.lines.size(), row.today ? 1 : 2);
            row.height = lineCount * lineHeight + rowPad * 2;
            if (height + row.height > area.height())
                break; // rows that do not fit are left out, never squeezed
            height += row.height;
            rows.append(row);
        }
        fitted = fitted || last;
    }

    m_shownColumns.clear();
    for (Column c : std::as_const(columns))
        m_shownColumns.append(columnKey(c));
    m_shownColumns.append(columnKey(Column::Description));

    qreal top = area.top();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RowLayout &row = rows.at(i);
        const EventRecord &r = row.record;
        if (i > 0) {
            painter.setPen(QPen(theme.surfaceBorder, 1));
            painter.drawLine(QPointF(area.left(), top), QPointF(area.right(), top));
        }
        const qreal lineTop = top + rowPad;
        qreal x = area.left();
        for (Column c : std::as_const(columns)) {
            const qreal w = widthOf(c);
            const QRectF cell(x, lineTop, w + 1, lineHeight);
            switch (c) {
            case Column::Time:
                drawText(painter, cell, format.time(r.time), boldFont, theme.text);
                if (!row.today)
                    drawText(painter, cell.translated(0, lineHeight), format.shortDate(r.time),
                             font, theme.mutedText);
                break;
            case Column::Kecamatan:
                drawText(painter, cell, r.kecamatan, font, theme.text);
                break;
            case Column::Category:
                drawText(painter, cell, EventText::category(r.category), font, theme.mutedText);
                break;
            case Column::Status:
                if (!r.status.isEmpty()) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(EventText::statusColor(theme, r.status));
                    painter.drawEllipse(QRectF(x, cell.center().y() - dot / 2, dot, dot));
                    drawText(painter, cell.adjusted(dot + size * 0.4, 0, 0, 0), r.status, font,
                             theme.text);
                }
                break;
            case Column::Description:
                break;
            }
            x += w + gap;
        }
        qreal lineY = lineTop;
        for (const QString &line : row.lines) {
            drawText(painter, QRectF(x, lineY, area.right() - x, lineHeight), line, font,
                     theme.text);
            lineY += lineHeight;
        }
        top += row.height;
    }
    m_shownRows = int(rows.size());
}

} // namespace Pantau
