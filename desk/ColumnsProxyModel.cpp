#include "ColumnsProxyModel.h"

#include <algorithm>

namespace Pantau {

ColumnsProxyModel::ColumnsProxyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ColumnsProxyModel::addColumn(const Column &column)
{
    beginInsertColumns(QModelIndex(), int(m_columns.size()), int(m_columns.size()));
    m_columns.append(column);
    endInsertColumns();
}

void ColumnsProxyModel::forwardDataChanged(const QModelIndex &topLeft,
                                           const QModelIndex &bottomRight, const QList<int> &roles)
{
    // Each run of neighbouring columns that read a changed role gets one signal. The cells'
    // roles are the view's (display, colour, font), not the source's, so all of them are said
    // to have changed.
    const auto reads = [&](const Column &column) {
        if (roles.isEmpty() || column.sourceRoles.isEmpty())
            return true;
        return std::any_of(roles.cbegin(), roles.cend(),
                           [&](int role) { return column.sourceRoles.contains(role); });
    };
    const int columns = int(m_columns.size());
    for (int first = 0; first < columns;) {
        if (!reads(m_columns.at(first))) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < columns && reads(m_columns.at(last + 1)))
            ++last;
        emit dataChanged(index(topLeft.row(), first), index(bottomRight.row(), last));
        first = last + 1;
    }
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
            connect(source, &M::dataChanged, this, &ColumnsProxyModel::forwardDataChanged),
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
