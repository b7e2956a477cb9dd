#pragma once

#include "config/Config.h"
#include "state/AlertFacts.h"
#include "state/AlertLog.h"
#include "time/Clock.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace Pantau {

// The alerts that are active now, for the wall's banner and alert list: each configured rule is
// raised once when its condition starts to hold, can be acknowledged by an operator, and leaves
// the list when the condition stops holding. Every transition is appended to an AlertLog, and the
// log is replayed on construction, so a restart neither forgets an alert nor its acknowledgement.
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
        RaisedAtRole,       // QDateTime UTC, when the alert was raised
        ValueRole,          // double, the value that raised it; invalid for Stale/Failing
        AcknowledgedRole,   // bool
        AcknowledgedByRole, // QString, the operating-system user who acknowledged it
        OperatorRole,       // QString, the operator's name as typed, may be empty
        NoteRole,           // QString, the operator's note, may be empty
        AcknowledgedAtRole, // QDateTime UTC; invalid while not acknowledged
        EventRole,          // QString, this onset's id (eventId): a new onset has a new one
    };
    Q_ENUM(Role)

    // One active alert, as a row holds it and as a site's collector publishes it.
    struct Active
    {
        QString event; // eventId(rule, raisedAt)
        QString rule;
        QDateTime raisedAt;
        std::optional<double> value;
        bool acknowledged = false;
        QDateTime acknowledgedAt;
        QString acknowledgedBy; // the operating-system user
        QString operatorName;
        QString note;
    };
    // The id of a rule's onset at `raisedAt`: the rule and the millisecond it was raised, so the
    // same onset keeps its id over a restart (the log keeps both) and a new onset has a new one.
    // Who is logged in at this keyboard: the account is the one name an operator cannot
    // mistype.
    static QString osUser();
    static QString eventId(const QString &ruleId, const QDateTime &raisedAt);

    // `clock` must outlive the model. An empty `logPath` keeps no log. The log is replayed here:
    // alerts raised and not cleared in it are active again, with their raise time and
    // acknowledgement.
    AlertModel(const QList<AlertRule> &rules, const Clock *clock, const QString &logPath,
               QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Checks every rule against the facts at the clock's now: raises alerts whose condition
    // started to hold, clears those whose condition stopped holding, leaves the rest alone.
    void evaluate(const AlertFacts &facts);

    // "id" or "en": the language MessageRole speaks. The alert log keeps Indonesian.
    void setLanguage(const QString &language) { m_english = language == QLatin1String("en"); }
    // The feeds' names, by id, for the default message of a rule on a failing feed, which
    // names the feed as the wall does. A feed without one is named by its id.
    void setFeedNames(const QHash<QString, LocalizedText> &names) { m_feedNames = names; }

    // Records that the operating-system user (and, if given, the named operator) has seen the
    // alert. False for an unknown rule, a rule with no active alert, or one already acknowledged.
    bool acknowledge(const QString &ruleId, const QString &operatorName, const QString &note);

    // Acknowledges one onset, by the given operating-system user (a command from another
    // machine names its own; empty: this machine's). Empty when done; otherwise why not, in words
    // the desk shows: the alert has cleared, or has cleared and been raised again, or was already
    // acknowledged.
    QString acknowledgeEvent(const QString &event, const QString &user, const QString &operatorName,
                             const QString &note);

    // Every active alert, in display order.
    QList<Active> active() const;
    // A site node's alerts follow its collector's: evaluate() then changes nothing, and only
    // setActive() and removeActive() do. Nothing is logged; the collector keeps the log.
    void setFollowing(bool following) { m_following = following; }
    // Shows an alert as the collector holds it: a new onset is inserted (replacing an older
    // onset of its rule) and announced with alertRaised(); a known one has its cells updated.
    // False for a rule the config does not have.
    bool setActive(const Active &alert);
    // Removes an onset that cleared; nothing for an unknown one.
    void removeActive(const QString &event);

    int activeCount() const { return int(m_alerts.size()); }
    // The first row (the most severe, newest alert), or an invalid index when nothing is active.
    QModelIndex mostSevere() const;
    // The row of a rule's active alert, or an invalid index.
    QModelIndex indexOf(const QString &ruleId) const;

    // What was wrong with the log when it was replayed (torn or foreign lines, entries for rules
    // no longer configured). Empty for a clean or missing log.
    const QStringList &logWarnings() const { return m_logWarnings; }

    // The texts used when a rule has no message of its own, e.g.
    // "telur-mahal: harga.telur di atas 30.000".
    LocalizedText defaultMessage(const AlertRule &rule) const;

signals:
    void alertRaised(const QString &ruleId);
    // The log could not be written. The model keeps working; only the record is missing.
    void logError(const QString &reason);

private:
    struct Alert : Active
    {
        int ruleIndex = -1; // into m_rules
    };

    // Whether the rule's condition holds now, and for Above/Below the value it was judged on.
    struct Check
    {
        bool holds = false;
        bool unknown = false; // a level rule without a value: neither holds nor not
        std::optional<double> value;
    };

    Check check(const AlertRule &rule, const AlertFacts &facts, const QDateTime &now) const;
    // True when `a` belongs above `b`: critical first, then newest, then config order.
    bool before(const Alert &a, const Alert &b) const;
    int rowOfRule(int rule) const;
    int rowOfEvent(const QString &event) const;
    void insertSorted(const Alert &alert);
    void acknowledgeRow(int row, const QString &user, const QString &operatorName,
                        const QString &note);
    QString messageText(const AlertRule &rule) const;
    void replay(const QString &logPath);
    void raise(int rule, const QDateTime &now, std::optional<double> value);
    void clear(int row, const QDateTime &now, std::optional<double> value);
    QJsonObject logEntry(const QString &event, const Alert &alert, const QDateTime &time) const;
    void writeLog(const QJsonObject &entry);

    QList<AlertRule> m_rules;
    bool m_english = false;
    QHash<QString, LocalizedText> m_feedNames;
    QHash<QString, int> m_ruleById;
    const Clock *m_clock;
    AlertLog m_log;
    std::vector<Alert> m_alerts; // the rows, kept in display order
    bool m_following = false;
    QStringList m_logWarnings;
};

} // namespace Pantau
