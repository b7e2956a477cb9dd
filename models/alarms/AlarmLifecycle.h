#pragma once

#include "alarms/AlarmRecord.h"
#include "alarms/AlarmTransition.h"
#include "config/AlertRule.h"
#include "state/AlertFacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Pantau {

// The ISA-18.2 alarm lifecycle of a wall's (or a site's) rules, as pure state: it takes facts,
// commands and explicit times, and answers with the steps it took, which the caller journals and
// shows. No timer, no model, no file, so every rule of the lifecycle is tested by stepping time.
//
// - A rule's condition raises an alarm (a new event) once it has held `onDelaySeconds`; the
//   alarm clears once the condition has been gone `offDelaySeconds`, and an Above/Below alarm
//   only once the value is back past its level by `deadband`.
// - A condition that goes away before anyone acknowledged leaves the alarm owed
//   (returned-unacknowledged) until it is acknowledged.
// - Shelving (with a reason, for at most Settings::maxShelveSeconds), taking out of service
//   (with a reason) and suppression by a failing feed hide a rule: the onset it had is closed,
//   its condition raises nothing, and when it comes back it is judged afresh, its on-delay
//   counting from then.
// - Flood control: while a feed's failing rule holds, the threshold and staleness rules of that
//   feed's indicators are suppressed; the failing alarm stands for them (heldBack()).
class AlarmLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(AlarmLifecycle)

public:
    struct Settings
    {
        int maxShelveSeconds = 8 * 3600;
    };
    // A desk computes a shelve's expiry on its own clock and the collector checks it on its
    // own: the longest shelve must not be refused for a second or so between the two.
    static constexpr int ShelveClockSlackSeconds = 60;

    // What a command did: the steps, or why it was refused (in words the desk shows).
    struct Outcome
    {
        QString error;
        QList<AlarmTransition> steps;
        bool ok() const { return error.isEmpty(); }
    };

    AlarmLifecycle(const QList<AlertRule> &rules, const Settings &settings);

    // Which feed each indicator comes from, for flood control and the journal's rows.
    void setIndicatorFeeds(const QHash<QString, QString> &feedOfIndicator)
    {
        m_feedOfIndicator = feedOfIndicator;
    }

    const QList<AlertRule> &rules() const { return m_rules; }
    const Settings &settings() const { return m_settings; }
    int ruleIndex(const QString &ruleId) const { return m_ruleById.value(ruleId, -1); }
    const AlarmRecord &record(int rule) const { return m_records[size_t(rule)]; }
    // The rule whose open onset is `event`, or -1.
    int ruleOfEvent(const QString &event) const;
    // The feed a rule watches: a failing rule's own, or its indicator's.
    QString feedOf(const AlertRule &rule) const;

    // Puts back a rule's record as the journal last kept it (a restart). Unknown rules: false.
    bool restore(const QString &ruleId, const AlarmRecord &record);
    // Every rule back to normal, as a node that follows its collector has nothing of its own.
    void forget();

    // Judges every rule at `now`: shelves that expired come back, feeds that fail suppress and
    // release their rules, conditions raise, return and clear alarms.
    QList<AlarmTransition> evaluate(const AlertFacts &facts, const QDateTime &now);

    Outcome acknowledge(const QString &event, const AlarmActor &by, const QDateTime &now);
    // Shelves a rule until `until` (after now, at most maxShelveSeconds ahead); by.note is the
    // reason, which is required. Shelving a shelved rule again sets the new expiry.
    Outcome shelve(const QString &ruleId, const QDateTime &until, const AlarmActor &by,
                   const QDateTime &now);
    Outcome unshelve(const QString &ruleId, const AlarmActor &by, const QDateTime &now);
    // by.note is the reason, which is required.
    Outcome removeFromService(const QString &ruleId, const AlarmActor &by, const QDateTime &now);
    Outcome returnToService(const QString &ruleId, const AlarmActor &by, const QDateTime &now);

    // The earliest time evaluate() has something to do without new facts: a delay running out,
    // a shelve expiring. Invalid when nothing is pending.
    QDateTime nextDue() const;
    // How many rules a feed's failing alarm holds back now.
    int heldBack(const QString &feed) const;

    // An onset's id: the rule and the millisecond it was raised, so the same onset keeps its id
    // over a restart and a new onset has a new one.
    static QString eventId(const QString &ruleId, const QDateTime &raisedAt);

private:
    struct Check
    {
        bool holds = false;
        bool unknown = false; // a level rule without a value: neither holds nor not
        std::optional<double> value;
    };

    Check check(const AlertRule &rule, const AlarmRecord &record, const AlertFacts &facts,
                const QDateTime &now) const;
    bool holdsRaw(const AlertRule &rule, const AlertFacts &facts, const QDateTime &now) const;
    AlarmTransition step(int rule, AlarmAction action, const QDateTime &now,
                         const AlarmActor &by = {}) const;
    // Ends a rule's onset and condition as it becomes hidden; returns the onset's id.
    QString hide(AlarmRecord &record);
    int ruleFor(const QString &ruleId, QString *error) const;

    QList<AlertRule> m_rules;
    Settings m_settings;
    QHash<QString, int> m_ruleById;
    QHash<QString, QString> m_feedOfIndicator;
    std::vector<AlarmRecord> m_records; // one per rule, by index
};

} // namespace Pantau
