#include "locale/Formatter.h"

#include "ScopedTz.h"
#include "TestValues.h"

#include <string>
#include <time.h>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

Formatter blitar()
{
    return Formatter(QLocale(QStringLiteral("id_ID")), QTimeZone("Asia/Jakarta"));
}

} // namespace

TEST_CASE("Formatter::number uses Indonesian separators", "[Formatter]")
{
    struct Case
    {
        double value;
        int decimals;
        const char *expected;
    };
    const Case c = GENERATE(values<Case>({
        {1234567.89, 2, "1.234.567,89"},
        {12.5, 1, "12,5"},
        {1234567, 0, "1.234.567"},
        {999, 0, "999"},
        {1000, 0, "1.000"},
        {0, 0, "0"},
        {0, 2, "0,00"},
        {87.25, 2, "87,25"},
        {87.2561, 2, "87,26"},
        {4.26, 1, "4,3"},
        {12.5, 3, "12,500"},
        {-1500, 0, "-1.500"},
        {-12.5, 1, "-12,5"},
        {2500000000.0, 0, "2.500.000.000"},
    }));
    CAPTURE(c.value, c.decimals);
    CHECK(str(blitar().number(c.value, c.decimals)) == c.expected);
}

TEST_CASE("Formatter::number never shows a negative zero", "[Formatter]")
{
    struct Case
    {
        double value;
        int decimals;
        const char *expected;
    };
    const Case c = GENERATE(values<Case>({
        {-0.001, 2, "0,00"},
        {-0.004, 2, "0,00"},
        {-0.4, 0, "0"},
        {-0.04, 1, "0,0"},
        {-0.0, 0, "0"},
        {-0.0, 2, "0,00"},
    }));
    CAPTURE(c.value, c.decimals);
    const QString text = blitar().number(c.value, c.decimals);
    CHECK(str(text) == c.expected);
    CHECK_FALSE(text.startsWith(u'-'));
}

TEST_CASE("Formatter::number still shows a negative that does not round to zero", "[Formatter]")
{
    CHECK(str(blitar().number(-0.006, 2)) == "-0,01");
    CHECK(str(blitar().number(-0.6, 0)) == "-1");
}

TEST_CASE("Formatter::value writes the unit where Indonesians write it", "[Formatter]")
{
    struct Case
    {
        double value;
        const char *unit;
        int decimals;
        const char *expected;
    };
    const Case c = GENERATE(values<Case>({
        {28500, "Rp", 0, "Rp28.500"},
        {1250000000, "Rp", 0, "Rp1.250.000.000"},
        {-1500, "Rp", 0, "-Rp1.500"},
        {12.5, "%", 1, "12,5%"},
        {87.25, "%", 2, "87,25%"},
        {-3.5, "%", 1, "-3,5%"},
        {143, "panggilan", 0, "143 panggilan"},
        {1234, "panggilan", 0, "1.234 panggilan"},
        {4.2, "menit", 1, "4,2 menit"},
        {87.25, "", 2, "87,25"},
    }));
    CAPTURE(c.value, c.unit, c.decimals);
    CHECK(str(blitar().value(c.value, QString::fromUtf8(c.unit), c.decimals)) == c.expected);
}

TEST_CASE("Formatter::value shows no negative zero with a unit after the number", "[Formatter]")
{
    struct Case
    {
        double value;
        const char *unit;
        int decimals;
        const char *expected;
    };
    const Case c = GENERATE(values<Case>({
        {-0.001, "%", 2, "0,00%"},
        {-0.4, "panggilan", 0, "0 panggilan"},
        {-0.001, "", 2, "0,00"},
    }));
    CAPTURE(c.value, c.unit, c.decimals);
    CHECK(str(blitar().value(c.value, QString::fromUtf8(c.unit), c.decimals)) == c.expected);
}

TEST_CASE("Formatter::value shows no negative zero in rupiah", "[Formatter]")
{
    // number() prints these as "0,00" and "0"; with the "Rp" prefix the sign must go too, or
    // the wall shows "-Rp0", the negative zero number() exists to avoid.
    CHECK(str(blitar().value(-0.001, QStringLiteral("Rp"), 2)) == "Rp0,00");
    CHECK(str(blitar().value(-0.4, QStringLiteral("Rp"), 0)) == "Rp0");
    CHECK(str(blitar().value(-0.0, QStringLiteral("Rp"), 0)) == "Rp0");
}

TEST_CASE("Formatter::isAffixUnit knows the units written against the number", "[Formatter]")
{
    CHECK(Formatter::isAffixUnit(QStringLiteral("Rp")));
    CHECK(Formatter::isAffixUnit(QStringLiteral("%")));

    const char *word =
        GENERATE("panggilan", "menit", "laporan", "", "rp", "RP", "Rp ", " %", "persen", "USD");
    CAPTURE(word);
    CHECK_FALSE(Formatter::isAffixUnit(QString::fromUtf8(word)));
}

TEST_CASE("Formatter::age says how old something is", "[Formatter]")
{
    const Formatter f = blitar();

    SECTION("under a minute is just now")
    {
        for (qint64 seconds = 0; seconds < 60; ++seconds) {
            CAPTURE(seconds);
            CHECK(str(f.age(seconds)) == "baru saja");
        }
    }
    SECTION("a negative age, from a source clock ahead of ours, is just now")
    {
        const qint64 seconds = GENERATE(qint64(-1), qint64(-59), qint64(-3600), qint64(-86400 * 3));
        CAPTURE(seconds);
        CHECK(str(f.age(seconds)) == "baru saja");
    }
    SECTION("minutes, hours and days")
    {
        struct Case
        {
            qint64 seconds;
            const char *expected;
        };
        const Case c = GENERATE(values<Case>({
            {60, "1 menit lalu"},
            {119, "1 menit lalu"},
            {120, "2 menit lalu"},
            {59 * 60 + 59, "59 menit lalu"},
            {3600, "1 jam lalu"},
            {3 * 3600, "3 jam lalu"},
            {3 * 3600 + 59 * 60, "3 jam lalu"},
            {24 * 3600 - 1, "23 jam lalu"},
            {24 * 3600, "1 hari lalu"},
            {2 * 24 * 3600, "2 hari lalu"},
            {2 * 24 * 3600 + 23 * 3600, "2 hari lalu"},
            {40 * 24 * 3600, "40 hari lalu"},
        }));
        CAPTURE(c.seconds);
        CHECK(str(f.age(c.seconds)) == c.expected);
    }
}

TEST_CASE("Formatter::secondsUntilAgeChanges gives the next moment the age text changes",
          "[Formatter]")
{
    SECTION("known points")
    {
        struct Case
        {
            qint64 age;
            qint64 until;
        };
        const Case c = GENERATE(values<Case>({
            {0, 60},                   // "baru saja" until 1 minute
            {30, 30},                  //
            {59, 1},                   //
            {60, 60},                  // "1 menit lalu" until 2 minutes
            {61, 59},                  //
            {150, 30},                 // "2 menit lalu" until 3 minutes
            {3599, 1},                 // "59 menit lalu" until 1 hour
            {3600, 3600},              // "1 jam lalu" until 2 hours
            {3 * 3600 + 1, 3599},      //
            {86399, 1},                // "23 jam lalu" until 1 day
            {86400, 86400},            // "1 hari lalu" until 2 days
            {2 * 86400 + 3600, 82800}, //
            {-5, 65},                  // a source clock 5 s ahead: "baru saja" until 60 s old
            {-1, 61},                  //
        }));
        CAPTURE(c.age);
        CHECK(Formatter::secondsUntilAgeChanges(c.age) == c.until);
    }
    SECTION("the text holds until then and changes exactly then")
    {
        const Formatter f = blitar();
        const qint64 age =
            GENERATE(qint64(-120), qint64(-1), qint64(0), qint64(1), qint64(59), qint64(60),
                     qint64(119), qint64(120), qint64(1799), qint64(3599), qint64(3600),
                     qint64(7199), qint64(7200), qint64(50000), qint64(86399), qint64(86400),
                     qint64(100000), qint64(172799), qint64(172800), qint64(1000000));
        CAPTURE(age);
        const qint64 until = Formatter::secondsUntilAgeChanges(age);
        REQUIRE(until > 0);
        const QString now = f.age(age);
        CHECK(f.age(age + until - 1) == now);
        CHECK(f.age(age + until) != now);
    }
}

TEST_CASE("Formatter::dateTime and time use the configured zone", "[Formatter]")
{
    const QDateTime instant(QDate(2026, 11, 28), QTime(6, 5), Qt::UTC);

    SECTION("from UTC")
    {
        CHECK(str(blitar().dateTime(instant)) == "Sabtu, 28 November 2026 13.05 WIB");
        CHECK(str(blitar().time(instant)) == "13.05");
        CHECK(str(blitar().zoneAbbreviation(instant)) == "WIB");
    }
    SECTION("from another zone, same instant")
    {
        const QDateTime newYork = instant.toTimeZone(QTimeZone("America/New_York")); // 01:05 there
        REQUIRE(newYork.time() == QTime(1, 5));
        CHECK(str(blitar().dateTime(newYork)) == "Sabtu, 28 November 2026 13.05 WIB");
        CHECK(str(blitar().time(newYork)) == "13.05");
    }
    SECTION("whatever the machine's zone")
    {
        struct Machine
        {
            const char *zone;
            QTime localTime; // of `instant` there, to prove the zone took effect
        };
        const Machine machine = GENERATE(values<Machine>({
            {"America/New_York", QTime(1, 5)},
            {"UTC", QTime(6, 5)},
            {"Asia/Tokyo", QTime(15, 5)},
            {"Europe/Berlin", QTime(7, 5)},
        }));
        CAPTURE(machine.zone);
        const ScopedTz tz(machine.zone);
        REQUIRE(instant.toLocalTime().time() == machine.localTime);
        CHECK(str(blitar().dateTime(instant)) == "Sabtu, 28 November 2026 13.05 WIB");
        CHECK(str(blitar().time(instant)) == "13.05");
        // A QDateTime made in the machine's local time means the same instant.
        CHECK(str(blitar().time(instant.toLocalTime())) == "13.05");
    }
    SECTION("a UTC evening is the next day in Blitar")
    {
        const QDateTime evening(QDate(2026, 11, 28), QTime(20, 30), Qt::UTC);
        CHECK(str(blitar().dateTime(evening)) == "Minggu, 29 November 2026 03.30 WIB");
        CHECK(str(blitar().time(evening)) == "03.30");
    }
    SECTION("the other Indonesian zones")
    {
        const Formatter makassar(QLocale(QStringLiteral("id_ID")), QTimeZone("Asia/Makassar"));
        CHECK(str(makassar.dateTime(instant)) == "Sabtu, 28 November 2026 14.05 WITA");
        const Formatter jayapura(QLocale(QStringLiteral("id_ID")), QTimeZone("Asia/Jayapura"));
        CHECK(str(jayapura.dateTime(instant)) == "Sabtu, 28 November 2026 15.05 WIT");
    }
}

TEST_CASE("Formatter::timeWithSeconds and date use the configured zone", "[Formatter]")
{
    const QDateTime instant(QDate(2026, 11, 28), QTime(6, 5, 27), Qt::UTC);
    const ScopedTz tz("America/New_York"); // 01.05 there, and still Saturday
    CHECK(str(blitar().timeWithSeconds(instant)) == "13.05.27");
    CHECK(str(blitar().date(instant)) == "Sabtu, 28 November 2026");
    // 17.00 UTC is already midnight in Blitar, the next day.
    const QDateTime midnight(QDate(2026, 11, 28), QTime(17, 0, 0), Qt::UTC);
    CHECK(str(blitar().timeWithSeconds(midnight)) == "00.00.00");
    CHECK(str(blitar().date(midnight)) == "Minggu, 29 November 2026");
}

TEST_CASE("Formatter::eventTime adds the date only for another day in Blitar", "[Formatter]")
{
    const QDateTime now(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC); // 13.00 WIB
    const ScopedTz tz("America/New_York");
    // Earlier the same day in Blitar, though the day before in UTC.
    CHECK(str(blitar().eventTime(QDateTime(QDate(2026, 11, 27), QTime(17, 30), Qt::UTC), now)) ==
          "00.30");
    CHECK(str(blitar().eventTime(QDateTime(QDate(2026, 11, 28), QTime(5, 5), Qt::UTC), now)) ==
          "12.05");
    // The evening before, in Blitar.
    CHECK(str(blitar().eventTime(QDateTime(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC), now)) ==
          "27 Nov 23.00");
    CHECK(str(blitar().eventTime(QDateTime(QDate(2026, 8, 3), QTime(2, 0), Qt::UTC), now)) ==
          "3 Agu 09.00");
    CHECK(str(blitar().shortDate(QDateTime(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC))) ==
          "27 Nov");
    CHECK(blitar().isSameDay(QDateTime(QDate(2026, 11, 27), QTime(17, 0), Qt::UTC), now));
    CHECK_FALSE(blitar().isSameDay(QDateTime(QDate(2026, 11, 27), QTime(16, 59), Qt::UTC), now));
}

TEST_CASE("Formatter honours the locale it is given", "[Formatter]")
{
    const Formatter us(QLocale(QStringLiteral("en_US")), QTimeZone("Asia/Jakarta"));
    CHECK(str(us.number(1234567.89, 2)) == "1,234,567.89");
    CHECK(str(us.number(12.5, 1)) == "12.5");
    CHECK(str(us.value(28500, QStringLiteral("Rp"), 0)) == "Rp28,500");
    CHECK(str(us.value(12.5, QStringLiteral("%"), 1)) == "12.5%");
    CHECK(us.locale().name() == QStringLiteral("en_US"));

    // Formatters do not share state: the Indonesian one is unaffected.
    CHECK(str(blitar().number(1234567.89, 2)) == "1.234.567,89");
    CHECK(blitar().locale().name() == QStringLiteral("id_ID"));
    CHECK(blitar().zone().id() == QByteArray("Asia/Jakarta"));
}

TEST_CASE("Formatter groups digits even when the locale was told not to", "[Formatter]")
{
    QLocale plain(QStringLiteral("id_ID"));
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const Formatter f(plain, QTimeZone("Asia/Jakarta"));
    CHECK(str(f.number(1234567, 0)) == "1.234.567");
}

TEST_CASE("Formatter writes large sums of money short, as Indonesian reports do")
{
    const Formatter f = blitar();
    const QString rp = QStringLiteral("Rp");
    CHECK(str(f.compactValue(2.66e12, rp, 0)) == "Rp2,66 T");
    CHECK(str(f.compactValue(2'740'000'000'000.0, rp, 0)) == "Rp2,74 T");
    CHECK(str(f.compactValue(452.6e9, rp, 0)) == "Rp452,6 M");
    CHECK(str(f.compactValue(45.25e9, rp, 0)) == "Rp45,3 M");
    CHECK(str(f.compactValue(12.5e6, rp, 0)) == "Rp12,5 jt");
    CHECK(str(f.compactValue(1e6, rp, 0)) == "Rp1,00 jt");
    CHECK(str(f.compactValue(-3.2e9, rp, 0)) == "-Rp3,20 M");
    // Below a million the full figure is short enough and more exact.
    CHECK(str(f.compactValue(28500, rp, 0)) == "Rp28.500");
    CHECK(str(f.compactValue(999'999, rp, 0)) == "Rp999.999");
    // Other units keep every digit: a count of people is not abbreviated.
    CHECK(str(f.compactValue(1'234'567, QStringLiteral("jiwa"), 0)) == "1.234.567 jiwa");
    CHECK(str(f.compactValue(12.5, QStringLiteral("%"), 1)) == "12,5%");
}

TEST_CASE("Formatter writes a change with its sign, and no sign for no change")
{
    const Formatter f = blitar();
    CHECK(str(f.signedNumber(250, 0)) == "+250");
    CHECK(str(f.signedNumber(-1.5, 1)) == "\u22121,5");
    CHECK(str(f.signedNumber(1234.5, 1)) == "+1.234,5");
    CHECK(str(f.signedNumber(0.004, 2)) == "0,00");
    CHECK(str(f.signedNumber(-0.004, 2)) == "0,00");
}

TEST_CASE("Formatter names a failure in words for the person at the wall")
{
    const QString bpkad = QStringLiteral("BPKAD");
    CHECK(str(Formatter::failure(FailureKind::NoAnswer, bpkad)) == "Server BPKAD tidak menjawab");
    CHECK(str(Formatter::failure(FailureKind::Unreachable, bpkad)) ==
          "Server BPKAD tidak dapat dihubungi");
    CHECK(str(Formatter::failure(FailureKind::BadData, bpkad)) ==
          "Data dari BPKAD tidak dapat dibaca");
    CHECK(str(Formatter::failure(FailureKind::None, bpkad)).empty());
    // Every kind has words, and none of them is Qt's or HTTP's jargon.
    for (const FailureKind kind :
         {FailureKind::Unreachable, FailureKind::NoAnswer, FailureKind::ServerError,
          FailureKind::Refused, FailureKind::NotFound, FailureKind::BadData,
          FailureKind::MissingValue, FailureKind::TooLarge, FailureKind::Insecure,
          FailureKind::Credentials, FailureKind::Other}) {
        const QString text = Formatter::failure(kind, QString());
        CAPTURE(str(text));
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(text.contains(QStringLiteral("HTTP")));
        CHECK_FALSE(text.contains(QStringLiteral("Error")));
        CHECK(text.contains(QStringLiteral("sumber data")));
    }
}
