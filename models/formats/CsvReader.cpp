#include "formats/CsvReader.h"

#include <QByteArrayView>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace Pantau {

namespace {

constexpr char Quote = '"';

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

// Line numbers and columns are stored as int; a file big enough to overflow one is still read,
// and its far-away positions are reported as INT_MAX rather than wrapping around.
int clampToInt(qsizetype value)
{
    return static_cast<int>(std::min<qsizetype>(value, std::numeric_limits<int>::max()));
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. Strict as in
// RFC 3629: overlong forms, surrogates and code points above U+10FFFF are all errors, so what we
// accept is exactly what Qt's UTF-8 decoder takes without substituting anything.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        // The allowed range of the second byte; the tighter ones rule out overlong forms,
        // surrogates (ED A0..BF) and code points past U+10FFFF (F4 90..).
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i; // a continuation byte with no lead, C0, C1 or F5..FF
        }
        if (size - i < length || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

// The line and column of a byte offset in the text that starts at `begin` (just past any BOM).
// Only called once, for the error being reported, so the rescan keeps the whole read linear.
// It counts line ends exactly as the parser does: CRLF is one, and so is a lone CR or LF.
std::pair<qsizetype, qsizetype> positionOf(QByteArrayView text, qsizetype begin, qsizetype offset)
{
    qsizetype line = 1;
    qsizetype lineStart = begin;
    for (qsizetype i = begin; i < offset; ++i) {
        const char c = text.at(i);
        // The LF of a CRLF ends the line, so an offset on that LF still belongs to the line.
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text.at(i + 1) != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        // Continuation bytes belong to the character already counted.
        if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

// Picks the separator from the header line: the candidate seen most often outside quotes, ties
// going to the earlier one. The separator is not known yet, so a quote opens a quoted field
// when it follows any candidate (or starts the line): a quoted "Minyak Goreng; curah" in a
// comma file then does not vote for ';'.
QChar detectDelimiter(QByteArrayView text, qsizetype begin)
{
    static constexpr std::array<char, 3> candidates = {',', ';', '\t'};
    std::array<qsizetype, 3> counts = {};
    qsizetype i = begin;
    while (i < text.size() && isLineEnd(text.at(i)))
        ++i; // blank lines before the header, which the parser skips too
    bool inQuotes = false;
    bool atFieldStart = true;
    for (; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inQuotes) {
            if (c == Quote) {
                if (i + 1 < text.size() && text.at(i + 1) == Quote)
                    ++i; // an escaped quote
                else
                    inQuotes = false;
            }
            continue;
        }
        if (isLineEnd(c))
            break;
        const auto found = std::find(candidates.cbegin(), candidates.cend(), c);
        if (found != candidates.cend()) {
            ++counts[std::distance(candidates.cbegin(), found)];
            atFieldStart = true;
        } else {
            inQuotes = c == Quote && atFieldStart;
            atFieldStart = false;
        }
    }
    // max_element returns the first of equal maxima, which is the order of preference.
    const auto best = std::max_element(counts.cbegin(), counts.cend());
    return QChar::fromLatin1(candidates[std::distance(counts.cbegin(), best)]);
}

// The fields of one record, and where they start, for error positions.
struct Record
{
    QStringList fields;
    QList<qsizetype> starts; // byte offset of each stored field, plus the first one not stored
    qsizetype count = 0;     // all fields, stored or not
    qsizetype end = 0;       // byte offset of the line end (or end of input) closing the record
};

// The byte-level state machine. It works on bytes, not characters: the input has been checked
// to be UTF-8, where quote, CR, LF and every byte of a delimiter's encoding can only appear as
// themselves, never inside another character.
class Parser
{
public:
    Parser(QByteArrayView text, qsizetype begin, QByteArray delimiter, qsizetype maxFieldBytes)
        : m_text(text)
        , m_pos(begin)
        , m_delimiter(std::move(delimiter))
        , m_maxFieldBytes(maxFieldBytes)
    {
    }

    // Skips blank lines; false at the end of the input.
    bool atRecord()
    {
        while (m_pos < m_text.size() && isLineEnd(m_text.at(m_pos)))
            consumeLineEnd();
        return m_pos < m_text.size();
    }

    qsizetype pos() const { return m_pos; }
    qsizetype line() const { return m_line; }
    qsizetype errorOffset() const { return m_errorOffset; }
    const QString &error() const { return m_error; }

    // Reads the record at pos() and its line end. Only the first `keep` fields are stored: a
    // record far wider than the header is counted for the message, not held in memory.
    bool readRecord(Record *record, qsizetype keep)
    {
        record->fields.clear();
        record->starts.clear();
        record->count = 0;
        while (true) {
            const qsizetype start = m_pos;
            const bool store = record->count < keep;
            if (record->count <= keep)
                record->starts.append(start);
            const bool ok = start < m_text.size() && m_text.at(start) == Quote
                                ? readQuoted(store ? &record->fields : nullptr)
                                : readUnquoted(store ? &record->fields : nullptr);
            if (!ok)
                return false;
            ++record->count;
            if (m_pos >= m_text.size() || isLineEnd(m_text.at(m_pos))) {
                record->end = m_pos;
                if (m_pos < m_text.size())
                    consumeLineEnd();
                return true;
            }
            if (!atDelimiter())
                return fail(m_pos, QStringLiteral("unexpected text after the closing quote of a "
                                                  "field; a quote inside a quoted field must be "
                                                  "written twice (\"\")"));
            m_pos += m_delimiter.size();
        }
    }

private:
    bool atDelimiter() const { return m_text.sliced(m_pos).startsWith(m_delimiter); }

    void consumeLineEnd()
    {
        if (m_text.at(m_pos) == '\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    bool fail(qsizetype offset, QString message)
    {
        m_errorOffset = offset;
        m_error = std::move(message);
        return false;
    }

    bool tooLong(qsizetype fieldStart)
    {
        return fail(
            fieldStart,
            QStringLiteral("a field is longer than %1 bytes, the limit").arg(m_maxFieldBytes));
    }

    // Up to the next delimiter or line end. A quote in here is kept as text, as spreadsheets
    // do with 5" or ab"c, rather than failing the whole file.
    bool readUnquoted(QStringList *fields)
    {
        const qsizetype start = m_pos;
        const char first = m_delimiter.front();
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (isLineEnd(c) || (c == first && atDelimiter()))
                break;
            ++m_pos;
        }
        if (m_pos - start > m_maxFieldBytes)
            return tooLong(start);
        if (fields)
            fields->append(m_decoder.decode(m_text.sliced(start, m_pos - start)));
        return true;
    }

    // From the opening quote to just past the closing one. Delimiters and line ends in between
    // are text, kept verbatim as RFC 4180 says: a CRLF inside quotes stays a CRLF (csv-spectrum's
    // newlines_crlf). Only line ends outside quotes are the reader's to interpret.
    bool readQuoted(QStringList *fields)
    {
        const qsizetype start = m_pos;
        const qsizetype startLine = m_line;
        ++m_pos;
        m_buffer.clear();
        while (true) {
            // Copy the plain run up to the next quote or line end in one go.
            qsizetype run = m_pos;
            while (run < m_text.size() && m_text.at(run) != Quote && !isLineEnd(m_text.at(run)))
                ++run;
            if (!append(m_text.sliced(m_pos, run - m_pos), start))
                return false;
            m_pos = run;
            if (m_pos >= m_text.size())
                return fail(start, QStringLiteral("the quoted field that starts on line %1 has no "
                                                  "closing quote")
                                       .arg(startLine));
            if (m_text.at(m_pos) == Quote) {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == Quote) {
                    if (!append("\"", start))
                        return false;
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            const qsizetype lineEnd = m_pos;
            consumeLineEnd(); // still counts the line, for the positions of later errors
            if (!append(m_text.sliced(lineEnd, m_pos - lineEnd), start))
                return false;
        }
        if (fields)
            fields->append(m_decoder.decode(m_buffer));
        return true;
    }

    bool append(QByteArrayView bytes, qsizetype fieldStart)
    {
        if (bytes.size() > m_maxFieldBytes - m_buffer.size())
            return tooLong(fieldStart);
        m_buffer.append(bytes);
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos;
    qsizetype m_line = 1;
    QByteArray m_delimiter; // UTF-8, never empty
    qsizetype m_maxFieldBytes;
    QByteArray m_buffer; // the current quoted field, unescaped; reused to save allocations
    // QString::fromUtf8 would drop a U+FEFF that starts a field; only the file's BOM is
    // removed, one inside the data is text. Stateless: every field is decoded on its own.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                       QStringDecoder::Flag::ConvertInitialBom};
    qsizetype m_errorOffset = 0;
    QString m_error;
};

QString fieldCount(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 field") : QStringLiteral("%1 fields").arg(count);
}

} // namespace

int CsvTable::column(const QString &name) const
{
    const qsizetype exact = header.indexOf(name);
    if (exact >= 0)
        return clampToInt(exact);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return clampToInt(i);
    }
    return -1;
}

CsvResult CsvReader::read(const QByteArray &utf8, const CsvOptions &options)
{
    CsvResult result;
    const QByteArrayView text(utf8);
    const qsizetype begin = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const auto failAt = [&](qsizetype offset, QString message) {
        const auto [line, column] = positionOf(text, begin, offset);
        result.line = clampToInt(line);
        result.column = clampToInt(column);
        result.error = std::move(message);
        return result;
    };

    // Encoding comes first: until the bytes are known to be UTF-8 the parser cannot trust that
    // a quote or comma byte is really that character.
    if (const qsizetype bad = firstInvalidUtf8(text); bad >= 0) {
        const QString byte =
            QString::number(static_cast<unsigned char>(text.at(bad)), 16).toUpper();
        return failAt(bad, QStringLiteral("not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                               .arg(byte.rightJustified(2, u'0')));
    }

    QChar delimiter = options.delimiter;
    if (delimiter.isNull()) {
        delimiter = detectDelimiter(text, begin);
    } else if (delimiter == QChar(u'"') || delimiter == QChar(u'\r') || delimiter == QChar(u'\n') ||
               delimiter.isSurrogate()) {
        result.error = QStringLiteral("the delimiter cannot be a quote, CR, LF or a lone "
                                      "surrogate");
        return result;
    }

    const qsizetype maxRows = std::max<qsizetype>(options.maxRows, 0);
    const qsizetype maxFieldBytes = std::max<qsizetype>(options.maxFieldBytes, 0);
    Parser parser(text, begin, QString(delimiter).toUtf8(), maxFieldBytes);

    if (!parser.atRecord())
        return failAt(begin, QStringLiteral("no header line"));
    Record record;
    if (!parser.readRecord(&record, std::numeric_limits<qsizetype>::max()))
        return failAt(parser.errorOffset(), parser.error());

    CsvTable table;
    table.delimiter = delimiter;
    // Names are looked up by config, so a name must exist and be unique to be usable. Duplicates
    // are exact ones: "Harga" and "harga" may both exist, and column() prefers the exact match.
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed();
        if (name.isEmpty())
            return failAt(record.starts.at(i), QStringLiteral("column %1 has no name").arg(i + 1));
        const auto previous = seen.constFind(name);
        if (previous != seen.cend()) {
            return failAt(record.starts.at(i),
                          QStringLiteral("column %1 has the same name as column %2: \"%3\"")
                              .arg(i + 1)
                              .arg(*previous + 1)
                              .arg(name));
        }
        seen.insert(name, i);
        table.header.append(name);
    }

    const qsizetype width = table.header.size();
    while (parser.atRecord()) {
        const qsizetype recordLine = parser.line();
        if (table.rows.size() >= maxRows) {
            return failAt(parser.pos(),
                          QStringLiteral("more than %1 data rows, the limit").arg(maxRows));
        }
        if (!parser.readRecord(&record, width))
            return failAt(parser.errorOffset(), parser.error());
        if (record.count != width) {
            // The message names the line the record starts on, as rowLines does; the position
            // points at the first surplus field, or where the first missing one should be.
            const qsizetype offset = record.count > width ? record.starts.at(width) : record.end;
            return failAt(offset, QStringLiteral("line %1: expected %2 as in the header, found %3")
                                      .arg(recordLine)
                                      .arg(fieldCount(width))
                                      .arg(record.count));
        }
        table.rows.append(record.fields);
        table.rowLines.append(clampToInt(recordLine));
    }
    result.table = std::move(table);
    return result;
}

} // namespace Pantau
