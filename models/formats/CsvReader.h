#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pantau {

// How to read a CSV file. The defaults suit the spreadsheet exports the agencies publish.
struct CsvOptions
{
    // The field separator; a null QChar means auto-detect among ',', ';' and '\t' from the
    // header line (the candidate that occurs most often outside quotes wins; ties prefer ',' then
    // ';' then tab). A given one is used as is, but it cannot be a quote, CR, LF or a lone
    // UTF-16 surrogate: those could never separate fields.
    QChar delimiter;
    // Caps against hostile input; exceeding either is an error, not a truncation. maxRows counts
    // data records (not the header); maxFieldBytes counts a field's UTF-8 bytes after unquoting.
    qsizetype maxRows = 1'000'000;
    qsizetype maxFieldBytes = 1 << 20;
};

// A CSV file as read: the header names and the data records, each as wide as the header.
struct CsvTable
{
    QChar delimiter;         // the one used (detected or given)
    QStringList header;      // first record, trimmed of surrounding spaces, BOM removed
    QList<QStringList> rows; // data records; each has exactly header.size() fields
    QList<int> rowLines;     // 1-based line where each data record starts (for messages)

    // Index of a header name, -1 if absent (exact match first, then case-insensitive, so a
    // config may say "komoditas" for a sheet that says "Komoditas").
    int column(const QString &name) const;
};

// What CsvReader::read gives back: a table, or the first problem and where it is.
struct CsvResult
{
    std::optional<CsvTable> table; // set on success
    QString error;                 // set on failure, in plain words
    // 1-based place of the error, as an editor counts: CR, LF and CRLF each end a line, columns
    // count characters (a leading BOM is not one). Both are 0 only when the options are wrong.
    int line = 0;
    int column = 0;

    bool ok() const { return table.has_value(); }
};

// Reads RFC 4180 CSV, plus what spreadsheet exports really do (a BOM, ";" or tab separators, a
// lone CR as line end, stray quotes inside unquoted fields), strictly enough that a malformed
// file fails with a line and column instead of yielding shifted columns.
class CsvReader
{
public:
    // Linear in the input and never reads past it: safe on any bytes, however hostile.
    static CsvResult read(const QByteArray &utf8, const CsvOptions &options = {});
};

} // namespace Pantau
