#include "DeskTable.h"

#include "ColumnsProxyModel.h"

#include <QHeaderView>
#include <QTableView>

namespace Pantau::DeskTable {

QTableView *make(ColumnsProxyModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->column(c).width > 0)
            table->setColumnWidth(c, model->column(c).width);
    return table;
}

} // namespace Pantau::DeskTable
