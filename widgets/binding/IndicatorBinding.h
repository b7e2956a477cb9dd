#pragma once

#include "feeds/FailureKind.h"
#include "state/IndicatorStatus.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QStringList>

namespace Pantau {

class IndicatorModel;

// A tile's view onto some rows of the indicator model: it tells the tile when one of its own rows
// changed (and no other), and sums up the rows for the tile's frame: the worst status, the oldest
// data, the first failure. Unknown ids are kept as invalid entries so positions stay stable.
// It honours the roles of dataChanged: a poll that only confirms a value (its fetch time) is no
// change to anything a tile draws, and one that only moves the time the age counts from changes
// at most the age text, which the tile checks before it repaints.
class IndicatorBinding : public QObject
{
    Q_OBJECT

public:
    IndicatorBinding(IndicatorModel *model, const QStringList &ids, QObject *parent = nullptr);

    int count() const { return int(m_rows.size()); }
    const QStringList &ids() const { return m_ids; }
    QVariant data(int i, int role) const;
    bool hasValue(int i) const;
    double value(int i) const;

    // The most urgent status of all rows: an error or old data anywhere shows on the tile.
    // NoData only when no row has anything.
    IndicatorStatus worstStatus() const;
    // The oldest data time among rows with a value, so the age shown is never flattering.
    QDateTime oldestDataTime() const;
    bool anyFromCache() const;
    // The first row in error, or -1.
    int firstError() const;
    // The OPD all rows share, or the distinct OPDs joined with ", ".
    QString opds() const;

signals:
    // Something a tile draws from changed: a value, a status, a failure, the history.
    void changed();
    // Only the time the age is counted from (DataTimeRole) changed.
    void dataTimeChanged();

private:
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    IndicatorModel *m_model;
    QStringList m_ids;
    QList<QPersistentModelIndex> m_rows;
    int m_firstRow = 0;
    int m_lastRow = -1;
};

} // namespace Pantau
