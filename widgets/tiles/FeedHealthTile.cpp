#include "tiles/FeedHealthTile.h"

#include "locale/Formatter.h"
#include "theme/TextFit.h"
#include "theme/Theme.h"
#include "time/Clock.h"

#include <QPainter>

#include <algorithm>

namespace Pantau {

namespace {

using FeedState = FeedHealthModel::FeedState;

int urgency(FeedState state)
{
    switch (state) {
    case FeedState::Failing:
        return 0;
    case FeedState::Late:
        return 1;
    case FeedState::Ok:
    case FeedState::Waiting:
        break;
    }
    return 2;
}

// The frame's status colours, so a failing feed looks like a failing tile.
IndicatorStatus statusOf(FeedState state)
{
    switch (state) {
    case FeedState::Failing:
        return IndicatorStatus::Error;
    case FeedState::Late:
        return IndicatorStatus::Stale;
    case FeedState::Ok:
        return IndicatorStatus::Ok;
    case FeedState::Waiting:
        break;
    }
    return IndicatorStatus::NoData;
}

QString badgeText(FeedState state)
{
    switch (state) {
    case FeedState::Failing:
        return FeedHealthTile::tr("\u26a0 Gagal");
    case FeedState::Late:
        return FeedHealthTile::tr("\u25f7 Terlambat");
    case FeedState::Ok:
        return FeedHealthTile::tr("\u2713 Normal");
    case FeedState::Waiting:
        break;
    }
    return FeedHealthTile::tr("\u2026 Menunggu");
}

} // namespace

FeedHealthTile::FeedHealthTile(const TileContext &context, const TileConfig &config,
                               QWidget *parent)
    : Tile(context, parent)
    , m_config(config)
{
    if (!context.health)
        return;
    connect(context.health, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                forgetRows();
                // Latency, size and the next poll change with every poll and are not shown.
                static const QList<int> shown = {
                    FeedHealthModel::StateRole,        FeedHealthModel::LastSuccessRole,
                    FeedHealthModel::FailingSinceRole, FeedHealthModel::LastErrorKindRole,
                    FeedHealthModel::OpdRole,          FeedHealthModel::NameRole};
                // Each poll moves the last success; the row shows it only as an age, which
                // mostly reads the same as before.
                if (roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(),
                                                   [](int role) { return shown.contains(role); }))
                    markDirtyIfChanged();
            });
    // Any other change of the model's rows: read them again, and repaint.
    const auto rowsChanged = [this] {
        forgetRows();
        markDirty();
    };
    connect(context.health, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(context.health, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(context.health, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(context.health, &QAbstractItemModel::rowsMoved, this, rowsChanged);
    connect(context.health, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(context.health, &FeedHealthModel::missingScreensChanged, this,
            &FeedHealthTile::markDirty);
    connect(context.health, &FeedHealthModel::siteLinkChanged, this, rowsChanged);
}

const QList<FeedHealthTile::Row> &FeedHealthTile::sortedRows() const
{
    if (m_rows)
        return *m_rows;
    QList<Row> &rows = m_rows.emplace();
    const FeedHealthModel *model = context().health;
    if (!model)
        return rows;
    // A node's values all come through its site link: it is a row like a feed's, first among
    // equals, and failing when the broker or the collector is gone.
    if (const std::optional<FeedHealthModel::SiteLink> &link = model->siteLink())
        rows.append({QString(), link->name, QString(),
                     link->up ? FeedState::Ok : FeedState::Failing,
                     link->up ? link->since : QDateTime(), link->up ? QDateTime() : link->since,
                     link->up ? FailureKind::None : FailureKind::Unreachable, link->reason});
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex index = model->index(i);
        rows.append({index.data(FeedHealthModel::IdRole).toString(),
                     index.data(FeedHealthModel::NameRole).toString(),
                     index.data(FeedHealthModel::OpdRole).toString(),
                     index.data(FeedHealthModel::StateRole).value<FeedState>(),
                     index.data(FeedHealthModel::LastSuccessRole).toDateTime(),
                     index.data(FeedHealthModel::FailingSinceRole).toDateTime(),
                     index.data(FeedHealthModel::LastErrorKindRole).value<FailureKind>()});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return urgency(a.state) < urgency(b.state);
    });
    return rows;
}

QString FeedHealthTile::sinceText(const Row &row) const
{
    const Formatter &format = *context().formatter;
    if (row.state == FeedState::Failing && row.failingSince.isValid())
        return tr("sejak %1").arg(format.eventTime(row.failingSince, context().clock->now()));
    if (row.lastSuccess.isValid())
        return format.age(row.lastSuccess.secsTo(context().clock->now()));
    return {};
}

QString FeedHealthTile::contentLook() const
{
    QStringList look;
    for (const Row &row : sortedRows())
        look.append(QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                        .arg(row.id, row.name, row.opd, sinceText(row))
                        .arg(int(row.state))
                        .arg(int(row.errorKind))
                        .arg(row.reason));
    return look.join(u'\n');
}

QDateTime FeedHealthTile::nextContentChange() const
{
    // The soonest moment a row's "2 menit lalu" turns into the next minute, hour or day.
    const QDateTime now = context().clock->now();
    QDateTime soonest;
    for (const Row &row : sortedRows()) {
        if (!row.lastSuccess.isValid() ||
            (row.state == FeedState::Failing && row.failingSince.isValid()))
            continue; // no age shown, or a failure's fixed time instead
        const QDateTime change =
            now.addSecs(Formatter::secondsUntilAgeChanges(row.lastSuccess.secsTo(now)));
        if (!soonest.isValid() || change < soonest)
            soonest = change;
    }
    return soonest;
}

Tile::Frame FeedHealthTile::frame() const
{
    Frame f;
    f.title = m_config.title.isEmpty() ? tr("Kesehatan Feed") : m_config.title;
    const QList<Row> rows = sortedRows();
    // The site link is a row, not a source of data.
    f.dimension =
        tr("%n sumber data", nullptr, context().health ? context().health->rowCount() : 0);
    bool anyFailing = false, anyLate = false, allWaiting = true;
    for (const Row &row : rows) {
        anyFailing = anyFailing || row.state == FeedState::Failing;
        anyLate = anyLate || row.state == FeedState::Late;
        allWaiting = allWaiting && row.state == FeedState::Waiting;
        // The oldest last success: the age shown is never flattering.
        if (row.lastSuccess.isValid() && (!f.dataTime.isValid() || row.lastSuccess < f.dataTime))
            f.dataTime = row.lastSuccess;
    }
    f.status = anyFailing   ? IndicatorStatus::Error
               : anyLate    ? IndicatorStatus::Stale
               : allWaiting ? IndicatorStatus::NoData
                            : IndicatorStatus::Ok;
    // A wall screen without its monitor is named here too, where the operator looks for what
    // the wall is failing to show.
    if (const QStringList &missing = context().health->missingScreens(); !missing.isEmpty()) {
        f.error = tr("Layar tidak terhubung: %1").arg(missing.join(QStringLiteral(", ")));
        if (f.status != IndicatorStatus::Error)
            f.status = IndicatorStatus::Warning;
    }
    return f;
}

void FeedHealthTile::paintContent(QPainter &painter, const QRectF &area, const Frame &)
{
    m_shownFeeds.clear();
    const Theme &theme = this->theme();
    const QList<Row> rows = sortedRows();
    const qreal size = smallTextSize();
    const QFont font = theme.font(size);
    const QFont badgeFont = theme.font(size, QFont::Bold);
    const QFontMetricsF metrics(font);
    const QFontMetricsF badgeMetrics(badgeFont);
    const qreal lineHeight = metrics.height() * 1.1;
    const qreal rowPad = lineHeight * 0.18;
    if (rows.isEmpty() || area.height() < lineHeight)
        return;

    // The badge column, as wide as its widest word; the rest is the feed's name and its time.
    const qreal gap = size * 0.7;
    qreal badgeWidth = 0;
    for (const Row &row : rows)
        badgeWidth = std::max(badgeWidth, badgeMetrics.horizontalAdvance(badgeText(row.state)));
    badgeWidth += size * 0.9;
    const qreal nameLeft = area.left() + badgeWidth + gap;
    const qreal nameRoom = area.right() - nameLeft;
    const QColor reasonColor = theme.statusColor(IndicatorStatus::Error).lighter(170);

    const QString dot = QStringLiteral(" \u00b7 ");
    auto sinceWidthOf = [&](const Row &row) {
        const QString since = sinceText(row);
        return since.isEmpty() ? qreal(0) : metrics.horizontalAdvance(since) + gap;
    };

    const QString more = tr("+%1 lainnya");
    const qreal singleRow = lineHeight + rowPad * 2;
    qreal y = area.top();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        // A time with no room beside a long name leads a failure's reason instead, and is left
        // out of a row without one. A name wider than the whole line is cut with an ellipsis:
        // every row reads alike, a name, never an id in one row and a name in the next.
        const QString since = sinceText(row);
        const qreal sinceWidth = sinceWidthOf(row);
        const qreal nameWidth = metrics.horizontalAdvance(row.name);
        const bool sinceOnLine = nameWidth + sinceWidth <= nameRoom;
        const QString name = nameWidth <= nameRoom
                                 ? row.name
                                 : metrics.elidedText(row.name, Qt::ElideRight, nameRoom);
        QStringList reason;
        if (row.state == FeedState::Failing) {
            QString text =
                row.reason.isEmpty() ? Formatter::failure(row.errorKind, row.opd) : row.reason;
            if (!sinceOnLine && !since.isEmpty())
                text = since + dot + text;
            reason = TextFit::wrap(text, metrics, nameRoom, 3);
            if (reason.isEmpty()) // the last resort, on a tile far narrower than a wall's
                reason = {TextFit::leadingWords(text, metrics, nameRoom)};
        }
        const qsizetype remaining = rows.size() - i - 1;
        // Room for this row, and below it for one more: the next row or the "+N lainnya" line.
        auto fits = [&](qreal height) {
            return y + height + (remaining > 0 ? singleRow : 0) <= area.bottom();
        };
        qreal height = singleRow + reason.size() * lineHeight;
        if (!reason.isEmpty() && !fits(height)) {
            reason.clear(); // the badge and the time stay; the words give way
            height = singleRow;
        }
        if (!fits(height)) {
            const int hidden = int(rows.size() - i);
            bool allOk = true;
            for (qsizetype j = i; j < rows.size(); ++j)
                allOk = allOk && rows.at(j).state == FeedState::Ok;
            const QRectF line(area.left(), y + rowPad, area.width(), lineHeight);
            if (!allOk || !drawText(painter, line, tr("+%1 lainnya, semua normal").arg(hidden),
                                    font, theme.mutedText))
                drawText(painter, line, more.arg(hidden), font, theme.mutedText);
            break;
        }
        if (i > 0) {
            painter.setPen(QPen(theme.surfaceBorder, 1));
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        }
        const qreal top = y + rowPad;
        const IndicatorStatus status = statusOf(row.state);
        const QRectF badge(area.left(), top + lineHeight * 0.04, badgeWidth, lineHeight * 0.92);
        if (row.state == FeedState::Failing || row.state == FeedState::Late) {
            // Trouble on a coloured pill, so it stands out of a list of calm rows.
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme.statusColor(status));
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
            drawText(painter, badge, badgeText(row.state), badgeFont, theme.statusText(status),
                     Qt::AlignCenter);
        } else {
            const QColor color = row.state == FeedState::Ok
                                     ? theme.statusColor(IndicatorStatus::Ok).lighter(125)
                                     : theme.mutedText;
            drawText(painter, badge.adjusted(size * 0.45, 0, 0, 0), badgeText(row.state), badgeFont,
                     color);
        }

        drawText(painter, QRectF(nameLeft, top, std::min(nameRoom, nameWidth + 1), lineHeight),
                 name, font, theme.text);
        if (sinceOnLine && !since.isEmpty())
            drawText(painter, QRectF(area.right() - sinceWidth, top, sinceWidth, lineHeight), since,
                     font, row.state == FeedState::Failing ? theme.text : theme.mutedText,
                     Qt::AlignRight | Qt::AlignVCenter);
        qreal reasonTop = top + lineHeight;
        for (const QString &line : std::as_const(reason)) {
            drawText(painter, QRectF(nameLeft, reasonTop, nameRoom, lineHeight), line, font,
                     reasonColor);
            reasonTop += lineHeight;
        }
        m_shownFeeds.append(row.id);
        y += height;
    }
}

} // namespace Pantau
