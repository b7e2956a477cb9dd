// pantau-journalbench: the alarms' SQLite journal (AlarmJournal) at the size a busy command
// center reaches, measured and never asserted (issue 17, "The journal: a real database";
// BENCHMARKS.md, "Alarm journal (SQLite)"). Four things:
//
// (a) appends of one transition each, every one its own transaction and so its own fsync: the
//     rate the desk can journal steps as they happen, one by one;
// (b) the history queries the desk runs, on 400 days of a busy center (1,000 alarms a day, each
//     raised, acknowledged and cleared: about 1.2 million rows over 30 rules, 14 feeds and 7
//     OPDs), each the median of --runs runs; with them, opening the journal and
//     newestPerRule(), which a restart does;
// (c) the size on disk, database and WAL after the checkpoint a close makes, per row;
// (d) prune(): one batch of 500 rows, the median of --runs batches.
//
// The history is generated day by day, a day's rows in one append (one transaction), so that
// making it takes seconds, not the hours 1.2 million fsyncs would. Everything is made from a
// fixed seed: every run builds the same journal.
//
// Usage: pantau-journalbench [--dir DIR] [--days 400] [--alarms 1000] [--single 1000]
//                            [--runs 9] [--keep]
// The journal goes into a new folder under DIR (default: the system's temporary folder), which
// is removed at the end unless --keep.

#include "alarms/AlarmJournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Pantau;

namespace {

constexpr int ruleCount = 30;
constexpr int feedCount = 14;
constexpr int opdCount = 7;

// The nearest-rank median, so every figure reported is one that was measured.
double median(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    return values[(values.size() - 1) / 2];
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(q * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

struct Rule
{
    QString name;
    QString indicator;
    QString feed;
    QString opd;
    AlertSeverity severity;
    double weight; // how often it fires, relative to the others
};

// Thirty rules on 14 feeds of 7 OPDs; a third critical. A few rules are noisy and most are
// quiet, as on a real desk: rule k fires in proportion to 1 / (k + 1).
QList<Rule> benchRules()
{
    static const char *const opds[opdCount] = {"Dinas Perdagangan", "BPBD",       "Dinas Kesehatan",
                                               "Dinas Perhubungan", "Dinas PUPR", "Dinas Sosial",
                                               "Diskominfo"};
    QList<Rule> rules;
    for (int k = 0; k < ruleCount; ++k) {
        const int feed = k % feedCount;
        rules.append({QStringLiteral("aturan.%1").arg(k, 2, 10, QLatin1Char('0')),
                      QStringLiteral("indikator.%1.%2").arg(feed).arg(k),
                      QStringLiteral("feed-%1").arg(feed, 2, 10, QLatin1Char('0')),
                      QString::fromLatin1(opds[feed % opdCount]),
                      k % 3 == 0 ? AlertSeverity::Critical : AlertSeverity::Warning,
                      1.0 / (k + 1)});
    }
    return rules;
}

AlarmTransition benchStep(const Rule &rule, const QString &event, const QDateTime &time,
                          AlarmAction action, AlarmState state, double value,
                          const QDateTime &raised, const QString &user)
{
    AlarmTransition step;
    step.time = time;
    step.event = event;
    step.rule = rule.name;
    step.action = action;
    step.state = state;
    step.severity = rule.severity;
    step.indicator = rule.indicator;
    step.feed = rule.feed;
    step.opd = rule.opd;
    step.message =
        QStringLiteral("%1 di atas batas siaga: %2").arg(rule.indicator).arg(value, 0, 'f', 1);
    if (action != AlarmAction::Acknowledged)
        step.value = value;
    step.user = user;
    step.operatorName = user.isEmpty() ? QString() : QStringLiteral("Budi Santoso");
    step.station = user.isEmpty() ? QStringLiteral("WALL-1") : QStringLiteral("DESK-1");
    // The lifecycle record after the step, about the size the lifecycle's own will be.
    step.record = QJsonObject{
        {QStringLiteral("state"), QString(describe(state).name)},
        {QStringLiteral("event"), event},
        {QStringLiteral("since"), raised.toMSecsSinceEpoch()},
        {QStringLiteral("value"), value},
        {QStringLiteral("acknowledgedBy"), user},
        {QStringLiteral("changed"), time.toMSecsSinceEpoch()},
    };
    return step;
}

// One day's alarms, raised at random moments, acknowledged 1 to 20 minutes later and cleared 5
// minutes to 2 hours after being raised (after the acknowledgement), in time order.
QList<AlarmTransition> benchDay(const QList<Rule> &rules, const QDateTime &day, int alarms,
                                QRandomGenerator &random)
{
    double total = 0;
    for (const Rule &rule : rules)
        total += rule.weight;
    QList<AlarmTransition> steps;
    steps.reserve(alarms * 3);
    for (int a = 0; a < alarms; ++a) {
        double pick = random.generateDouble() * total;
        qsizetype r = 0;
        while (r + 1 < rules.size() && pick >= rules.at(r).weight) {
            pick -= rules.at(r).weight;
            ++r;
        }
        const Rule &rule = rules.at(r);
        const QDateTime raised = day.addMSecs(qint64(random.bounded(86'400'000)));
        const QDateTime acknowledged = raised.addSecs(60 + random.bounded(19 * 60));
        const QDateTime cleared =
            std::max(acknowledged.addSecs(1), raised.addSecs(300 + random.bounded(115 * 60)));
        const QString event =
            QStringLiteral("%1@%2").arg(rule.name).arg(raised.toMSecsSinceEpoch());
        const double value = 1000 + random.bounded(90000) / 10.0;
        steps.append(benchStep(rule, event, raised, AlarmAction::Raised,
                               AlarmState::ActiveUnacknowledged, value, raised, QString()));
        steps.append(benchStep(rule, event, acknowledged, AlarmAction::Acknowledged,
                               AlarmState::ActiveAcknowledged, value, raised,
                               QStringLiteral("budi")));
        steps.append(benchStep(rule, event, cleared, AlarmAction::Cleared, AlarmState::Normal,
                               value * 0.9, raised, QString()));
    }
    std::stable_sort(
        steps.begin(), steps.end(),
        [](const AlarmTransition &x, const AlarmTransition &y) { return x.time < y.time; });
    return steps;
}

qint64 onDisk(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(path + suffix).size();
    return bytes;
}

void row(const char *what, const QString &figure, const QString &detail)
{
    std::printf("%-52s %18s   %s\n", what, qPrintable(figure), qPrintable(detail));
    std::fflush(stdout);
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

// Times `work` `runs` times; the median in ms and the result of the last run.
template<typename Work> double timed(int runs, Work &&work, qsizetype *rows)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        *rows = work();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the alarms' SQLite journal."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where to work."),
                                       QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of history."),
                                        QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption alarmsOption(QStringLiteral("alarms"),
                                          QStringLiteral("Alarms a day (3 rows each)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption singleOption(QStringLiteral("single"),
                                          QStringLiteral("Appends of one transition each."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each query and prune."),
                                        QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the journal afterwards."));
    parser.addOptions({dirOption, daysOption, alarmsOption, singleOption, runsOption, keepOption});
    parser.process(app);
    const int days = parser.value(daysOption).toInt();
    const int alarms = parser.value(alarmsOption).toInt();
    const int single = parser.value(singleOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QDir().mkpath(parser.value(dirOption));
    QTemporaryDir dir(
        QDir(parser.value(dirOption)).filePath(QStringLiteral("journalbench-XXXXXX")));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a folder under %s\n",
                     qPrintable(parser.value(dirOption)));
        return 1;
    }
    dir.setAutoRemove(!parser.isSet(keepOption));
    std::printf("pantau-journalbench: %d days x %d alarms, in %s\n", days, alarms,
                qPrintable(dir.path()));
    const QList<Rule> rules = benchRules();
    QRandomGenerator random(17);

    // (a) One transition per transaction.
    {
        const QString path = dir.filePath(QStringLiteral("single.sqlite"));
        AlarmJournal journal(path);
        if (!journal.isOpen()) {
            std::fprintf(stderr, "%s\n", qPrintable(journal.warnings().join(u'\n')));
            return 1;
        }
        const QList<AlarmTransition> steps =
            benchDay(rules, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), single, random);
        std::vector<double> latencies;
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < single; ++i) {
            QElapsedTimer clock;
            clock.start();
            QString error;
            if (!journal.append({steps.at(i)}, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        const double seconds = double(total.nsecsElapsed()) / 1e9;
        row("(a) appends of one transition, one fsync each",
            QStringLiteral("%1 /s").arg(single / seconds, 0, 'f', 0),
            QStringLiteral("%1 appends in %2 s; each p50 %3, p99 %4")
                .arg(single)
                .arg(seconds, 0, 'f', 2)
                .arg(ms(median(latencies)), ms(percentile(latencies, 0.99))));
    }

    // (b) The history.
    const QString path = dir.filePath(QStringLiteral("alarms.sqlite"));
    const QDateTime start(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC);
    qint64 rows = 0;
    QString sampleEvent;
    {
        AlarmJournal journal(path);
        QElapsedTimer clock;
        clock.start();
        for (int d = 0; d < days; ++d) {
            const QList<AlarmTransition> steps = benchDay(rules, start.addDays(d), alarms, random);
            QString error;
            if (!journal.append(steps, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            rows += steps.size();
            if (d == days / 2)
                sampleEvent = steps.at(steps.size() / 2).event;
        }
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        row("    generating the history, a day per transaction",
            QStringLiteral("%1 rows/s").arg(rows / seconds, 0, 'f', 0),
            QStringLiteral("%1 rows in %2 s").arg(rows).arg(seconds, 0, 'f', 1));
    }
    // (c) Closed: SQLite checkpointed the WAL into the file and removed it.
    const qint64 bytes = onDisk(path);
    row("(c) size on disk, database + WAL after checkpoint",
        QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', 1),
        QStringLiteral("%1 bytes a row, %2 rows").arg(double(bytes) / rows, 0, 'f', 0).arg(rows));

    qsizetype found = 0;
    const double openMs = timed(
        runs, [&] { return AlarmJournal(path).isOpen() ? 1 : 0; }, &found);
    row("    opening the journal", ms(openMs), QStringLiteral("median of %1").arg(runs));

    AlarmJournal journal(path);
    const double newestMs = timed(
        runs, [&] { return qsizetype(journal.newestPerRule().size()); }, &found);
    row("    newestPerRule() (a restart)", ms(newestMs),
        QStringLiteral("%1 rules, median of %2").arg(found).arg(runs));

    // A shift of the middle day, 06.00 to 14.00 WIB (23.00 to 07.00 UTC).
    const QDateTime middle = start.addDays(days / 2);
    AlarmQuery shift;
    shift.from = middle.addSecs(-3600);
    shift.until = middle.addSecs(7 * 3600);
    const double shiftMs = timed(
        runs, [&] { return journal.query(shift).size(); }, &found);
    row("(b) one 8-hour shift", ms(shiftMs), QStringLiteral("%1 rows").arg(found));

    AlarmQuery day;
    day.from = middle;
    day.until = middle.addDays(1);
    day.severity = AlertSeverity::Critical;
    const double dayMs = timed(
        runs, [&] { return journal.query(day).size(); }, &found);
    row("    one day, critical only", ms(dayMs), QStringLiteral("%1 rows").arg(found));

    AlarmQuery month;
    month.from = middle.addDays(-30);
    month.until = middle;
    month.indicator = rules.at(4).indicator; // a middling rule: about 3 % of the alarms
    const double monthMs = timed(
        runs, [&] { return journal.query(month).size(); }, &found);
    row("    30 days, one indicator", ms(monthMs), QStringLiteral("%1 rows").arg(found));

    AlarmQuery event;
    event.event = sampleEvent;
    const double eventMs = timed(
        runs, [&] { return journal.query(event).size(); }, &found);
    row("    one event's timeline", ms(eventMs), QStringLiteral("%1 rows").arg(found));

    AlarmQuery latest;
    latest.limit = 200;
    const double latestMs = timed(
        runs, [&] { return journal.query(latest).size(); }, &found);
    row("    the newest 200 rows", ms(latestMs), QStringLiteral("%1 rows").arg(found));

    // (d) Prune, the oldest first, as the desk's retention would.
    const double pruneMs = timed(
        runs, [&] { return qsizetype(journal.prune(start.addDays(30), 500)); }, &found);
    row("(d) one prune batch of 500 rows", ms(pruneMs),
        QStringLiteral("median of %1, the last deleted %2").arg(runs).arg(found));
    return 0;
}
