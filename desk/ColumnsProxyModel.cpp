#include "ColumnsProxyModel.h"

namespace Pantau {

ColumnsProxyModel::ColumnsProxyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ColumnsProxyModel::addColumn(const QString &header, Cell cell)
{
    beginInsertColumns(QModelIndex(), int(m_columns.size()), int(m_columns.size()));
    m_columns.append({header, std::move(cell)});
    endInsertColumns();
}

void ColumnsProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_source = source;
    if (source) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(source, &M::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        beginInsertRows(QModelIndex(), first, last);
                    }),
            connect(source, &M::rowsInserted, this, [this] { endInsertRows(); }),
            connect(source, &M::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        beginRemoveRows(QModelIndex(), first, last);
                    }),
            connect(source, &M::rowsRemoved, this, [this] { endRemoveRows(); }),
            connect(source, &M::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(source, &M::modelReset, this, [this] { endResetModel(); }),
            // Moves and re-sorts are rare here; a reset is simpler than mapping them.
            connect(source, &M::layoutAboutToBeChanged, this, [this] { beginResetModel(); }),
            connect(source, &M::layoutChanged, this, [this] { endResetModel(); }),
            connect(source, &M::rowsAboutToBeMoved, this, [this] { beginResetModel(); }),
            connect(source, &M::rowsMoved, this, [this] { endResetModel(); }),
            connect(source, &M::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        if (m_columns.isEmpty())
                            return;
                        emit dataChanged(index(topLeft.row(), 0),
                                         index(bottomRight.row(), int(m_columns.size()) - 1));
                    }),
            // Rows vanish with their model; QPointer clears m_source at the same moment.
            connect(source, &QObject::destroyed, this,
                    [this] {
                        beginResetModel();
                        m_connections.clear();
                        endResetModel();
                    }),
        };
    }
    endResetModel();
}

QModelIndex ColumnsProxyModel::mapToSource(const QModelIndex &index) const
{
    if (!m_source || !index.isValid() || index.model() != this)
        return {};
    return m_source->index(index.row(), 0);
}

void ColumnsProxyModel::refreshColumn(int column)
{
    const int rows = rowCount();
    if (rows > 0 && column >= 0 && column < columnCount())
        emit dataChanged(index(0, column), index(rows - 1, column), {Qt::DisplayRole});
}

int ColumnsProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->rowCount();
}

int ColumnsProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ColumnsProxyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex source = mapToSource(index);
    if (!source.isValid())
        return {};
    return m_columns.at(index.column()).cell(source, role);
}

QVariant ColumnsProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Pantau
