#pragma once

#include "config/Config.h"
#include "state/FeedHealthModel.h"
#include "tiles/Tile.h"

#include <optional>

namespace Pantau {

// How every feed is doing, one row each, the troubled ones first: a badge with an icon and a
// word ("⚠ Gagal", "◷ Terlambat", "✓ Normal", "… Menunggu"), the agency (OPD) and feed, and
// since when ("sejak 13.05" for a failure, "2 menit lalu" for the last success), with the plain
// reason of a failure beneath when there is room. What does not fit is counted in "+N lainnya".
class FeedHealthTile : public Tile
{
    Q_OBJECT

public:
    FeedHealthTile(const TileContext &context, const TileConfig &config, QWidget *parent = nullptr);

    // The feed ids listed in the last paint, top down.
    const QStringList &shownFeeds() const { return m_shownFeeds; }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;
    QString contentLook() const override;
    QDateTime nextContentChange() const override;

private:
    struct Row
    {
        QString id;
        QString name; // what the room reads: the feed's name in the UI's language
        QString opd;
        FeedHealthModel::FeedState state;
        QDateTime lastSuccess;
        QDateTime failingSince;
        FailureKind errorKind;
        QString reason = {}; // said instead of the kind's words (the site link's)
    };
    // Every feed, failing first, then late, then the rest in config order. Read from the model
    // once after each change of it: a poll asks for the frame, the look and the next change, and
    // a paint for the frame and the rows again.
    const QList<Row> &sortedRows() const;
    QString sinceText(const Row &row) const;
    void forgetRows() { m_rows.reset(); }

    TileConfig m_config;
    QStringList m_shownFeeds;
    mutable std::optional<QList<Row>> m_rows;
};

} // namespace Pantau
