#pragma once

#include "TestValues.h"
#include "formats/CsvReader.h"

#include <QFile>
#include <QRandomGenerator>

#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

// What the CSV reader tests share: tables as plain strings, the files of tests/data/csv, and
// the invariants every result keeps.
namespace Pantau::Test {

using Row = std::vector<std::string>;
using Rows = std::vector<Row>;

inline Row strs(const QStringList &list)
{
    Row out;
    for (const QString &text : list)
        out.push_back(str(text));
    return out;
}

inline Rows rowsOf(const CsvTable &table)
{
    Rows out;
    for (const QStringList &row : table.rows)
        out.push_back(strs(row));
    return out;
}

inline std::vector<int> linesOf(const CsvTable &table)
{
    return {table.rowLines.cbegin(), table.rowLines.cend()};
}

// Control characters and non-ASCII bytes spelled out, so a failing input can be read.

inline QByteArray csvFixture(const char *name)
{
    QFile file(QStringLiteral(PANTAU_TEST_DATA "/csv/") + QLatin1String(name));
    INFO("fixture " << name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline CsvResult readWith(const QByteArray &bytes, QChar delimiter = {})
{
    CsvOptions options;
    options.delimiter = delimiter;
    return CsvReader::read(bytes, options);
}

// Reads input that must parse; fails the test with the reader's complaint otherwise.
inline CsvTable readOk(const QByteArray &bytes, QChar delimiter = {})
{
    const CsvResult result = readWith(bytes, delimiter);
    INFO("input " << printable(bytes));
    INFO("error " << result.line << ":" << result.column << ": " << str(result.error));
    REQUIRE(result.ok());
    CHECK(result.error.isEmpty());
    CHECK(result.line == 0);
    CHECK(result.column == 0);
    return *result.table;
}

// The invariants every result must keep, whatever the input: a table whose records are exactly
// as wide as its header, or an error with a real place. Returns what is broken, empty if nothing.
inline std::string brokenInvariants(const QByteArray &input, const CsvResult &result)
{
    std::string broken;
    const auto lineEnds = input.count('\n') + input.count('\r') - input.count("\r\n");
    if (result.ok()) {
        const CsvTable &table = *result.table;
        if (!result.error.isEmpty())
            broken += " a table with an error;";
        if (table.header.isEmpty())
            broken += " an empty header;";
        for (qsizetype i = 0; i < table.header.size(); ++i) {
            if (table.header.at(i).isEmpty() || table.header.at(i) != table.header.at(i).trimmed())
                broken += " a header name empty or not trimmed;";
            if (table.header.indexOf(table.header.at(i)) != i)
                broken += " a duplicate header name;";
        }
        if (table.rows.size() != table.rowLines.size())
            broken += " rows and rowLines differ in size;";
        for (const QStringList &row : table.rows) {
            if (row.size() != table.header.size())
                broken += " a row not as wide as the header;";
        }
        for (qsizetype i = 0; i < table.rowLines.size(); ++i) {
            if (table.rowLines.at(i) < 2 || table.rowLines.at(i) > lineEnds + 1 ||
                (i > 0 && table.rowLines.at(i) <= table.rowLines.at(i - 1)))
                broken += " a row line out of order or out of the text;";
        }
        if (table.delimiter != u',' && table.delimiter != u';' && table.delimiter != u'\t')
            broken += " a detected delimiter that is no candidate;";
    } else {
        if (result.error.isEmpty())
            broken += " an error without a message;";
        if (result.line < 1 || result.line > lineEnds + 1)
            broken += " an error line outside the text;";
        if (result.column < 1)
            broken += " an error column below 1;";
    }
    return broken;
}

} // namespace Pantau::Test
