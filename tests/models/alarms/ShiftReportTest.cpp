#include "alarms/ShiftReport.h"

#include "AlarmRows.h"
#include "TestValues.h"

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// The shift report's figures from journal rows made by hand. The shift is 07.00–15.00 WIB on
// 28 November 2026 (00.00–08.00 UTC) unless a test says otherwise.

namespace {

const QDateTime ShiftFrom = utc(2026, 11, 28, 0);
const QDateTime ShiftUntil = utc(2026, 11, 28, 8);

QList<AlarmTransition> concat(std::initializer_list<QList<AlarmTransition>> parts)
{
    QList<AlarmTransition> rows;
    for (const QList<AlarmTransition> &part : parts)
        rows += part;
    return rows;
}

int raisedOf(const ShiftReport &report, AlertSeverity severity)
{
    for (const ShiftReport::SeverityCount &count : report.raisedBySeverity) {
        if (count.severity == severity)
            return count.raised;
    }
    return -1;
}

} // namespace

TEST_CASE("ShiftReport counts the raises of the range per severity", "[report]")
{
    const auto none = std::optional<double>();
    const QList<AlarmTransition> rows = concat({
        // Before the range, and at its end: neither counts.
        episode(QStringLiteral("a"), ShiftFrom.addMSecs(-1), 10.0, 20.0),
        episode(QStringLiteral("a"), ShiftUntil, none, none, AlertSeverity::Critical),
        // At its start: counts.
        episode(QStringLiteral("a"), ShiftFrom, 5.0, 600.0),
        episode(QStringLiteral("b"), ShiftFrom.addSecs(3600), none, none, AlertSeverity::Critical),
        episode(QStringLiteral("c"), ShiftFrom.addSecs(7200), 60.0, none, AlertSeverity::Critical),
        episode(QStringLiteral("d"), ShiftUntil.addMSecs(-1), none, none),
    });
    const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    CHECK(report.from == ShiftFrom);
    CHECK(report.until == ShiftUntil);
    CHECK(report.raised == 4);
    REQUIRE(report.raisedBySeverity.size() == 2);
    CHECK(report.raisedBySeverity.at(0).severity == AlertSeverity::Warning);
    CHECK(raisedOf(report, AlertSeverity::Warning) == 2);
    CHECK(raisedOf(report, AlertSeverity::Critical) == 2);
}

TEST_CASE("ShiftReport's rate figures use fixed ten-minute periods", "[report]")
{
    const auto none = std::optional<double>();
    QList<AlarmTransition> rows;
    // 07.10–07.20 WIB: four raises, the last a millisecond before the period ends.
    for (const int second : {0, 300, 599})
        rows += episode(QStringLiteral("p"), ShiftFrom.addSecs(600 + second), none, none);
    rows += episode(QStringLiteral("p"), ShiftFrom.addSecs(1200).addMSecs(-1), none, none);
    // 09.00–09.10 WIB: three more, a tie that the earlier period wins.
    for (const int second : {0, 1, 2})
        rows += episode(QStringLiteral("q"), ShiftFrom.addSecs(7200 + second), none, none);
    // 10.00: one.
    rows += episode(QStringLiteral("r"), ShiftFrom.addSecs(3 * 3600), none, none);

    const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    CHECK(report.raised == 8);
    REQUIRE(report.periods.size() == 48);
    CHECK(report.periods.at(0).start == ShiftFrom);
    CHECK(report.periods.at(47).start == ShiftUntil.addSecs(-600));
    CHECK(report.periods.at(0).raised == 0);
    CHECK(report.periods.at(1).raised == 4);
    CHECK(report.periods.at(12).raised == 3);
    CHECK(report.periods.at(18).raised == 1);
    // Eight in 48 periods.
    CHECK(report.averagePerPeriod == Approx(8.0 / 48.0));
    CHECK(report.peakPeriodRaised == 4);
    CHECK(str(report.peakPeriodStart) == str(ShiftFrom.addSecs(600)));
    CHECK(report.floodPeriods == 0);

    // A tie for the peak goes to the earlier period.
    rows += episode(QStringLiteral("q"), ShiftFrom.addSecs(7203), none, none);
    const ShiftReport tied = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    CHECK(tied.peakPeriodRaised == 4);
    CHECK(str(tied.peakPeriodStart) == str(ShiftFrom.addSecs(600)));
}

TEST_CASE("ShiftReport counts a period of more than ten raises as a flood", "[report]")
{
    const auto none = std::optional<double>();
    QList<AlarmTransition> rows;
    for (int i = 0; i < 10; ++i) // ten: not a flood
        rows += episode(QStringLiteral("f%1").arg(i), ShiftFrom.addSecs(i * 10), none, none);
    for (int i = 0; i < 11; ++i) // eleven: a flood
        rows += episode(QStringLiteral("g%1").arg(i), ShiftFrom.addSecs(3600 + i * 10), none, none);
    const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    CHECK(report.peakPeriodRaised == 11);
    CHECK(report.floodPeriods == 1);
}

TEST_CASE("ShiftReport's periods sit on the clock's ten-minute marks", "[report]")
{
    const auto none = std::optional<double>();
    // 07.05–08.05 WIB: the first period starts at 07.00 and the last at 08.00, both cut short.
    const QDateTime from = ShiftFrom.addSecs(300);
    const QDateTime until = from.addSecs(3600);
    const QList<AlarmTransition> rows = concat({
        episode(QStringLiteral("x"), ShiftFrom.addSecs(120), none, none), // before the range
        episode(QStringLiteral("x"), ShiftFrom.addSecs(360), none, none),
        episode(QStringLiteral("x"), ShiftFrom.addSecs(3660), none, none),
    });
    const ShiftReport report = ShiftReport::compute(rows, from, until);
    REQUIRE(report.periods.size() == 7);
    CHECK(report.periods.at(0).start == ShiftFrom);
    CHECK(report.periods.at(6).start == ShiftFrom.addSecs(3600));
    CHECK(report.periods.at(0).raised == 1);
    CHECK(report.periods.at(6).raised == 1);
    // Two in an hour: the average is per ten minutes of the range, not per period drawn.
    CHECK(report.averagePerPeriod == Approx(2.0 / 6.0));
    CHECK(report.peakPeriodRaised == 1);
    CHECK(report.peakPeriodStart == ShiftFrom);
}

TEST_CASE("ShiftReport's acknowledgement times: median and 90th percentile", "[report]")
{
    const auto none = std::optional<double>();
    SECTION("an odd count")
    {
        const QList<AlarmTransition> rows = concat({
            episode(QStringLiteral("a"), ShiftFrom.addSecs(60), 30.0, 100.0),
            episode(QStringLiteral("b"), ShiftFrom.addSecs(120), 90.0, none),
            episode(QStringLiteral("c"), ShiftFrom.addSecs(180), 60.0, 70.0),
            episode(QStringLiteral("d"), ShiftFrom.addSecs(240), none, none),
        });
        const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
        CHECK(report.acknowledgedEvents == 3);
        CHECK(report.unacknowledgedEvents == 1);
        REQUIRE(report.medianAcknowledgeSeconds);
        CHECK(*report.medianAcknowledgeSeconds == 60.0);
        // Sorted 30, 60, 90: the 90th percentile lies 0.8 of the way from 60 to 90.
        REQUIRE(report.p90AcknowledgeSeconds);
        CHECK(*report.p90AcknowledgeSeconds == Approx(84.0));
    }
    SECTION("an even count")
    {
        const QList<AlarmTransition> rows = concat({
            episode(QStringLiteral("a"), ShiftFrom.addSecs(60), 40.0, none),
            episode(QStringLiteral("b"), ShiftFrom.addSecs(120), 10.0, none),
            episode(QStringLiteral("c"), ShiftFrom.addSecs(180), 30.0, none),
            episode(QStringLiteral("d"), ShiftFrom.addSecs(240), 20.5, none),
        });
        const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
        CHECK(report.acknowledgedEvents == 4);
        CHECK(report.unacknowledgedEvents == 0);
        REQUIRE(report.medianAcknowledgeSeconds);
        CHECK(*report.medianAcknowledgeSeconds == Approx(25.25));
        // Sorted 10, 20.5, 30, 40: 0.7 of the way from 30 to 40.
        REQUIRE(report.p90AcknowledgeSeconds);
        CHECK(*report.p90AcknowledgeSeconds == Approx(37.0));
    }
    SECTION("one")
    {
        const ShiftReport report = ShiftReport::compute(
            episode(QStringLiteral("a"), ShiftFrom.addSecs(60), 42.0, none), ShiftFrom, ShiftUntil);
        CHECK(*report.medianAcknowledgeSeconds == 42.0);
        CHECK(*report.p90AcknowledgeSeconds == 42.0);
    }
    SECTION("none acknowledged")
    {
        const QList<AlarmTransition> rows = concat({
            episode(QStringLiteral("a"), ShiftFrom.addSecs(60), none, 100.0),
            episode(QStringLiteral("b"), ShiftFrom.addSecs(120), none, none),
        });
        const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
        CHECK(report.acknowledgedEvents == 0);
        CHECK(report.unacknowledgedEvents == 2);
        CHECK_FALSE(report.medianAcknowledgeSeconds);
        CHECK_FALSE(report.p90AcknowledgeSeconds);
    }
    SECTION("only events raised in the range, acknowledged before its end, count")
    {
        QList<AlarmTransition> rows = concat({
            // Raised before the range and acknowledged in it: in who-acknowledged-what only.
            episode(QStringLiteral("early"), ShiftFrom.addSecs(-600), 900.0, none),
            // Raised in the range, acknowledged after it: still unacknowledged at its end.
            episode(QStringLiteral("late"), ShiftUntil.addSecs(-60), 120.0, none),
            // Acknowledged twice (two desks at once): the first counts.
            episode(QStringLiteral("twice"), ShiftFrom.addSecs(60), 15.0, none),
            {alarmRow(QStringLiteral("twice"), AlarmAction::Acknowledged, ShiftFrom.addSecs(80),
                      eventId(QStringLiteral("twice"), ShiftFrom.addSecs(60)))},
        });
        rows.last().operatorName = QStringLiteral("Sari");
        const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
        CHECK(report.raised == 2);
        CHECK(report.acknowledgedEvents == 1);
        CHECK(report.unacknowledgedEvents == 1);
        CHECK(*report.medianAcknowledgeSeconds == 15.0);
        REQUIRE(report.acknowledgements.size() == 3);
        CHECK(report.acknowledgements.at(0).acknowledgeMs == 15'000);
        CHECK(report.acknowledgements.at(1).acknowledgeMs == 20'000);
        CHECK(report.acknowledgements.at(2).rule == QStringLiteral("early"));
        CHECK(report.acknowledgements.at(2).acknowledgeMs == 900'000);
    }
}

TEST_CASE("ShiftReport lists the alarms active for more than 24 hours", "[report]")
{
    const auto none = std::optional<double>();
    const qint64 hour = 3600;
    // The onset of one whose Raised row is older than the rows given: only its id dates it.
    const QDateTime ancient = ShiftFrom.addDays(-40);
    const QString ancientEvent = eventId(QStringLiteral("f-lama"), ancient);
    const QList<AlarmTransition> rows = concat({
        // Raised 30 hours before the range, never cleared: standing, 38 hours at the end.
        episode(QStringLiteral("a-berdiri"), ShiftFrom.addSecs(-30 * hour), 60.0, none,
                AlertSeverity::Critical),
        // Over before the range began: not this shift's concern.
        episode(QStringLiteral("b-selesai"), ShiftFrom.addSecs(-48 * hour), none, 47.0 * 3600),
        // Raised 20 hours before, cleared five hours into the range: 25 hours.
        episode(QStringLiteral("c-berakhir"), ShiftFrom.addSecs(-20 * hour), none, 25.0 * 3600),
        // Raised in the range: eight hours at most.
        episode(QStringLiteral("d-baru"), ShiftFrom, none, none),
        // Exactly 24 hours at the range's end: does not exceed.
        episode(QStringLiteral("e-pas"), ShiftUntil.addSecs(-24 * hour), none, none),
        // Only a later row of it is given.
        {alarmRow(QStringLiteral("f-lama"), AlarmAction::Acknowledged, ShiftFrom.addDays(-3),
                  ancientEvent)},
    });
    const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    REQUIRE(report.standing.size() == 3);
    const ShiftReport::Standing &old = report.standing.at(0);
    CHECK(old.rule == QStringLiteral("f-lama"));
    CHECK(old.event == ancientEvent);
    CHECK(old.raisedAt == ancient);
    CHECK_FALSE(old.endedAt.isValid());
    CHECK(old.activeMs == ancient.msecsTo(ShiftUntil));

    const ShiftReport::Standing &open = report.standing.at(1);
    CHECK(open.rule == QStringLiteral("a-berdiri"));
    CHECK(open.severity == AlertSeverity::Critical);
    CHECK(open.message == QStringLiteral("Pesan aturan a-berdiri"));
    CHECK(open.raisedAt == ShiftFrom.addSecs(-30 * hour));
    CHECK_FALSE(open.endedAt.isValid());
    CHECK(open.activeMs == 38 * hour * 1000);

    const ShiftReport::Standing &ended = report.standing.at(2);
    CHECK(ended.rule == QStringLiteral("c-berakhir"));
    CHECK(ended.endedAt == ShiftFrom.addSecs(5 * hour));
    CHECK(ended.activeMs == 25 * hour * 1000);
}

TEST_CASE("ShiftReport's top ten: most raised first, ties by rule id", "[report]")
{
    const auto none = std::optional<double>();
    QList<AlarmTransition> rows;
    int minute = 0;
    const auto raise = [&](const QString &rule, int times) {
        for (int i = 0; i < times; ++i)
            rows += episode(rule, ShiftFrom.addSecs(60 * minute++), none, none);
    };
    // Twelve rules; "k" and "c" tie at 5, "l", "b" and "a" at 1.
    raise(QStringLiteral("k"), 5);
    raise(QStringLiteral("z"), 9);
    raise(QStringLiteral("c"), 5);
    for (const char *rule : {"d", "e", "f", "g", "h", "i"})
        raise(QString::fromLatin1(rule), 2);
    raise(QStringLiteral("l"), 1);
    raise(QStringLiteral("b"), 1);
    raise(QStringLiteral("a"), 1);
    // A later raise of "z" has a new text: the latest one is shown.
    rows += alarmRow(QStringLiteral("z"), AlarmAction::Raised, ShiftFrom.addSecs(60 * minute),
                     eventId(QStringLiteral("z"), ShiftFrom.addSecs(60 * minute)),
                     AlertSeverity::Critical);
    rows.last().message = QStringLiteral("Teks baru");

    const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    CHECK(report.raised == 35);
    QStringList order;
    QList<int> counts;
    for (const ShiftReport::RuleCount &rule : report.top) {
        order.append(rule.rule);
        counts.append(rule.raised);
    }
    CHECK(str(order.join(u',')) == "z,c,k,d,e,f,g,h,i,a");
    CHECK(counts == QList<int>{10, 5, 5, 2, 2, 2, 2, 2, 2, 1});
    CHECK(report.top.at(0).message == QStringLiteral("Teks baru"));
    CHECK(report.top.at(0).severity == AlertSeverity::Critical);
    CHECK(report.topShare == Approx(33.0 / 35.0));
}

TEST_CASE("ShiftReport finds chattering: three raises within 60 seconds", "[report]")
{
    const auto none = std::optional<double>();
    const QDateTime t = ShiftFrom.addSecs(3600);
    QList<AlarmTransition> rows;
    const auto raiseAt = [&](const QString &rule, const QList<qint64> &seconds) {
        for (const qint64 second : seconds)
            rows += episode(rule, t.addSecs(second), none, 1.0);
    };
    raiseAt(QStringLiteral("pas-60"), {0, 20, 60});                       // exactly 60 s: chatters
    raiseAt(QStringLiteral("lewat-61"), {0, 30, 61});                     // 61 s: does not
    raiseAt(QStringLiteral("lima"), {500, 510, 520, 530, 540, 2000});     // five within 40 s
    raiseAt(QStringLiteral("kemudian"), {0, 100, 200, 1000, 1030, 1059}); // later window

    const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    REQUIRE(report.chattering.size() == 3);
    CHECK(report.chattering.at(0).rule == QStringLiteral("lima"));
    CHECK(report.chattering.at(0).mostInWindow == 5);
    CHECK(report.chattering.at(0).raised == 6);
    CHECK(report.chattering.at(0).firstBurstAt == t.addSecs(500));
    // Equal most-in-window (3): more raises first.
    CHECK(report.chattering.at(1).rule == QStringLiteral("kemudian"));
    CHECK(report.chattering.at(1).mostInWindow == 3);
    CHECK(report.chattering.at(1).firstBurstAt == t.addSecs(1000));
    CHECK(report.chattering.at(2).rule == QStringLiteral("pas-60"));
    CHECK(report.chattering.at(2).firstBurstAt == t);
    CHECK(report.chattering.at(2).message == QStringLiteral("Pesan aturan pas-60"));
}

TEST_CASE("ShiftReport lists the shelvings in force during the range", "[report]")
{
    const auto shelve = [](const QString &rule, const QDateTime &time, const QDateTime &expiry,
                           const QString &operatorName, const QString &reason) {
        AlarmTransition row = alarmRow(rule, AlarmAction::Shelved, time, QString());
        row.until = expiry;
        row.operatorName = operatorName;
        row.user = QStringLiteral("op-%1").arg(rule);
        row.station = QStringLiteral("meja-2");
        row.note = reason;
        return row;
    };
    const auto unshelve = [](const QString &rule, const QDateTime &time) {
        return alarmRow(rule, AlarmAction::Unshelved, time, QString());
    };
    const QList<AlarmTransition> rows{
        // Shelved and lifted before the range: not listed.
        shelve(QStringLiteral("lalu"), ShiftFrom.addSecs(-7200), {}, QStringLiteral("Budi"),
               QStringLiteral("uji")),
        unshelve(QStringLiteral("lalu"), ShiftFrom.addSecs(-3600)),
        // Shelved the evening before, still shelved when the shift began.
        shelve(QStringLiteral("semalam"), ShiftFrom.addSecs(-3600), ShiftFrom.addSecs(7200),
               QStringLiteral("Budi"), QStringLiteral("Sensor TMA diperbaiki, kata BPBD")),
        unshelve(QStringLiteral("semalam"), ShiftFrom.addSecs(7200)),
        // Shelved in the range by a user who gave no name; its expiry passed unrecorded.
        shelve(QStringLiteral("siang"), ShiftFrom.addSecs(3600), ShiftFrom.addSecs(5400), QString(),
               QStringLiteral("Pemeliharaan server, \"terjadwal\"")),
        // Shelved, then shelved again with a later expiry: two shelvings, the first ended by
        // the second; the second still in force at the end.
        shelve(QStringLiteral("dua"), ShiftFrom.addSecs(4000), ShiftFrom.addSecs(5000),
               QStringLiteral("Sari"), QStringLiteral("pertama")),
        shelve(QStringLiteral("dua"), ShiftFrom.addSecs(4500), ShiftUntil.addSecs(3600),
               QStringLiteral("Sari"), QStringLiteral("diperpanjang")),
    };
    const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    REQUIRE(report.shelvings.size() == 4);

    const ShiftReport::Shelving &night = report.shelvings.at(0);
    CHECK(night.rule == QStringLiteral("semalam"));
    CHECK(night.person == QStringLiteral("Budi"));
    CHECK(night.station == QStringLiteral("meja-2"));
    CHECK(night.shelvedAt == ShiftFrom.addSecs(-3600));
    CHECK(night.expiresAt == ShiftFrom.addSecs(7200));
    CHECK(night.unshelvedAt == ShiftFrom.addSecs(7200));
    CHECK(night.reason == QStringLiteral("Sensor TMA diperbaiki, kata BPBD"));

    const ShiftReport::Shelving &noon = report.shelvings.at(1);
    CHECK(noon.rule == QStringLiteral("siang"));
    CHECK(noon.person == QStringLiteral("op-siang")); // the system user, for want of a name
    CHECK(noon.unshelvedAt == ShiftFrom.addSecs(5400));

    CHECK(report.shelvings.at(2).reason == QStringLiteral("pertama"));
    CHECK(report.shelvings.at(2).unshelvedAt == ShiftFrom.addSecs(4500));
    CHECK(report.shelvings.at(3).reason == QStringLiteral("diperpanjang"));
    CHECK_FALSE(report.shelvings.at(3).unshelvedAt.isValid());
    CHECK(report.shelvings.at(3).expiresAt == ShiftUntil.addSecs(3600));
}

TEST_CASE("ShiftReport says who acknowledged what, by person then time", "[report]")
{
    const auto none = std::optional<double>();
    Acknowledger sari;
    sari.operatorName = QStringLiteral("sari");
    sari.note = QStringLiteral("Sudah dikoordinasikan dengan BPBD");
    Acknowledger budi;
    budi.operatorName = QStringLiteral("  ");
    budi.user = QStringLiteral("Budi");
    budi.station = QStringLiteral("node-2");
    const QList<AlarmTransition> rows = concat({
        episode(QStringLiteral("a"), ShiftFrom.addSecs(600), 45.0, none, AlertSeverity::Critical,
                sari),
        episode(QStringLiteral("b"), ShiftFrom.addSecs(300), 30.0, none, AlertSeverity::Warning,
                sari),
        episode(QStringLiteral("c"), ShiftFrom.addSecs(900), 125.5, none, AlertSeverity::Warning,
                budi),
    });
    const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    REQUIRE(report.acknowledgements.size() == 3);
    const ShiftReport::Acknowledgement &first = report.acknowledgements.at(0);
    CHECK(first.person == QStringLiteral("Budi")); // a blank name falls back to the user
    CHECK(first.station == QStringLiteral("node-2"));
    CHECK(first.rule == QStringLiteral("c"));
    CHECK(first.event == eventId(QStringLiteral("c"), ShiftFrom.addSecs(900)));
    CHECK(first.raisedAt == ShiftFrom.addSecs(900));
    CHECK(first.time == ShiftFrom.addSecs(900).addMSecs(125'500));
    CHECK(first.acknowledgeMs == 125'500);

    CHECK(report.acknowledgements.at(1).person == QStringLiteral("sari"));
    CHECK(report.acknowledgements.at(1).rule == QStringLiteral("b"));
    CHECK(report.acknowledgements.at(1).acknowledgeMs == 30'000);
    CHECK(report.acknowledgements.at(1).note ==
          QStringLiteral("Sudah dikoordinasikan dengan BPBD"));
    CHECK(report.acknowledgements.at(2).rule == QStringLiteral("a"));
    CHECK(report.acknowledgements.at(2).severity == AlertSeverity::Critical);
}

TEST_CASE("ShiftReport of an empty range is all zeros", "[report]")
{
    const ShiftReport report = ShiftReport::compute({}, ShiftFrom, ShiftUntil);
    CHECK(report.raised == 0);
    CHECK(raisedOf(report, AlertSeverity::Warning) == 0);
    CHECK(raisedOf(report, AlertSeverity::Critical) == 0);
    CHECK(report.periods.size() == 48);
    CHECK(report.averagePerPeriod == 0.0);
    CHECK(report.peakPeriodRaised == 0);
    CHECK_FALSE(report.peakPeriodStart.isValid());
    CHECK(report.acknowledgedEvents == 0);
    CHECK(report.unacknowledgedEvents == 0);
    CHECK_FALSE(report.medianAcknowledgeSeconds);
    CHECK(report.top.isEmpty());
    CHECK(report.topShare == 0.0);
    CHECK(report.chattering.isEmpty());
    CHECK(report.standing.isEmpty());
    CHECK(report.shelvings.isEmpty());
    CHECK(report.acknowledgements.isEmpty());

    // A range of no length has no periods and no rate.
    const ShiftReport zero = ShiftReport::compute({}, ShiftFrom, ShiftFrom);
    CHECK(zero.periods.isEmpty());
    CHECK(zero.averagePerPeriod == 0.0);
}

TEST_CASE("ShiftReport's default range and what it asks the journal for", "[report]")
{
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(15, 7, 23), jakarta());
    const ShiftReport::Range range = ShiftReport::lastShift(now);
    CHECK(str(range.until) == "2026-11-28T08:07:23.000Z");
    CHECK(str(range.from) == "2026-11-28T00:07:23.000Z");
    CHECK(range.from.timeSpec() == Qt::UTC);

    const AlarmQuery query = ShiftReport::journalQuery(range.from, range.until);
    CHECK(str(query.from) == "2026-10-29T00:07:23.000Z");
    CHECK(query.until == range.until);
    CHECK(query.limit == -1);
    CHECK_FALSE(query.severity);
    CHECK(query.event.isEmpty());

    CHECK(ShiftReport::onsetOf(QStringLiteral("tma-siaga@1795830000000")) ==
          QDateTime::fromMSecsSinceEpoch(1795830000000, Qt::UTC));
    CHECK_FALSE(ShiftReport::onsetOf(QStringLiteral("tma-siaga")).isValid());
    CHECK_FALSE(ShiftReport::onsetOf(QStringLiteral("tma@siaga")).isValid());
}

TEST_CASE("ShiftReport ignores rows at or after the range's end, whatever their order", "[report]")
{
    const auto none = std::optional<double>();
    QList<AlarmTransition> rows = concat({
        episode(QStringLiteral("a"), ShiftFrom.addSecs(60), 30.0, none),
        episode(QStringLiteral("b"), ShiftUntil.addSecs(-10), none, 20.0),
    });
    std::reverse(rows.begin(), rows.end());
    const ShiftReport report = ShiftReport::compute(rows, ShiftFrom, ShiftUntil);
    CHECK(report.raised == 2);
    CHECK(report.acknowledgedEvents == 1);
    CHECK(*report.medianAcknowledgeSeconds == 30.0);
    CHECK(report.standing.isEmpty());
}
