#include "alarms/AlarmJournal.h"

#include "JournalWriterBatches.h"
#include "TestValues.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <iterator>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// The names here carry "journal": the build compiles several test files as one unit.

// A connection of the test's own to a journal's file, to look at it as sqlite3 would: its
// pragmas, or a file made the way another program would make it. Removed again at the end, as
// QSqlDatabase::removeDatabase wants, with no handle or query left alive.
class JournalFile
{
public:
    explicit JournalFile(const QString &path)
    {
        static std::atomic<int> files{0};
        m_name = QStringLiteral("journal-test-%1").arg(++files);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~JournalFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    JournalFile(const JournalFile &) = delete;
    JournalFile &operator=(const JournalFile &) = delete;

    void exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        INFO(str(sql) << ": " << str(query.lastError().text()));
        REQUIRE(query.exec(sql));
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql) && query.next();
        INFO(str(sql) << ": " << str(query.lastError().text()));
        REQUIRE(ok);
        return query.value(0);
    }

private:
    QString m_name;
};

std::string journalDescribe(const AlarmTransition &s)
{
    return QStringLiteral("#%1 %2 event=%3 rule=%4 %5 -> %6 %7 ind=%8 feed=%9 opd=%10 msg=%11 "
                          "value=%12 user=%13 op=%14 station=%15 note=%16 until=%17 record=%18")
        .arg(s.id)
        .arg(str(s.time).c_str(), s.event, s.rule, QString(describe(s.action).name),
             QString(describe(s.state).name), QString(describe(s.severity).name), s.indicator,
             s.feed)
        .arg(s.opd, s.message, s.value ? QString::number(*s.value, 'g', 17) : QStringLiteral("-"),
             s.user, s.operatorName, s.station, s.note, str(s.until).c_str(),
             QString::fromUtf8(QJsonDocument(s.record).toJson(QJsonDocument::Compact)))
        .toStdString();
}

void checkSameSteps(const QList<AlarmTransition> &actual, const QList<AlarmTransition> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        INFO("row " << i);
        CHECK(journalDescribe(actual.at(i)) == journalDescribe(expected.at(i)));
        CHECK(actual.at(i) == expected.at(i));
    }
}

// A step with every field set, and distinct per `n`.
AlarmTransition journalStep(int n, const QDateTime &time, const QString &rule)
{
    AlarmTransition step;
    step.time = time;
    step.rule = rule;
    step.event = QStringLiteral("%1@%2").arg(rule).arg(time.toMSecsSinceEpoch());
    step.action = AlarmAction::Acknowledged;
    step.state = AlarmState::ActiveAcknowledged;
    step.severity = AlertSeverity::Critical;
    step.indicator = QStringLiteral("harga.cabai-rawit");
    step.feed = QStringLiteral("harga-pangan");
    step.opd = QStringLiteral("Dinas Perdagangan");
    step.message =
        QStringLiteral("Harga cabai rawit Rp 85.000/kg — di atas batas \"siaga\" %1").arg(n);
    step.value = 85000.25 + n;
    step.user = QStringLiteral("budi");
    step.operatorName = QStringLiteral("Budi Santoso");
    step.station = QStringLiteral("DESK-1");
    step.note = QStringLiteral("Sudah dikonfirmasi ke dinas.\nBaris kedua; 'kutip'");
    step.until = time.addSecs(2 * 3600).addMSecs(7);
    step.record = QJsonObject{{QStringLiteral("state"), QStringLiteral("active-acknowledged")},
                              {QStringLiteral("n"), n},
                              {QStringLiteral("list"), QJsonArray{1, 2.5, QStringLiteral("ü")}}};
    return step;
}

// The same steps as the journal gives them back: with their ids.
QList<AlarmTransition> journalWithIds(QList<AlarmTransition> steps, qint64 firstId)
{
    for (AlarmTransition &step : steps)
        step.id = firstId++;
    return steps;
}

QString journalOnlyWarning(const AlarmJournal &journal)
{
    REQUIRE(journal.warnings().size() == 1);
    return journal.warnings().constFirst();
}

// The file a warning says the bad one was set aside as.
QString journalAsideFrom(const QString &warning)
{
    const QString marker = QStringLiteral("set aside as ");
    const qsizetype at = warning.indexOf(marker);
    REQUIRE(at >= 0);
    const qsizetype start = at + marker.size();
    return warning.mid(start, warning.indexOf(QLatin1Char(' '), start) - start);
}

// A journal with `rows` rows in `rules` rules, each row's note long enough that the rows take
// many pages; closed again, so the file is whole and without its WAL.
void journalFill(const QString &path, int rows, int rules = 3)
{
    AlarmJournal journal(path);
    REQUIRE(journal.isOpen());
    QList<AlarmTransition> steps;
    for (int i = 0; i < rows; ++i) {
        AlarmTransition step =
            journalStep(i, t0.addSecs(i), QStringLiteral("aturan-%1").arg(i % rules));
        step.note = QString(300, QLatin1Char('x'));
        steps.append(step);
    }
    REQUIRE(journal.append(steps));
}

// The journal that replaced a bad file works: empty, new, writable, and it reads back.
void checkFreshJournal(AlarmJournal &journal)
{
    CHECK(journal.isOpen());
    CHECK(journal.isNew());
    CHECK(journal.rowCount() == 0);
    const AlarmTransition step = journalStep(1, t0, QStringLiteral("aturan"));
    QString error;
    CHECK(journal.append({step}, &error));
    CHECK(error.isEmpty());
    CHECK(journal.query({}) == journalWithIds({step}, 1));
}

void checkSetAside(const QString &path, const QByteArray &badBytes, const std::string &why)
{
    QString aside;
    {
        AlarmJournal journal(path);
        const QString warning = journalOnlyWarning(journal);
        INFO(str(warning));
        CHECK(warning.startsWith(path + QStringLiteral(": ")));
        CHECK(warning.contains(QString::fromStdString(why)));
        aside = journalAsideFrom(warning);
        CHECK(aside.startsWith(path + QStringLiteral(".bad-")));
        CHECK(QFileInfo(aside).isFile());
        CHECK(readFile(aside) == badBytes);
        checkFreshJournal(journal);
    }
    // Opened again, the new journal is simply there.
    AlarmJournal again(path);
    CHECK(again.warnings().isEmpty());
    CHECK(again.rowCount() == 1);
    CHECK(QFileInfo(aside).isFile());
}

} // namespace

TEST_CASE("AlarmJournal: every field comes back as it was written", "[journal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alarms.sqlite"));
    AlarmJournal journal(path);
    REQUIRE(journal.isOpen());
    CHECK(journal.isNew());
    CHECK(journal.warnings().isEmpty());
    CHECK(journal.path() == path);
    CHECK(journal.rowCount() == 0);

    QList<AlarmTransition> steps;
    steps.append(journalStep(1, t0.addMSecs(123), QStringLiteral("cabai.tinggi")));
    // The least a step has: no event, no value (not even 0), no expiry, an empty record, empty
    // texts.
    AlarmTransition bare;
    bare.time = t0.addSecs(1);
    bare.rule = QStringLiteral("banjir");
    bare.action = AlarmAction::Shelved;
    bare.state = AlarmState::Shelved;
    bare.severity = AlertSeverity::Warning;
    steps.append(bare);
    AlarmTransition zero = bare;
    zero.time = t0.addSecs(2);
    zero.value = 0.0; // a value of 0 is not an absent one
    zero.until = t0.addSecs(3);
    steps.append(zero);
    AlarmTransition negative = bare;
    negative.time = t0.addSecs(3);
    negative.value = -0.000123456789012345;
    steps.append(negative);
    // Every action, state and severity by its name.
    for (qsizetype i = 0; i < qsizetype(std::size(AlarmActions)); ++i) {
        AlarmTransition step = bare;
        step.time = t0.addSecs(10 + i);
        step.action = AlarmActions[i].value;
        step.state = AlarmStates[i % std::size(AlarmStates)].value;
        step.severity = i % 2 ? AlertSeverity::Critical : AlertSeverity::Warning;
        steps.append(step);
    }

    QString error;
    REQUIRE(journal.append(steps, &error));
    CHECK(error.isEmpty());
    CHECK(journal.rowCount() == steps.size());
    const QList<AlarmTransition> rows = journal.query({});
    checkSameSteps(rows, journalWithIds(steps, 1));
    for (const AlarmTransition &row : rows)
        CHECK(row.time.timeSpec() == Qt::UTC);

    // Stored as the issue says: names, UTC milliseconds, compact JSON, NULL for absent.
    JournalFile file(path);
    CHECK(file.value(QStringLiteral("SELECT action || ' ' || state || ' ' || severity || ' ' || "
                                    "time_ms || ' ' || until_ms || ' ' || record FROM "
                                    "transitions WHERE id = 1"))
              .toString() ==
          QStringLiteral("acknowledged active-acknowledged critical %1 %2 "
                         "{\"list\":[1,2.5,\"ü\"],\"n\":1,\"state\":\"active-acknowledged\"}")
              .arg(t0.toMSecsSinceEpoch() + 123)
              .arg(t0.toMSecsSinceEpoch() + 123 + 2 * 3600 * 1000 + 7));
    CHECK(file.value(QStringLiteral("SELECT count(*) FROM transitions WHERE value IS NULL AND "
                                    "until_ms IS NULL AND record = '{}' AND id = 2"))
              .toInt() == 1);
    CHECK(file.value(QStringLiteral("SELECT typeof(value) FROM transitions WHERE id = 3"))
              .toString() == QStringLiteral("real"));
}

TEST_CASE("AlarmJournal: an append is all or nothing", "[journal]")
{
    QTemporaryDir dir;
    AlarmJournal journal(dir.filePath(QStringLiteral("alarms.sqlite")));
    REQUIRE(journal.append({journalStep(1, t0, QStringLiteral("a"))}));

    // A step without a time cannot be written, and takes its batch with it.
    AlarmTransition timeless = journalStep(3, t0, QStringLiteral("b"));
    timeless.time = QDateTime();
    QString error;
    CHECK_FALSE(
        journal.append({journalStep(2, t0.addSecs(1), QStringLiteral("b")), timeless}, &error));
    CHECK(error.contains(QStringLiteral("step 2 of 2 has no time")));
    CHECK(journal.rowCount() == 1);
    CHECK(journal.append({}));
    CHECK(journal.rowCount() == 1);

    // A failure inside SQLite, after some of the batch is written: none of it stays. A trigger
    // of the test's own makes the third row fail.
    {
        JournalFile file(journal.path());
        file.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON transitions WHEN "
                                 "NEW.rule = 'tolak' BEGIN SELECT RAISE(ABORT, 'ditolak'); END"));
    }
    error.clear();
    CHECK_FALSE(journal.append({journalStep(4, t0.addSecs(2), QStringLiteral("c")),
                                journalStep(5, t0.addSecs(3), QStringLiteral("c")),
                                journalStep(6, t0.addSecs(4), QStringLiteral("tolak"))},
                               &error));
    INFO(str(error));
    CHECK(error.startsWith(journal.path()));
    CHECK(error.contains(QStringLiteral("step 3 of 3")));
    CHECK(error.contains(QStringLiteral("ditolak")));
    CHECK(journal.rowCount() == 1);
    // And the journal goes on.
    CHECK(journal.append({journalStep(7, t0.addSecs(5), QStringLiteral("c"))}));
    CHECK(journal.rowCount() == 2);
}

TEST_CASE("AlarmJournal: every filter of a query", "[journal]")
{
    QTemporaryDir dir;
    AlarmJournal journal(dir.filePath(QStringLiteral("alarms.sqlite")));
    // Rows a minute apart; the fields vary with different periods, so every filter picks a
    // different set.
    QList<AlarmTransition> steps;
    for (int i = 0; i < 24; ++i) {
        AlarmTransition step =
            journalStep(i, t0.addSecs(60 * i), QStringLiteral("rule-%1").arg(i % 3));
        step.severity = i % 2 ? AlertSeverity::Critical : AlertSeverity::Warning;
        step.indicator = QStringLiteral("ind-%1").arg(i % 4);
        step.feed = QStringLiteral("feed-%1").arg(i % 5);
        step.opd = i % 6 == 0 ? QString() : QStringLiteral("opd-%1").arg(i % 6);
        step.state = AlarmStates[i % std::size(AlarmStates)].value;
        step.event = QStringLiteral("event-%1").arg(i / 4);
        steps.append(step);
    }
    REQUIRE(journal.append(steps));
    const QList<AlarmTransition> all = journalWithIds(steps, 1);

    auto expect = [&](const AlarmQuery &query, auto &&keep) {
        QList<AlarmTransition> expected;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expected), keep);
        REQUIRE_FALSE(expected.isEmpty());
        REQUIRE(expected.size() < all.size());
        checkSameSteps(journal.query(query), expected);
    };

    SECTION("none: everything, oldest first")
    {
        checkSameSteps(journal.query({}), all);
    }
    SECTION("from is inclusive, until exclusive")
    {
        AlarmQuery query;
        query.from = t0.addSecs(60 * 5);
        query.until = t0.addSecs(60 * 9);
        expect(query, [](const AlarmTransition &s) {
            return s.time >= t0.addSecs(300) && s.time < t0.addSecs(540);
        });
        query.until = QDateTime();
        expect(query, [](const AlarmTransition &s) { return s.time >= t0.addSecs(300); });
        query.from = QDateTime();
        query.until = t0.addSecs(60 * 9);
        expect(query, [](const AlarmTransition &s) { return s.time < t0.addSecs(540); });
    }
    SECTION("severity")
    {
        AlarmQuery query;
        query.severity = AlertSeverity::Critical;
        expect(query,
               [](const AlarmTransition &s) { return s.severity == AlertSeverity::Critical; });
        query.severity = AlertSeverity::Warning;
        expect(query,
               [](const AlarmTransition &s) { return s.severity == AlertSeverity::Warning; });
    }
    SECTION("rule")
    {
        AlarmQuery query;
        query.rule = QStringLiteral("rule-1");
        expect(query, [](const AlarmTransition &s) { return s.rule == QLatin1String("rule-1"); });
    }
    SECTION("indicator")
    {
        AlarmQuery query;
        query.indicator = QStringLiteral("ind-2");
        expect(query,
               [](const AlarmTransition &s) { return s.indicator == QLatin1String("ind-2"); });
    }
    SECTION("feed")
    {
        AlarmQuery query;
        query.feed = QStringLiteral("feed-4");
        expect(query, [](const AlarmTransition &s) { return s.feed == QLatin1String("feed-4"); });
    }
    SECTION("opd")
    {
        AlarmQuery query;
        query.opd = QStringLiteral("opd-5");
        expect(query, [](const AlarmTransition &s) { return s.opd == QLatin1String("opd-5"); });
    }
    SECTION("state")
    {
        AlarmQuery query;
        query.state = AlarmState::Shelved;
        expect(query, [](const AlarmTransition &s) { return s.state == AlarmState::Shelved; });
    }
    SECTION("event: one event's timeline")
    {
        AlarmQuery query;
        query.event = QStringLiteral("event-3");
        expect(query, [](const AlarmTransition &s) { return s.event == QLatin1String("event-3"); });
    }
    SECTION("all of them at once must all hold")
    {
        AlarmQuery query;
        query.from = t0.addSecs(60 * 2);
        query.until = t0.addSecs(60 * 20);
        query.severity = AlertSeverity::Critical;
        query.rule = QStringLiteral("rule-0");
        expect(query, [](const AlarmTransition &s) {
            return s.time >= t0.addSecs(120) && s.time < t0.addSecs(1200) &&
                   s.severity == AlertSeverity::Critical && s.rule == QLatin1String("rule-0");
        });
        query.indicator = QStringLiteral("ind-1");
        query.feed = QStringLiteral("feed-4");
        expect(query, [](const AlarmTransition &s) {
            return s.time >= t0.addSecs(120) && s.time < t0.addSecs(1200) &&
                   s.severity == AlertSeverity::Critical && s.rule == QLatin1String("rule-0") &&
                   s.indicator == QLatin1String("ind-1") && s.feed == QLatin1String("feed-4");
        });
        query.opd = QStringLiteral("opd-1");
        CHECK(journal.query(query).isEmpty());
    }
    SECTION("a filter nothing matches")
    {
        AlarmQuery query;
        query.rule = QStringLiteral("tidak-ada");
        CHECK(journal.query(query).isEmpty());
    }
}

TEST_CASE("AlarmJournal: oldest first, or the newest `limit` newest first", "[journal]")
{
    QTemporaryDir dir;
    AlarmJournal journal(dir.filePath(QStringLiteral("alarms.sqlite")));
    // Appended out of time order (a clock set back): the order is by time, then by id.
    const QList<AlarmTransition> steps = {
        journalStep(0, t0.addSecs(30), QStringLiteral("a")),
        journalStep(1, t0.addSecs(10), QStringLiteral("a")),
        journalStep(2, t0.addSecs(20), QStringLiteral("b")),
        journalStep(3, t0.addSecs(10), QStringLiteral("b")),
        journalStep(4, t0.addSecs(40), QStringLiteral("c")),
    };
    REQUIRE(journal.append(steps.mid(0, 2)));
    REQUIRE(journal.append(steps.mid(2)));
    const QList<AlarmTransition> all = journalWithIds(steps, 1);

    checkSameSteps(journal.query({}), {all[1], all[3], all[2], all[0], all[4]});
    AlarmQuery query;
    query.limit = 3;
    checkSameSteps(journal.query(query), {all[4], all[0], all[2]});
    query.limit = 10;
    checkSameSteps(journal.query(query), {all[4], all[0], all[2], all[3], all[1]});
    query.limit = 0;
    CHECK(journal.query(query).isEmpty());
    query.limit = 1;
    query.rule = QStringLiteral("b");
    checkSameSteps(journal.query(query), {all[2]});
}

TEST_CASE("AlarmJournal: newestPerRule gives each rule's last row", "[journal]")
{
    QTemporaryDir dir;
    AlarmJournal journal(dir.filePath(QStringLiteral("alarms.sqlite")));
    CHECK(journal.newestPerRule().isEmpty());
    QList<AlarmTransition> steps;
    for (int i = 0; i < 30; ++i)
        steps.append(journalStep(i, t0.addSecs(i), QStringLiteral("rule-%1").arg(i % 4)));
    // The last row appended is the newest even when its time is earlier (a clock set back).
    steps.append(journalStep(30, t0.addSecs(-100), QStringLiteral("rule-1")));
    REQUIRE(journal.append(steps));
    const QList<AlarmTransition> all = journalWithIds(steps, 1);

    const QHash<QString, AlarmTransition> newest = journal.newestPerRule();
    REQUIRE(newest.size() == 4);
    CHECK(newest.value(QStringLiteral("rule-0")) == all[28]);
    CHECK(newest.value(QStringLiteral("rule-1")) == all[30]);
    CHECK(newest.value(QStringLiteral("rule-2")) == all[26]);
    CHECK(newest.value(QStringLiteral("rule-3")) == all[27]);
}

TEST_CASE("AlarmJournal: prune deletes old rows in batches and keeps each rule's newest",
          "[journal]")
{
    QTemporaryDir dir;
    AlarmJournal journal(dir.filePath(QStringLiteral("alarms.sqlite")));
    // 100 rows of rule "busy", one a minute; "quiet" has two old rows only; "recent" one new.
    QList<AlarmTransition> steps;
    for (int i = 0; i < 100; ++i)
        steps.append(journalStep(i, t0.addSecs(60 * i), QStringLiteral("busy")));
    steps.insert(10, journalStep(100, t0.addSecs(60 * 9 + 1), QStringLiteral("quiet")));
    steps.insert(20, journalStep(101, t0.addSecs(60 * 18 + 1), QStringLiteral("quiet")));
    steps.append(journalStep(102, t0.addSecs(60 * 200), QStringLiteral("recent")));
    REQUIRE(journal.append(steps));
    const QList<AlarmTransition> all = journalWithIds(steps, 1);
    REQUIRE(journal.rowCount() == 103);

    // Everything before minute 50: 50 of busy's rows and quiet's older one; quiet's newer one
    // stays, though old.
    const QDateTime before = t0.addSecs(60 * 50);
    CHECK(journal.prune(before, 20) == 20);
    CHECK(journal.rowCount() == 83);
    // Oldest first: the first 20 rows by time are gone (busy's to minute 18, quiet's older).
    CHECK(journal.query({}).constFirst().time == t0.addSecs(60 * 18 + 1));
    CHECK(journal.prune(before, 20) == 20);
    CHECK(journal.prune(before, 20) == 11);
    CHECK(journal.prune(before, 20) == 0);
    CHECK(journal.rowCount() == 52);
    AlarmQuery quiet;
    quiet.rule = QStringLiteral("quiet");
    checkSameSteps(journal.query(quiet), {all[20]});

    // Pruning everything keeps exactly one row per rule: the newest.
    CHECK(journal.prune(t0.addYears(1), 1000) == 49);
    CHECK(journal.prune(t0.addYears(1), 1000) == 0);
    const QList<AlarmTransition> left = journal.query({});
    checkSameSteps(left, {all[20], all[101], all[102]});
    CHECK(journal.newestPerRule().size() == 3);

    CHECK(journal.prune(t0.addYears(1), 0) == 0);
    CHECK(journal.prune(QDateTime(), 10) == 0);
}

TEST_CASE("AlarmJournal: a reopened journal has its rows, in WAL mode, marked as Pantau's",
          "[journal]")
{
    QTemporaryDir dir;
    // The folder is made on opening.
    const QString path = dir.filePath(QStringLiteral("data/pantau/alarms.sqlite"));
    const QList<AlarmTransition> steps = {journalStep(1, t0, QStringLiteral("a")),
                                          journalStep(2, t0.addSecs(1), QStringLiteral("b"))};
    {
        AlarmJournal journal(path);
        REQUIRE(journal.isOpen());
        CHECK(journal.isNew());
        REQUIRE(journal.append(steps));
        // While it is open, another connection sees the WAL mode and the committed rows.
        JournalFile file(path);
        CHECK(file.value(QStringLiteral("PRAGMA journal_mode")).toString() ==
              QStringLiteral("wal"));
        CHECK(file.value(QStringLiteral("PRAGMA application_id")).toInt() ==
              AlarmJournal::ApplicationId);
        CHECK(file.value(QStringLiteral("PRAGMA user_version")).toInt() ==
              AlarmJournal::SchemaVersion);
        CHECK(file.value(QStringLiteral("SELECT count(*) FROM transitions")).toInt() == 2);
        CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    // The indices the queries need.
    {
        JournalFile file(path);
        CHECK(file.value(QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM "
                                        "sqlite_master WHERE type = 'index' ORDER BY name)"))
                  .toString() == QStringLiteral("transitions_event transitions_indicator "
                                                "transitions_rule transitions_time"));
    }
    AlarmJournal journal(path);
    CHECK(journal.isOpen());
    CHECK_FALSE(journal.isNew());
    CHECK(journal.warnings().isEmpty());
    checkSameSteps(journal.query({}), journalWithIds(steps, 1));
    REQUIRE(journal.append({journalStep(3, t0.addSecs(2), QStringLiteral("a"))}));
    CHECK(journal.rowCount() == 3);
    CHECK(journal.query({}).constLast().id == 3);

    // Two journals at once have connections of their own.
    AlarmJournal other(dir.filePath(QStringLiteral("other.sqlite")));
    CHECK(other.isOpen());
    CHECK(other.rowCount() == 0);
    CHECK(journal.rowCount() == 3);
}

TEST_CASE("AlarmJournal: an empty SQLite file of version 0 is migrated, not set aside", "[journal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alarms.sqlite"));
    SECTION("a database without tables, as sqlite3 leaves one")
    {
        JournalFile file(path);
        file.exec(QStringLiteral("CREATE TABLE scratch (a)"));
        file.exec(QStringLiteral("DROP TABLE scratch"));
        REQUIRE(file.value(QStringLiteral("PRAGMA user_version")).toInt() == 0);
    }
    SECTION("a file of zero bytes")
    {
        writeFile(path, QByteArray());
    }
    REQUIRE(QFileInfo(path).isFile());
    {
        AlarmJournal journal(path);
        CHECK(journal.warnings().isEmpty());
        CHECK(journal.isOpen());
        CHECK(journal.isNew());
        CHECK(journal.append({journalStep(1, t0, QStringLiteral("a"))}));
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("alarms.sqlite")});
    JournalFile file(path);
    CHECK(file.value(QStringLiteral("PRAGMA user_version")).toInt() == AlarmJournal::SchemaVersion);
    CHECK(file.value(QStringLiteral("PRAGMA application_id")).toInt() ==
          AlarmJournal::ApplicationId);
}

TEST_CASE("AlarmJournal: a bad file is set aside and a new journal started", "[journal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alarms.sqlite"));

    SECTION("not SQLite at all")
    {
        const QByteArray garbage = "{\"format\":\"pantau-cache\"}\n" + QByteArray(5000, '\xa5');
        writeFile(path, garbage);
        checkSetAside(path, garbage, "not an SQLite database");
    }
    SECTION("shorter than SQLite's header")
    {
        writeFile(path, QByteArrayLiteral("SQLite format 3"));
        checkSetAside(path, QByteArrayLiteral("SQLite format 3"), "not an SQLite database");
    }
    SECTION("a real journal, truncated")
    {
        journalFill(path, 400);
        QByteArray bytes = readFile(path);
        REQUIRE(bytes.size() > 100'000);
        const int keep = GENERATE(4096, 50'000);
        bytes.truncate(keep);
        writeFile(path, bytes);
        checkSetAside(path, bytes, "truncated");
    }
    SECTION("a real journal, its schema page overwritten")
    {
        journalFill(path, 400);
        QByteArray bytes = readFile(path);
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0x5a ^ i);
        writeFile(path, bytes);
        checkSetAside(path, bytes, "malformed");
    }
    SECTION("another program's SQLite database")
    {
        {
            JournalFile file(path);
            file.exec(QStringLiteral("PRAGMA application_id = 1179864133"));
            file.exec(QStringLiteral("CREATE TABLE notes (text)"));
        }
        checkSetAside(path, readFile(path),
                      "another program's SQLite database (application id 0x46534c45)");
    }
    SECTION("an SQLite database without an application id but with tables")
    {
        {
            JournalFile file(path);
            file.exec(QStringLiteral("CREATE TABLE transitions (a, b)"));
            file.exec(QStringLiteral("CREATE TABLE other (c)"));
        }
        checkSetAside(
            path, readFile(path),
            "an SQLite database that is not a Pantau journal (tables: other, transitions)");
    }
    SECTION("a journal of a newer schema")
    {
        journalFill(path, 3);
        {
            JournalFile file(path);
            file.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(AlarmJournal::SchemaVersion + 1));
        }
        checkSetAside(path, readFile(path),
                      QStringLiteral("journal schema version %1, this Pantau knows up to %2")
                          .arg(AlarmJournal::SchemaVersion + 1)
                          .arg(AlarmJournal::SchemaVersion)
                          .toStdString());
    }
    SECTION("a journal that lost its table")
    {
        journalFill(path, 3);
        {
            JournalFile file(path);
            file.exec(QStringLiteral("DROP TABLE transitions"));
        }
        checkSetAside(path, readFile(path), "not a whole journal: no such table: transitions");
    }
}

TEST_CASE("AlarmJournal: a bad file's WAL goes aside with it, and names never collide", "[journal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alarms.sqlite"));
    writeFile(path, QByteArray(200, 'x'));
    writeFile(path + QStringLiteral("-wal"), QByteArrayLiteral("the wal"));
    writeFile(path + QStringLiteral("-shm"), QByteArrayLiteral("the shm"));
    QString first;
    {
        AlarmJournal journal(path);
        first = journalAsideFrom(journalOnlyWarning(journal));
        CHECK(journal.isOpen());
    }
    CHECK(readFile(first + QStringLiteral("-wal")) == QByteArrayLiteral("the wal"));
    CHECK(readFile(first + QStringLiteral("-shm")) == QByteArrayLiteral("the shm"));

    // A second bad file within the same second keeps the first.
    writeFile(path, QByteArray(200, 'y'));
    AlarmJournal journal(path);
    const QString second = journalAsideFrom(journalOnlyWarning(journal));
    CHECK(second != first);
    CHECK(readFile(first) == QByteArray(200, 'x'));
    CHECK(readFile(second) == QByteArray(200, 'y'));
    CHECK(journal.isOpen());
}

TEST_CASE("AlarmJournal: a place it cannot write fails cleanly", "[journal]")
{
    QTemporaryDir dir;
    // The folder it would need is a file (the test may run as root, which any mode lets write).
    writeFile(dir.filePath(QStringLiteral("data")), "a file");
    const QString path = dir.filePath(QStringLiteral("data/alarms.sqlite"));
    SECTION("its folder cannot be made") {}
    SECTION("its path is a folder")
    {
        // Not the file's fault: left where it is, not set aside.
        REQUIRE(QFile::remove(dir.filePath(QStringLiteral("data"))));
        REQUIRE(QDir().mkpath(path));
    }
    AlarmJournal journal(path);
    CHECK_FALSE(journal.isOpen());
    CHECK_FALSE(journal.isNew());
    const QString warning = journalOnlyWarning(journal);
    INFO(str(warning));
    CHECK(warning.startsWith(path + QStringLiteral(": ")));
    CHECK_FALSE(warning.contains(QStringLiteral("set aside")));
    QString error;
    CHECK_FALSE(journal.append({journalStep(1, t0, QStringLiteral("a"))}, &error));
    CHECK(error == path + QStringLiteral(": the journal is not open"));
    CHECK(journal.query({}).isEmpty());
    CHECK(journal.newestPerRule().isEmpty());
    CHECK(journal.prune(t0, 10) == -1);
    CHECK(journal.rowCount() == -1);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("data")});
}

TEST_CASE("AlarmJournal: a writer killed at any moment leaves every committed batch whole",
          "[journal]")
{
    const quint32 randomSeed = QRandomGenerator::global()->generate();
    INFO("random seed " << randomSeed);
    QRandomGenerator random(randomSeed);
    constexpr int runs = 10;
    constexpr int journalWriterBatches = 50'000;
    for (int run = 0; run < runs; ++run) {
        INFO("run " << run);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alarms.sqlite"));
        const quint64 seed = random.generate();
        // Half the runs kill after a number of commits, half after a time (which may be while
        // the journal is being made); one run in four writes to a journal that already has rows.
        const bool afterCommits = run % 2 == 0;
        const int killAfter = afterCommits ? random.bounded(0, 250) : random.bounded(0, 1200);
        const bool existing = run % 4 == 1;
        int firstBatch = 0;
        if (existing) {
            QProcess writer;
            writer.start(QStringLiteral(PANTAU_JOURNAL_WRITER),
                         {path, QString::number(seed), QStringLiteral("20")});
            REQUIRE(writer.waitForFinished(30'000));
            REQUIRE(writer.exitCode() == 0);
            firstBatch = 20;
        }
        INFO("seed " << seed << (afterCommits ? ", killed after commit " : ", killed after ms ")
                     << killAfter);

        QProcess writer;
        writer.start(QStringLiteral(PANTAU_JOURNAL_WRITER),
                     {path, QString::number(seed), QString::number(journalWriterBatches)});
        REQUIRE(writer.waitForStarted());
        int committed = 0;
        auto readLines = [&] {
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine().trimmed();
                if (line.startsWith("committed "))
                    committed = line.mid(10).toInt();
            }
        };
        QElapsedTimer clock;
        clock.start();
        while (writer.state() == QProcess::Running) {
            readLines();
            if (afterCommits ? committed >= killAfter : clock.elapsed() >= killAfter)
                break;
            writer.waitForReadyRead(afterCommits ? 100 : 5);
        }
        if (writer.state() != QProcess::NotRunning) {
            writer.kill(); // SIGKILL: no destructor, no close, no checkpoint
            REQUIRE(writer.waitForFinished(10'000));
        }
        readLines();
        INFO("committed " << committed
                          << "; the writer said: " << writer.readAllStandardError().toStdString());
        // It ran until killed: the batches are more than the time allows even where an fsync
        // is a tenth of a millisecond.
        CHECK(writer.exitStatus() == QProcess::CrashExit);

        {
            JournalFile file(path);
            CHECK(file.value(QStringLiteral("PRAGMA integrity_check")).toString() ==
                  QStringLiteral("ok"));
        }
        AlarmJournal journal(path);
        CHECK(journal.warnings().isEmpty());
        REQUIRE(journal.isOpen());
        // In id order: the second process's batches repeat the first one's times, so the
        // journal's time order would interleave the two.
        QList<AlarmTransition> rows = journal.query({});
        std::sort(rows.begin(), rows.end(),
                  [](const AlarmTransition &a, const AlarmTransition &b) { return a.id < b.id; });

        // The rows are whole batches in order: the first process's (if any), then the second's
        // from batch 0 up to the one it was killed in, which is there whole or not at all.
        QList<AlarmTransition> expected;
        qint64 id = 1;
        auto expectBatch = [&](int n) {
            for (AlarmTransition step : JournalWriter::batch(seed, n)) {
                step.id = id++;
                expected.append(step);
            }
        };
        for (int n = 0; n < firstBatch; ++n)
            expectBatch(n);
        const qsizetype fromFirst = expected.size();
        REQUIRE(rows.size() >= fromFirst);
        int present = 0;
        if (rows.size() > fromFirst) {
            const QJsonObject last = rows.constLast().record;
            present = last.value(QStringLiteral("batch")).toInt() + 1;
        }
        CHECK(present >= committed);
        CHECK(present <= committed + 1);
        for (int n = 0; n < present; ++n)
            expectBatch(n);
        checkSameSteps(rows, expected);

        QHash<QString, AlarmTransition> newest;
        for (const AlarmTransition &step : std::as_const(rows))
            newest.insert(step.rule, step);
        CHECK(journal.newestPerRule() == newest);
    }
}
