#pragma once

#include "feeds/FailureKind.h"
#include "formats/EventRecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Pantau {

class FeedHealthModel;
class RecordsModel;

// A tile's view onto the event records of some feeds (all feeds when none are named): the
// latest records of those feeds, and how those feeds are doing. It tells the tile when one of
// its own records changed, and separately when one of its feeds changed state, so a table or
// ticker repaints for its feeds and no other.
class RecordsBinding : public QObject
{
    Q_OBJECT

public:
    RecordsBinding(RecordsModel *records, FeedHealthModel *health, const QStringList &feeds,
                   QObject *parent = nullptr);

    // The newest `max` records of the binding's feeds, newest first; every one when max <= 0.
    QList<EventRecord> latest(int max) const;
    bool isEmpty() const;
    // The time of the newest record; invalid when there is none.
    QDateTime newestTime() const;

    // The OPD all its feeds share, or the distinct OPDs joined with ", ". With no feeds named,
    // the OPDs of the feeds that have records.
    QString opds() const;
    // Why the first of its feeds that is failing fails, in plain words; empty when none is.
    QString failure() const;

signals:
    // A record of one of its feeds was added, changed or removed.
    void recordsChanged();
    // One of its feeds changed state or failure reason.
    void healthChanged();

private:
    bool isMine(const QString &feedId) const;
    bool anyMine(int first, int last) const;
    QStringList shownFeeds() const;

    RecordsModel *m_records;
    FeedHealthModel *m_health;
    QStringList m_feeds;
};

} // namespace Pantau
