#include "HealthPanel.h"

#include "ColumnsProxyModel.h"
#include "DeskColumns.h"
#include "DeskTable.h"
#include "WallControl.h"
#include "state/FeedHealthModel.h"

#include <QTableView>
#include <QVBoxLayout>

namespace Pantau {

HealthPanel::HealthPanel(WallControl *wall, QWidget *parent)
    : QWidget(parent)
    , m_model(new ColumnsProxyModel(this))
{
    for (const ColumnsProxyModel::Column &column :
         DeskColumns::health([wall]() -> const TileContext & { return wall->tileContext(); }))
        m_model->addColumn(column);
    auto *layout = new QVBoxLayout(this);
    m_table = DeskTable::make(m_model, this);
    layout->addWidget(m_table, 1);
}

void HealthPanel::setSource(FeedHealthModel *health)
{
    m_model->setSourceModel(health);
}

void HealthPanel::refreshTimes()
{
    m_model->refreshColumn(DeskColumns::HealthLastSuccess);
}

} // namespace Pantau
