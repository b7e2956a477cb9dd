#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace Pantau {

// Shows a list model (one row per item, many roles) as a table, one column per aspect, for the
// control desk's QTableViews. Each column is a function from the source row's index and a
// display role to what the cell shows, and names the source roles it reads. Rows follow the
// source's inserts, removals and resets. A dataChanged of the source is passed on for the
// columns that read one of its roles, and no others: a poll that only moves a fetch time
// repaints no cell that does not show it. A source that is destroyed (a config reload tears the
// models down) leaves an empty table until the next source is set.
class ColumnsProxyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Cell = std::function<QVariant(const QModelIndex &source, int role)>;
    struct Column
    {
        QString header;
        // The source roles the cell reads; empty: it may read any, so every change repaints it.
        QList<int> sourceRoles;
        Cell cell;
        int width = 0; // a starting width for the view, in pixels; 0: the view's own
    };

    explicit ColumnsProxyModel(QObject *parent = nullptr);

    void addColumn(const Column &column);
    const Column &column(int index) const { return m_columns.at(index); }
    void setSourceModel(QAbstractItemModel *source);
    QAbstractItemModel *sourceModel() const { return m_source; }
    QModelIndex mapToSource(const QModelIndex &index) const;
    // Re-asks every cell of `column`, for texts that depend on the time ("3 menit lalu").
    void refreshColumn(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                            const QList<int> &roles);

    QPointer<QAbstractItemModel> m_source;
    QList<Column> m_columns;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Pantau
