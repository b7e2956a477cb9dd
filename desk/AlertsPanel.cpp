#include "AlertsPanel.h"

#include "ColumnsProxyModel.h"
#include "DeskColumns.h"
#include "DeskTable.h"
#include "state/AlertModel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Pantau {

AlertsPanel::AlertsPanel(WallControl *wall, QWidget *parent)
    : QWidget(parent)
    , m_wall(wall)
    , m_model(new ColumnsProxyModel(this))
{
    for (const ColumnsProxyModel::Column &column :
         DeskColumns::alerts([wall]() -> const TileContext & { return wall->tileContext(); }))
        m_model->addColumn(column);
    auto *layout = new QVBoxLayout(this);
    m_table = DeskTable::make(m_model, this);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_ackButton = new QPushButton(tr("A&kui…"), this);
    m_ackButton->setToolTip(tr("Catat bahwa peringatan terpilih sudah dilihat dan ditangani."));
    buttons->addWidget(m_ackButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_ackButton, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    connect(m_table, &QTableView::activated, this, &AlertsPanel::acknowledgeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPanel::updateControls);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &AlertsPanel::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsPanel::updateControls);
    updateControls();
}

AlertsPanel::~AlertsPanel()
{
    closeDialog();
}

void AlertsPanel::setSource(AlertModel *alerts)
{
    if (!alerts)
        closeDialog();
    m_model->setSourceModel(alerts);
    updateControls();
}

void AlertsPanel::refreshTimes()
{
    m_model->refreshColumn(DeskColumns::AlertSince);
}

void AlertsPanel::closeDialog()
{
    delete m_ackDialog;
}

void AlertsPanel::updateControls()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const QModelIndex source =
        selected.isEmpty() ? QModelIndex() : m_model->mapToSource(selected.first());
    m_ackButton->setEnabled(source.isValid() &&
                            !source.data(AlertModel::AcknowledgedRole).toBool());
    emit countChanged(m_model->rowCount());
}

void AlertsPanel::acknowledgeSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty() || !m_wall->hub())
        return;
    const QModelIndex source = m_model->mapToSource(selected.first());
    if (!source.isValid() || source.data(AlertModel::AcknowledgedRole).toBool())
        return;
    delete m_ackDialog;
    m_ackDialog = new AcknowledgeDialog(source.data(AlertModel::RuleRole).toString(),
                                        source.data(AlertModel::MessageRole).toString(),
                                        m_operatorName, window());
    m_ackDialog->setAttribute(Qt::WA_DeleteOnClose);
    AcknowledgeDialog *dialog = m_ackDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_operatorName = dialog->operatorName();
        if (!m_wall->hub())
            return;
        const WallControl::Result result =
            m_wall->acknowledge(dialog->ruleId(), dialog->operatorName(), dialog->note());
        switch (result.state) {
        case WallControl::Result::State::Done:
            emit message(tr("Peringatan %1 diakui.").arg(dialog->ruleId()), 5000);
            break;
        case WallControl::Result::State::Pending:
            emit message(tr("Peringatan %1: menunggu collector.").arg(dialog->ruleId()), 0);
            break;
        case WallControl::Result::State::Refused:
            emit message(result.why, 8000);
            break;
        }
        updateControls();
    });
    m_ackDialog->open();
}

} // namespace Pantau
