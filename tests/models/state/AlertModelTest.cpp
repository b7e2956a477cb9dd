#include "state/AlertModel.h"

#include "AlertFixture.h"
#include "TestValues.h"
#include "alarms/AlarmJournal.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// The alarm list model over the lifecycle (whose rules AlarmLifecycleTest steps through): its
// rows, roles and signals, its journal, and a restart from it.

namespace {

struct Rig
{
    explicit Rig(const QString &journal = {}, const QString &legacy = {})
        : clock(t0)
        , model(wallRules(), &clock,
                AlertModel::Storage{journal,
                                    legacy,
                                    {{Telur, QStringLiteral("siskaperbapo")}, {Respon, Feed112}},
                                    {{Feed112, QStringLiteral("Diskominfo")}}})
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        model.setStation(QStringLiteral("WALL-PC-1"));
    }
    void run() { model.evaluate(world.facts()); }

    ManualClock clock;
    World world;
    AlertModel model;
    QAbstractItemModelTester tester;
};

AlarmState stateAt(const AlertModel &model, const char *rule)
{
    return model.indexOf(QString::fromLatin1(rule)).data(AlertModel::StateRole).value<AlarmState>();
}

} // namespace

TEST_CASE("AlertModel raises an alarm once, shows it, and journals the step")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString journal = dir.filePath(QStringLiteral("j/alarms.sqlite"));
    Rig rig(journal);
    QSignalSpy raised(&rig.model, &AlertModel::alertRaised);
    QSignalSpy steps(&rig.model, &AlertModel::stepsTaken);
    QSignalSpy errors(&rig.model, &AlertModel::logError);

    rig.run(); // no values: nothing is judged
    rig.world.values = {{Telur, 30000}, {Respon, 6.5}, {Belanja, 40}};
    rig.run(); // the level itself is not above it
    CHECK(rig.model.activeCount() == 0);
    CHECK_FALSE(rig.model.mostSevere().isValid());

    rig.clock.advanceSeconds(60);
    rig.world.values[Respon] = 8.25;
    rig.run();
    REQUIRE(rig.model.activeCount() == 1);
    REQUIRE(raised.size() == 1);
    CHECK(raised.at(0).at(0).toString() == QStringLiteral("respon-112-lambat"));
    const QModelIndex row = rig.model.mostSevere();
    REQUIRE(row.isValid());
    CHECK(row.data(AlertModel::StateRole).value<AlarmState>() == AlarmState::ActiveUnacknowledged);
    CHECK(row.data(AlertModel::SeverityRole).value<AlertSeverity>() == AlertSeverity::Critical);
    CHECK(row.data(Qt::DisplayRole).toString() ==
          QStringLiteral("Waktu respon 112 di atas 7 menit"));
    CHECK(row.data(AlertModel::RaisedAtRole).toDateTime() == t0.addSecs(60));
    CHECK(row.data(AlertModel::SinceRole).toDateTime() == t0.addSecs(60));
    CHECK(row.data(AlertModel::ValueRole).toDouble() == 8.25);
    CHECK(row.data(AlertModel::EventRole).toString() ==
          AlertModel::eventId(QStringLiteral("respon-112-lambat"), t0.addSecs(60)));

    const QList<AlarmTransition> rows = journalRows(journal);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].action == AlarmAction::Raised);
    CHECK(rows[0].time == t0.addSecs(60));
    CHECK(rows[0].rule == QStringLiteral("respon-112-lambat"));
    CHECK(rows[0].severity == AlertSeverity::Critical);
    CHECK(rows[0].message == QStringLiteral("Waktu respon 112 di atas 7 menit"));
    CHECK(rows[0].indicator == Respon);
    CHECK(rows[0].feed == Feed112);
    CHECK(rows[0].opd == QStringLiteral("Diskominfo"));
    CHECK(rows[0].value == 8.25);
    CHECK(rows[0].state == AlarmState::ActiveUnacknowledged);
    REQUIRE(steps.size() == 1);

    // Holding on, even at another value: nothing raised or written again, the raising value kept.
    QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
    for (int minute = 0; minute < 5; ++minute) {
        rig.clock.advanceSeconds(60);
        rig.world.values[Respon] = 9 + minute;
        rig.run();
    }
    CHECK(raised.size() == 1);
    CHECK(changed.isEmpty());
    CHECK(journalRows(journal).size() == 1);
    CHECK(errors.isEmpty());
}

TEST_CASE("AlertModel records who acknowledged, from which station, and keeps a returned alarm "
          "until it is acknowledged")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString journal = dir.filePath(QStringLiteral("alarms.sqlite"));
    Rig rig(journal);
    rig.world.values = {{Telur, 31000}, {Respon, 9}};
    rig.run();
    REQUIRE(rig.model.activeCount() == 2);

    rig.clock.advanceSeconds(30);
    {
        EnvGuard user("USER", "petugas112");
        REQUIRE(rig.model.acknowledge(QStringLiteral("respon-112-lambat"), QStringLiteral(" Sari "),
                                      QStringLiteral("Ambulans berangkat")));
    }
    const QModelIndex respon = rig.model.indexOf(QStringLiteral("respon-112-lambat"));
    CHECK(respon.data(AlertModel::StateRole).value<AlarmState>() == AlarmState::ActiveAcknowledged);
    CHECK(respon.data(AlertModel::AcknowledgedByRole).toString() == QStringLiteral("petugas112"));
    CHECK(respon.data(AlertModel::OperatorRole).toString() == QStringLiteral("Sari"));
    CHECK(respon.data(AlertModel::NoteRole).toString() == QStringLiteral("Ambulans berangkat"));
    CHECK(respon.data(AlertModel::AcknowledgedAtRole).toDateTime() == t0.addSecs(30));
    const AlarmTransition ack = journalRows(journal).last();
    CHECK(ack.action == AlarmAction::Acknowledged);
    CHECK(ack.user == QStringLiteral("petugas112"));
    CHECK(ack.operatorName == QStringLiteral("Sari"));
    CHECK(ack.station == QStringLiteral("WALL-PC-1"));
    CHECK(ack.note == QStringLiteral("Ambulans berangkat"));
    CHECK_FALSE(rig.model.acknowledge(QStringLiteral("respon-112-lambat"), {}, {}));

    // The egg price comes back before anyone saw it: still listed, marked, and on the banner.
    rig.world.values[Telur] = 29000;
    rig.world.values[Respon] = 5;
    rig.run();
    REQUIRE(rig.model.activeCount() == 1);
    CHECK(stateAt(rig.model, "telur-mahal") == AlarmState::ReturnedUnacknowledged);
    CHECK(rig.model.mostSevere() == rig.model.indexOf(QStringLiteral("telur-mahal")));
    CHECK(rig.model.acknowledge(QStringLiteral("telur-mahal"), {}, {}));
    CHECK(rig.model.activeCount() == 0);
    // Within one evaluation in config order: the egg price's rule comes first.
    CHECK(stepsOf(journal) ==
          "raised telur-mahal; raised respon-112-lambat; acknowledged respon-112-lambat; "
          "returned telur-mahal; cleared respon-112-lambat; acknowledged telur-mahal");
}

TEST_CASE("AlertModel takes the acknowledging user from USER, else USERNAME, else the process's "
          "account")
{
    Rig rig;
    rig.world.values = {{Telur, 31000}, {Respon, 8}, {Belanja, 5}};
    rig.run();
    REQUIRE(rig.model.activeCount() == 3);
    {
        EnvGuard user("USER", QByteArray());
        EnvGuard username("USERNAME", "WALL\\operator");
        REQUIRE(rig.model.acknowledge(QStringLiteral("telur-mahal"), QString(), QString()));
    }
    {
        EnvGuard user("USER", QByteArray());
        EnvGuard username("USERNAME", QByteArray());
        REQUIRE(rig.model.acknowledge(QStringLiteral("respon-112-lambat"), QString(), QString()));
    }
    {
        EnvGuard user("USER", "sari");
        EnvGuard username("USERNAME", "bukan-ini");
        REQUIRE(rig.model.acknowledge(QStringLiteral("belanja-rendah"), QString(), QString()));
    }
    auto by = [&](const char *rule) {
        return rig.model.indexOf(QString::fromLatin1(rule))
            .data(AlertModel::AcknowledgedByRole)
            .toString();
    };
    CHECK(by("telur-mahal") == QStringLiteral("WALL\\operator"));
    const passwd *account = getpwuid(geteuid());
    REQUIRE(account);
    CHECK(by("respon-112-lambat") == QString::fromLocal8Bit(account->pw_name));
    CHECK(by("belanja-rendah") == QStringLiteral("sari"));
}

TEST_CASE(
    "AlertModel lists what the wall shows first: the most severe, then the newest, and hidden "
    "alarms after them")
{
    Rig rig;
    rig.world.values[Telur] = 31000; // warning
    rig.run();
    rig.clock.advanceSeconds(60);
    rig.world.values[Respon] = 8.25; // critical, above the older warning
    rig.run();
    rig.clock.advanceSeconds(60);
    rig.world.values[Belanja] = 6; // warning, newer than the egg price
    rig.run();
    REQUIRE(rig.model.activeCount() == 3);
    CHECK(ruleAt(rig.model, 0) == QStringLiteral("respon-112-lambat"));
    CHECK(ruleAt(rig.model, 1) == QStringLiteral("belanja-rendah"));
    CHECK(ruleAt(rig.model, 2) == QStringLiteral("telur-mahal"));
    CHECK(rig.model.index(1).data(AlertModel::MessageRole).toString() ==
          QStringLiteral("belanja-rendah: apbd.belanja di bawah 7,5"));
    CHECK(rig.model.index(1).data(AlertModel::MessageEnRole).toString() ==
          QStringLiteral("belanja-rendah: apbd.belanja below 7.5"));

    // Shelved, the critical one goes below the shown ones, and is not the banner's.
    const QDateTime until = rig.clock.now().addSecs(3600);
    CHECK(rig.model
              .shelve(QStringLiteral("respon-112-lambat"), until, QStringLiteral("sari"),
                      QStringLiteral("Sari"), QStringLiteral("uji sensor"))
              .isEmpty());
    CHECK(ruleAt(rig.model, 0) == QStringLiteral("belanja-rendah"));
    CHECK(ruleAt(rig.model, 1) == QStringLiteral("telur-mahal"));
    CHECK(ruleAt(rig.model, 2) == QStringLiteral("respon-112-lambat"));
    const QModelIndex shelved = rig.model.index(2);
    CHECK(shelved.data(AlertModel::StateRole).value<AlarmState>() == AlarmState::Shelved);
    CHECK(shelved.data(AlertModel::UntilRole).toDateTime() == until);
    CHECK(shelved.data(AlertModel::HiddenByRole).toString() == QStringLiteral("Sari"));
    CHECK(shelved.data(AlertModel::ReasonRole).toString() == QStringLiteral("uji sensor"));
    CHECK(shelved.data(AlertModel::SinceRole).toDateTime() == rig.clock.now());
    CHECK(shelved.data(AlertModel::EventRole).toString().isEmpty());
    CHECK(rig.model.mostSevere().data(AlertModel::RuleRole).toString() ==
          QStringLiteral("belanja-rendah"));
    CHECK_FALSE(rig.model.shelve(QStringLiteral("telur-mahal"), until, {}, {}, {}).isEmpty());

    // Taken out of service, a rule that is normal now gets a row of its own.
    CHECK(rig.model
              .removeFromService(QStringLiteral("feed-112-gagal"), {}, {},
                                 QStringLiteral("server 112 dipindah"))
              .isEmpty());
    CHECK(stateAt(rig.model, "feed-112-gagal") == AlarmState::OutOfService);
    CHECK(rig.model.activeCount() == 4);
    CHECK(rig.model.returnToService(QStringLiteral("feed-112-gagal"), {}, {}).isEmpty());
    CHECK(rig.model.activeCount() == 3);
    CHECK(rig.model.unshelve(QStringLiteral("respon-112-lambat"), {}, {}).isEmpty());
    rig.run(); // judged afresh: still over 7 minutes, a new onset
    CHECK(ruleAt(rig.model, 0) == QStringLiteral("respon-112-lambat"));
    CHECK(stateAt(rig.model, "respon-112-lambat") == AlarmState::ActiveUnacknowledged);

    // Only the most severe shown alarm is the banner's: with only hidden ones, none.
    for (const char *rule : {"respon-112-lambat", "telur-mahal", "belanja-rendah"})
        REQUIRE(rig.model.shelve(QString::fromLatin1(rule), until, {}, {}, QStringLiteral("rapat"))
                    .isEmpty());
    CHECK(rig.model.activeCount() == 3);
    CHECK_FALSE(rig.model.mostSevere().isValid());
}

TEST_CASE("AlertModel's failing-feed alarm says how many alarms it holds back")
{
    Rig rig;
    rig.world.values = {{Respon, 9}};
    rig.run();
    rig.world.failingSince[Feed112] = rig.clock.now();
    rig.clock.advanceSeconds(900);
    rig.run();
    CHECK(stateAt(rig.model, "respon-112-lambat") == AlarmState::Suppressed);
    const QModelIndex failing = rig.model.indexOf(QStringLiteral("feed-112-gagal"));
    CHECK(failing.data(AlertModel::HeldBackRole).toInt() == 1);
    CHECK(rig.model.mostSevere() == failing);
}

TEST_CASE("AlertModel takes each rule's state back from the journal after a restart")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString journal = dir.filePath(QStringLiteral("alarms.sqlite"));
    const QDateTime respondedAt = t0.addSecs(60).addMSecs(250);
    World world;
    {
        Rig first(journal);
        first.world.values = {{Telur, 31000}, {Belanja, 5}};
        first.run();
        first.clock.setNow(respondedAt);
        first.world.values[Respon] = 7.5;
        first.run();
        first.clock.advanceSeconds(30);
        EnvGuard user("USER", "petugas112");
        REQUIRE(first.model.acknowledge(QStringLiteral("respon-112-lambat"), QStringLiteral("Sari"),
                                        QStringLiteral("Dinas sudah dihubungi")));
        REQUIRE(first.model
                    .shelve(QStringLiteral("belanja-rendah"), respondedAt.addSecs(3600), {}, {},
                            QStringLiteral("APBD perubahan"))
                    .isEmpty());
        world = first.world;
    }

    Rig rig(journal);
    rig.clock.setNow(respondedAt.addSecs(120));
    CHECK(rig.model.logWarnings().isEmpty());
    REQUIRE(rig.model.activeCount() == 3);
    const QModelIndex respon = rig.model.indexOf(QStringLiteral("respon-112-lambat"));
    CHECK(respon.data(AlertModel::RaisedAtRole).toDateTime() == respondedAt);
    CHECK(respon.data(AlertModel::ValueRole).toDouble() == 7.5);
    CHECK(respon.data(AlertModel::AcknowledgedByRole).toString() == QStringLiteral("petugas112"));
    CHECK(respon.data(AlertModel::OperatorRole).toString() == QStringLiteral("Sari"));
    CHECK(respon.data(AlertModel::NoteRole).toString() == QStringLiteral("Dinas sudah dihubungi"));
    CHECK(stateAt(rig.model, "telur-mahal") == AlarmState::ActiveUnacknowledged);
    CHECK(stateAt(rig.model, "belanja-rendah") == AlarmState::Shelved);

    // The same facts still hold: nothing raised or written a second time.
    QSignalSpy raised(&rig.model, &AlertModel::alertRaised);
    const qsizetype before = journalRows(journal).size();
    rig.world = world;
    rig.run();
    CHECK(raised.isEmpty());
    CHECK(journalRows(journal).size() == before);
    // And the shelve still ends by itself.
    rig.clock.setNow(respondedAt.addSecs(3600));
    rig.run();
    CHECK(stateAt(rig.model, "belanja-rendah") == AlarmState::ActiveUnacknowledged);
}

TEST_CASE("AlertModel imports an earlier version's JSON Lines log into a new journal, once")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString legacy = dir.filePath(QStringLiteral("alerts.jsonl"));
    const QString journal = dir.filePath(QStringLiteral("alarms.sqlite"));
    const QByteArray lines =
        R"({"time":"2026-11-28T05:00:00.000Z","event":"raised","rule":"telur-mahal","severity":"warning","message":"x","value":31000})"
        "\n"
        R"({"time":"2026-11-28T05:01:00.000Z","event":"cleared","rule":"telur-mahal","severity":"warning","message":"x"})"
        "\n"
        R"({"time":"2026-11-28T05:30:00.000Z","event":"raised","rule":"respon-112-lambat","severity":"critical","message":"y","value":9})"
        "\n"
        R"({"time":"2026-11-28T05:31:00.000Z","event":"acknowledged","rule":"respon-112-lambat","by":"sari","operator":"Sari","note":"ok"})"
        "\n"
        R"({"time":"2026-11-28T05:40:00.000Z","event":"raised","rule":"dulu-ada","severity":"warning","message":"z"})"
        "\n"
        R"({"time":"2026-11-28T05:41:00Z","event":"exploded","rule":"telur-mahal"})"
        "\n"
        R"({"event":"raised","rule":"belanja-rendah"})"
        "\n"
        R"({"time":"2026-11-28T05:50:00.0)"; // torn by a crash
    writeFile(legacy, lines);
    {
        Rig rig(journal, legacy);
        REQUIRE(rig.model.activeCount() == 1);
        const QModelIndex respon = rig.model.index(0);
        CHECK(respon.data(AlertModel::RuleRole).toString() == QStringLiteral("respon-112-lambat"));
        CHECK(respon.data(AlertModel::StateRole).value<AlarmState>() ==
              AlarmState::ActiveAcknowledged);
        CHECK(respon.data(AlertModel::RaisedAtRole).toDateTime() ==
              QDateTime(QDate(2026, 11, 28), QTime(5, 30), Qt::UTC));
        CHECK(respon.data(AlertModel::OperatorRole).toString() == QStringLiteral("Sari"));
        const QStringList warnings = rig.model.logWarnings();
        CAPTURE(warnings.join(u'\n').toStdString());
        CHECK(warnings.filter(QStringLiteral("exploded")).size() == 1);
        CHECK(warnings.filter(QStringLiteral("no valid time")).size() == 1);
        CHECK(warnings.filter(QStringLiteral("dulu-ada")).size() == 1);
        CHECK(stepsOf(journal) ==
              "raised telur-mahal; cleared telur-mahal; raised respon-112-lambat; acknowledged "
              "respon-112-lambat; raised dulu-ada");
        const QList<AlarmTransition> rows = journalRows(journal);
        CHECK(rows[3].user == QStringLiteral("sari"));
        CHECK(rows[3].note == QStringLiteral("ok"));
        CHECK(rows[0].value == 31000.0);
        CHECK(rows[2].feed == Feed112);
    }
    // The old file stays where it was, untouched, and is not imported a second time.
    QFile kept(legacy);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == lines);
    Rig again(journal, legacy);
    CHECK(journalRows(journal).size() == 5);
    CHECK(again.model.activeCount() == 1);
}

TEST_CASE("AlertModel sets a corrupt journal aside and starts a new one")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString journal = dir.filePath(QStringLiteral("alarms.sqlite"));
    writeFile(journal, QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'));
    Rig rig(journal);
    REQUIRE_FALSE(rig.model.logWarnings().isEmpty());
    CHECK(rig.model.logWarnings().join(u' ').contains(journal));
    rig.world.values = {{Respon, 9}};
    rig.run();
    CHECK(rig.model.activeCount() == 1);
    CHECK(stepsOf(journal) == "raised respon-112-lambat");
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("alarms.sqlite.bad*")}, QDir::Files);
    CHECK(aside.size() == 1);
}

TEST_CASE("AlertModel keeps working when its journal cannot be written")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A regular file where the journal's folder should be: no user, not even root, can write it.
    const QString blocker = dir.filePath(QStringLiteral("bukan-folder"));
    writeFile(blocker, "x");
    Rig rig(blocker + QStringLiteral("/alarms.sqlite"));
    CHECK_FALSE(rig.model.logWarnings().isEmpty());
    QSignalSpy errors(&rig.model, &AlertModel::logError);
    QSignalSpy raised(&rig.model, &AlertModel::alertRaised);
    rig.world.values = {{Respon, 12}};
    rig.run();
    CHECK(rig.model.activeCount() == 1);
    CHECK(raised.size() == 1);
    CHECK(errors.size() == 1);
    CHECK(rig.model.acknowledge(QStringLiteral("respon-112-lambat"), QStringLiteral("Sari"), {}));
    CHECK(stateAt(rig.model, "respon-112-lambat") == AlarmState::ActiveAcknowledged);
    CHECK(errors.size() == 2);
}

TEST_CASE("AlertModel with no journal keeps none and reports no errors")
{
    Rig rig;
    QSignalSpy errors(&rig.model, &AlertModel::logError);
    rig.world.values = {{Telur, 31500}};
    rig.run();
    CHECK(rig.model.activeCount() == 1);
    CHECK(rig.model.acknowledge(QStringLiteral("telur-mahal"), QStringLiteral("Sari"), {}));
    CHECK(errors.isEmpty());
    CHECK(rig.model.logWarnings().isEmpty());
    CHECK(rig.model.journal() == nullptr);
}
