#pragma once

#include "feeds/FeedResult.h"
#include "formats/EventRecord.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <vector>

namespace Pantau {

// The latest event records (112 incidents, complaints) across all event feeds, newest first and
// bounded, for tables and tickers. Feeds re-send the same events poll after poll, so an event is
// known by (feed, id): a repeat changes nothing, an edit changes only its cells, and only a new
// event or one whose time moved it changes the rows. Views never see a reset for an update.
class RecordsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString, the event's id within its feed
        FeedRole,                  // QString, the feed id; with IdRole it names the event
        TimeRole,                  // QDateTime UTC, when the event happened, as the source says
        KecamatanRole,             // QString, e.g. "Wlingi"; empty when the feed has none
        CategoryRole,              // QString, e.g. "kebakaran"; empty when the feed has none
        StatusRole,                // QString, the source's own status word, e.g. "selesai"
        TextRole,                  // QString, the description (also Qt::DisplayRole)
    };
    Q_ENUM(Role)

    // `capacity` bounds the rows kept; the oldest go first. At least one row is always kept.
    explicit RecordsModel(int capacity = 200, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Merges the events of one poll. A failed poll, or one with no events, changes nothing: an
    // outage must not empty the ticker.
    void applyFeedResult(const FeedResult &result);

    // Every row, newest first, e.g. for the cache written at exit.
    QList<EventRecord> records() const;
    // Replaces every row (a model reset), e.g. from the cache read at start. The list need not be
    // sorted or unique; it is ordered, de-duplicated and cut to capacity like a poll would be.
    void restore(const QList<EventRecord> &records);

    int capacity() const;

private:
    struct Row
    {
        EventRecord record;
        // Arrival order, so events with the same time keep the order they first came in.
        quint64 arrival = 0;
    };

    static bool comesBefore(const Row &a, const Row &b);
    int rowOf(const QString &feedId, const QString &id) const;
    void update(int row, const EventRecord &event);
    void insertNew(std::vector<Row> fresh);

    int m_capacity;
    std::vector<Row> m_rows; // sorted by comesBefore
    quint64 m_nextArrival = 0;
};

} // namespace Pantau
