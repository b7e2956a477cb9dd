#include "state/AlertModel.h"

#include "TestValues.h"
#include "state/AlertLog.h"
#include "time/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

const QString Telur = QStringLiteral("harga.telur");
const QString Respon = QStringLiteral("112.waktu-respon");
const QString Belanja = QStringLiteral("apbd.belanja");
const QString Feed112 = QStringLiteral("kominfo-112-harian");

AlertRule rule(const char *id, AlertRule::Kind kind, bool critical)
{
    AlertRule r;
    r.id = QString::fromLatin1(id);
    r.kind = kind;
    r.severity = critical ? AlertSeverity::Critical : AlertSeverity::Warning;
    return r;
}

// The rules of a small wall: an egg price, the 112 response time, a feed, a stale price and an
// under-spent budget.
QList<AlertRule> wallRules()
{
    AlertRule telur = rule("telur-mahal", AlertRule::Kind::Above, false);
    telur.indicator = Telur;
    telur.level = 30000;
    telur.message = {QStringLiteral("Harga Telur Ayam Ras di atas Rp30.000"),
                     QStringLiteral("Egg price above Rp30,000")};

    AlertRule respon = rule("respon-112-lambat", AlertRule::Kind::Above, true);
    respon.indicator = Respon;
    respon.level = 7; // minutes
    respon.message = {QStringLiteral("Waktu respon 112 di atas 7 menit"), QString()};

    AlertRule gagal = rule("feed-112-gagal", AlertRule::Kind::Failing, true);
    gagal.feed = Feed112;
    gagal.forSeconds = 15 * 60;

    AlertRule basi = rule("telur-basi", AlertRule::Kind::Stale, false);
    basi.indicator = Telur;
    basi.forSeconds = 3600;

    AlertRule belanja = rule("belanja-rendah", AlertRule::Kind::Below, false);
    belanja.indicator = Belanja;
    belanja.level = 7.5;

    return {telur, respon, gagal, basi, belanja};
}

// What the app would know about indicators and feeds, set directly by each test.
struct World
{
    QHash<QString, double> values;
    QHash<QString, QDateTime> staleSince;
    QHash<QString, QDateTime> failingSince;

    AlertFacts facts() const
    {
        AlertFacts f;
        f.value = [this](const QString &indicator) -> std::optional<double> {
            const auto it = values.constFind(indicator);
            return it == values.constEnd() ? std::nullopt : std::optional<double>(*it);
        };
        f.staleSince = [this](const QString &indicator) {
            return staleSince.value(indicator);
        };
        f.failingSince = [this](const QString &feed) {
            return failingSince.value(feed);
        };
        return f;
    }
};

// Sets (or unsets, for an empty value) an environment variable for one test and puts it back.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvGuard(const EnvGuard &) = delete;
    EnvGuard &operator=(const EnvGuard &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

QStringList eventsOf(const QString &logPath)
{
    QStringList events;
    for (const QJsonObject &entry : AlertLog::read(logPath, nullptr)) {
        events.append(entry.value(QStringLiteral("event")).toString() + QLatin1Char(' ') +
                      entry.value(QStringLiteral("rule")).toString());
    }
    return events;
}

QString ruleAt(const AlertModel &model, int row)
{
    return model.index(row).data(AlertModel::RuleRole).toString();
}

} // namespace

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

TEST_CASE("AlertModel takes the acknowledging user from USER, else USERNAME, else unknown")
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
    CHECK(by("respon-112-lambat") == QStringLiteral("unknown"));
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

    SECTION("a value that disappears clears the alert")
    {
        clock.advanceSeconds(60);
        world.values.remove(Telur);
        model.evaluate(world.facts());
        CHECK(model.activeCount() == 0);
        const QJsonObject last = AlertLog::read(logPath, nullptr).last();
        CHECK(last.value(QStringLiteral("event")).toString() == QStringLiteral("cleared"));
        CHECK_FALSE(last.contains(QStringLiteral("value")));
    }

    SECTION("facts with no callbacks hold nothing")
    {
        model.evaluate(AlertFacts{});
        CHECK(model.activeCount() == 0);
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

TEST_CASE("AlertLog appends one JSON object per line, creating its directory")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("var/pantau/alerts.jsonl"));
    AlertLog log(logPath);
    QJsonObject first{{QStringLiteral("event"), QStringLiteral("raised")},
                      {QStringLiteral("note"), QStringLiteral("baris\nkedua")}};
    QJsonObject second{{QStringLiteral("event"), QStringLiteral("cleared")}};
    QString error;
    REQUIRE(log.append(first, &error));
    REQUIRE(log.append(second, &error));
    CHECK(error.isEmpty());

    QFile file(logPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.count('\n') == 2);
    CHECK(bytes.endsWith('\n'));

    QStringList warnings;
    const QList<QJsonObject> entries = AlertLog::read(logPath, &warnings);
    CHECK(warnings.isEmpty());
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0) == first);
    CHECK(entries.at(1) == second);

    // A log that does not exist yet is simply empty.
    warnings.clear();
    CHECK(AlertLog::read(dir.filePath(QStringLiteral("belum-ada.jsonl")), &warnings).isEmpty());
    CHECK(warnings.isEmpty());
}

TEST_CASE("AlertLog skips a torn last line with a warning, and appends after it cleanly")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));
    // The app died while writing "cleared": the alert was never cleared as far as the log knows.
    writeFile(
        logPath,
        R"({"time":"2026-11-28T06:00:00.000Z","event":"raised","rule":"telur-mahal","severity":"warning","message":"x","value":31000})"
        "\n"
        R"({"time":"2026-11-28T06:10:00.000Z","event":"clea)");

    QStringList warnings;
    CHECK(AlertLog::read(logPath, &warnings).size() == 1);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).contains(QStringLiteral(":2:")));
    CHECK(warnings.at(0).contains(QStringLiteral("partly written")));

    ManualClock clock(t0.addSecs(3600));
    AlertModel model(wallRules(), &clock, logPath);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.logWarnings().size() == 1);
    REQUIRE(model.activeCount() == 1);

    // The price is back down, so the next evaluation clears it again, and this time the line
    // lands whole, on a line of its own after the fragment.
    QSignalSpy logErrors(&model, &AlertModel::logError);
    World world;
    world.values[Telur] = 28000;
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 0);
    CHECK(logErrors.isEmpty());
    warnings.clear();
    const QList<QJsonObject> entries = AlertLog::read(logPath, &warnings);
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).value(QStringLiteral("event")).toString() == QStringLiteral("cleared"));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).contains(QStringLiteral(":2:")));

    AlertModel restarted(wallRules(), &clock, logPath);
    CHECK(restarted.activeCount() == 0);

    SECTION("a line cut just before its newline is whole and kept")
    {
        writeFile(logPath, R"({"event":"raised","rule":"a"})"
                           "\n"
                           R"({"event":"cleared","rule":"a"})");
        warnings.clear();
        CHECK(AlertLog::read(logPath, &warnings).size() == 2);
        CHECK(warnings.isEmpty());
    }
}

TEST_CASE("AlertLog reads a foreign file as warnings and whatever good lines it has")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));

    SECTION("a CSV file, a JSON document and binary junk")
    {
        QByteArray bytes = "tanggal;komoditas;harga\r\n"
                           "2026-11-28;telur;31000\r\n"
                           "[1, 2, 3]\n"
                           "\"teks\"\n"
                           "{\n"
                           "   \"event\": \"raised\"\n"
                           "}\n"
                           R"({"event":"raised","rule":"ok"})"
                           "\r\n";
        bytes.append(QByteArray("\x00\x01\xff\xfe{\n", 6));
        writeFile(logPath, bytes);
        QStringList warnings;
        const QList<QJsonObject> entries = AlertLog::read(logPath, &warnings);
        REQUIRE(entries.size() == 1);
        CHECK(entries.at(0).value(QStringLiteral("rule")).toString() == QStringLiteral("ok"));
        CHECK(warnings.size() == 8);
        CHECK(warnings.filter(QStringLiteral(":3: not a JSON object")).size() == 1);
        CHECK(warnings.filter(QStringLiteral(":9:")).size() == 1);

        ManualClock clock(t0);
        AlertModel model(wallRules(), &clock, logPath);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model.activeCount() == 0);
        // Its 8 bad lines, and the one object that is not an alert entry (it has no time).
        CHECK(model.logWarnings().size() == 9);
    }

    SECTION("a file of many bad lines gives a bounded list of warnings")
    {
        QByteArray bytes;
        for (int i = 0; i < 500; ++i)
            bytes += "bukan json\n";
        writeFile(logPath, bytes);
        QStringList warnings;
        CHECK(AlertLog::read(logPath, &warnings).isEmpty());
        REQUIRE(warnings.size() == AlertLog::MaxWarnings + 1);
        CHECK(warnings.last().contains(QStringLiteral("480 more")));
    }

    SECTION("a directory where the log should be")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("alerts.jsonl")));
        QStringList warnings;
        CHECK(AlertLog::read(logPath, &warnings).isEmpty());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.at(0).contains(QStringLiteral("cannot read")));
    }
}

TEST_CASE("AlertModel keeps working when its log cannot be written")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A regular file where the log's directory should be: no user, not even root, can write it.
    const QString blocker = dir.filePath(QStringLiteral("bukan-folder"));
    writeFile(blocker, "x");
    const QString logPath = blocker + QStringLiteral("/alerts.jsonl");

    ManualClock clock(t0);
    AlertModel model(wallRules(), &clock, logPath);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.logWarnings().isEmpty());
    QSignalSpy logErrors(&model, &AlertModel::logError);
    QSignalSpy raised(&model, &AlertModel::alertRaised);
    World world;

    world.values[Respon] = 12;
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 1);
    CHECK(raised.size() == 1);
    REQUIRE(logErrors.size() == 1);
    CHECK(logErrors.at(0).at(0).toString().contains(QStringLiteral("bukan-folder")));

    CHECK(
        model.acknowledge(QStringLiteral("respon-112-lambat"), QStringLiteral("Sari"), QString()));
    CHECK(model.index(0).data(AlertModel::AcknowledgedRole).toBool());
    CHECK(logErrors.size() == 2);

    world.values[Respon] = 4;
    model.evaluate(world.facts());
    CHECK(model.activeCount() == 0);
    CHECK(logErrors.size() == 3);
}

TEST_CASE("AlertModel with no log path keeps no log and reports no log errors")
{
    AlertRule rule;
    rule.id = QStringLiteral("telur-mahal");
    rule.kind = AlertRule::Kind::Above;
    rule.indicator = QStringLiteral("harga.telur");
    rule.level = 30000;
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC));
    AlertModel model({rule}, &clock, QString());
    QSignalSpy logErrors(&model, &AlertModel::logError);
    AlertFacts facts;
    facts.value = [](const QString &) {
        return std::optional<double>(31500);
    };
    model.evaluate(facts);
    CHECK(model.activeCount() == 1);
    CHECK(model.acknowledge(QStringLiteral("telur-mahal"), QStringLiteral("Sari"), QString()));
    CHECK(logErrors.isEmpty());
    CHECK(model.logWarnings().isEmpty());
}
