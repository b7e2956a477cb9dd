#pragma once

#include "alarms/AlarmQuery.h"
#include "alarms/AlarmTransition.h"
#include "config/AlertRule.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Pantau {

// The figures of one alarm shift report (issue 17), computed from the journal's rows for a time
// range [from, until): how many alarms, how fast they came and were acknowledged, which alarms
// are a nuisance (frequent, chattering, standing) and what the operators did. The figures follow
// ISA-18.2 / IEC 62682's alarm system performance metrics. Pure computation on values: no
// journal, no clock, no locale; the CSV and PDF writers format what it returns.
//
// What the rows must hold (journalQuery() says it as a query): every row in
// [from − StandingLookbackDays, until). The rows of the range give the counts; the rows before
// it tell which events were already active, shelved or owed an acknowledgement when the range
// began, which the standing-alarm and shelved lists need. More rows do no harm: each figure
// picks its own. Order does not matter (rows are sorted by time, then journal id).
//
// Everything is judged as it stood at `until`: a row at or after `until` is ignored, so a
// report of an earlier shift reads the same whenever it is made.
struct ShiftReport
{
    // How far back journalQuery() reaches. A standing alarm is one active for over 24 hours,
    // so its onset lies before the range; an alarm raised before the lookback and untouched
    // since is the one thing it misses (the event id still dates one seen by a later row).
    static constexpr int StandingLookbackDays = 30;
    static constexpr qint64 PeriodMs = 10 * 60 * 1000;     // ISA-18.2's rate period
    static constexpr qint64 StandingMs = 24 * 3600 * 1000; // active longer than this: standing
    static constexpr qint64 ChatterWindowMs = 60 * 1000;
    static constexpr int ChatterRaises = 3; // raises within ChatterWindowMs that make chattering
    static constexpr int FloodRaises = 10;  // a period with more raises than this is a flood
    static constexpr int TopCount = 10;
    static constexpr int DefaultShiftHours = 8;

    struct Range
    {
        QDateTime from;  // inclusive, UTC
        QDateTime until; // exclusive, UTC
    };

    struct SeverityCount
    {
        AlertSeverity severity = AlertSeverity::Warning;
        int raised = 0;
    };

    // One fixed ISA-18.2 period: [start, start + 10 min). Periods sit on the clock's ten-minute
    // marks (multiples of ten minutes since the epoch: :00, :10… of the local clock in every
    // zone whose offset is a multiple of ten minutes, WIB, WITA and WIT among them), so that a
    // period reads "13.10–13.20"; the first and last may be cut short by the range, and `start`
    // is the mark even then. Fixed periods, not a sliding window, because ISA-18.2 states its
    // rates per fixed period, and so the peak is one of the bars the PDF draws.
    struct Period
    {
        QDateTime start;
        int raised = 0;
    };

    // A rule and how often it was raised in the range, for the top ten.
    struct RuleCount
    {
        QString rule;
        QString message; // from the rule's latest raise in the range
        AlertSeverity severity = AlertSeverity::Warning;
        int raised = 0;
    };

    // A rule raised ChatterRaises times or more within ChatterWindowMs.
    struct Chattering
    {
        QString rule;
        QString message;
        AlertSeverity severity = AlertSeverity::Warning;
        int raised = 0;         // raises in the range
        int mostInWindow = 0;   // the most raises within any ChatterWindowMs
        QDateTime firstBurstAt; // the first raise of the first window that chattered
    };

    // An event active (raised, not yet returned or cleared) for more than StandingMs, at some
    // time within the range.
    struct Standing
    {
        QString event;
        QString rule;
        QString message;
        AlertSeverity severity = AlertSeverity::Warning;
        QDateTime raisedAt;
        QDateTime endedAt;   // its Returned or Cleared row; invalid: still active at `until`
        qint64 activeMs = 0; // raisedAt to endedAt, or to `until`
    };

    // One shelving in force at some time within the range: made in it, or before it and not
    // yet lifted when it began.
    struct Shelving
    {
        QString rule;
        QString message;
        AlertSeverity severity = AlertSeverity::Warning;
        QString person; // operatorName, else the system user
        QString user;
        QString station;
        QDateTime shelvedAt;
        QDateTime expiresAt;   // the expiry the operator set; invalid: none
        QDateTime unshelvedAt; // its Unshelved row, or the expiry when that passed unrecorded;
                               // invalid: still shelved at `until`
        QString reason;
    };

    // One Acknowledged row in the range: who acknowledged what.
    struct Acknowledgement
    {
        QString person; // operatorName, else the system user
        QString user;
        QString station;
        QString event;
        QString rule;
        QString message;
        AlertSeverity severity = AlertSeverity::Warning;
        QDateTime raisedAt; // invalid when the onset is not known
        QDateTime time;
        std::optional<qint64> acknowledgeMs; // raisedAt to time
        QString note;
    };

    QDateTime from;
    QDateTime until;

    int raised = 0;                        // Raised rows in the range
    QList<SeverityCount> raisedBySeverity; // every severity, in AlertSeverities' order

    QList<Period> periods;       // oldest first, covering the range
    double averagePerPeriod = 0; // raised per ten minutes of the range
    int peakPeriodRaised = 0;
    QDateTime peakPeriodStart; // the earliest period with the peak; invalid if none raised
    int floodPeriods = 0;      // periods with more than FloodRaises raises

    // Time to acknowledge, over events raised in the range that were acknowledged before
    // `until` (their first Acknowledged row). Percentiles interpolate between neighbours, as a
    // spreadsheet's PERCENTILE.INC does, so the median of an even count is the middle pair's
    // mean; unset when no event was acknowledged.
    int acknowledgedEvents = 0;
    int unacknowledgedEvents = 0; // raised in the range and not acknowledged by `until`
    std::optional<double> medianAcknowledgeSeconds;
    std::optional<double> p90AcknowledgeSeconds;

    QList<RuleCount> top;         // at most TopCount: most raises first, then by rule id
    double topShare = 0;          // the top rules' share of all raises, 0..1
    QList<Chattering> chattering; // most in a window first, then most raised, then rule id
    QList<Standing> standing;     // oldest onset first
    QList<Shelving> shelvings;    // by shelvedAt, oldest first
    QList<Acknowledgement> acknowledgements; // by person, then time

    // The report for [from, until) from the journal's rows (see above for which rows).
    static ShiftReport compute(const QList<AlarmTransition> &rows, const QDateTime &from,
                               const QDateTime &until);
    // The default range: the eight hours that end at `now`. Not a roster's shift boundaries
    // (07.00/15.00/23.00 differ between command centres): a report asked for at handover
    // covers the shift just ending, and the same `now` always gives the same range.
    static Range lastShift(const QDateTime &now);
    // What to ask the journal for, so compute() sees every row it needs for [from, until).
    static AlarmQuery journalQuery(const QDateTime &from, const QDateTime &until);
    // The onset time in an event id ("rule@ms"); invalid when the id has none.
    static QDateTime onsetOf(const QString &event);
    // A value at fraction `p` (0..1) of the sorted `values`, interpolated (PERCENTILE.INC).
    static double percentile(const QList<double> &sortedValues, double p);
};

} // namespace Pantau
