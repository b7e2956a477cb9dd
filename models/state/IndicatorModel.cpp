#include "state/IndicatorModel.h"

#include "state/ChangedRoles.h"
#include "time/Clock.h"

#include <QJsonObject>

namespace Pantau {

IndicatorModel::IndicatorModel(const Config &config, const Clock *clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
    , m_english(config.language == QLatin1String("en"))
{
    History::Limits limits;
    limits.spanMs = qint64(config.historyDays) * 24 * 60 * 60 * 1000;
    m_rows.reserve(config.indicators.size());
    for (const IndicatorConfig &indicator : config.indicators) {
        m_rowById.insert(indicator.id, int(m_rows.size()));
        Row row;
        row.id = indicator.id;
        row.config = indicator;
        row.history = History(limits);
        m_rows.push_back(std::move(row));
    }
    for (const FeedConfig &feed : config.feeds) {
        auto claim = [&](const QString &indicator) {
            const auto it = m_rowById.constFind(indicator);
            if (it == m_rowById.constEnd() || !m_rows[*it].feedId.isEmpty())
                return;
            m_rows[*it].feedId = feed.id;
            m_rows[*it].opd = feed.opd;
            m_rows[*it].feedName = feed.name;
            m_rows[*it].staleAfterSeconds = feed.effectiveStaleAfterSeconds();
            m_rowsByFeed[feed.id].append(*it);
        };
        for (const ValueMapping &mapping : feed.values)
            claim(mapping.indicator);
        for (const SeriesMapping &series : feed.series) {
            for (const QString &indicator : series.indicators)
                claim(indicator);
            if (series.indicatorTemplate.isEmpty())
                continue;
            // Every configured indicator the template can produce ("aduan.{key}") is this feed's.
            const QString prefix = series.indicatorTemplate.section(QStringLiteral("{key}"), 0, 0);
            const QString suffix = series.indicatorTemplate.section(QStringLiteral("{key}"), 1);
            for (const IndicatorConfig &indicator : config.indicators) {
                if (indicator.id.size() > prefix.size() + suffix.size() &&
                    indicator.id.startsWith(prefix) && indicator.id.endsWith(suffix)) {
                    claim(indicator.id);
                }
            }
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
        // An indicator without an English label keeps its Indonesian one: a name, not a blank.
        return row.config.label.in(m_english);
    case IdRole:
        return row.config.id;
    case LabelEnRole:
        return row.config.label.en;
    case UnitRole:
        return m_english && !row.config.unitEn.isEmpty() ? row.config.unitEn : row.config.unit;
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
    case DataTimeRole:
        return row.dataTime();
    case StatusRole:
        return QVariant::fromValue(row.status);
    case ErrorRole:
        return row.error;
    case ErrorKindRole:
        return QVariant::fromValue(row.errorKind);
    case FromCacheRole:
        return row.fromCache;
    case SourceTimeInFutureRole:
        return row.sourceTimeInFuture;
    case StaleAfterRole:
        return row.staleAfterSeconds;
    case PreviousValueRole:
        return row.previous ? QVariant(*row.previous) : QVariant();
    case HistoryRole:
        return QVariant::fromValue(row.history.points());
    case RecentRole:
        return QVariant::fromValue(row.history.recent(RecentPoints));
    case FeedNameRole:
        return row.feedName.in(m_english);
    case WarningLevelRole:
        return row.config.thresholds.warning ? QVariant(*row.config.thresholds.warning)
                                             : QVariant();
    case CriticalLevelRole:
        return row.config.thresholds.critical ? QVariant(*row.config.thresholds.critical)
                                              : QVariant();
    case HigherIsWorseRole:
        return row.config.thresholds.higherIsWorse;
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
    names.insert(ErrorKindRole, "errorKind");
    names.insert(DataTimeRole, "dataTime");
    names.insert(FromCacheRole, "fromCache");
    names.insert(SourceTimeInFutureRole, "sourceTimeInFuture");
    names.insert(StaleAfterRole, "staleAfter");
    names.insert(PreviousValueRole, "previousValue");
    names.insert(HistoryRole, "history");
    names.insert(RecentRole, "recent");
    names.insert(FeedNameRole, "feedName");
    names.insert(WarningLevelRole, "warningLevel");
    names.insert(CriticalLevelRole, "criticalLevel");
    names.insert(HigherIsWorseRole, "higherIsWorse");
    return names;
}

QModelIndex IndicatorModel::indexOf(const QString &indicatorId) const
{
    const auto it = m_rowById.constFind(indicatorId);
    return it == m_rowById.constEnd() ? QModelIndex() : index(*it);
}

QDateTime IndicatorModel::Row::dataTime() const
{
    return sourceTime.isValid() && !sourceTimeInFuture ? sourceTime : fetchTime;
}

IndicatorStatus IndicatorModel::computeStatus(const Row &row, const QDateTime &now) const
{
    if (!row.error.isEmpty())
        return IndicatorStatus::Error;
    if (!row.value)
        return IndicatorStatus::NoData;
    if (row.fromCache)
        return IndicatorStatus::Stale;
    const QDateTime dataTime = row.dataTime();
    if (row.staleAfterSeconds > 0 && dataTime.isValid() &&
        dataTime.secsTo(now) > row.staleAfterSeconds) {
        return IndicatorStatus::Stale;
    }
    const Thresholds &t = row.config.thresholds;
    auto past = [&](std::optional<double> level) {
        return level && (t.higherIsWorse ? *row.value >= *level : *row.value <= *level);
    };
    if (past(t.critical))
        return IndicatorStatus::Critical;
    if (past(t.warning))
        return IndicatorStatus::Warning;
    return IndicatorStatus::Ok;
}

void IndicatorModel::updateStatus(Row &row, const QDateTime &now, QList<int> &changed)
{
    const IndicatorStatus status = computeStatus(row, now);
    if (status != row.status) {
        row.status = status;
        changed.append(StatusRole);
    }
}

void IndicatorModel::emitChanged(int row, const QList<int> &roles)
{
    if (roles.isEmpty())
        return;
    const QModelIndex cell = index(row);
    emit dataChanged(cell, cell, roles);
}

void IndicatorModel::applyFeedResult(const FeedResult &result)
{
    const QList<int> feedRows = m_rowsByFeed.value(result.feedId);
    const QDateTime now = m_clock->now();
    if (!result.ok()) {
        for (int row : feedRows)
            setError(row, result.error,
                     result.failure == FailureKind::None ? FailureKind::Other : result.failure);
        return;
    }
    if (result.notModified) {
        // The source confirms that what is shown is still its latest: it is as fresh as now.
        for (int rowIndex : feedRows) {
            Row &row = m_rows[size_t(rowIndex)];
            // A value the unchanged answer lacks stays missing, with its fetch time, as reading
            // that answer again would leave it.
            if (!row.value || row.errorKind == FailureKind::MissingValue)
                continue;
            const QDateTime dataTimeBefore = row.dataTime();
            QList<int> changed = {FetchTimeRole};
            row.fetchTime = result.fetchTime;
            if (row.dataTime() != dataTimeBefore)
                changed.append(DataTimeRole);
            if (!row.error.isEmpty()) {
                row.error.clear();
                row.errorKind = FailureKind::None;
                changed << ErrorRole << ErrorKindRole;
            }
            if (row.fromCache) {
                row.fromCache = false;
                changed.append(FromCacheRole);
            }
            updateStatus(row, now, changed);
            emitChanged(rowIndex, changed);
        }
        return;
    }
    QSet<int> answered;
    for (const Sample &sample : result.samples) {
        const auto it = m_rowById.constFind(sample.indicator);
        if (it == m_rowById.constEnd())
            continue;
        Row &row = m_rows[size_t(*it)];
        const QDateTime dataTimeBefore = row.dataTime();
        QList<int> changed = {FetchTimeRole};
        if (row.value != sample.value) {
            row.previous = row.value;
            row.value = sample.value;
            changed << ValueRole << PreviousValueRole;
        }
        if (row.sourceTime != sample.sourceTime) {
            row.sourceTime = sample.sourceTime;
            changed.append(SourceTimeRole);
        }
        if (row.sourceTimeInFuture != sample.sourceTimeInFuture) {
            row.sourceTimeInFuture = sample.sourceTimeInFuture;
            changed.append(SourceTimeInFutureRole);
        }
        if (!row.error.isEmpty()) {
            row.error.clear();
            row.errorKind = FailureKind::None;
            changed << ErrorRole << ErrorKindRole;
        }
        if (row.fromCache) {
            row.fromCache = false;
            changed.append(FromCacheRole);
        }
        row.fetchTime = result.fetchTime;
        if (row.dataTime() != dataTimeBefore)
            changed.append(DataTimeRole);
        // History is kept by the time of the data, so a re-sent old value does not repeat.
        if (row.history.add(row.dataTime().toMSecsSinceEpoch(), sample.value))
            changed << HistoryRole << RecentRole;
        updateStatus(row, now, changed);
        answered.insert(*it);
        emitChanged(*it, changed);
    }
    for (const SampleError &sampleError : result.sampleErrors) {
        const auto it = m_rowById.constFind(sampleError.indicator);
        if (it != m_rowById.constEnd() && !answered.contains(*it))
            setError(*it, sampleError.message, FailureKind::MissingValue);
    }
}

void IndicatorModel::setError(int rowIndex, const QString &reason, FailureKind kind)
{
    // The fetch time stays that of the last good value, so the age shown stays honest.
    Row &row = m_rows[size_t(rowIndex)];
    QList<int> changed;
    if (row.error != reason) {
        row.error = reason;
        changed.append(ErrorRole);
    }
    if (row.errorKind != kind) {
        row.errorKind = kind;
        changed.append(ErrorKindRole);
    }
    updateStatus(row, m_clock->now(), changed);
    emitChanged(rowIndex, changed);
}

void IndicatorModel::refreshStatus()
{
    const QDateTime now = m_clock->now();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        QList<int> changed;
        updateStatus(m_rows[i], now, changed);
        emitChanged(int(i), changed);
    }
}

QDateTime IndicatorModel::nextStatusChange() const
{
    QDateTime next;
    for (const Row &row : m_rows) {
        // A failing or already stale value does not change status by time alone.
        if (!row.value || row.status == IndicatorStatus::Stale ||
            row.status == IndicatorStatus::Error || row.staleAfterSeconds <= 0 ||
            !row.dataTime().isValid()) {
            continue;
        }
        const QDateTime staleAt = row.dataTime().addSecs(row.staleAfterSeconds + 1);
        if (!next.isValid() || staleAt < next)
            next = staleAt;
    }
    return next;
}

QList<IndicatorModel::CachedValue> IndicatorModel::cachedValues() const
{
    QList<CachedValue> values;
    for (const Row &row : m_rows) {
        if (row.value)
            values.append(
                {row.config.id, *row.value, row.sourceTime, row.fetchTime, row.history.points()});
    }
    return values;
}

void IndicatorModel::restore(const QList<CachedValue> &values)
{
    const QDateTime now = m_clock->now();
    for (const CachedValue &cached : values) {
        const auto it = m_rowById.constFind(cached.id);
        if (it == m_rowById.constEnd())
            continue; // an indicator the config no longer has
        Row &row = m_rows[size_t(*it)];
        if (row.value)
            continue; // a fresh value already came in
        row.value = cached.value;
        row.sourceTime = cached.sourceTime;
        row.fetchTime = cached.fetchTime;
        row.fromCache = true;
        row.history.clear();
        for (const QPointF &point : cached.history)
            row.history.add(qint64(point.x()), point.y());
        QList<int> changed = {ValueRole,     SourceTimeRole, FetchTimeRole, DataTimeRole,
                              FromCacheRole, HistoryRole,    RecentRole};
        updateStatus(row, now, changed);
        emitChanged(*it, changed);
    }
}

std::optional<IndicatorReading> IndicatorModel::reading(const QString &indicatorId) const
{
    const auto it = m_rowById.constFind(indicatorId);
    if (it == m_rowById.constEnd())
        return std::nullopt;
    return static_cast<const IndicatorReading &>(m_rows[size_t(*it)]);
}

bool IndicatorModel::setReading(const IndicatorReading &reading)
{
    const auto it = m_rowById.constFind(reading.id);
    if (it == m_rowById.constEnd())
        return false;
    Row &row = m_rows[size_t(*it)];
    const QDateTime dataTimeBefore = row.dataTime();
    QList<int> changed;
    if (row.value != reading.value) {
        row.previous = row.value;
        row.value = reading.value;
        changed << ValueRole << PreviousValueRole;
    }
    setCell(row.sourceTime, reading.sourceTime, SourceTimeRole, changed);
    setCell(row.fetchTime, reading.fetchTime, FetchTimeRole, changed);
    setCell(row.sourceTimeInFuture, reading.sourceTimeInFuture, SourceTimeInFutureRole, changed);
    setCell(row.fromCache, reading.fromCache, FromCacheRole, changed);
    setCell(row.error, reading.error, ErrorRole, changed);
    setCell(row.errorKind, reading.errorKind, ErrorKindRole, changed);
    if (row.dataTime() != dataTimeBefore)
        changed.append(DataTimeRole);
    // As a poll adds it: by the time of the data, so a re-sent reading does not repeat.
    if (row.value && row.dataTime().isValid() &&
        row.history.add(row.dataTime().toMSecsSinceEpoch(), *row.value))
        changed << HistoryRole << RecentRole;
    updateStatus(row, m_clock->now(), changed);
    emitChanged(*it, changed);
    return true;
}

bool IndicatorModel::setHistory(const QString &indicatorId, const QList<QPointF> &points)
{
    const auto it = m_rowById.constFind(indicatorId);
    if (it == m_rowById.constEnd())
        return false;
    Row &row = m_rows[size_t(*it)];
    if (row.history.points() == points)
        return true;
    row.history.clear();
    for (const QPointF &point : points)
        row.history.add(qint64(point.x()), point.y());
    emitChanged(*it, {HistoryRole, RecentRole});
    return true;
}

QJsonArray IndicatorModel::stateJson() const
{
    QJsonArray list;
    for (const Row &row : m_rows) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), row.config.id);
        object.insert(QStringLiteral("value"), row.value ? QJsonValue(*row.value) : QJsonValue());
        // What a report needs to say what the number is, without reading the config again.
        QJsonObject label{{QStringLiteral("id"), row.config.label.id}};
        if (!row.config.label.en.isEmpty())
            label.insert(QStringLiteral("en"), row.config.label.en);
        object.insert(QStringLiteral("label"), label);
        object.insert(QStringLiteral("dimension"), row.config.dimension);
        object.insert(QStringLiteral("opd"), row.opd.isEmpty() ? QJsonValue() : row.opd);
        object.insert(QStringLiteral("feed"), row.feedId.isEmpty() ? QJsonValue() : row.feedId);
        object.insert(QStringLiteral("unit"), row.config.unit);
        if (!row.config.unitEn.isEmpty())
            object.insert(QStringLiteral("unitEn"), row.config.unitEn);
        object.insert(QStringLiteral("status"), statusKey(row.status));
        object.insert(QStringLiteral("sourceTime"),
                      row.sourceTime.isValid() ? QJsonValue(row.sourceTime.toString(Qt::ISODate))
                                               : QJsonValue());
        object.insert(QStringLiteral("fetchTime"),
                      row.fetchTime.isValid() ? QJsonValue(row.fetchTime.toString(Qt::ISODate))
                                              : QJsonValue());
        if (!row.error.isEmpty())
            object.insert(QStringLiteral("error"), row.error);
        if (row.fromCache)
            object.insert(QStringLiteral("fromCache"), true);
        if (row.sourceTimeInFuture)
            object.insert(QStringLiteral("sourceTimeInFuture"), true);
        list.append(object);
    }
    return list;
}

} // namespace Pantau
