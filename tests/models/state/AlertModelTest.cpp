#include "state/AlertModel.h"

#include "AlertFixture.h"
#include "TestValues.h"
#include "state/AlertLog.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// Raising, acknowledging, clearing and restoring alerts.

TEST_CASE("AlertModel raises an alert once, when its condition starts to hold")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));
    ManualClock clock(t0);
    AlertModel model(wallRules(), &clock, logPath);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy raised(&model, &AlertModel::alertRaised);
    QSignalSpy logErrors(&model, &AlertModel::logError);
    World world;

    CHECK(model.activeCount() == 0);
    CHECK_FALSE(model.mostSevere().isValid());

    // No values at all: no Above/Below condition holds.
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 0);

    world.values[Telur] = 28500;
    world.values[Respon] = 6.5;
    world.values[Belanja] = 40;
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 0);
    CHECK(inserted.isEmpty());

    // The level itself is not above it.
    world.values[Telur] = 30000;
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 0);

    clock.advanceSeconds(60);
    world.values[Telur] = 31250;
    model.evaluate(world.facts());
    REQUIRE(model.activeCount() == 1);
    REQUIRE(inserted.size() == 1);
    CHECK(inserted.at(0).at(1).toInt() == 0);
    REQUIRE(raised.size() == 1);
    CHECK(raised.at(0).at(0).toString() == QStringLiteral("telur-mahal"));

    const QModelIndex row = model.mostSevere();
    REQUIRE(row.isValid());
    CHECK(row == model.indexOf(QStringLiteral("telur-mahal")));
    CHECK(row.data(AlertModel::RuleRole).toString() == QStringLiteral("telur-mahal"));
    CHECK(row.data(AlertModel::SeverityRole).value<AlertSeverity>() == AlertSeverity::Warning);
    CHECK(row.data(Qt::DisplayRole).toString() ==
          QStringLiteral("Harga Telur Ayam Ras di atas Rp30.000"));
    CHECK(row.data(AlertModel::MessageRole).toString() ==
          QStringLiteral("Harga Telur Ayam Ras di atas Rp30.000"));
    CHECK(row.data(AlertModel::MessageEnRole).toString() ==
          QStringLiteral("Egg price above Rp30,000"));
    CHECK(row.data(AlertModel::IndicatorRole).toString() == Telur);
    CHECK(row.data(AlertModel::FeedRole).toString().isEmpty());
    CHECK(row.data(AlertModel::RaisedAtRole).toDateTime() == t0.addSecs(60));
    CHECK(row.data(AlertModel::ValueRole).toDouble() == 31250.0);
    CHECK_FALSE(row.data(AlertModel::AcknowledgedRole).toBool());
    CHECK_FALSE(row.data(AlertModel::AcknowledgedAtRole).toDateTime().isValid());
    CHECK(row.data(AlertModel::AcknowledgedByRole).toString().isEmpty());

    QStringList warnings;
    const QList<QJsonObject> log = AlertLog::read(logPath, &warnings);
    CHECK(warnings.isEmpty());
    REQUIRE(log.size() == 1);
    const QJsonObject entry = log.at(0);
    CHECK(entry.value(QStringLiteral("time")).toString() ==
          QStringLiteral("2026-11-28T06:01:00.000Z"));
    CHECK(entry.value(QStringLiteral("event")).toString() == QStringLiteral("raised"));
    CHECK(entry.value(QStringLiteral("rule")).toString() == QStringLiteral("telur-mahal"));
    CHECK(entry.value(QStringLiteral("severity")).toString() == QStringLiteral("warning"));
    CHECK(entry.value(QStringLiteral("message")).toString() ==
          QStringLiteral("Harga Telur Ayam Ras di atas Rp30.000"));
    CHECK(entry.value(QStringLiteral("value")).toDouble() == 31250.0);
    CHECK_FALSE(entry.contains(QStringLiteral("by")));

    // While it keeps holding, even at a new value, nothing is raised or logged again, and the
    // row keeps the value that raised it.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int minute = 0; minute < 5; ++minute) {
        clock.advanceSeconds(60);
        world.values[Telur] = 32000 + minute;
        model.evaluate(world.facts());
    }
    CHECK(model.activeCount() == 1);
    CHECK(inserted.size() == 1);
    CHECK(raised.size() == 1);
    CHECK(changed.isEmpty());
    CHECK(AlertLog::read(logPath, nullptr).size() == 1);
    CHECK(row.data(AlertModel::ValueRole).toDouble() == 31250.0);
    CHECK(row.data(AlertModel::RaisedAtRole).toDateTime() == t0.addSecs(60));
    CHECK(logErrors.isEmpty());
}

TEST_CASE("AlertModel acknowledges once, recording who, when, operator and note")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));
    ManualClock clock(t0);
    AlertModel model(wallRules(), &clock, logPath);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    World world;
    world.values[Telur] = 31000;
    world.values[Respon] = 9.5;
    model.evaluate(world.facts());
    REQUIRE(model.activeCount() == 2);

    EnvGuard user("USER", "petugas112");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advanceSeconds(95);
    REQUIRE(model.acknowledge(QStringLiteral("respon-112-lambat"), QStringLiteral("Sari"),
                              QStringLiteral("Dinas sudah dihubungi")));

    const QModelIndex row = model.indexOf(QStringLiteral("respon-112-lambat"));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == row);
    CHECK(changed.at(0).at(1).toModelIndex() == row);
    QList<int> roles = changed.at(0).at(2).value<QList<int>>();
    std::sort(roles.begin(), roles.end());
    CHECK(roles == QList<int>{AlertModel::AcknowledgedRole, AlertModel::AcknowledgedByRole,
                              AlertModel::OperatorRole, AlertModel::NoteRole,
                              AlertModel::AcknowledgedAtRole});
    CHECK(row.data(AlertModel::AcknowledgedRole).toBool());
    CHECK(row.data(AlertModel::AcknowledgedByRole).toString() == QStringLiteral("petugas112"));
    CHECK(row.data(AlertModel::OperatorRole).toString() == QStringLiteral("Sari"));
    CHECK(row.data(AlertModel::NoteRole).toString() == QStringLiteral("Dinas sudah dihubungi"));
    CHECK(row.data(AlertModel::AcknowledgedAtRole).toDateTime() == t0.addSecs(95));
    // Acknowledging changes nothing about the order or the other alert.
    CHECK(ruleAt(model, 0) == QStringLiteral("respon-112-lambat"));
    CHECK_FALSE(
        model.indexOf(QStringLiteral("telur-mahal")).data(AlertModel::AcknowledgedRole).toBool());

    const QList<QJsonObject> log = AlertLog::read(logPath, nullptr);
    REQUIRE(log.size() == 3);
    const QJsonObject entry = log.at(2);
    CHECK(entry.value(QStringLiteral("event")).toString() == QStringLiteral("acknowledged"));
    CHECK(entry.value(QStringLiteral("rule")).toString() == QStringLiteral("respon-112-lambat"));
    CHECK(entry.value(QStringLiteral("severity")).toString() == QStringLiteral("critical"));
    CHECK(entry.value(QStringLiteral("time")).toString() ==
          QStringLiteral("2026-11-28T06:01:35.000Z"));
    CHECK(entry.value(QStringLiteral("by")).toString() == QStringLiteral("petugas112"));
    CHECK(entry.value(QStringLiteral("operator")).toString() == QStringLiteral("Sari"));
    CHECK(entry.value(QStringLiteral("note")).toString() ==
          QStringLiteral("Dinas sudah dihubungi"));

    SECTION("a second acknowledgement is refused and changes nothing")
    {
        changed.clear();
        clock.advanceSeconds(30);
        CHECK_FALSE(model.acknowledge(QStringLiteral("respon-112-lambat"), QStringLiteral("Budi"),
                                      QStringLiteral("lagi")));
        CHECK(changed.isEmpty());
        CHECK(row.data(AlertModel::OperatorRole).toString() == QStringLiteral("Sari"));
        CHECK(row.data(AlertModel::AcknowledgedAtRole).toDateTime() == t0.addSecs(95));
        CHECK(AlertLog::read(logPath, nullptr).size() == 3);
    }

    SECTION("unknown and inactive rules cannot be acknowledged")
    {
        changed.clear();
        CHECK_FALSE(model.acknowledge(QStringLiteral("tidak-ada"), QString(), QString()));
        CHECK_FALSE(model.acknowledge(QStringLiteral("feed-112-gagal"), QString(), QString()));
        CHECK(changed.isEmpty());
        CHECK(AlertLog::read(logPath, nullptr).size() == 3);
    }

    SECTION("operator and note are optional and left out of the log when blank")
    {
        REQUIRE(model.acknowledge(QStringLiteral("telur-mahal"), QStringLiteral("  "), QString()));
        const QModelIndex telur = model.indexOf(QStringLiteral("telur-mahal"));
        CHECK(telur.data(AlertModel::AcknowledgedRole).toBool());
        CHECK(telur.data(AlertModel::OperatorRole).toString().isEmpty());
        CHECK(telur.data(AlertModel::NoteRole).toString().isEmpty());
        const QJsonObject last = AlertLog::read(logPath, nullptr).last();
        CHECK(last.value(QStringLiteral("by")).toString() == QStringLiteral("petugas112"));
        CHECK_FALSE(last.contains(QStringLiteral("operator")));
        CHECK_FALSE(last.contains(QStringLiteral("note")));
    }
}

TEST_CASE("AlertModel takes the acknowledging user from USER, else USERNAME, else the process's "
          "account")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ManualClock clock(t0);
    AlertModel model(wallRules(), &clock, dir.filePath(QStringLiteral("alerts.jsonl")));
    World world;
    world.values[Telur] = 31000;
    world.values[Respon] = 8;
    world.values[Belanja] = 5;
    model.evaluate(world.facts());
    REQUIRE(model.activeCount() == 3);

    {
        EnvGuard user("USER", QByteArray());
        EnvGuard username("USERNAME", "WALL\\operator");
        REQUIRE(model.acknowledge(QStringLiteral("telur-mahal"), QString(), QString()));
    }
    {
        EnvGuard user("USER", QByteArray());
        EnvGuard username("USERNAME", QByteArray());
        REQUIRE(model.acknowledge(QStringLiteral("respon-112-lambat"), QString(), QString()));
    }
    {
        EnvGuard user("USER", "sari");
        EnvGuard username("USERNAME", "bukan-ini");
        REQUIRE(model.acknowledge(QStringLiteral("belanja-rendah"), QString(), QString()));
    }
    auto by = [&](const char *rule) {
        return model.indexOf(QString::fromLatin1(rule))
            .data(AlertModel::AcknowledgedByRole)
            .toString();
    };
    CHECK(by("telur-mahal") == QStringLiteral("WALL\\operator"));
    const passwd *account = getpwuid(geteuid());
    REQUIRE(account);
    CHECK(by("respon-112-lambat") == QString::fromLocal8Bit(account->pw_name));
    CHECK(by("belanja-rendah") == QStringLiteral("sari"));
}

TEST_CASE("AlertModel clears an alert when its condition stops, and re-arms it")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));
    ManualClock clock(t0);
    AlertModel model(wallRules(), &clock, logPath);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy raised(&model, &AlertModel::alertRaised);
    World world;

    world.values[Telur] = 31000;
    model.evaluate(world.facts());
    REQUIRE(model.activeCount() == 1);
    REQUIRE(model.acknowledge(QStringLiteral("telur-mahal"), QStringLiteral("Sari"),
                              QStringLiteral("Dinas sudah dihubungi")));

    clock.advanceSeconds(600);
    world.values[Telur] = 29500;
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 0);
    REQUIRE(removed.size() == 1);
    CHECK(removed.at(0).at(1).toInt() == 0);
    CHECK_FALSE(model.indexOf(QStringLiteral("telur-mahal")).isValid());
    const QJsonObject cleared = AlertLog::read(logPath, nullptr).last();
    CHECK(cleared.value(QStringLiteral("event")).toString() == QStringLiteral("cleared"));
    CHECK(cleared.value(QStringLiteral("time")).toString() ==
          QStringLiteral("2026-11-28T06:10:00.000Z"));
    CHECK(cleared.value(QStringLiteral("value")).toDouble() == 29500.0);

    // Cleared stays cleared: no second "cleared" while the price stays down.
    clock.advanceSeconds(60);
    model.evaluate(world.facts());
    CHECK(removed.size() == 1);

    // Re-armed: the next rise is a new alert, not yet acknowledged.
    clock.advanceSeconds(60);
    world.values[Telur] = 30500;
    model.evaluate(world.facts());
    REQUIRE(model.activeCount() == 1);
    CHECK(raised.size() == 2);
    const QModelIndex row = model.indexOf(QStringLiteral("telur-mahal"));
    CHECK(row.data(AlertModel::RaisedAtRole).toDateTime() == t0.addSecs(720));
    CHECK(row.data(AlertModel::ValueRole).toDouble() == 30500.0);
    CHECK_FALSE(row.data(AlertModel::AcknowledgedRole).toBool());
    CHECK(row.data(AlertModel::OperatorRole).toString().isEmpty());
    CHECK(model.acknowledge(QStringLiteral("telur-mahal"), QString(), QString()));

    CHECK(eventsOf(logPath) == QStringList{QStringLiteral("raised telur-mahal"),
                                           QStringLiteral("acknowledged telur-mahal"),
                                           QStringLiteral("cleared telur-mahal"),
                                           QStringLiteral("raised telur-mahal"),
                                           QStringLiteral("acknowledged telur-mahal")});

    // A level rule without a value cannot be judged: after a restart without a cache, the alert
    // replayed from the log must not be cleared before the feed answers, only to come back as a
    // second event of the same onset.
    SECTION("a value that is not known leaves the alert as it is")
    {
        const QString event = row.data(AlertModel::EventRole).toString();
        clock.advanceSeconds(60);
        world.values.remove(Telur);
        model.evaluate(world.facts());
        REQUIRE(model.activeCount() == 1);
        CHECK(model.indexOf(QStringLiteral("telur-mahal")).data(AlertModel::EventRole) == event);
        model.evaluate(AlertFacts{});
        CHECK(model.activeCount() == 1);
        CHECK(eventsOf(logPath).size() == 5);
        // Known again, and below the level: now it clears.
        world.values[Telur] = 29000;
        model.evaluate(world.facts());
        CHECK(model.activeCount() == 0);
        const QJsonObject last = AlertLog::read(logPath, nullptr).last();
        CHECK(last.value(QStringLiteral("event")).toString() == QStringLiteral("cleared"));
        CHECK(last.value(QStringLiteral("value")).toDouble() == 29000.0);
    }
}

TEST_CASE("AlertModel raises Failing and Stale alerts only after forSeconds")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));
    ManualClock clock(t0);
    AlertModel model(wallRules(), &clock, logPath);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy raised(&model, &AlertModel::alertRaised);
    World world;

    // A feed failing for 15 minutes: at 899 s it is not yet, at 900 s it is.
    world.failingSince[Feed112] = t0;
    clock.setNow(t0.addSecs(899));
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 0);
    clock.setNow(t0.addSecs(899).addMSecs(999));
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 0);
    clock.setNow(t0.addSecs(900));
    model.evaluate(world.facts());
    REQUIRE(model.activeCount() == 1);
    REQUIRE(raised.size() == 1);
    CHECK(raised.at(0).at(0).toString() == QStringLiteral("feed-112-gagal"));
    const QModelIndex failing = model.indexOf(QStringLiteral("feed-112-gagal"));
    CHECK(failing.data(AlertModel::SeverityRole).value<AlertSeverity>() == AlertSeverity::Critical);
    CHECK(failing.data(AlertModel::FeedRole).toString() == Feed112);
    CHECK(failing.data(AlertModel::IndicatorRole).toString().isEmpty());
    CHECK_FALSE(failing.data(AlertModel::ValueRole).isValid());
    CHECK(failing.data(AlertModel::RaisedAtRole).toDateTime() == t0.addSecs(900));
    CHECK(failing.data(AlertModel::MessageRole).toString() ==
          QStringLiteral("feed-112-gagal: Sumber data kominfo-112-harian gagal selama 15 menit"));
    CHECK(failing.data(AlertModel::MessageEnRole).toString() ==
          QStringLiteral("feed-112-gagal: Feed kominfo-112-harian failing for 15 minutes"));
    CHECK_FALSE(AlertLog::read(logPath, nullptr).last().contains(QStringLiteral("value")));
    // With the feeds' names known, as DataHub gives them, the message says the name.
    model.setFeedNames({{Feed112,
                         {QStringLiteral("Rekap harian Call Center 112"),
                          QStringLiteral("Call Center 112 daily summary")}}});
    CHECK(failing.data(AlertModel::MessageRole).toString() ==
          QStringLiteral(
              "feed-112-gagal: Sumber data Rekap harian Call Center 112 gagal selama 15 menit"));
    CHECK(failing.data(AlertModel::MessageEnRole).toString() ==
          QStringLiteral(
              "feed-112-gagal: Feed Call Center 112 daily summary failing for 15 minutes"));

    // Stale for an hour: a staleness that began later is timed from its own start.
    world.staleSince[Telur] = t0.addSecs(600);
    clock.setNow(t0.addSecs(600 + 3599));
    model.evaluate(world.facts());
    CHECK_FALSE(model.indexOf(QStringLiteral("telur-basi")).isValid());
    clock.setNow(t0.addSecs(600 + 3600));
    model.evaluate(world.facts());
    const QModelIndex stale = model.indexOf(QStringLiteral("telur-basi"));
    REQUIRE(stale.isValid());
    CHECK(stale.data(AlertModel::IndicatorRole).toString() == Telur);
    CHECK_FALSE(stale.data(AlertModel::ValueRole).isValid());
    CHECK(stale.data(AlertModel::MessageRole).toString() ==
          QStringLiteral("telur-basi: harga.telur tidak diperbarui selama 1 jam"));
    CHECK(stale.data(AlertModel::MessageEnRole).toString() ==
          QStringLiteral("telur-basi: harga.telur not updated for 1 hour"));
    CHECK(raised.size() == 2);

    // The feed recovers (invalid "since"), then fails anew: the 15 minutes start again.
    world.failingSince.remove(Feed112);
    clock.advanceSeconds(10);
    model.evaluate(world.facts());
    CHECK_FALSE(model.indexOf(QStringLiteral("feed-112-gagal")).isValid());
    world.failingSince[Feed112] = clock.now();
    clock.advanceSeconds(899);
    model.evaluate(world.facts());
    CHECK_FALSE(model.indexOf(QStringLiteral("feed-112-gagal")).isValid());
    clock.advanceSeconds(1);
    model.evaluate(world.facts());
    CHECK(model.indexOf(QStringLiteral("feed-112-gagal")).isValid());
    CHECK(raised.size() == 3);
}

TEST_CASE("AlertModel lists the most severe first, then the newest")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ManualClock clock(t0);
    AlertModel model(wallRules(), &clock, dir.filePath(QStringLiteral("alerts.jsonl")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    World world;

    world.values[Telur] = 31000; // warning
    model.evaluate(world.facts());
    clock.advanceSeconds(60);
    world.values[Respon] = 8.25; // critical, goes above the older warning
    model.evaluate(world.facts());
    clock.advanceSeconds(60);
    world.values[Belanja] = 6; // warning, newer than the egg price
    model.evaluate(world.facts());

    REQUIRE(inserted.size() == 3);
    CHECK(inserted.at(0).at(1).toInt() == 0);
    CHECK(inserted.at(1).at(1).toInt() == 0);
    CHECK(inserted.at(2).at(1).toInt() == 1);
    REQUIRE(model.activeCount() == 3);
    CHECK(ruleAt(model, 0) == QStringLiteral("respon-112-lambat"));
    CHECK(ruleAt(model, 1) == QStringLiteral("belanja-rendah"));
    CHECK(ruleAt(model, 2) == QStringLiteral("telur-mahal"));
    CHECK(model.mostSevere() == model.index(0));
    CHECK(model.index(1).data(AlertModel::MessageRole).toString() ==
          QStringLiteral("belanja-rendah: apbd.belanja di bawah 7,5"));
    CHECK(model.index(1).data(AlertModel::MessageEnRole).toString() ==
          QStringLiteral("belanja-rendah: apbd.belanja below 7.5"));
    // A rule with only an Indonesian message has no English one.
    CHECK(model.index(0).data(AlertModel::MessageEnRole).toString().isEmpty());

    // A newer critical goes to the very top; clearing the top moves the next one up.
    world.failingSince[Feed112] = clock.now();
    clock.advanceSeconds(900);
    model.evaluate(world.facts());
    CHECK(ruleAt(model, 0) == QStringLiteral("feed-112-gagal"));
    CHECK(ruleAt(model, 1) == QStringLiteral("respon-112-lambat"));
    world.failingSince.remove(Feed112);
    world.values[Respon] = 5;
    model.evaluate(world.facts());
    REQUIRE(model.activeCount() == 2);
    CHECK(model.mostSevere().data(AlertModel::RuleRole).toString() ==
          QStringLiteral("belanja-rendah"));

    // Raised in the same evaluation, the same time: config order.
    world.values[Respon] = 9;
    world.failingSince[Feed112] = clock.now().addSecs(-900);
    clock.advanceSeconds(60);
    model.evaluate(world.facts());
    CHECK(ruleAt(model, 0) == QStringLiteral("respon-112-lambat"));
    CHECK(ruleAt(model, 1) == QStringLiteral("feed-112-gagal"));
    CHECK(ruleAt(model, 2) == QStringLiteral("belanja-rendah"));
    CHECK(ruleAt(model, 3) == QStringLiteral("telur-mahal"));
}

TEST_CASE("AlertModel restores active alerts and acknowledgements from its log after a restart")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("log/alerts.jsonl"));
    ManualClock clock(t0);
    World world;
    const QDateTime respondedAt = t0.addSecs(60).addMSecs(250);
    {
        EnvGuard user("USER", "petugas112");
        AlertModel first(wallRules(), &clock, logPath);
        world.values[Telur] = 31000;
        world.values[Belanja] = 5;
        first.evaluate(world.facts());
        clock.setNow(respondedAt);
        world.values[Respon] = 7.5;
        first.evaluate(world.facts());
        clock.advanceSeconds(30);
        REQUIRE(first.acknowledge(QStringLiteral("respon-112-lambat"), QStringLiteral("Sari"),
                                  QStringLiteral("Dinas sudah dihubungi")));
        clock.advanceSeconds(30);
        world.values[Belanja] = 60;
        first.evaluate(world.facts());
        REQUIRE(first.activeCount() == 2);
    }
    REQUIRE(QFile::exists(logPath));

    // The app restarts, the same facts still hold.
    clock.advanceSeconds(120);
    AlertModel model(wallRules(), &clock, logPath);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.logWarnings().isEmpty());
    REQUIRE(model.activeCount() == 2);
    CHECK(ruleAt(model, 0) == QStringLiteral("respon-112-lambat"));
    CHECK(ruleAt(model, 1) == QStringLiteral("telur-mahal"));
    CHECK_FALSE(model.indexOf(QStringLiteral("belanja-rendah")).isValid());

    const QModelIndex respon = model.index(0);
    CHECK(respon.data(AlertModel::RaisedAtRole).toDateTime() == respondedAt);
    CHECK(respon.data(AlertModel::ValueRole).toDouble() == 7.5);
    CHECK(respon.data(AlertModel::SeverityRole).value<AlertSeverity>() == AlertSeverity::Critical);
    CHECK(respon.data(AlertModel::AcknowledgedRole).toBool());
    CHECK(respon.data(AlertModel::AcknowledgedByRole).toString() == QStringLiteral("petugas112"));
    CHECK(respon.data(AlertModel::AcknowledgedAtRole).toDateTime() == respondedAt.addSecs(30));
    CHECK(respon.data(AlertModel::OperatorRole).toString() == QStringLiteral("Sari"));
    CHECK(respon.data(AlertModel::NoteRole).toString() == QStringLiteral("Dinas sudah dihubungi"));
    const QModelIndex telur = model.index(1);
    CHECK(telur.data(AlertModel::RaisedAtRole).toDateTime() == t0);
    CHECK(telur.data(AlertModel::ValueRole).toDouble() == 31000.0);
    CHECK_FALSE(telur.data(AlertModel::AcknowledgedRole).toBool());

    // Still holding after the restart: not raised or logged a second time.
    QSignalSpy raised(&model, &AlertModel::alertRaised);
    const int linesBefore = int(AlertLog::read(logPath, nullptr).size());
    model.evaluate(world.facts());
    CHECK(raised.isEmpty());
    CHECK(model.activeCount() == 2);
    CHECK(AlertLog::read(logPath, nullptr).size() == linesBefore);
    CHECK_FALSE(model.acknowledge(QStringLiteral("respon-112-lambat"), QString(), QString()));

    // And it clears normally afterwards.
    world.values[Respon] = 6;
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 1);
    CHECK(eventsOf(logPath).last() == QStringLiteral("cleared respon-112-lambat"));
}

TEST_CASE("AlertModel drops an active alert whose rule left the config, with a warning")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));
    writeFile(
        logPath,
        R"({"time":"2026-11-28T06:00:00.000Z","event":"raised","rule":"dulu-ada","severity":"warning","message":"x"})"
        "\n"
        R"({"time":"2026-11-28T06:00:00.000Z","event":"raised","rule":"telur-mahal","severity":"warning","message":"x","value":31000})"
        "\n"
        R"({"time":"2026-11-28T06:00:05Z","event":"exploded","rule":"telur-mahal"})"
        "\n"
        R"({"event":"raised","rule":"respon-112-lambat"})"
        "\n");
    ManualClock clock(t0);
    AlertModel model(wallRules(), &clock, logPath);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.activeCount() == 1);
    CHECK(ruleAt(model, 0) == QStringLiteral("telur-mahal"));
    const QStringList warnings = model.logWarnings();
    REQUIRE(warnings.size() == 3);
    CHECK(warnings.filter(QStringLiteral("exploded")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("no valid time")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("dulu-ada")).size() == 1);
}
