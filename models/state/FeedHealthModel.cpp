#include "state/FeedHealthModel.h"

#include "state/ChangedRoles.h"

namespace Pantau {

QString FeedHealthModel::stateKey(FeedState state)
{
    switch (state) {
    case FeedState::Waiting:
        return QStringLiteral("waiting");
    case FeedState::Ok:
        return QStringLiteral("ok");
    case FeedState::Late:
        return QStringLiteral("late");
    case FeedState::Failing:
        return QStringLiteral("failing");
    }
    return QStringLiteral("unknown");
}

const QStringList &FeedHealthModel::stateKeys()
{
    static const QStringList keys = {stateKey(FeedState::Waiting), stateKey(FeedState::Ok),
                                     stateKey(FeedState::Late), stateKey(FeedState::Failing)};
    return keys;
}

std::optional<FeedHealthModel::FeedState> FeedHealthModel::stateNamed(const QString &key)
{
    const qsizetype at = stateKeys().indexOf(key);
    return at < 0 ? std::nullopt : std::optional<FeedState>(FeedState(at));
}

FeedHealthModel::FeedHealthModel(const Config &config, const Clock *clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{
    Q_ASSERT(clock);
    m_rows.reserve(size_t(config.feeds.size()));
    for (const FeedConfig &feed : config.feeds) {
        m_rowById.insert(feed.id, int(m_rows.size()));
        Row row;
        row.feed = feed.id;
        row.opd = feed.opd;
        row.name = feed.name.in(config.language == QLatin1String("en"));
        row.url = feed.url;
        row.staleAfterSeconds = feed.effectiveStaleAfterSeconds();
        m_rows.push_back(std::move(row));
    }
}

int FeedHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FeedHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case IdRole:
        return row.feed;
    case OpdRole:
        return row.opd;
    case UrlRole:
        return row.url;
    case StateRole:
        return QVariant::fromValue(row.state);
    case LastSuccessRole:
        return row.lastSuccess;
    case LastErrorRole:
        return row.lastError;
    case LastErrorKindRole:
        return QVariant::fromValue(row.lastErrorKind);
    case LastErrorTimeRole:
        return row.lastErrorTime;
    case FailingSinceRole:
        return row.failingSince;
    case ConsecutiveFailuresRole:
        return row.consecutiveFailures;
    case LatencyMsRole:
        return row.latencyMs ? QVariant(*row.latencyMs) : QVariant();
    case BytesRole:
        return row.bytes ? QVariant(*row.bytes) : QVariant();
    case NextPollRole:
        return row.nextPoll;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> FeedHealthModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "feedId");
    names.insert(NameRole, "name");
    names.insert(OpdRole, "opd");
    names.insert(UrlRole, "url");
    names.insert(StateRole, "state");
    names.insert(LastSuccessRole, "lastSuccess");
    names.insert(LastErrorRole, "lastError");
    names.insert(LastErrorKindRole, "lastErrorKind");
    names.insert(LastErrorTimeRole, "lastErrorTime");
    names.insert(FailingSinceRole, "failingSince");
    names.insert(ConsecutiveFailuresRole, "consecutiveFailures");
    names.insert(LatencyMsRole, "latencyMs");
    names.insert(BytesRole, "bytes");
    names.insert(NextPollRole, "nextPoll");
    return names;
}

QModelIndex FeedHealthModel::indexOf(const QString &feedId) const
{
    const auto it = m_rowById.constFind(feedId);
    return it == m_rowById.constEnd() ? QModelIndex() : index(*it);
}

void FeedHealthModel::applyFeedResult(const FeedResult &result)
{
    const auto it = m_rowById.constFind(result.feedId);
    if (it == m_rowById.constEnd())
        return;
    Row &row = m_rows[size_t(*it)];
    QList<int> changed;
    if (result.ok()) {
        if (row.lastSuccess != result.fetchTime) {
            row.lastSuccess = result.fetchTime;
            changed.append(LastSuccessRole);
        }
        if (row.consecutiveFailures != 0) {
            row.consecutiveFailures = 0;
            changed.append(ConsecutiveFailuresRole);
        }
        if (row.failingSince.isValid()) {
            row.failingSince = QDateTime();
            changed.append(FailingSinceRole);
        }
        // The last error and its time stay: after a recovery the operator can still see what
        // went wrong and when.
        if (row.state != FeedState::Ok) {
            row.state = FeedState::Ok;
            changed.append(StateRole);
        }
    } else {
        const FailureKind kind =
            result.failure == FailureKind::None ? FailureKind::Other : result.failure;
        if (row.lastErrorKind != kind) {
            row.lastErrorKind = kind;
            changed.append(LastErrorKindRole);
        }
        if (row.lastError != result.error) {
            row.lastError = result.error;
            changed.append(LastErrorRole);
        }
        if (row.lastErrorTime != result.fetchTime) {
            row.lastErrorTime = result.fetchTime;
            changed.append(LastErrorTimeRole);
        }
        if (row.consecutiveFailures == 0) {
            // The first failure of a run: how long a feed has been down is counted from here.
            row.failingSince = result.fetchTime;
            changed.append(FailingSinceRole);
        }
        ++row.consecutiveFailures;
        changed.append(ConsecutiveFailuresRole);
        if (row.state != FeedState::Failing) {
            row.state = FeedState::Failing;
            changed.append(StateRole);
        }
    }
    if (row.latencyMs != result.latencyMs) {
        row.latencyMs = result.latencyMs;
        changed.append(LatencyMsRole);
    }
    if (row.bytes != result.bytes) {
        row.bytes = result.bytes;
        changed.append(BytesRole);
    }
    if (!changed.isEmpty()) {
        const QModelIndex cell = index(*it);
        emit dataChanged(cell, cell, changed);
    }
}

void FeedHealthModel::setNextPoll(const QString &feedId, const QDateTime &when)
{
    const auto it = m_rowById.constFind(feedId);
    if (it == m_rowById.constEnd())
        return;
    Row &row = m_rows[size_t(*it)];
    if (row.nextPoll == when)
        return;
    row.nextPoll = when;
    const QModelIndex cell = index(*it);
    emit dataChanged(cell, cell, {NextPollRole});
}

std::optional<FeedHealthModel::Health> FeedHealthModel::health(const QString &feedId) const
{
    const auto it = m_rowById.constFind(feedId);
    if (it == m_rowById.constEnd())
        return std::nullopt;
    return static_cast<const Health &>(m_rows[size_t(*it)]);
}

bool FeedHealthModel::setHealth(const Health &health)
{
    const auto it = m_rowById.constFind(health.feed);
    if (it == m_rowById.constEnd())
        return false;
    Row &row = m_rows[size_t(*it)];
    QList<int> changed;
    setCell(row.state, health.state, StateRole, changed);
    setCell(row.lastSuccess, health.lastSuccess, LastSuccessRole, changed);
    setCell(row.lastError, health.lastError, LastErrorRole, changed);
    setCell(row.lastErrorKind, health.lastErrorKind, LastErrorKindRole, changed);
    setCell(row.lastErrorTime, health.lastErrorTime, LastErrorTimeRole, changed);
    setCell(row.failingSince, health.failingSince, FailingSinceRole, changed);
    setCell(row.consecutiveFailures, health.consecutiveFailures, ConsecutiveFailuresRole, changed);
    setCell(row.latencyMs, health.latencyMs, LatencyMsRole, changed);
    setCell(row.bytes, health.bytes, BytesRole, changed);
    setCell(row.nextPoll, health.nextPoll, NextPollRole, changed);
    if (!changed.isEmpty()) {
        const QModelIndex cell = index(*it);
        emit dataChanged(cell, cell, changed);
    }
    return true;
}

void FeedHealthModel::refresh()
{
    if (!m_clock)
        return;
    const QDateTime now = m_clock->now();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        // Waiting has nothing to be late with, and Failing already says more than Late would.
        if (row.state != FeedState::Ok && row.state != FeedState::Late)
            continue;
        const FeedState state = succeedingState(row, now);
        if (state == row.state)
            continue;
        row.state = state;
        const QModelIndex cell = index(int(i));
        emit dataChanged(cell, cell, {StateRole});
    }
}

FeedHealthModel::FeedState FeedHealthModel::succeedingState(const Row &row, const QDateTime &now)
{
    // Late once the limit is passed, not when it is reached: data exactly as old as the config
    // allows is still allowed.
    const qint64 ageMs = row.lastSuccess.msecsTo(now);
    return ageMs > qint64(row.staleAfterSeconds) * 1000 ? FeedState::Late : FeedState::Ok;
}

void FeedHealthModel::setMissingScreens(const QStringList &names)
{
    if (names == m_missingScreens)
        return;
    m_missingScreens = names;
    emit missingScreensChanged();
}

void FeedHealthModel::setSiteLink(const std::optional<SiteLink> &link)
{
    if (link == m_siteLink)
        return;
    m_siteLink = link;
    emit siteLinkChanged();
}

} // namespace Pantau
