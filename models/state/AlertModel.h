#pragma once

#include "alarms/AlarmLifecycle.h"
#include "config/Config.h"
#include "state/AlertFacts.h"
#include "time/Clock.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace Pantau {

class AlarmJournal;

// The wall's and the desk's alarms: every rule that is not normal, one row each, in the states
// of the ISA-18.2 lifecycle (AlarmLifecycle): active or returned and owed an acknowledgement,
// acknowledged, shelved, suppressed by a failing feed, or out of service. Every step goes to the
// SQLite journal (AlarmJournal) in one transaction, and a restart takes each rule's state back
// from it, so no alarm is raised twice and no acknowledgement is lost.
class AlertModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RuleRole = Qt::UserRole + 1, // QString, the rule id from the config
        SeverityRole,                // Pantau::AlertSeverity
        MessageRole,        // QString, in the UI's language (also DisplayRole); a default if unset
        MessageEnRole,      // QString, English text; empty when only an Indonesian one is set
        IndicatorRole,      // QString, the indicator of an Above/Below/Stale rule, else empty
        FeedRole,           // QString, the feed of a Failing rule, else empty
        RaisedAtRole,       // QDateTime UTC, when the alert was raised; invalid when hidden
        ValueRole,          // double, the value that raised it; invalid for Stale/Failing
        AcknowledgedRole,   // bool
        AcknowledgedByRole, // QString, the operating-system user who acknowledged it
        OperatorRole,       // QString, the operator's name as typed, may be empty
        NoteRole,           // QString, the operator's note, may be empty
        AcknowledgedAtRole, // QDateTime UTC; invalid while not acknowledged
        EventRole,          // QString, this onset's id (eventId); empty for a hidden rule
        StateRole,          // Pantau::AlarmState
        SinceRole,          // QDateTime UTC: raised, or shelved / taken out of service
        UntilRole,          // QDateTime UTC: a shelve's expiry
        HiddenByRole,       // QString: who shelved it or took it out of service
        ReasonRole,         // QString: why it was shelved or taken out of service
        HeldBackRole,       // int: the alarms a failing feed's alarm suppresses
    };
    Q_ENUM(Role)

    // One row, as the model holds it and as a site's collector publishes it.
    struct Active
    {
        QString event; // eventId(rule, raisedAt); empty for a hidden rule
        QString rule;
        QDateTime raisedAt;
        std::optional<double> value;
        bool acknowledged = false;
        QDateTime acknowledgedAt;
        QString acknowledgedBy; // the operating-system user
        QString operatorName;
        QString note;
        AlarmState state = AlarmState::ActiveUnacknowledged;
        QDateTime since;  // shelved at, out of service since; invalid otherwise
        QDateTime until;  // shelved until
        QString hiddenBy; // who shelved it / took it out of service
        QString reason;
        int heldBack = 0;

        // Its topic's name in a site, and its identity in the model: the event, or the rule of
        // a hidden one (a rule id has no '@', so the two never meet).
        QString key() const { return event.isEmpty() ? rule : event; }
        bool operator==(const Active &) const = default;
    };

    // Who is logged in at this keyboard: the account is the one name an operator cannot
    // mistype.
    static QString osUser();
    static QString eventId(const QString &ruleId, const QDateTime &raisedAt)
    {
        return AlarmLifecycle::eventId(ruleId, raisedAt);
    }

    // Where the alarms are kept, and what their rows say of where each rule's data comes from
    // (known before the journal is opened, since an imported log's rows need it too).
    struct Storage
    {
        QString journal;   // the SQLite journal; empty: nothing is kept (a snapshot, a node)
        QString legacyLog; // the JSON Lines log of earlier versions, imported into a new journal
        // Which feed each indicator comes from (flood control, the rows' feed), and which
        // agency publishes each feed (the rows' OPD).
        QHash<QString, QString> feedOfIndicator;
        QHash<QString, QString> opdOfFeed;
    };

    // `clock` must outlive the model. The journal is opened (a bad file is set aside, see
    // AlarmJournal) and each rule's state taken back from it.
    AlertModel(const QList<AlertRule> &rules, const Clock *clock, const Storage &storage,
               const AlertOptions &options = {}, QObject *parent = nullptr);
    ~AlertModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Checks every rule against the facts at the clock's now (AlarmLifecycle::evaluate).
    void evaluate(const AlertFacts &facts);
    // When evaluate() has something to do without new facts (a delay, a shelve expiring).
    // Nothing while following: the collector judges, and this model's records wait unused.
    QDateTime nextDue() const { return m_following ? QDateTime() : m_lifecycle.nextDue(); }

    // "id" or "en": the language MessageRole speaks. The journal keeps Indonesian.
    void setLanguage(const QString &language) { m_english = language == QLatin1String("en"); }
    // The feeds' names, by id, for the default message of a rule on a failing feed, which
    // names the feed as the wall does. A feed without one is named by its id.
    void setFeedNames(const QHash<QString, LocalizedText> &names) { m_feedNames = names; }
    // The node or machine this model's operators act from, recorded with each of their steps.
    void setStation(const QString &station) { m_station = station; }

    // Operator commands. `user` is the operating-system user (empty: this process's); the
    // operator's name and note are as typed. Each returns empty when done, or why not in words
    // the desk shows.
    QString acknowledgeEvent(const QString &event, const QString &user, const QString &operatorName,
                             const QString &note, const QString &station = {});
    // Acknowledges a rule's owed onset (the wall's key, the tests).
    bool acknowledge(const QString &ruleId, const QString &operatorName, const QString &note);
    QString shelve(const QString &ruleId, const QDateTime &until, const QString &user,
                   const QString &operatorName, const QString &reason, const QString &station = {});
    QString unshelve(const QString &ruleId, const QString &user, const QString &operatorName,
                     const QString &station = {});
    QString removeFromService(const QString &ruleId, const QString &user,
                              const QString &operatorName, const QString &reason,
                              const QString &station = {});
    QString returnToService(const QString &ruleId, const QString &user, const QString &operatorName,
                            const QString &station = {});

    // Every row, in display order.
    QList<Active> active() const;
    // A site node's alarms follow its collector's: evaluate() then changes nothing, and only
    // setActive() and removeActive() do. Nothing is journaled; the collector keeps the journal.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    // Shows a row as the collector holds it: a new one is inserted (replacing another row of its
    // rule) and, when it is a new onset, announced with alertRaised(); a known one is updated.
    // False for a rule the config does not have.
    bool setActive(const Active &alert);
    // Removes a row by its key (Active::key()); nothing for an unknown one.
    void removeActive(const QString &key);

    int activeCount() const { return int(m_rows.size()); }
    // The most severe, newest alarm the wall shows (active or returned, not hidden), or an
    // invalid index when there is none.
    QModelIndex mostSevere() const;
    // The row of a rule, or an invalid index.
    QModelIndex indexOf(const QString &ruleId) const;
    // The rules of the config, for the desk's lists.
    const QList<AlertRule> &rules() const { return m_lifecycle.rules(); }
    // The journal, for the desk's history and shift report; null when none is kept.
    AlarmJournal *journal() const { return m_journal.get(); }

    // What was wrong with the journal or the imported log when they were opened. Empty when
    // all was well.
    const QStringList &logWarnings() const { return m_logWarnings; }

    // The texts used when a rule has no message of its own, e.g.
    // "telur-mahal: harga.telur di atas 30.000".
    LocalizedText defaultMessage(const AlertRule &rule) const;

    // The longest note, reason or operator name kept: a site's command must fit its topic's
    // size limit, and a shift report's table a page.
    static constexpr int MaxNoteLength = 1000;

    // Whether a state shows on the wall's banner (and may sound): active or returned.
    static bool isAnnunciated(AlarmState state);

signals:
    void alertRaised(const QString &ruleId);
    // The steps just journaled (or, on a node, nothing: the collector journals).
    void stepsTaken(const QList<AlarmTransition> &steps);
    // A rule came back (unshelved, returned to service) and wants judging now, not at the next
    // poll: the owner of the facts calls evaluate().
    void judgeAgain();
    // The journal could not be written. The model keeps working; only the record is missing.
    void logError(const QString &reason);

private:
    struct Row : Active
    {
        int ruleIndex = -1;
    };

    bool before(const Row &a, const Row &b) const;
    int rowOfKey(const QString &key) const;
    QString messageText(const AlertRule &rule) const;
    Row rowFor(int rule) const;
    // Brings the rows in line with `wanted` (sorted), with the fewest model signals.
    void sync(std::vector<Row> wanted);
    void syncFromLifecycle();
    void syncFromFollowed();
    // Journals, shows and announces a lifecycle's steps.
    void took(const QList<AlarmTransition> &steps);
    QString command(const AlarmLifecycle::Outcome &outcome);
    AlarmActor actor(const QString &user, const QString &operatorName, const QString &note,
                     const QString &station) const;
    void openJournal(const Storage &storage);
    void importLegacy(const QString &path);
    void pruneSome();

    AlarmLifecycle m_lifecycle;
    const Clock *m_clock;
    AlertOptions m_options;
    bool m_english = false;
    QHash<QString, LocalizedText> m_feedNames;
    QHash<QString, QString> m_opdOfFeed;
    QString m_station;
    std::unique_ptr<AlarmJournal> m_journal;
    std::vector<Row> m_rows;           // in display order
    QHash<QString, Active> m_followed; // a node's rows, by key, as the collector sent them
    bool m_following = false;
    QStringList m_logWarnings;
    QTimer m_prune; // the journal's retention, in small batches
};

} // namespace Pantau

Q_DECLARE_METATYPE(Pantau::AlarmState)
