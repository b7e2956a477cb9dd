#include "alarms/AlarmLifecycle.h"

#include <QSet>

namespace Pantau {

AlarmLifecycle::AlarmLifecycle(const QList<AlertRule> &rules, const Settings &settings)
    : m_rules(rules)
    , m_settings(settings)
    , m_records(size_t(rules.size()))
{
    for (int i = 0; i < m_rules.size(); ++i) {
        // The config loader refuses duplicate ids; should one slip through, the first one wins
        // rather than two rules fighting over one record.
        if (!m_ruleById.contains(m_rules[i].id))
            m_ruleById.insert(m_rules[i].id, i);
    }
}

void AlarmLifecycle::forget()
{
    for (AlarmRecord &record : m_records)
        record = AlarmRecord();
}

QString AlarmLifecycle::eventId(const QString &ruleId, const QDateTime &raisedAt)
{
    return ruleId + u'@' + QString::number(raisedAt.toMSecsSinceEpoch());
}

int AlarmLifecycle::ruleOfEvent(const QString &event) const
{
    if (event.isEmpty())
        return -1;
    for (size_t i = 0; i < m_records.size(); ++i)
        if (m_records[i].event == event)
            return int(i);
    return -1;
}

QString AlarmLifecycle::feedOf(const AlertRule &rule) const
{
    return rule.kind == AlertRule::Kind::Failing ? rule.feed
                                                 : m_feedOfIndicator.value(rule.indicator);
}

bool AlarmLifecycle::restore(const QString &ruleId, const AlarmRecord &record)
{
    const int rule = ruleIndex(ruleId);
    if (rule < 0)
        return false;
    m_records[size_t(rule)] = record;
    return true;
}

bool AlarmLifecycle::holdsRaw(const AlertRule &rule, const AlertFacts &facts,
                              const QDateTime &now) const
{
    // A condition on time holds once it has lasted `forSeconds`; milliseconds count, so a feed
    // failing for 899.9 s is not yet "failing for 15 minutes".
    auto lasted = [&](const QDateTime &since) {
        return since.isValid() && since.msecsTo(now) >= qint64(rule.forSeconds) * 1000;
    };
    if (rule.kind == AlertRule::Kind::Stale)
        return facts.staleSince && lasted(facts.staleSince(rule.indicator));
    if (rule.kind == AlertRule::Kind::Failing)
        return facts.failingSince && lasted(facts.failingSince(rule.feed));
    return false;
}

AlarmLifecycle::Check AlarmLifecycle::check(const AlertRule &rule, const AlarmRecord &record,
                                            const AlertFacts &facts, const QDateTime &now) const
{
    Check result;
    if (rule.kind != AlertRule::Kind::Above && rule.kind != AlertRule::Kind::Below) {
        result.holds = holdsRaw(rule, facts, now);
        return result;
    }
    result.value = facts.value ? facts.value(rule.indicator) : std::nullopt;
    // No value says nothing about the level; NaN compares false both ways.
    result.unknown = !result.value;
    if (!result.value)
        return result;
    // The deadband keeps an alarm that is in until the value is clearly back, so a value
    // hovering at the level does not raise a new event each poll.
    const double band = record.active ? rule.deadband : 0.0;
    result.holds = rule.kind == AlertRule::Kind::Above ? *result.value > rule.level - band
                                                       : *result.value < rule.level + band;
    return result;
}

AlarmTransition AlarmLifecycle::step(int rule, AlarmAction action, const QDateTime &now,
                                     const AlarmActor &by) const
{
    const AlertRule &r = m_rules[rule];
    const AlarmRecord &record = m_records[size_t(rule)];
    AlarmTransition t;
    t.time = now.toUTC();
    t.event = record.event;
    t.rule = r.id;
    t.action = action;
    t.state = record.state();
    t.severity = r.severity;
    t.indicator = r.kind == AlertRule::Kind::Failing ? QString() : r.indicator;
    t.feed = feedOf(r);
    t.user = by.user;
    t.operatorName = by.operatorName;
    t.station = by.station;
    t.note = by.note;
    t.record = record.toJson();
    return t;
}

QString AlarmLifecycle::hide(AlarmRecord &record)
{
    const QString event = record.event;
    record.active = false;
    record.pendingSince = {};
    record.event.clear();
    record.raisedAt = {};
    record.value.reset();
    record.acknowledged = false;
    record.acknowledgedAt = {};
    record.acknowledgedBy = {};
    return event;
}

QList<AlarmTransition> AlarmLifecycle::evaluate(const AlertFacts &facts, const QDateTime &now)
{
    QList<AlarmTransition> steps;

    // Feeds whose failing rule holds now: their indicators' rules are held back. The raw
    // condition counts, not the failing alarm's own state, so shelving that alarm does not
    // release a flood of others.
    QSet<QString> flooding;
    for (int i = 0; i < m_rules.size(); ++i) {
        const AlertRule &rule = m_rules[i];
        if (rule.kind == AlertRule::Kind::Failing && ruleIndex(rule.id) == i &&
            !m_records[size_t(i)].isOutOfService() && holdsRaw(rule, facts, now))
            flooding.insert(rule.feed);
    }

    for (int i = 0; i < m_rules.size(); ++i) {
        if (ruleIndex(m_rules[i].id) != i)
            continue; // a duplicate id, see the constructor
        const AlertRule &rule = m_rules[i];
        AlarmRecord &record = m_records[size_t(i)];

        if (record.isShelved() && record.shelvedUntil <= now) {
            record.shelvedUntil = {};
            record.shelvedAt = {};
            record.shelvedBy = {};
            AlarmTransition t = step(i, AlarmAction::Unshelved, now);
            t.note = tr("masa tunda habis");
            steps.append(t);
        }
        if (record.isOutOfService() || record.isShelved())
            continue;

        if (rule.kind != AlertRule::Kind::Failing) {
            const QString feed = feedOf(rule);
            const bool flood = !feed.isEmpty() && flooding.contains(feed);
            if (flood && !record.isSuppressed()) {
                const QString closed = hide(record);
                record.suppressedBy = feed;
                AlarmTransition t = step(i, AlarmAction::Suppressed, now);
                t.event = closed;
                steps.append(t);
                continue;
            }
            if (flood)
                continue;
            if (record.isSuppressed()) {
                record.suppressedBy.clear();
                steps.append(step(i, AlarmAction::Unsuppressed, now));
                // Judged afresh below, its on-delay counting from now.
            }
        }

        const Check result = check(rule, record, facts, now);
        // A level rule whose indicator has no value yet (a start without a cache, before its
        // feed answered) can be judged neither way: an alarm kept from the journal stays, and
        // is not cleared only to be raised again as a new event when the value comes.
        if (result.unknown) {
            record.pendingSince = {}; // a delay counts again from when a value is back
            continue;
        }
        if (result.holds == record.active) {
            record.pendingSince = {};
            continue;
        }
        if (!record.pendingSince.isValid())
            record.pendingSince = now;
        const int delay = result.holds ? rule.onDelaySeconds : rule.offDelaySeconds;
        if (record.pendingSince.msecsTo(now) < qint64(delay) * 1000)
            continue;
        record.pendingSince = {};
        record.active = result.holds;
        if (result.holds) {
            // A new onset, even when the last one is still owed an acknowledgement: each onset
            // is its own event, and the older one stays in the journal as it was.
            hide(record);
            record.active = true;
            record.event = eventId(rule.id, now);
            record.raisedAt = now.toUTC();
            record.value = result.value;
            AlarmTransition t = step(i, AlarmAction::Raised, now);
            t.value = result.value;
            steps.append(t);
        } else if (record.acknowledged || record.event.isEmpty()) {
            AlarmTransition t = step(i, AlarmAction::Cleared, now);
            hide(record);
            t.state = record.state();
            t.record = record.toJson();
            t.value = result.value;
            steps.append(t);
        } else {
            AlarmTransition t = step(i, AlarmAction::Returned, now);
            t.value = result.value;
            steps.append(t);
        }
    }
    return steps;
}

int AlarmLifecycle::ruleFor(const QString &ruleId, QString *error) const
{
    const int rule = ruleIndex(ruleId);
    if (rule < 0)
        *error = tr("Aturan peringatan %1 tidak ada di konfigurasi.").arg(ruleId);
    return rule;
}

AlarmLifecycle::Outcome AlarmLifecycle::acknowledge(const QString &event, const AlarmActor &by,
                                                    const QDateTime &now)
{
    Outcome outcome;
    const int rule = ruleOfEvent(event);
    if (rule < 0) {
        const QString ruleId = event.section(u'@', 0, -2);
        const int again = ruleIndex(ruleId);
        // Times in UTC, as ISO 8601: the words may go to a desk on another machine, whose zone
        // this process does not know.
        if (again >= 0 && !m_records[size_t(again)].event.isEmpty())
            outcome.error =
                tr("Peringatan %1 sudah pulih lalu muncul lagi pada %2; akui yang baru.")
                    .arg(ruleId, m_records[size_t(again)].raisedAt.toString(Qt::ISODate));
        else
            outcome.error = tr("Peringatan %1 sudah pulih.").arg(ruleId.isEmpty() ? event : ruleId);
        return outcome;
    }
    AlarmRecord &record = m_records[size_t(rule)];
    if (record.acknowledged) {
        const AlarmActor &who = record.acknowledgedBy;
        outcome.error =
            tr("Peringatan %1 sudah diakui oleh %2 pada %3.")
                .arg(m_rules[rule].id, who.operatorName.isEmpty() ? who.user : who.operatorName,
                     record.acknowledgedAt.toString(Qt::ISODate));
        return outcome;
    }
    record.acknowledged = true;
    record.acknowledgedAt = now.toUTC();
    record.acknowledgedBy = by;
    AlarmTransition t = step(rule, AlarmAction::Acknowledged, now, by);
    if (!record.active) {
        // Seen after it had already returned: the onset is over.
        hide(record);
        t.state = record.state();
        t.record = record.toJson();
    }
    outcome.steps.append(t);
    return outcome;
}

AlarmLifecycle::Outcome AlarmLifecycle::shelve(const QString &ruleId, const QDateTime &until,
                                               const AlarmActor &by, const QDateTime &now)
{
    Outcome outcome;
    const int rule = ruleFor(ruleId, &outcome.error);
    if (rule < 0)
        return outcome;
    AlarmRecord &record = m_records[size_t(rule)];
    if (record.isOutOfService()) {
        outcome.error = tr("Peringatan %1 sedang tidak aktif (di luar layanan).").arg(ruleId);
    } else if (by.note.trimmed().isEmpty()) {
        outcome.error = tr("Menunda peringatan perlu alasan.");
    } else if (!until.isValid() || until <= now) {
        outcome.error = tr("Batas waktu tunda harus sesudah sekarang.");
    } else if (now.secsTo(until) > m_settings.maxShelveSeconds + ShelveClockSlackSeconds) {
        outcome.error = tr("Peringatan dapat ditunda paling lama %1 jam.")
                            .arg(double(m_settings.maxShelveSeconds) / 3600.0, 0, 'g', 3);
    }
    if (!outcome.ok())
        return outcome;
    const QString closed = hide(record);
    record.suppressedBy.clear();
    record.shelvedUntil = until.toUTC();
    record.shelvedAt = now.toUTC();
    record.shelvedBy = by;
    AlarmTransition t = step(rule, AlarmAction::Shelved, now, by);
    t.event = closed;
    t.until = record.shelvedUntil;
    outcome.steps.append(t);
    return outcome;
}

AlarmLifecycle::Outcome AlarmLifecycle::unshelve(const QString &ruleId, const AlarmActor &by,
                                                 const QDateTime &now)
{
    Outcome outcome;
    const int rule = ruleFor(ruleId, &outcome.error);
    if (rule < 0)
        return outcome;
    AlarmRecord &record = m_records[size_t(rule)];
    if (!record.isShelved()) {
        outcome.error = tr("Peringatan %1 tidak sedang ditunda.").arg(ruleId);
        return outcome;
    }
    record.shelvedUntil = {};
    record.shelvedAt = {};
    record.shelvedBy = {};
    outcome.steps.append(step(rule, AlarmAction::Unshelved, now, by));
    return outcome;
}

AlarmLifecycle::Outcome
AlarmLifecycle::removeFromService(const QString &ruleId, const AlarmActor &by, const QDateTime &now)
{
    Outcome outcome;
    const int rule = ruleFor(ruleId, &outcome.error);
    if (rule < 0)
        return outcome;
    AlarmRecord &record = m_records[size_t(rule)];
    if (record.isOutOfService())
        outcome.error = tr("Peringatan %1 sudah di luar layanan.").arg(ruleId);
    else if (by.note.trimmed().isEmpty())
        outcome.error = tr("Menonaktifkan peringatan perlu alasan.");
    if (!outcome.ok())
        return outcome;
    const QString closed = hide(record);
    record.suppressedBy.clear();
    record.shelvedUntil = {};
    record.shelvedAt = {};
    record.shelvedBy = {};
    record.outOfServiceSince = now.toUTC();
    record.outOfServiceBy = by;
    AlarmTransition t = step(rule, AlarmAction::RemovedFromService, now, by);
    t.event = closed;
    outcome.steps.append(t);
    return outcome;
}

AlarmLifecycle::Outcome AlarmLifecycle::returnToService(const QString &ruleId, const AlarmActor &by,
                                                        const QDateTime &now)
{
    Outcome outcome;
    const int rule = ruleFor(ruleId, &outcome.error);
    if (rule < 0)
        return outcome;
    AlarmRecord &record = m_records[size_t(rule)];
    if (!record.isOutOfService()) {
        outcome.error = tr("Peringatan %1 tidak di luar layanan.").arg(ruleId);
        return outcome;
    }
    record.outOfServiceSince = {};
    record.outOfServiceBy = {};
    outcome.steps.append(step(rule, AlarmAction::ReturnedToService, now, by));
    return outcome;
}

QDateTime AlarmLifecycle::nextDue() const
{
    QDateTime next;
    auto consider = [&next](const QDateTime &at) {
        if (at.isValid() && (!next.isValid() || at < next))
            next = at;
    };
    for (int i = 0; i < m_rules.size(); ++i) {
        const AlarmRecord &record = m_records[size_t(i)];
        consider(record.shelvedUntil);
        if (record.pendingSince.isValid()) {
            const AlertRule &rule = m_rules[i];
            consider(record.pendingSince.addSecs(record.active ? rule.offDelaySeconds
                                                               : rule.onDelaySeconds));
        }
    }
    return next;
}

int AlarmLifecycle::heldBack(const QString &feed) const
{
    int count = 0;
    for (const AlarmRecord &record : m_records)
        if (record.suppressedBy == feed)
            ++count;
    return count;
}

} // namespace Pantau
