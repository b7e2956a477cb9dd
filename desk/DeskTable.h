#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace Pantau {

class ColumnsProxyModel;

// A read-only table of the desk: whole rows selected one at a time, headers sized to the
// columns' starting widths.
namespace DeskTable {

QTableView *make(ColumnsProxyModel *model, QWidget *parent);

} // namespace DeskTable

} // namespace Pantau
