#pragma once

#include "config/Config.h"
#include "feeds/FeedResult.h"
#include "time/Clock.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <vector>

namespace Pantau {

// How every configured feed is doing, one row each, in config order: fine, late or failing, and
// since when, so the operator sees which agency's data to distrust before anyone asks. Rows are
// fixed by the config; poll results and refresh() only change cells, and only the roles that
// changed are signalled.
class FeedHealthModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class FeedState {
        Waiting, // not polled yet since start
        Ok,      // the last poll succeeded and that success is recent enough
        Late,    // the last poll succeeded, but longer ago than the feed's stale limit
        Failing, // the last poll failed
    };
    Q_ENUM(FeedState)

    enum Role {
        IdRole = Qt::UserRole + 1, // QString, the feed id from the config, for editing it
        OpdRole,                   // QString, the agency (OPD) that publishes the feed
        UrlRole,                   // QUrl, where the feed is fetched from, as configured
        StateRole,                 // FeedHealthModel::FeedState
        LastSuccessRole,           // QDateTime UTC of the last successful poll; invalid if none
        LastErrorRole,             // QString, why the last failure happened; kept on recovery
        LastErrorTimeRole,         // QDateTime UTC of that failure; invalid if none
        FailingSinceRole,          // QDateTime UTC, first failure of this run; else invalid
        ConsecutiveFailuresRole,   // int, failures in a row; 0 after a success
        LatencyMsRole,             // qint64, ms the last poll took; invalid before the first
        BytesRole,                 // qint64, bytes the last poll read; invalid before the first
        NextPollRole,              // QDateTime UTC of the next planned poll; invalid if unknown
        LastErrorKindRole,         // Pantau::FailureKind of LastErrorRole
        NameRole,                  // QString, the feed's name in the UI's language (DisplayRole)
    };
    Q_ENUM(Role)

    // Stable machine name, for state.json and logs: "waiting", "ok", "late", "failing".
    static QString stateKey(FeedState state);
    // Every state's name, in the enum's order; and the state of a name, none for another word.
    static const QStringList &stateKeys();
    static std::optional<FeedState> stateNamed(const QString &key);

    // How one feed is doing: each row's cells, and what a site's collector publishes so that
    // its nodes show the same.
    struct Health
    {
        QString feed; // the feed id
        FeedState state = FeedState::Waiting;
        QDateTime lastSuccess;
        QString lastError;
        FailureKind lastErrorKind = FailureKind::None;
        QDateTime lastErrorTime;
        QDateTime failingSince;
        int consecutiveFailures = 0;
        std::optional<qint64> latencyMs; // none before the first poll
        std::optional<qint64> bytes;
        QDateTime nextPoll;
    };
    // The health of a feed, or none for an unknown id.
    std::optional<Health> health(const QString &feedId) const;
    // Takes over a feed's health as judged elsewhere (a site's collector), signalling the roles
    // that changed. False for a feed the config does not have.
    bool setHealth(const Health &health);

    // The clock decides lateness in refresh(); it must outlive the model.
    FeedHealthModel(const Config &config, const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a feed, or an invalid index for an unknown id.
    QModelIndex indexOf(const QString &feedId) const;

    // Records one poll of one feed. A 304 counts as a success: the source answered and what we
    // hold is current. Results for feeds not in the config are ignored.
    void applyFeedResult(const FeedResult &result);

    void setNextPoll(const QString &feedId, const QDateTime &when);

    // Re-checks every succeeding feed's last success against the clock and its stale limit, and
    // signals only the rows whose state changed. The model never ticks on its own: the app calls
    // this on a timer, tests after stepping a ManualClock.
    void refresh();

    // Configured wall screens whose monitor is missing. Not feeds, but the same question for
    // the operator: which part of the wall is not showing what it should.
    void setMissingScreens(const QStringList &names);
    const QStringList &missingScreens() const { return m_missingScreens; }

    // A node's link to its site (the broker and the collector behind it), shown beside the
    // feeds, since every value of a node comes through it. None on a wall of its own.
    struct SiteLink
    {
        QString name; // "Tautan situs demo", in the UI's language
        bool up = false;
        QDateTime since; // up or down since
        QString reason;  // while down: why, in words the room reads
        bool operator==(const SiteLink &) const = default;
    };
    void setSiteLink(const std::optional<SiteLink> &link);
    const std::optional<SiteLink> &siteLink() const { return m_siteLink; }

signals:
    void missingScreensChanged();
    void siteLinkChanged();

private:
    struct Row : Health
    {
        QString opd;
        QString name;
        QUrl url;
        int staleAfterSeconds = 0;
    };

    // Ok or Late, by the age of the last success at `now`.
    static FeedState succeedingState(const Row &row, const QDateTime &now);

    const Clock *m_clock;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowById;
    QStringList m_missingScreens;
    std::optional<SiteLink> m_siteLink;
};

} // namespace Pantau
