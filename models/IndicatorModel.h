#pragma once

#include "Config.h"
#include "FeedResult.h"
#include "IndicatorStatus.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <optional>
#include <vector>

namespace Pantau {

// The latest value of every configured indicator, one row each, in config order. Rows are fixed
// by the config; feed results only change cells, and only the roles that changed are signalled.
class IndicatorModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString, the indicator id from the config
        LabelRole,                 // QString, the Indonesian label (also Qt::DisplayRole)
        LabelEnRole,               // QString, the English label, may be empty
        UnitRole,                  // QString, e.g. "%", "Rp", "panggilan"
        DecimalsRole,              // int, decimals to show
        DimensionRole,             // QString, e.g. "governance"
        OpdRole,                   // QString, the agency whose feed supplies it
        FeedRole,                  // QString, the feed id
        ValueRole,                 // double; an invalid QVariant while there is no value
        SourceTimeRole,            // QDateTime UTC, the source's own time; invalid if not given
        FetchTimeRole,             // QDateTime UTC, when the value was fetched
        StatusRole,                // Pantau::IndicatorStatus
        ErrorRole,                 // QString, why the last poll gave no value; empty when fine
    };
    Q_ENUM(Role)

    explicit IndicatorModel(const Config &config, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of an indicator, or an invalid index for an unknown id.
    QModelIndex indexOf(const QString &indicatorId) const;

    // Applies one poll of one feed: new values for what it brought, an error on the indicators
    // it should have brought and did not. A failure keeps every last good value.
    void applyFeedResult(const FeedResult &result);

    // Every indicator's id, value, unit, status and times, as --snapshot writes to state.json.
    QJsonArray stateJson() const;

private:
    struct Row
    {
        IndicatorConfig config;
        QString feedId;
        QString opd;
        std::optional<double> value;
        QDateTime sourceTime;
        QDateTime fetchTime;
        IndicatorStatus status = IndicatorStatus::NoData;
        QString error;
    };

    void setError(int row, const QString &reason);

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, QList<int>> m_rowsByFeed;
};

} // namespace Pantau
