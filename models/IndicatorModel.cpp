#include "IndicatorModel.h"

#include <QJsonObject>

namespace Pantau {

IndicatorModel::IndicatorModel(const Config &config, QObject *parent)
    : QAbstractListModel(parent)
{
    m_rows.reserve(config.indicators.size());
    for (const IndicatorConfig &indicator : config.indicators) {
        m_rowById.insert(indicator.id, int(m_rows.size()));
        m_rows.push_back(Row{indicator, {}, {}, {}, {}, {}, IndicatorStatus::NoData, {}});
    }
    for (const FeedConfig &feed : config.feeds) {
        for (const ValueMapping &mapping : feed.values) {
            const auto it = m_rowById.constFind(mapping.indicator);
            if (it == m_rowById.constEnd())
                continue;
            m_rows[*it].feedId = feed.id;
            m_rows[*it].opd = feed.opd;
            m_rowsByFeed[feed.id].append(*it);
        }
    }
}

int IndicatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant IndicatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return row.config.label.id;
    case IdRole:
        return row.config.id;
    case LabelEnRole:
        return row.config.label.en;
    case UnitRole:
        return row.config.unit;
    case DecimalsRole:
        return row.config.decimals;
    case DimensionRole:
        return row.config.dimension;
    case OpdRole:
        return row.opd;
    case FeedRole:
        return row.feedId;
    case ValueRole:
        return row.value ? QVariant(*row.value) : QVariant();
    case SourceTimeRole:
        return row.sourceTime;
    case FetchTimeRole:
        return row.fetchTime;
    case StatusRole:
        return QVariant::fromValue(row.status);
    case ErrorRole:
        return row.error;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> IndicatorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "indicatorId");
    names.insert(LabelRole, "label");
    names.insert(LabelEnRole, "labelEn");
    names.insert(UnitRole, "unit");
    names.insert(DecimalsRole, "decimals");
    names.insert(DimensionRole, "dimension");
    names.insert(OpdRole, "opd");
    names.insert(FeedRole, "feed");
    names.insert(ValueRole, "value");
    names.insert(SourceTimeRole, "sourceTime");
    names.insert(FetchTimeRole, "fetchTime");
    names.insert(StatusRole, "status");
    names.insert(ErrorRole, "error");
    return names;
}

QModelIndex IndicatorModel::indexOf(const QString &indicatorId) const
{
    const auto it = m_rowById.constFind(indicatorId);
    return it == m_rowById.constEnd() ? QModelIndex() : index(*it);
}

void IndicatorModel::applyFeedResult(const FeedResult &result)
{
    const QList<int> feedRows = m_rowsByFeed.value(result.feedId);
    if (!result.ok()) {
        for (int row : feedRows)
            setError(row, result.error);
        return;
    }
    QSet<int> answered;
    for (const Sample &sample : result.samples) {
        const auto it = m_rowById.constFind(sample.indicator);
        if (it == m_rowById.constEnd())
            continue;
        Row &row = m_rows[size_t(*it)];
        QList<int> changed = {FetchTimeRole};
        if (row.value != sample.value) {
            row.value = sample.value;
            changed.append(ValueRole);
        }
        if (row.sourceTime != sample.sourceTime) {
            row.sourceTime = sample.sourceTime;
            changed.append(SourceTimeRole);
        }
        if (row.status != IndicatorStatus::Ok) {
            row.status = IndicatorStatus::Ok;
            changed.append(StatusRole);
        }
        if (!row.error.isEmpty()) {
            row.error.clear();
            changed.append(ErrorRole);
        }
        row.fetchTime = result.fetchTime;
        answered.insert(*it);
        const QModelIndex cell = index(*it);
        emit dataChanged(cell, cell, changed);
    }
    for (const SampleError &sampleError : result.sampleErrors) {
        const auto it = m_rowById.constFind(sampleError.indicator);
        if (it != m_rowById.constEnd() && !answered.contains(*it))
            setError(*it, sampleError.message);
    }
}

void IndicatorModel::setError(int rowIndex, const QString &reason)
{
    // The fetch time stays that of the last good value, so the age shown stays honest.
    Row &row = m_rows[size_t(rowIndex)];
    QList<int> changed;
    if (row.status != IndicatorStatus::Error) {
        row.status = IndicatorStatus::Error;
        changed.append(StatusRole);
    }
    if (row.error != reason) {
        row.error = reason;
        changed.append(ErrorRole);
    }
    if (!changed.isEmpty()) {
        const QModelIndex cell = index(rowIndex);
        emit dataChanged(cell, cell, changed);
    }
}

QJsonArray IndicatorModel::stateJson() const
{
    QJsonArray list;
    for (const Row &row : m_rows) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), row.config.id);
        object.insert(QStringLiteral("value"), row.value ? QJsonValue(*row.value) : QJsonValue());
        object.insert(QStringLiteral("unit"), row.config.unit);
        object.insert(QStringLiteral("status"), statusKey(row.status));
        object.insert(QStringLiteral("sourceTime"),
                      row.sourceTime.isValid() ? QJsonValue(row.sourceTime.toString(Qt::ISODate))
                                               : QJsonValue());
        object.insert(QStringLiteral("fetchTime"),
                      row.fetchTime.isValid() ? QJsonValue(row.fetchTime.toString(Qt::ISODate))
                                              : QJsonValue());
        if (!row.error.isEmpty())
            object.insert(QStringLiteral("error"), row.error);
        list.append(object);
    }
    return list;
}

} // namespace Pantau
