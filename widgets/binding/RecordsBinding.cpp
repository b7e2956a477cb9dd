#include "binding/RecordsBinding.h"

#include "locale/Formatter.h"
#include "state/FeedHealthModel.h"
#include "state/RecordsModel.h"

namespace Pantau {

RecordsBinding::RecordsBinding(RecordsModel *records, FeedHealthModel *health,
                               const QStringList &feeds, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_health(health)
    , m_feeds(feeds)
{
    if (m_records) {
        connect(m_records, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    if (anyMine(first, last))
                        emit recordsChanged();
                });
        // Removed rows can only be looked at before they go.
        connect(m_records, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    if (anyMine(first, last))
                        emit recordsChanged();
                });
        connect(m_records, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (anyMine(topLeft.row(), bottomRight.row()))
                        emit recordsChanged();
                });
        // A move comes with a time change, which dataChanged reports; a reset may change all.
        connect(m_records, &QAbstractItemModel::modelReset, this, &RecordsBinding::recordsChanged);
    }
    if (m_health) {
        connect(m_health, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    // Latency, size and the next poll change with every poll; the tile does
                    // not show them.
                    const bool shown = roles.isEmpty() ||
                                       roles.contains(FeedHealthModel::StateRole) ||
                                       roles.contains(FeedHealthModel::LastErrorKindRole) ||
                                       roles.contains(FeedHealthModel::OpdRole);
                    if (!shown)
                        return;
                    // With no feeds named, only feeds that brought records are its own.
                    const QStringList feeds = shownFeeds();
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                        if (feeds.contains(
                                m_health->index(row).data(FeedHealthModel::IdRole).toString())) {
                            emit healthChanged();
                            return;
                        }
                });
    }
}

bool RecordsBinding::isMine(const QString &feedId) const
{
    return m_feeds.isEmpty() || m_feeds.contains(feedId);
}

bool RecordsBinding::anyMine(int first, int last) const
{
    for (int row = first; row <= last; ++row)
        if (isMine(m_records->index(row).data(RecordsModel::FeedRole).toString()))
            return true;
    return false;
}

QList<EventRecord> RecordsBinding::latest(int max) const
{
    QList<EventRecord> list;
    if (!m_records)
        return list;
    const int rows = m_records->rowCount();
    for (int row = 0; row < rows && (max <= 0 || list.size() < max); ++row) {
        const QModelIndex index = m_records->index(row);
        const QString feed = index.data(RecordsModel::FeedRole).toString();
        if (!isMine(feed))
            continue;
        list.append({feed, index.data(RecordsModel::IdRole).toString(),
                     index.data(RecordsModel::TimeRole).toDateTime(),
                     index.data(RecordsModel::KecamatanRole).toString(),
                     index.data(RecordsModel::CategoryRole).toString(),
                     index.data(RecordsModel::StatusRole).toString(),
                     index.data(RecordsModel::TextRole).toString()});
    }
    return list;
}

bool RecordsBinding::isEmpty() const
{
    return latest(1).isEmpty();
}

QDateTime RecordsBinding::newestTime() const
{
    const QList<EventRecord> newest = latest(1);
    return newest.isEmpty() ? QDateTime() : newest.first().time;
}

QStringList RecordsBinding::shownFeeds() const
{
    if (!m_feeds.isEmpty())
        return m_feeds;
    QStringList feeds;
    if (!m_records)
        return feeds;
    for (int row = 0; row < m_records->rowCount(); ++row) {
        const QString feed = m_records->index(row).data(RecordsModel::FeedRole).toString();
        if (!feeds.contains(feed))
            feeds.append(feed);
    }
    return feeds;
}

QString RecordsBinding::opds() const
{
    if (!m_health)
        return {};
    QStringList opds;
    for (const QString &feed : shownFeeds()) {
        const QString opd = m_health->indexOf(feed).data(FeedHealthModel::OpdRole).toString();
        if (!opd.isEmpty() && !opds.contains(opd))
            opds.append(opd);
    }
    return opds.join(QStringLiteral(", "));
}

QString RecordsBinding::failure() const
{
    if (!m_health)
        return {};
    // With no feeds named, the health model cannot tell event feeds from value feeds, so only
    // feeds that have brought records are asked: a failing price feed is not this tile's news.
    for (const QString &feed : shownFeeds()) {
        const QModelIndex row = m_health->indexOf(feed);
        if (row.data(FeedHealthModel::StateRole).value<FeedHealthModel::FeedState>() !=
            FeedHealthModel::FeedState::Failing)
            continue;
        return Formatter::failure(row.data(FeedHealthModel::LastErrorKindRole).value<FailureKind>(),
                                  row.data(FeedHealthModel::OpdRole).toString());
    }
    return {};
}

} // namespace Pantau
