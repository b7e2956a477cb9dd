#pragma once

#include "Tile.h"

#include <QPersistentModelIndex>

namespace Pantau {

class IndicatorModel;

// One indicator as a big number with its unit, readable across the room. Repaints only when its
// own row of the indicator model changes.
class KpiTile : public Tile
{
    Q_OBJECT

public:
    KpiTile(const TileContext &context, IndicatorModel *model, const QString &indicatorId,
            QWidget *parent = nullptr);

    // The value as drawn ("88,42%"), or a dash while there is none. Also the accessible name.
    QString valueText() const;

protected:
    Frame frame() const override;
    void paintContent(QPainter &painter, const QRectF &area, const Frame &frame) override;

private:
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateAccessibleText();

    IndicatorModel *m_model;
    QPersistentModelIndex m_index;
};

} // namespace Pantau
