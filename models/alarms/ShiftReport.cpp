#include "alarms/ShiftReport.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Pantau {

namespace {

QString personOf(const AlarmTransition &row)
{
    const QString name = row.operatorName.trimmed();
    return name.isEmpty() ? row.user : name;
}

// Floor division, so a period mark before the epoch still rounds down.
qint64 periodMark(qint64 ms)
{
    const qint64 q = ms / ShiftReport::PeriodMs;
    return (ms % ShiftReport::PeriodMs < 0 ? q - 1 : q) * ShiftReport::PeriodMs;
}

// What the report knows of one event from all its rows.
struct EventFacts
{
    QDateTime raisedAt; // its Raised row, else the onset in its id, else its first row
    QDateTime endedAt;  // its first Returned or Cleared row
    QDateTime firstAcknowledgedAt;
    bool sawRaised = false;
    const AlarmTransition *latest = nullptr; // for the rule's text and severity
};

} // namespace

QDateTime ShiftReport::onsetOf(const QString &event)
{
    const qsizetype at = event.lastIndexOf(u'@');
    if (at < 0)
        return {};
    bool ok = false;
    const qint64 ms = event.mid(at + 1).toLongLong(&ok);
    if (!ok)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

double ShiftReport::percentile(const QList<double> &sortedValues, double p)
{
    if (sortedValues.isEmpty())
        return 0;
    const double position = std::clamp(p, 0.0, 1.0) * double(sortedValues.size() - 1);
    const auto low = qsizetype(std::floor(position));
    const qsizetype high = std::min(low + 1, sortedValues.size() - 1);
    return sortedValues.at(low) +
           (position - double(low)) * (sortedValues.at(high) - sortedValues.at(low));
}

ShiftReport::Range ShiftReport::lastShift(const QDateTime &now)
{
    const QDateTime until = now.toUTC();
    return {until.addSecs(-qint64(DefaultShiftHours) * 3600), until};
}

AlarmQuery ShiftReport::journalQuery(const QDateTime &from, const QDateTime &until)
{
    AlarmQuery query;
    query.from = from.toUTC().addDays(-StandingLookbackDays);
    query.until = until.toUTC();
    return query;
}

ShiftReport ShiftReport::compute(const QList<AlarmTransition> &input, const QDateTime &from,
                                 const QDateTime &until)
{
    ShiftReport report;
    report.from = from.toUTC();
    report.until = until.toUTC();
    const qint64 fromMs = report.from.toMSecsSinceEpoch();
    const qint64 untilMs = report.until.toMSecsSinceEpoch();

    // Judged as things stood at `until`: later rows are not yet history.
    QList<const AlarmTransition *> rows;
    rows.reserve(input.size());
    for (const AlarmTransition &row : input) {
        if (row.time.isValid() && row.time.toMSecsSinceEpoch() < untilMs)
            rows.append(&row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AlarmTransition *a, const AlarmTransition *b) {
                         if (a->time != b->time)
                             return a->time < b->time;
                         return a->id < b->id;
                     });
    const auto inRange = [fromMs](const AlarmTransition *row) {
        return row->time.toMSecsSinceEpoch() >= fromMs;
    };

    QHash<QString, EventFacts> events;
    for (const AlarmTransition *row : rows) {
        if (row->event.isEmpty())
            continue;
        EventFacts &facts = events[row->event];
        facts.latest = row;
        switch (row->action) {
        case AlarmAction::Raised:
            if (!facts.sawRaised)
                facts.raisedAt = row->time;
            facts.sawRaised = true;
            break;
        case AlarmAction::Acknowledged:
            if (!facts.firstAcknowledgedAt.isValid())
                facts.firstAcknowledgedAt = row->time;
            break;
        case AlarmAction::Returned:
        case AlarmAction::Cleared:
            if (!facts.endedAt.isValid())
                facts.endedAt = row->time;
            break;
        default:
            break;
        }
        if (!facts.raisedAt.isValid()) {
            // The Raised row lies before the rows we were given: the id still dates it.
            const QDateTime onset = onsetOf(row->event);
            facts.raisedAt = onset.isValid() ? onset : row->time;
        }
    }

    // Raises in the range: counts, periods, rules.
    for (const AlertSeverityInfo &info : AlertSeverities)
        report.raisedBySeverity.append({info.value, 0});
    const qint64 firstMark = periodMark(fromMs);
    if (untilMs > fromMs) {
        for (qint64 mark = firstMark; mark < untilMs; mark += PeriodMs)
            report.periods.append({QDateTime::fromMSecsSinceEpoch(mark, Qt::UTC), 0});
    }
    QMap<QString, RuleCount> byRule; // ordered by rule id: the tiebreak
    QHash<QString, QList<qint64>> raiseTimes;
    QList<double> acknowledgeSeconds;
    QSet<QString> countedEvents;
    for (const AlarmTransition *row : rows) {
        if (row->action != AlarmAction::Raised || !inRange(row))
            continue;
        const qint64 ms = row->time.toMSecsSinceEpoch();
        ++report.raised;
        for (SeverityCount &count : report.raisedBySeverity) {
            if (count.severity == row->severity)
                ++count.raised;
        }
        ++report.periods[qsizetype((ms - firstMark) / PeriodMs)].raised;
        RuleCount &rule = byRule[row->rule];
        rule.rule = row->rule;
        rule.message = row->message;
        rule.severity = row->severity;
        ++rule.raised;
        raiseTimes[row->rule].append(ms);

        // A second Raised row of one event (a replayed journal) is not a second event.
        if (row->event.isEmpty() || countedEvents.contains(row->event)) {
            if (row->event.isEmpty())
                ++report.unacknowledgedEvents;
            continue;
        }
        countedEvents.insert(row->event);
        const EventFacts &facts = events.value(row->event);
        if (facts.firstAcknowledgedAt.isValid()) {
            ++report.acknowledgedEvents;
            acknowledgeSeconds.append(
                double(std::max<qint64>(0, row->time.msecsTo(facts.firstAcknowledgedAt))) / 1000.0);
        } else {
            ++report.unacknowledgedEvents;
        }
    }

    const qint64 durationMs = untilMs - fromMs;
    if (durationMs > 0)
        report.averagePerPeriod = double(report.raised) * double(PeriodMs) / double(durationMs);
    for (const Period &period : std::as_const(report.periods)) {
        if (period.raised > report.peakPeriodRaised) {
            report.peakPeriodRaised = period.raised;
            report.peakPeriodStart = period.start;
        }
        if (period.raised > FloodRaises)
            ++report.floodPeriods;
    }

    std::sort(acknowledgeSeconds.begin(), acknowledgeSeconds.end());
    if (!acknowledgeSeconds.isEmpty()) {
        report.medianAcknowledgeSeconds = percentile(acknowledgeSeconds, 0.5);
        report.p90AcknowledgeSeconds = percentile(acknowledgeSeconds, 0.9);
    }

    // The top ten: QMap gave rule-id order, and a stable sort keeps it among equal counts.
    QList<RuleCount> rules = byRule.values();
    std::stable_sort(rules.begin(), rules.end(),
                     [](const RuleCount &a, const RuleCount &b) { return a.raised > b.raised; });
    report.top = rules.mid(0, TopCount);
    int topRaised = 0;
    for (const RuleCount &rule : std::as_const(report.top))
        topRaised += rule.raised;
    if (report.raised > 0)
        report.topShare = double(topRaised) / double(report.raised);

    // Chattering: the most raises of one rule whose first and last are ChatterWindowMs apart
    // at most (three at 0, 30 and 60 s chatter; at 0, 30 and 61 s they do not).
    for (const RuleCount &rule : std::as_const(rules)) {
        const QList<qint64> &times = raiseTimes[rule.rule];
        Chattering chatter;
        qsizetype first = 0;
        for (qsizetype last = 0; last < times.size(); ++last) {
            while (times.at(last) - times.at(first) > ChatterWindowMs)
                ++first;
            const int inWindow = int(last - first + 1);
            if (inWindow >= ChatterRaises && !chatter.firstBurstAt.isValid())
                chatter.firstBurstAt = QDateTime::fromMSecsSinceEpoch(times.at(first), Qt::UTC);
            chatter.mostInWindow = std::max(chatter.mostInWindow, inWindow);
        }
        if (chatter.mostInWindow < ChatterRaises)
            continue;
        chatter.rule = rule.rule;
        chatter.message = rule.message;
        chatter.severity = rule.severity;
        chatter.raised = rule.raised;
        report.chattering.append(chatter);
    }
    std::sort(report.chattering.begin(), report.chattering.end(),
              [](const Chattering &a, const Chattering &b) {
                  if (a.mostInWindow != b.mostInWindow)
                      return a.mostInWindow > b.mostInWindow;
                  if (a.raised != b.raised)
                      return a.raised > b.raised;
                  return a.rule < b.rule;
              });

    // Standing: active past StandingMs at some time in the range.
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        const EventFacts &facts = it.value();
        if (facts.endedAt.isValid() && facts.endedAt.toMSecsSinceEpoch() <= fromMs)
            continue;
        const QDateTime end = facts.endedAt.isValid() ? facts.endedAt : report.until;
        const qint64 activeMs = facts.raisedAt.msecsTo(end);
        if (activeMs <= StandingMs)
            continue;
        Standing standing;
        standing.event = it.key();
        standing.rule = facts.latest->rule;
        standing.message = facts.latest->message;
        standing.severity = facts.latest->severity;
        standing.raisedAt = facts.raisedAt;
        standing.endedAt = facts.endedAt;
        standing.activeMs = activeMs;
        report.standing.append(standing);
    }
    std::sort(report.standing.begin(), report.standing.end(),
              [](const Standing &a, const Standing &b) {
                  if (a.raisedAt != b.raisedAt)
                      return a.raisedAt < b.raisedAt;
                  return a.event < b.event;
              });

    // Shelvings: a new Shelved row for a rule already shelved (a changed expiry) ends the old.
    QList<Shelving> shelvings;
    QHash<QString, qsizetype> openShelving;
    const auto close = [&](const QString &rule, const QDateTime &time) {
        const auto open = openShelving.find(rule);
        if (open == openShelving.end())
            return;
        shelvings[open.value()].unshelvedAt = time;
        openShelving.erase(open);
    };
    for (const AlarmTransition *row : rows) {
        if (row->action == AlarmAction::Unshelved) {
            close(row->rule, row->time);
        } else if (row->action == AlarmAction::Shelved) {
            close(row->rule, row->time);
            Shelving shelving;
            shelving.rule = row->rule;
            shelving.message = row->message;
            shelving.severity = row->severity;
            shelving.person = personOf(*row);
            shelving.user = row->user;
            shelving.station = row->station;
            shelving.shelvedAt = row->time;
            shelving.expiresAt = row->until;
            shelving.reason = row->note;
            openShelving.insert(row->rule, shelvings.size());
            shelvings.append(shelving);
        }
    }
    for (Shelving &shelving : shelvings) {
        // An expiry that passed with no Unshelved row (the desk was off then) still ended it.
        const QDateTime &expiry = shelving.expiresAt;
        if (expiry.isValid() && expiry.toMSecsSinceEpoch() < untilMs &&
            (!shelving.unshelvedAt.isValid() || expiry < shelving.unshelvedAt))
            shelving.unshelvedAt = expiry;
        if (shelving.unshelvedAt.isValid() && shelving.unshelvedAt.toMSecsSinceEpoch() <= fromMs)
            continue;
        report.shelvings.append(shelving);
    }

    // Who acknowledged what.
    for (const AlarmTransition *row : rows) {
        if (row->action != AlarmAction::Acknowledged || !inRange(row))
            continue;
        Acknowledgement ack;
        ack.person = personOf(*row);
        ack.user = row->user;
        ack.station = row->station;
        ack.event = row->event;
        ack.rule = row->rule;
        ack.message = row->message;
        ack.severity = row->severity;
        ack.time = row->time;
        ack.note = row->note;
        const auto facts = events.constFind(row->event);
        if (facts != events.cend() && facts->raisedAt.isValid()) {
            ack.raisedAt = facts->raisedAt;
            ack.acknowledgeMs = std::max<qint64>(0, ack.raisedAt.msecsTo(ack.time));
        }
        report.acknowledgements.append(ack);
    }
    std::stable_sort(report.acknowledgements.begin(), report.acknowledgements.end(),
                     [](const Acknowledgement &a, const Acknowledgement &b) {
                         if (const int byName = a.person.compare(b.person, Qt::CaseInsensitive))
                             return byName < 0;
                         if (a.person != b.person)
                             return a.person < b.person;
                         return a.time < b.time;
                     });
    return report;
}

} // namespace Pantau
