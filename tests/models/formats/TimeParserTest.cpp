#include "formats/TimeParser.h"

#include "TestValues.h"

#include <QJsonArray>
#include <QJsonObject>

#include <ctime>
#include <limits>
#include <string>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

QDateTime parseText(const char *text, const char *format = "")
{
    return TimeParser::parse(QJsonValue(QString::fromUtf8(text)), QString::fromUtf8(format),
                             jakarta());
}

#ifdef Q_OS_UNIX
// Sets the process's own time zone, as the TZ variable does, until it goes out of scope.
class MachineZone
{
public:
    explicit MachineZone(const char *zone)
        : m_wasSet(qEnvironmentVariableIsSet("TZ"))
        , m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~MachineZone()
    {
        if (m_wasSet)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    MachineZone(const MachineZone &) = delete;
    MachineZone &operator=(const MachineZone &) = delete;

private:
    bool m_wasSet;
    QByteArray m_previous;
};
#else
// Elsewhere the machine's zone cannot be switched this way; the cases run in whatever it is.
class MachineZone
{
public:
    explicit MachineZone(const char *) {}
};
#endif

} // namespace

TEST_CASE("TimeParser's zone for these tests is WIB, seven hours ahead of UTC", "[TimeParser]")
{
    REQUIRE(jakarta().isValid());
    CHECK(jakarta().offsetFromUtc(utc(2026, 11, 28, 6)) == 7 * 3600);
}

TEST_CASE("TimeParser reads ISO 8601 times", "[TimeParser]")
{
    struct Case
    {
        const char *text;
        QDateTime expected;
    };
    const Case c = GENERATE(values<Case>({
        {"2026-11-28T06:00:00Z", utc(2026, 11, 28, 6)},
        {"2026-11-28T13:00:00+07:00", utc(2026, 11, 28, 6)},
        {"2026-11-28T14:00:00+08:00", utc(2026, 11, 28, 6)},
        {"2026-11-28T06:00:00+00:00", utc(2026, 11, 28, 6)},
        // No offset: the feed's zone, so 13:00 WIB is 06:00 UTC.
        {"2026-11-28T13:00:00", utc(2026, 11, 28, 6)},
        {"2026-11-28T13:00", utc(2026, 11, 28, 6)},
        // Before 07:00 WIB it is still the previous day in UTC.
        {"2026-11-28T03:00:00", utc(2026, 11, 27, 20)},
        // A space instead of the "T", as databases print it.
        {"2026-11-28 13:00:00", utc(2026, 11, 28, 6)},
        {"2026-11-28 13:00:00+07:00", utc(2026, 11, 28, 6)},
        {"2026-11-28 06:00:00Z", utc(2026, 11, 28, 6)},
        // Milliseconds.
        {"2026-11-28T13:00:00.250+07:00", utc(2026, 11, 28, 6, 0, 0, 250)},
        {"2026-11-28T06:00:00.125Z", utc(2026, 11, 28, 6, 0, 0, 125)},
        {"2026-11-28T13:00:00.500", utc(2026, 11, 28, 6, 0, 0, 500)},
        {"  2026-11-28T13:00:00+07:00  ", utc(2026, 11, 28, 6)},
    }));
    CAPTURE(c.text);
    const QDateTime t = parseText(c.text);
    CHECK(str(t) == str(c.expected));
    CHECK(t == c.expected);
    CHECK(t.timeSpec() == Qt::UTC);
}

TEST_CASE("TimeParser reads Panel Harga dates as midnight WIB", "[TimeParser]")
{
    struct Case
    {
        const char *text;
        QDateTime expected;
    };
    const Case c = GENERATE(values<Case>({
        // Midnight in Jakarta is 17:00 UTC the day before.
        {"13-09-2025", utc(2025, 9, 12, 17)},
        {"12-9-2025", utc(2025, 9, 11, 17)},
        {"1-1-2026", utc(2025, 12, 31, 17)},
        {"28/11/2026", utc(2026, 11, 27, 17)},
    }));
    CAPTURE(c.text);
    const QDateTime t = parseText(c.text);
    CHECK(str(t) == str(c.expected));
    CHECK(t.timeSpec() == Qt::UTC);
}

TEST_CASE("TimeParser reads day-first dates with a time of day", "[TimeParser]")
{
    struct Case
    {
        const char *text;
        QDateTime expected;
    };
    const Case c = GENERATE(values<Case>({
        {"28/11/2026 13:00", utc(2026, 11, 28, 6)},
        {"28/11/2026 13:05:30", utc(2026, 11, 28, 6, 5, 30)},
        {"28-11-2026 13:00", utc(2026, 11, 28, 6)},
        {"1/12/2026 7:00", utc(2026, 12, 1, 0)},
        {"1/12/2026 6:59", utc(2026, 11, 30, 23, 59)},
    }));
    CAPTURE(c.text);
    CHECK(str(parseText(c.text)) == str(c.expected));
}

TEST_CASE("TimeParser reads a time in an explicit format from the config, in the feed's zone",
          "[TimeParser]")
{
    struct Case
    {
        const char *text;
        const char *format;
        QDateTime expected;
    };
    const Case c = GENERATE(values<Case>({
        {"202611281300", "yyyyMMddHHmm", utc(2026, 11, 28, 6)},
        {"202611280300", "yyyyMMddHHmm", utc(2026, 11, 27, 20)},
        {"28.11.2026 13.05", "dd.MM.yyyy HH.mm", utc(2026, 11, 28, 6, 5)},
        // A BPS year label: the start of the year in WIB.
        {"2022", "yyyy", utc(2021, 12, 31, 17)},
    }));
    CAPTURE(c.text, c.format);
    CHECK(str(parseText(c.text, c.format)) == str(c.expected));
}

TEST_CASE("TimeParser refuses text that does not fit the explicit format", "[TimeParser]")
{
    // The format is the config's word: an ISO time in a feed that promised yyyyMMddHHmm is a
    // sign the feed changed, not something to guess at.
    const char *text = GENERATE("2026-11-28T13:00:00+07:00", "20261128", "202613281300",
                                "202611282500", "kemarin");
    CAPTURE(text);
    CHECK_FALSE(parseText(text, "yyyyMMddHHmm").isValid());
}

TEST_CASE("TimeParser reads Unix seconds and milliseconds", "[TimeParser]")
{
    // 1764309600 is 2025-11-28T06:00:00Z (13:00 WIB), checked with `date -u -d @1764309600`.
    struct Case
    {
        double number;
        QDateTime expected;
    };
    const Case c = GENERATE(values<Case>({
        {1764309600.0, utc(2025, 11, 28, 6)},
        {1764309600000.0, utc(2025, 11, 28, 6)},
        {1764309600.5, utc(2025, 11, 28, 6, 0, 0, 500)},
        {1764309600250.0, utc(2025, 11, 28, 6, 0, 0, 250)},
        {1795845600.0, utc(2026, 11, 28, 6)},
    }));
    CAPTURE(c.number);
    // The zone must not matter: a Unix time is UTC by definition.
    for (const QTimeZone &zone : {jakarta(), QTimeZone("Asia/Jayapura"), QTimeZone::utc()}) {
        const QDateTime t = TimeParser::parse(QJsonValue(c.number), QString(), zone);
        CHECK(str(t) == str(c.expected));
        CHECK(t.timeSpec() == Qt::UTC);
    }
}

TEST_CASE("TimeParser gives an invalid time for numbers that are not times", "[TimeParser]")
{
    const double number = GENERATE(
        -1.0, -1764309600.0, 1e15, 1e300, std::numeric_limits<double>::infinity(),
        -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN());
    CAPTURE(number);
    CHECK_FALSE(TimeParser::parse(QJsonValue(number), QString(), jakarta()).isValid());
}

TEST_CASE("TimeParser gives an invalid time for text that is not a time", "[TimeParser]")
{
    const char *text =
        GENERATE("", "   ", "kemarin sore", "NaN", "Infinity", "2026-13-45T99:00:00",
                 "2026-02-30T10:00:00", "28/11/2026 25:00", "31/11/2026 10:00", "32-09-2025",
                 "13-13-2025", "<html>", "2026-11-28T13:00:00+07:00 WIB lebih");
    CAPTURE(text);
    const QDateTime t = parseText(text);
    CAPTURE(str(t));
    CHECK_FALSE(t.isValid());
}

TEST_CASE("TimeParser gives an invalid time for JSON values that are not times", "[TimeParser]")
{
    const QJsonValue value = GENERATE(
        QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined), QJsonValue(true),
        QJsonValue(false), QJsonValue(QJsonObject{{QStringLiteral("value"), 1764309600.0}}),
        QJsonValue(QJsonArray{QStringLiteral("2026-11-28T06:00:00Z")}));
    CAPTURE(static_cast<int>(value.type()));
    CHECK_FALSE(TimeParser::parse(value, QString(), jakarta()).isValid());
    CHECK_FALSE(TimeParser::parse(value, QStringLiteral("yyyy"), jakarta()).isValid());
}

TEST_CASE("TimeParser reads a time without offset in the feed's zone, whatever the machine's",
          "[TimeParser]")
{
    // DOMAIN.md: times are Asia/Jakarta "whatever the machine's own zone". 02:30 on 29 March
    // 2026 does not exist in Europe (clocks jump from 02:00 to 03:00), nor 02:30 on 8 March in
    // North America, but both are ordinary times in Jakarta. The machine's zone is set here
    // for the duration of each case, so the result does not depend on where the tests run.
    const char *machineZone = GENERATE("UTC", "Asia/Jakarta", "Europe/Berlin", "America/New_York");
    struct Case
    {
        const char *text;
        const char *format;
        QDateTime expected;
    };
    const Case c = GENERATE(values<Case>({
        {"2026-03-29T02:30:00", "", utc(2026, 3, 28, 19, 30)},
        {"29/03/2026 02:30", "", utc(2026, 3, 28, 19, 30)},
        {"29-03-2026 02:30:00", "", utc(2026, 3, 28, 19, 30)},
        {"202603290230", "yyyyMMddHHmm", utc(2026, 3, 28, 19, 30)},
        {"2026-03-08T02:30:00", "", utc(2026, 3, 7, 19, 30)},
        {"2026-03-08 02:30:00", "", utc(2026, 3, 7, 19, 30)},
        // 02:30 on 25 October 2026 happens twice in Europe; in Jakarta once.
        {"2026-10-25T02:30:00", "", utc(2026, 10, 24, 19, 30)},
    }));
    CAPTURE(machineZone, c.text, c.format);
    const MachineZone zone(machineZone);
    CHECK(str(parseText(c.text, c.format)) == str(c.expected));
}

TEST_CASE("TimeParser reads numeric formats itself exactly as Qt's parser reads them",
          "[TimeParser]")
{
    // TimeParser reads formats of digit fields without Qt's parser, which is slow. Qt's
    // parser, called as TimeParser called it before, is the reference: for every format and
    // text here, valid or not, both give the same instant or both refuse.
    const auto reference = [](const QString &untrimmed, const QString &format) {
        const QString text = untrimmed.trimmed();
        QDateTime wall =
            QDateTime::fromString(text + QStringLiteral(" UTC"), format + QStringLiteral(" t"));
        if (!wall.isValid()) {
            const QDate date = QDate::fromString(text, format);
            if (!date.isValid())
                return QDateTime();
            wall = QDateTime(date, QTime(0, 0), Qt::UTC);
        }
        return QDateTime(wall.date(), wall.time(), jakarta()).toUTC();
    };
    const QStringList formats = {
        QStringLiteral("dd-MM-yyyy HH.mm"),
        QStringLiteral("d-M-yyyy H:mm:ss"),
        QStringLiteral("d/M/yyyy H:mm"),
        QStringLiteral("yyyyMMddHHmm"),
        QStringLiteral("yyyy-MM-dd"),
        QStringLiteral("dd.MM.yyyy"),
        QStringLiteral("d-M-yyyy"),
        QStringLiteral("HH:mm dd/MM/yyyy"),
        QStringLiteral("yyyy"),
        QStringLiteral("dd MMM yyyy"),
        QStringLiteral("dMyyyy"),
        QStringLiteral("yyyy-MM-dd hh:mm AP"),
    };
    QStringList texts = {
        QStringLiteral("28-11-2026 13.05"),
        QStringLiteral("1-9-2025 7:05:09"),
        QStringLiteral("01-09-2025 07:05:09"),
        QStringLiteral("28/11/2026 23:59"),
        QStringLiteral("202611281300"),
        QStringLiteral("2026-11-28"),
        QStringLiteral("28.11.2026"),
        QStringLiteral("13:00 28/11/2026"),
        QStringLiteral("2022"),
        QStringLiteral("28 Nov 2026"),
        QStringLiteral("1112026"),
        QStringLiteral("2026-11-28 01:00 PM"),
        // Not times, or not in these formats.
        QStringLiteral("29-02-2025 10.00"),
        QStringLiteral("29-02-2024 10.00"),
        QStringLiteral("31-04-2026 10.00"),
        QStringLiteral("28-11-2026 24.00"),
        QStringLiteral("28-11-2026 13.60"),
        QStringLiteral("28-11-2026 13.05 "),
        QStringLiteral("28-11-2026"),
        QStringLiteral("2026-11-28T13:00"),
        QStringLiteral("28-11-26 13.05"),
        QStringLiteral("123-11-2026 13.05"),
        QStringLiteral("28-11-2026 13.5"),
        QStringLiteral("28--11-2026 13.05"),
        QStringLiteral("x"),
        QStringLiteral("٢٨-١١-٢٠٢٦ 13.05"),
        QStringLiteral("0-11-2026"),
        QStringLiteral("1-13-2026 1:00"),
        QStringLiteral("202602301300"),
        QStringLiteral("20261128130"),
    };
    // Every day of a leap year and of the year before, at odd times, in two formats.
    for (QDate day(2024, 1, 1); day < QDate(2026, 1, 1); day = day.addDays(1)) {
        texts.append(day.toString(QStringLiteral("d-M-yyyy")) + QStringLiteral(" 7:05:09"));
        texts.append(day.toString(QStringLiteral("dd-MM-yyyy")) + QStringLiteral(" 23.59"));
    }
    int compared = 0, read = 0;
    for (const QString &format : formats) {
        for (const QString &text : texts) {
            const QDateTime mine = TimeParser::parse(QJsonValue(text), format, jakarta());
            const QDateTime qt = reference(text, format);
            INFO(text.toStdString() << " in the format " << format.toStdString());
            REQUIRE(str(mine) == str(qt));
            ++compared;
            read += mine.isValid() ? 1 : 0;
        }
    }
    // Both sides said yes often enough for the comparison to mean something.
    CHECK(compared == formats.size() * texts.size());
    CHECK(read > 1400);
}
