#include "CsvFixture.h"
#include "TestValues.h"
#include "formats/CsvReader.h"

#include <QFile>
#include <QRandomGenerator>

#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// Real exports, round trips of any table, and random or mutated input.

TEST_CASE("CsvReader reads the Blitar food price sheet", "[CsvReader]")
{
    const QByteArray bytes = csvFixture("harga-pangan-blitar.csv");
    // The csvFixture is what the test claims: a BOM, CRLF line ends and a final one.
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(bytes.endsWith("\r\n"));
    REQUIRE(bytes.count("\r\n") == bytes.count('\n'));

    const CsvTable table = readOk(bytes);
    CHECK(table.delimiter == u';');
    CHECK(strs(table.header) ==
          Row{"No", "Komoditas", "Satuan", "Harga Kemarin", "Harga Hari Ini", "Perubahan (%)"});
    CHECK(rowsOf(table) ==
          Rows{
              {"1", "Beras Medium", "kg", "12.500", "12.500", "0,00"},
              {"2", "Beras Premium", "kg", "14.800", "15.000", "1,35"},
              {"3", "Gula Pasir", "kg", "17.500", "17.500", "0,00"},
              {"4", "Minyak Goreng; kemasan sederhana", "liter", "17.000", "17.500", "2,94"},
              {"5", "Telur Ayam Ras", "kg", "28.000", "28.500", "1,79"},
              {"6", "Cabai Rawit", "kg", "45.000", "52.000", "15,56"},
              {"7", "Cabai Merah Besar", "kg", "38.000", "36.000", "-5,26"},
              {"8", "Bawang Merah", "kg", "32.000", "30.500", "-4,69"},
              {"9", "Bawang Putih \"Kating\"", "kg", "38.000", "38.000", "0,00"},
          });
    CHECK(linesOf(table) == std::vector<int>{2, 3, 4, 5, 6, 7, 8, 9, 10});
    CHECK(table.column(QStringLiteral("Harga Hari Ini")) == 4);
    CHECK(table.column(QStringLiteral("komoditas")) == 1);

    // Read as a comma file, the decimal commas split the first record and say so.
    const CsvResult asComma = readWith(bytes, u',');
    CHECK_FALSE(asComma.ok());
    CHECK(str(asComma.error) == "line 2: expected 1 field as in the header, found 2");
    CHECK(asComma.line == 2);
    CHECK(asComma.column == 35);
}

TEST_CASE("CsvReader reads the LAPOR! complaints export", "[CsvReader]")
{
    const QByteArray lf = csvFixture("aduan-lapor.csv");
    REQUIRE_FALSE(lf.contains('\r'));
    // The same export from three systems: every line end, inside quotes too, in one style.
    const char *end = GENERATE("\n", "\r\n", "\r");
    QByteArray bytes = lf;
    bytes.replace("\n", end);
    CAPTURE(printable(bytes.left(60)));
    // A multi-line complaint keeps the line ends its file has (RFC 4180: quoted text verbatim).
    const auto text = [&](std::string lines) {
        std::string out;
        for (const char c : lines)
            out += c == '\n' ? std::string(end) : std::string(1, c);
        return out;
    };

    const CsvTable table = readOk(bytes);
    CHECK(table.delimiter == u',');
    CHECK(strs(table.header) == Row{"id", "tanggal", "kecamatan", "kategori", "status", "isi"});
    REQUIRE(table.rows.size() == 6);
    // Multi-line complaints push the later records down: lines 2-3, 4, 5-8, 9, 10, 11-12.
    CHECK(linesOf(table) == std::vector<int>{2, 4, 5, 9, 10, 11});

    const QStringList kecamatan = {
        QStringLiteral("Bakung"),       QStringLiteral("Binangun"), QStringLiteral("Doko"),
        QStringLiteral("Gandusari"),    QStringLiteral("Garum"),    QStringLiteral("Kademangan"),
        QStringLiteral("Kanigoro"),     QStringLiteral("Kesamben"), QStringLiteral("Nglegok"),
        QStringLiteral("Panggungrejo"), QStringLiteral("Ponggok"),  QStringLiteral("Sanankulon"),
        QStringLiteral("Selopuro"),     QStringLiteral("Selorejo"), QStringLiteral("Srengat"),
        QStringLiteral("Sutojayan"),    QStringLiteral("Talun"),    QStringLiteral("Udanawu"),
        QStringLiteral("Wates"),        QStringLiteral("Wlingi"),   QStringLiteral("Wonodadi"),
        QStringLiteral("Wonotirto"),
    };
    REQUIRE(kecamatan.size() == 22);
    const QStringList statuses = {QStringLiteral("Belum ditangani"), QStringLiteral("Diproses"),
                                  QStringLiteral("Selesai")};
    const int kecamatanColumn = table.column(QStringLiteral("kecamatan"));
    const int statusColumn = table.column(QStringLiteral("Status"));
    REQUIRE(kecamatanColumn == 2);
    REQUIRE(statusColumn == 4);
    for (const QStringList &row : table.rows) {
        CAPTURE(str(row.at(0)));
        CHECK(kecamatan.contains(row.at(kecamatanColumn)));
        CHECK(statuses.contains(row.at(statusColumn)));
        // No line end but the file's own: a CR of a CRLF is never left over, nor one added.
        const QString joined = row.join(QString()).remove(QString::fromLatin1(end));
        CHECK_FALSE(joined.contains(u'\r'));
        CHECK_FALSE(joined.contains(u'\n'));
    }

    const int isi = table.column(QStringLiteral("isi"));
    CHECK(str(table.rows.at(0).at(isi)) == text("Jalan berlubang di Jl. Raya Wlingi\xE2\x80\x93"
                                                "Doko dekat pasar, sudah dua minggu belum "
                                                "ditambal.\nMohon segera diperbaiki sebelum "
                                                "musim hujan."));
    CHECK(str(table.rows.at(2).at(isi)) ==
          text("Antrean di kantor kecamatan terlalu panjang, petugas bilang \"sistem sedang "
               "gangguan\".\nSudah ditindaklanjuti.\n\nTerima kasih."));
    CHECK(strs(table.rows.at(1)) == Row{"LPR-20261127-002", "2026-11-27", "Kanigoro", "Lingkungan",
                                        "Diproses", "Sampah menumpuk di TPS Desa Kanigoro"});
    CHECK(str(table.rows.at(5).at(isi)) ==
          text("Pohon tumbang menutup jalan ke Pantai Serang.\nSudah dibersihkan BPBD pukul "
               "09.30 WIB."));
}

namespace {

// A random table, written out as CSV in a random style, must read back exactly.
struct RoundTrip
{
    QRandomGenerator random;
    QByteArray text;
    int line = 1;
    QByteArray lineEnd; // empty: pick one of the three at every line end

    // Never LF right after CR: "\r" then "\n" is one CRLF line end, not two. Returns what it
    // wrote, which a quoted field then holds as it is.
    QByteArray endLine()
    {
        QByteArray end = lineEnd;
        if (end.isEmpty()) {
            static const QByteArray ends[] = {"\n", "\r\n", "\r"};
            end = ends[random.bounded(3)];
        }
        if (end == "\n" && text.endsWith('\r'))
            end = "\r\n";
        text += end;
        ++line;
        return end;
    }

    QString randomText()
    {
        // Mostly characters that matter to CSV, now and then one of two, three or four bytes.
        static constexpr char narrow[] = "abZ1 ,;\t\"\n.";
        static const char *const wide[] = {"\xC3\xA9", "\xE2\x80\x93", "\xF0\x9F\x98\x80"};
        constexpr int narrowCount = int(sizeof narrow) - 1;
        QByteArray out;
        for (int i = random.bounded(7); i > 0; --i) {
            const int pick = random.bounded(narrowCount + int(std::size(wide)));
            if (pick < narrowCount)
                out += narrow[pick];
            else
                out += wide[pick - narrowCount];
        }
        return QString::fromUtf8(out);
    }

    // Writes a field, quoting only where needed (or always), in a random but valid way, and
    // returns the value a reader must give back: the field with each "\n" as the line end
    // written for it.
    QString writeField(const QString &field, QChar delimiter, bool quoteAll, bool header, int width)
    {
        const QString candidates = QStringLiteral(",;\t");
        bool quote = quoteAll || field.contains(delimiter) || field.contains(u'\n') ||
                     field.startsWith(u'"') || (width == 1 && field.isEmpty());
        // Header names with any candidate are quoted so that detection sees only the delimiter;
        // a header name with a quote is quoted so detection cannot mistake where quotes open.
        if (header) {
            for (const QChar c : candidates)
                quote = quote || field.contains(c);
            quote = quote || field.contains(u'"');
        }
        // Otherwise a quote inside an unquoted field is left as is, half the time (lenient).
        if (!quote && field.contains(u'"') && random.bounded(2) == 0)
            quote = true;
        if (!quote) {
            text += field.toUtf8();
            return field;
        }
        text += '"';
        QString value;
        const QStringList lines = field.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                value += QString::fromLatin1(endLine());
            QString escaped = lines.at(i);
            value += escaped;
            escaped.replace(u'"', QStringLiteral("\"\""));
            text += escaped.toUtf8();
        }
        text += '"';
        return value;
    }
};

} // namespace

TEST_CASE("CsvReader reads back any table written as CSV", "[CsvReader]")
{
    RoundTrip trip{QRandomGenerator(20261128), {}, 1, {}};
    for (int iteration = 0; iteration < 600; ++iteration) {
        trip.text.clear();
        trip.line = 1;
        static const QByteArray ends[] = {"\n", "\r\n", "\r", QByteArray()};
        trip.lineEnd = ends[trip.random.bounded(4)];
        static const char delimiters[] = {',', ';', '\t'};
        const QChar delimiter = QChar::fromLatin1(delimiters[trip.random.bounded(3)]);
        const bool quoteAll = trip.random.bounded(4) == 0;
        const bool bom = trip.random.bounded(3) == 0;
        const int width = 1 + trip.random.bounded(5);
        // Detection needs a delimiter in the header; one column is read with it given.
        const bool detect = width > 1 && trip.random.bounded(2) == 0;

        QStringList header;
        for (int i = 0; i < width; ++i) {
            // Unique, non-empty and without surrounding spaces, whatever the random middle.
            header.append(QStringLiteral("k%1").arg(i) + trip.randomText() + QStringLiteral("z"));
        }
        QList<QStringList> rows;
        const int height = trip.random.bounded(8);
        for (int r = 0; r < height; ++r) {
            QStringList row;
            for (int i = 0; i < width; ++i)
                row.append(trip.randomText());
            rows.append(row);
        }

        if (bom)
            trip.text += "\xEF\xBB\xBF";
        std::vector<int> expectedLines;
        const auto writeRecord = [&](const QStringList &fields, bool isHeader) {
            QStringList written;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                if (i > 0)
                    trip.text += QString(delimiter).toUtf8();
                written.append(trip.writeField(fields.at(i), delimiter, quoteAll, isHeader, width));
            }
            return written;
        };
        header = writeRecord(header, true);
        for (QStringList &row : rows) {
            trip.endLine();
            for (int blank = trip.random.bounded(3); blank > 0; --blank)
                trip.endLine();
            expectedLines.push_back(trip.line);
            row = writeRecord(row, false);
        }
        if (trip.random.bounded(2) == 0)
            trip.endLine();

        CAPTURE(iteration, printable(trip.text));
        const CsvResult result = readWith(trip.text, detect ? QChar() : delimiter);
        INFO("error " << result.line << ":" << result.column << ": " << str(result.error));
        REQUIRE(result.ok());
        CHECK(result.table->delimiter == delimiter);
        CHECK(strs(result.table->header) == strs(header));
        CHECK(rowsOf(*result.table) == rowsOf(CsvTable{delimiter, header, rows, {}}));
        CHECK(linesOf(*result.table) == expectedLines);
    }
}

TEST_CASE("CsvReader survives random bytes", "[CsvReader]")
{
    QRandomGenerator random(4180);
    // Pieces that matter to a CSV reader, so random strings reach deep into the state machine;
    // one input in ten also gets a byte that is never UTF-8, or a cut-off sequence.
    static const char *const pieces[] = {",",  ";",    "\t", "\"", "\"\"",     "\r",
                                         "\n", "\r\n", "a",  "b",  "\xC3\xA9", "\xEF\xBB\xBF"};
    static const char *const invalid[] = {"\xFF", "\xE2\x82", "\xC0\xAF", "\x80"};
    int structuredTables = 0;
    int structuredErrors = 0;
    for (int iteration = 0; iteration < 6000; ++iteration) {
        const bool structured = iteration % 2 == 1;
        QByteArray input;
        if (!structured) {
            for (int i = random.bounded(80); i > 0; --i)
                input += char(random.bounded(256));
        } else {
            for (int i = random.bounded(30); i > 0; --i)
                input += pieces[random.bounded(int(std::size(pieces)))];
            if (random.bounded(10) == 0) {
                input.insert(random.bounded(int(input.size() + 1)),
                             invalid[random.bounded(int(std::size(invalid)))]);
            }
        }
        CsvOptions options;
        if (iteration % 5 == 0)
            options.delimiter = u';';
        if (iteration % 7 == 0)
            options.maxFieldBytes = random.bounded(4);
        if (iteration % 11 == 0)
            options.maxRows = random.bounded(3);
        const CsvResult result = CsvReader::read(input, options);
        if (structured)
            ++(result.ok() ? structuredTables : structuredErrors);
        CAPTURE(iteration, printable(input));
        CHECK(brokenInvariants(input, result).empty());
    }
    // The structured half must reach both outcomes often, or the test proves little.
    CAPTURE(structuredTables, structuredErrors);
    CHECK(structuredTables > 250);
    CHECK(structuredErrors > 1000);
}

TEST_CASE("CsvReader survives mutations of real files", "[CsvReader]")
{
    QRandomGenerator random(112);
    const QByteArray bases[] = {csvFixture("harga-pangan-blitar.csv"),
                                csvFixture("aduan-lapor.csv")};
    static const char interesting[] = {',', ';', '\t', '"', '\r', '\n', 'x', '\xFF', '\xC3'};
    int tables = 0;
    int errors = 0;
    for (int iteration = 0; iteration < 4000; ++iteration) {
        QByteArray input = bases[iteration % 2];
        for (int edits = 1 + random.bounded(4); edits > 0; --edits) {
            const auto at = qsizetype(random.bounded(int(input.size() + 1)));
            const char byte = random.bounded(2) == 0
                                  ? interesting[random.bounded(int(std::size(interesting)))]
                                  : char(random.bounded(256));
            switch (random.bounded(4)) {
            case 0:
                input.insert(at, byte);
                break;
            case 1:
                if (at < input.size())
                    input[at] = byte;
                break;
            case 2:
                input.remove(at, 1 + random.bounded(3));
                break;
            default:
                input.truncate(at);
                break;
            }
        }
        const CsvResult result = CsvReader::read(input);
        ++(result.ok() ? tables : errors);
        CAPTURE(iteration, printable(input));
        CHECK(brokenInvariants(input, result).empty());
    }
    CAPTURE(tables, errors);
    CHECK(tables > 500);
    CHECK(errors > 1000);
}
