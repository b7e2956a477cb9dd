#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

// Values and small helpers that many test files share. The build compiles several test files
// as one translation unit (CMAKE_UNITY_BUILD), so a helper written again in each file's
// anonymous namespace would clash; each lives here once.
namespace Pantau::Test {

// The suite's "now" unless a test says otherwise: 28 November 2026, 06:00 UTC, 13.00 WIB.
inline const QDateTime t0(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);

inline const QTimeZone &jakarta()
{
    static const QTimeZone zone("Asia/Jakarta");
    return zone;
}

inline QDateTime utc(int year, int month, int day, int hour, int minute = 0, int second = 0,
                     int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

// For CHECK(str(a) == "…"): Catch2 prints std::string, not QString.
inline std::string str(const QString &text)
{
    return text.toStdString();
}

inline std::string str(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toStdString()
                          : std::string("(invalid)");
}

// Control characters and non-ASCII bytes spelled out, so a failing input can be read.
inline std::string printable(const QByteArray &bytes)
{
    std::string out;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte >= 0x7F) {
            static const char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

inline QList<int> sorted(QList<int> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

// The roles of one dataChanged signal caught by a QSignalSpy, sorted.
inline QList<int> rolesOf(const QList<QVariant> &dataChangedArguments)
{
    return sorted(dataChangedArguments.at(2).value<QList<int>>());
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    INFO("reading " << path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    INFO("writing " << path.toStdString());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace Pantau::Test
