#include "binding/IndicatorBinding.h"

#include "state/IndicatorModel.h"

#include <algorithm>

namespace Pantau {

namespace {

int urgency(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::NoData:
        return 0;
    case IndicatorStatus::Ok:
        return 1;
    case IndicatorStatus::Warning:
        return 2;
    case IndicatorStatus::Stale:
        return 3;
    case IndicatorStatus::Critical:
        return 4;
    case IndicatorStatus::Error:
        return 5;
    }
    return 0;
}

} // namespace

IndicatorBinding::IndicatorBinding(IndicatorModel *model, const QStringList &ids, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_ids(ids)
{
    for (const QString &id : ids) {
        const QModelIndex index = model->indexOf(id);
        m_rows.append(QPersistentModelIndex(index));
        if (!index.isValid())
            continue;
        if (m_lastRow < 0) {
            m_firstRow = m_lastRow = index.row();
        } else {
            m_firstRow = std::min(m_firstRow, index.row());
            m_lastRow = std::max(m_lastRow, index.row());
        }
    }
    connect(model, &QAbstractItemModel::dataChanged, this, &IndicatorBinding::onDataChanged);
}

void IndicatorBinding::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (m_lastRow < 0 || bottomRight.row() < m_firstRow || topLeft.row() > m_lastRow)
        return;
    const bool ours = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const auto &row) {
        return row.isValid() && row.row() >= topLeft.row() && row.row() <= bottomRight.row();
    });
    if (!ours)
        return;
    // No roles named: anything may have changed. The fetch time is drawn nowhere (the age
    // counts from the data time), and the data time only moves the age text.
    const auto timeOnly = [&](int role) {
        return role == IndicatorModel::FetchTimeRole || role == IndicatorModel::DataTimeRole;
    };
    if (roles.isEmpty() || !std::all_of(roles.cbegin(), roles.cend(), timeOnly))
        emit changed();
    else if (roles.contains(IndicatorModel::DataTimeRole))
        emit dataTimeChanged();
}

QVariant IndicatorBinding::data(int i, int role) const
{
    return i >= 0 && i < m_rows.size() ? m_rows.at(i).data(role) : QVariant();
}

bool IndicatorBinding::hasValue(int i) const
{
    return data(i, IndicatorModel::ValueRole).isValid();
}

double IndicatorBinding::value(int i) const
{
    return data(i, IndicatorModel::ValueRole).toDouble();
}

IndicatorStatus IndicatorBinding::worstStatus() const
{
    IndicatorStatus worst = IndicatorStatus::NoData;
    for (int i = 0; i < count(); ++i) {
        const auto status = data(i, IndicatorModel::StatusRole).value<IndicatorStatus>();
        if (urgency(status) > urgency(worst))
            worst = status;
    }
    return worst;
}

QDateTime IndicatorBinding::oldestDataTime() const
{
    QDateTime oldest;
    for (int i = 0; i < count(); ++i) {
        const QDateTime when = data(i, IndicatorModel::DataTimeRole).toDateTime();
        if (when.isValid() && (!oldest.isValid() || when < oldest))
            oldest = when;
    }
    return oldest;
}

bool IndicatorBinding::anyFromCache() const
{
    for (int i = 0; i < count(); ++i)
        if (data(i, IndicatorModel::FromCacheRole).toBool())
            return true;
    return false;
}

int IndicatorBinding::firstError() const
{
    for (int i = 0; i < count(); ++i)
        if (!data(i, IndicatorModel::ErrorRole).toString().isEmpty())
            return i;
    return -1;
}

QString IndicatorBinding::opds() const
{
    QStringList distinct;
    for (int i = 0; i < count(); ++i) {
        const QString opd = data(i, IndicatorModel::OpdRole).toString();
        if (!opd.isEmpty() && !distinct.contains(opd))
            distinct.append(opd);
    }
    return distinct.join(QStringLiteral(", "));
}

} // namespace Pantau
