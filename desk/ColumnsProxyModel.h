#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace Pantau {

// Shows a list model (one row per item, many roles) as a table, one column per aspect, for the
// control desk's QTableViews. Each column is a function from the source row's index and a
// display role to what the cell shows. Rows follow the source's inserts, removals and resets;
// a change in any role of a row repaints that whole row. A source that is destroyed (a config
// reload tears the models down) leaves an empty table until the next source is set.
class ColumnsProxyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Cell = std::function<QVariant(const QModelIndex &source, int role)>;

    explicit ColumnsProxyModel(QObject *parent = nullptr);

    void addColumn(const QString &header, Cell cell);
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
    struct Column
    {
        QString header;
        Cell cell;
    };

    QPointer<QAbstractItemModel> m_source;
    QList<Column> m_columns;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Pantau
