#pragma once

#include "config/Config.h"
#include "feeds/FeedResult.h"
#include "state/History.h"
#include "state/IndicatorReading.h"
#include "state/IndicatorStatus.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <optional>
#include <vector>

namespace Pantau {

class Clock;

// The latest value of every configured indicator, one row each, in config order, with a
// bounded history. Rows are fixed by the config; feed results only change cells, and only the
// roles that changed are signalled. Staleness depends on the time, so the owner calls
// refreshStatus() when nextStatusChange() comes; nothing here ticks by itself.
class IndicatorModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString, the indicator id from the config
        LabelRole,                 // QString, the label in the UI's language (also DisplayRole)
        LabelEnRole,               // QString, the English label, may be empty
        UnitRole,                  // QString, e.g. "%", "Rp", "panggilan"
        DecimalsRole,              // int, decimals to show
        DimensionRole,             // QString, e.g. "governance"
        OpdRole,                   // QString, the agency whose feed supplies it
        FeedRole,                  // QString, the feed id
        ValueRole,                 // double; an invalid QVariant while there is no value
        SourceTimeRole,            // QDateTime UTC, the source's own time; invalid if not given
        FetchTimeRole,             // QDateTime UTC, when the value was last confirmed by a poll
        DataTimeRole,              // QDateTime UTC, what the age is counted from: the source
                                   // time when given and not in the future, else the fetch time
        StatusRole,                // Pantau::IndicatorStatus
        ErrorRole,                 // QString, why the last poll gave no value; empty when fine
        FromCacheRole,             // bool, the value was loaded from the cache, not yet confirmed
        SourceTimeInFutureRole,    // bool, the source's time is ahead of ours and not trusted
        StaleAfterRole,            // int, seconds after which the value is stale
        PreviousValueRole,         // double, the value before the current one; invalid if none
        HistoryRole,               // QList<QPointF>, (ms since epoch, value), oldest first
        RecentRole,                // QList<QPointF>, the last raw points, for a sparkline
        ErrorKindRole,             // Pantau::FailureKind of ErrorRole; None when fine
        FeedNameRole,              // QString, the feed's name in the UI's language
        WarningLevelRole,          // double, the threshold of Waspada; invalid if none
        CriticalLevelRole,         // double, the threshold of Kritis; invalid if none
        HigherIsWorseRole,         // bool, which side of the thresholds is bad
    };
    Q_ENUM(Role)

    // How many raw points RecentRole gives.
    static constexpr int RecentPoints = 60;

    IndicatorModel(const Config &config, const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of an indicator, or an invalid index for an unknown id.
    QModelIndex indexOf(const QString &indicatorId) const;

    // Applies one poll of one feed: new values for what it brought, an error on the indicators
    // it should have brought and did not. A failure keeps every last good value.
    void applyFeedResult(const FeedResult &result);

    // Re-evaluates the statuses that depend on the time (stale or not).
    void refreshStatus();
    // The next moment a status changes by time alone; invalid when none will.
    QDateTime nextStatusChange() const;

    // What the cache keeps of one indicator.
    struct CachedValue
    {
        QString id;
        double value = 0;
        QDateTime sourceTime;
        QDateTime fetchTime;
        QList<QPointF> history;
    };
    QList<CachedValue> cachedValues() const;
    // Shows values from the cache at start-up, marked as such and stale until a fresh poll.
    void restore(const QList<CachedValue> &values);

    // The reading of an indicator, or none for an unknown id.
    std::optional<IndicatorReading> reading(const QString &indicatorId) const;
    // Takes over a reading made elsewhere (a site's collector): the cells change as a poll
    // would change them, the status is judged here by this model's clock, and a value with a
    // new data time joins the history. False for an indicator the config does not have.
    bool setReading(const IndicatorReading &reading);
    // Replaces an indicator's history (points oldest first, as HistoryRole gives them).
    bool setHistory(const QString &indicatorId, const QList<QPointF> &points);

    // Every indicator's id, value, unit, status and times, as --snapshot writes to state.json.
    QJsonArray stateJson() const;

private:
    struct Row : IndicatorReading
    {
        IndicatorConfig config;
        QString feedId;
        QString opd;
        LocalizedText feedName;
        int staleAfterSeconds = 0;
        std::optional<double> previous;
        IndicatorStatus status = IndicatorStatus::NoData;
        History history;

        QDateTime dataTime() const;
    };

    IndicatorStatus computeStatus(const Row &row, const QDateTime &now) const;
    // Recomputes the row's status and adds StatusRole to `changed` if it moved.
    void updateStatus(Row &row, const QDateTime &now, QList<int> &changed);
    void setError(int row, const QString &reason, FailureKind kind);
    void emitChanged(int row, const QList<int> &roles);

    const Clock *m_clock;
    std::vector<Row> m_rows;
    bool m_english = false; // the config's UI language; labels follow it
    QHash<QString, int> m_rowById;
    QHash<QString, QList<int>> m_rowsByFeed;
};

} // namespace Pantau
