#include "state/RecordsModel.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <utility>

namespace Pantau {

namespace {

using EventKey = std::pair<QString, QString>; // (feed id, event id)

} // namespace

RecordsModel::RecordsModel(int capacity, QObject *parent)
    : QAbstractListModel(parent)
    // A capacity below one would make every poll insert and drop the same row.
    , m_capacity(std::max(1, capacity))
{
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRecord &record = m_rows[size_t(index.row())].record;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return record.text;
    case IdRole:
        return record.id;
    case FeedRole:
        return record.feedId;
    case TimeRole:
        return record.time;
    case KecamatanRole:
        return record.kecamatan;
    case CategoryRole:
        return record.category;
    case StatusRole:
        return record.status;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> RecordsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "eventId");
    names.insert(FeedRole, "feed");
    names.insert(TimeRole, "time");
    names.insert(KecamatanRole, "kecamatan");
    names.insert(CategoryRole, "category");
    names.insert(StatusRole, "status");
    names.insert(TextRole, "text");
    return names;
}

void RecordsModel::applyFeedResult(const FeedResult &result)
{
    if (!result.ok() || result.events.isEmpty())
        return;
    // Known events are updated one by one; new ones are gathered and merged in at the end, so a
    // first poll of a hundred events is a handful of inserts rather than a hundred.
    std::vector<Row> fresh;
    QHash<EventKey, size_t> freshIndex;
    for (const EventRecord &incoming : result.events) {
        EventRecord event = incoming;
        if (event.feedId.isEmpty())
            event.feedId = result.feedId;
        const int row = rowOf(event.feedId, event.id);
        if (row >= 0) {
            update(row, event);
            continue;
        }
        const EventKey key{event.feedId, event.id};
        const auto seen = freshIndex.constFind(key);
        if (seen != freshIndex.constEnd()) {
            // The same event twice in one payload: the later copy wins, the first arrival stays.
            fresh[*seen].record = std::move(event);
            continue;
        }
        freshIndex.insert(key, fresh.size());
        fresh.push_back(Row{std::move(event), m_nextArrival++});
    }
    insertNew(std::move(fresh));
}

QList<EventRecord> RecordsModel::records() const
{
    QList<EventRecord> list;
    list.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        list.append(row.record);
    return list;
}

void RecordsModel::restore(const QList<EventRecord> &records)
{
    beginResetModel();
    m_rows.clear();
    QSet<EventKey> seen;
    for (const EventRecord &record : records) {
        // A cache is written newest first, so the first copy of an event is the one to keep.
        if (seen.contains({record.feedId, record.id}))
            continue;
        seen.insert({record.feedId, record.id});
        m_rows.push_back(Row{record, m_nextArrival++});
    }
    std::sort(m_rows.begin(), m_rows.end(), comesBefore);
    if (m_rows.size() > size_t(m_capacity))
        m_rows.erase(m_rows.begin() + m_capacity, m_rows.end());
    endResetModel();
}

int RecordsModel::capacity() const
{
    return m_capacity;
}

bool RecordsModel::comesBefore(const Row &a, const Row &b)
{
    const QDateTime &ta = a.record.time;
    const QDateTime &tb = b.record.time;
    // Parsers drop events without a readable time, but a hand-edited cache may hold one: it sorts
    // as the oldest rather than breaking the order.
    if (ta.isValid() != tb.isValid())
        return ta.isValid();
    if (ta.isValid() && ta != tb)
        return ta > tb;
    // The arrival number is unique, so this is a strict total order and every row has exactly
    // one place.
    return a.arrival < b.arrival;
}

int RecordsModel::rowOf(const QString &feedId, const QString &id) const
{
    // A linear scan: the model holds a few hundred rows, and rows shift on every insert, which
    // an index by key would have to follow.
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const EventRecord &record = m_rows[row].record;
        if (record.id == id && record.feedId == feedId)
            return int(row);
    }
    return -1;
}

void RecordsModel::update(int row, const EventRecord &event)
{
    Row updated = m_rows[size_t(row)];
    EventRecord &record = updated.record;
    QList<int> roles;
    if (record.time != event.time) {
        record.time = event.time;
        roles.append(TimeRole);
    }
    if (record.kecamatan != event.kecamatan) {
        record.kecamatan = event.kecamatan;
        roles.append(KecamatanRole);
    }
    if (record.category != event.category) {
        record.category = event.category;
        roles.append(CategoryRole);
    }
    if (record.status != event.status) {
        record.status = event.status;
        roles.append(StatusRole);
    }
    if (record.text != event.text) {
        record.text = event.text;
        // The display role shows the text, so a view that only asks for it must hear too.
        roles << TextRole << Qt::DisplayRole;
    }
    if (roles.isEmpty())
        return;

    // Where the event belongs among the other rows, which stay sorted without it.
    int target = row;
    if (roles.contains(TimeRole)) {
        const auto begin = m_rows.begin();
        const auto above = std::lower_bound(begin, begin + row, updated, comesBefore);
        if (above != begin + row) {
            target = int(above - begin);
        } else {
            const auto below =
                std::lower_bound(begin + row + 1, m_rows.end(), updated, comesBefore);
            target = int(below - begin) - 1;
        }
    }
    if (target != row) {
        // The destination is counted in rows before the move, hence one past when moving down.
        beginMoveRows(QModelIndex(), row, row, QModelIndex(), target > row ? target + 1 : target);
        const auto begin = m_rows.begin();
        if (target > row)
            std::rotate(begin + row, begin + row + 1, begin + target + 1);
        else
            std::rotate(begin + target, begin + row, begin + row + 1);
        endMoveRows();
    }
    m_rows[size_t(target)] = std::move(updated);
    const QModelIndex cell = index(target);
    emit dataChanged(cell, cell, roles);
}

void RecordsModel::insertNew(std::vector<Row> fresh)
{
    if (fresh.empty())
        return;
    // Arrival numbers are unique, so this sort keeps ties in arrival order.
    std::sort(fresh.begin(), fresh.end(), comesBefore);

    // Merge as far as capacity reaches: each new row's final place, and how many old rows stay.
    // New rows with the same time as old ones arrived later, so they land below them.
    const size_t capacity = size_t(m_capacity);
    const size_t oldCount = m_rows.size();
    std::vector<int> places;
    size_t kept = 0;  // old rows inside capacity
    size_t taken = 0; // new rows inside capacity
    while (kept + taken < capacity && (kept < oldCount || taken < fresh.size())) {
        if (taken < fresh.size() && (kept == oldCount || comesBefore(fresh[taken], m_rows[kept]))) {
            places.push_back(int(kept + taken));
            ++taken;
        } else {
            ++kept;
        }
    }

    // Old rows pushed past capacity go first, so the model never holds more than it may.
    if (kept < oldCount) {
        beginRemoveRows(QModelIndex(), int(kept), int(oldCount) - 1);
        m_rows.erase(m_rows.begin() + qsizetype(kept), m_rows.end());
        endRemoveRows();
    }
    // Then the new rows that made it, top down, one insert per run of adjacent places: every row
    // above a run is already where it ends up, so each run's place is right when it goes in.
    size_t first = 0;
    while (first < taken) {
        size_t end = first + 1;
        while (end < taken && places[end] == places[end - 1] + 1)
            ++end;
        beginInsertRows(QModelIndex(), places[first], places[end - 1]);
        m_rows.insert(m_rows.begin() + places[first],
                      std::make_move_iterator(fresh.begin() + qsizetype(first)),
                      std::make_move_iterator(fresh.begin() + qsizetype(end)));
        endInsertRows();
        first = end;
    }
}

} // namespace Pantau
