#pragma once

#include "config/Config.h"
#include "formats/EventRecord.h"
#include "tiles/Tile.h"

namespace Pantau {

class RecordsBinding;

// The latest event records of some feeds as a table, newest first: time, kecamatan, category,
// status (a coloured dot and the word) and the description. When the tile is narrow it drops
// whole columns (category, then kecamatan, then status) and lets a description take two lines,
// rather than cutting any word. Repaints only when a record of its own feeds changes.
class TableTile : public Tile
{
    Q_OBJECT

public:
    TableTile(const TileContext &context, const TileConfig &config, QWidget *parent = nullptr);

    // The columns shown in the last paint, in order: "time", "kecamatan", "category", "status",
    // "description".
    const QStringList &shownColumns() const { return m_shownColumns; }
    // Rows shown in the last paint.
    int shownRows() const { return m_shownRows; }

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;

private:
    TileConfig m_config;
    RecordsBinding *m_binding; // child
    QStringList m_shownColumns;
    int m_shownRows = 0;
};

} // namespace Pantau
