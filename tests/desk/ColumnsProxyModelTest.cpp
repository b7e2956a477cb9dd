#include "ColumnsProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>

#include <memory>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

constexpr int NameRole = Qt::UserRole + 1;
constexpr int CountRole = Qt::UserRole + 2;
constexpr int TimeRole = Qt::UserRole + 3;

QStandardItem *item(const QString &name, int count)
{
    auto *row = new QStandardItem;
    row->setData(name, NameRole);
    row->setData(count, CountRole);
    return row;
}

// Three columns: the name, the count, and one that does not say what it reads.
void addColumns(ColumnsProxyModel &proxy)
{
    proxy.addColumn(
        {QStringLiteral("Nama"), {NameRole}, [](const QModelIndex &source, int role) -> QVariant {
             return role == Qt::DisplayRole ? source.data(NameRole) : QVariant();
         }});
    proxy.addColumn({QStringLiteral("Jumlah"),
                     {CountRole},
                     [](const QModelIndex &source, int role) -> QVariant {
                         return role == Qt::DisplayRole ? source.data(CountRole) : QVariant();
                     }});
    proxy.addColumn({QStringLiteral("Semua"), {}, [](const QModelIndex &source, int role) {
                         return role == Qt::DisplayRole
                                    ? QVariant(source.data(NameRole).toString() +
                                               source.data(CountRole).toString())
                                    : QVariant();
                     }});
}

// The column ranges of the dataChanged signals caught.
QList<QPair<int, int>> columnsOf(const QSignalSpy &spy)
{
    QList<QPair<int, int>> ranges;
    for (const QList<QVariant> &signal : spy)
        ranges.append({signal.at(0).toModelIndex().column(), signal.at(1).toModelIndex().column()});
    return ranges;
}

} // namespace

TEST_CASE("ColumnsProxyModel stays a correct model through every change of its source")
{
    QStandardItemModel source;
    ColumnsProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    addColumns(proxy);
    proxy.setSourceModel(&source);
    CHECK(proxy.rowCount() == 0);
    CHECK(proxy.columnCount() == 3);

    source.appendRow(item(QStringLiteral("Wlingi"), 3));
    source.appendRow(item(QStringLiteral("Kanigoro"), 5));
    source.insertRow(0, item(QStringLiteral("Bakung"), 1));
    REQUIRE(proxy.rowCount() == 3);
    CHECK(proxy.index(0, 0).data() == QStringLiteral("Bakung"));
    CHECK(proxy.index(2, 1).data() == 5);
    CHECK(proxy.index(1, 2).data() == QStringLiteral("Wlingi3"));
    CHECK(proxy.headerData(1, Qt::Horizontal) == QStringLiteral("Jumlah"));
    CHECK(proxy.mapToSource(proxy.index(1, 2)) == source.index(1, 0));

    source.item(1)->setData(4, CountRole);
    CHECK(proxy.index(1, 1).data() == 4);
    source.removeRow(0);
    CHECK(proxy.rowCount() == 2);
    source.sort(0);
    source.clear();
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("ColumnsProxyModel passes a change on to the columns that read its roles")
{
    QStandardItemModel source;
    source.appendRow(item(QStringLiteral("Wlingi"), 3));
    ColumnsProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    addColumns(proxy);
    proxy.setSourceModel(&source);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);

    // The count: its own column and the one that reads anything, not the name's.
    source.item(0)->setData(7, CountRole);
    CHECK(columnsOf(changed) == QList<QPair<int, int>>{{1, 2}});
    changed.clear();

    // The name: its column, and the catch-all apart from it.
    source.item(0)->setData(QStringLiteral("Wates"), NameRole);
    CHECK(columnsOf(changed) == QList<QPair<int, int>>{{0, 0}, {2, 2}});
    changed.clear();

    // A role no column declares reaches only the one that did not say what it reads.
    source.item(0)->setData(QDateTime::currentDateTimeUtc(), TimeRole);
    CHECK(columnsOf(changed) == QList<QPair<int, int>>{{2, 2}});
    changed.clear();

    // A change without roles may be anything: the whole row.
    emit source.dataChanged(source.index(0, 0), source.index(0, 0));
    CHECK(columnsOf(changed) == QList<QPair<int, int>>{{0, 2}});
    for (const QList<QVariant> &signal : changed)
        CHECK(signal.at(0).toModelIndex().row() == 0);
}

TEST_CASE("ColumnsProxyModel empties when its source is destroyed")
{
    auto source = std::make_unique<QStandardItemModel>();
    source->appendRow(item(QStringLiteral("Wlingi"), 3));
    ColumnsProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    addColumns(proxy);
    proxy.setSourceModel(source.get());
    REQUIRE(proxy.rowCount() == 1);
    source.reset();
    CHECK(proxy.rowCount() == 0);
    CHECK(proxy.sourceModel() == nullptr);
    CHECK_FALSE(proxy.index(0, 0).isValid());
}

TEST_CASE("ColumnsProxyModel refreshes one column for texts that age")
{
    QStandardItemModel source;
    source.appendRow(item(QStringLiteral("Wlingi"), 3));
    source.appendRow(item(QStringLiteral("Wates"), 2));
    ColumnsProxyModel proxy;
    addColumns(proxy);
    proxy.setSourceModel(&source);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    proxy.refreshColumn(1);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == proxy.index(0, 1));
    CHECK(changed.at(0).at(1).toModelIndex() == proxy.index(1, 1));
    CHECK(changed.at(0).at(2).value<QList<int>>() == QList<int>{Qt::DisplayRole});
}
