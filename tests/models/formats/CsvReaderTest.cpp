#include "formats/CsvReader.h"

#include "CsvFixture.h"
#include "TestValues.h"

#include <QFile>
#include <QRandomGenerator>

#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// The reader against RFC 4180 and the conventions of Indonesian spreadsheets: delimiters,
// line ends, BOMs, errors with their place, and caps.

TEST_CASE("CsvReader follows RFC 4180 section 2", "[CsvReader]")
{
    struct Case
    {
        const char *rule;
        const char *input;
        Row header;
        Rows rows;
        std::vector<int> lines;
    };
    const Case c = GENERATE(values<Case>({
        {"2.1 records end with CRLF",
         "aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n",
         {"aaa", "bbb", "ccc"},
         {{"zzz", "yyy", "xxx"}},
         {2}},
        {"2.2 the last record may lack a line break",
         "aaa,bbb,ccc\r\nzzz,yyy,xxx",
         {"aaa", "bbb", "ccc"},
         {{"zzz", "yyy", "xxx"}},
         {2}},
        {"2.3 the first record is the header",
         "field_name,field_name2\r\naaa,bbb\r\n",
         {"field_name", "field_name2"},
         {{"aaa", "bbb"}},
         {2}},
        {"2.3 a header-only file has no rows", "No,Kecamatan\r\n", {"No", "Kecamatan"}, {}, {}},
        {"2.4 every record has the same number of fields",
         "a,b,c\r\n1,2,3\r\n4,5,6\r\n",
         {"a", "b", "c"},
         {{"1", "2", "3"}, {"4", "5", "6"}},
         {2, 3}},
        {"2.4 spaces are part of a data field",
         "a,b\r\n  x , y \r\n",
         {"a", "b"},
         {{"  x ", " y "}},
         {2}},
        {"2.4 header names are trimmed", " a , b \r\n1,2\r\n", {"a", "b"}, {{"1", "2"}}, {2}},
        {"2.4 empty fields, including the first and the last",
         "a,b,c\r\n,,\r\n,x,\r\n",
         {"a", "b", "c"},
         {{"", "", ""}, {"", "x", ""}},
         {2, 3}},
        {"2.5 fields may be quoted or not",
         "\"aaa\",\"bbb\",\"ccc\"\r\nzzz,\"yyy\",xxx\r\n",
         {"aaa", "bbb", "ccc"},
         {{"zzz", "yyy", "xxx"}},
         {2}},
        {"2.5 a quote inside an unquoted field is kept (lenient)",
         "a,b,c\r\nab\"c,5\",x\"\"y\r\n",
         {"a", "b", "c"},
         {{"ab\"c", "5\"", "x\"\"y"}},
         {2}},
        {"2.5 a space before a quote makes the field unquoted",
         "a,b\r\n \"x\",y\r\n",
         {"a", "b"},
         {{" \"x\"", "y"}},
         {2}},
        {"2.6 quoted fields hold CRLF, quotes and commas",
         "h1,h2,h3\r\n\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx\r\n",
         {"h1", "h2", "h3"},
         {{"aaa", "b\r\nbb", "ccc"}, {"zzz", "yyy", "xxx"}},
         {2, 4}},
        {"2.6 a quoted delimiter is text",
         "a,b\r\n\"x,y\",\"1,5\"\r\n",
         {"a", "b"},
         {{"x,y", "1,5"}},
         {2}},
        {"2.6 quoted empty fields", "a,b\r\n\"\",\"\"\r\n", {"a", "b"}, {{"", ""}}, {2}},
        {"2.7 a doubled quote is one quote",
         "\"aaa\",\"b\"\"bb\",\"ccc\"\r\n1,\"\"\"\",\"x\"\"\"\r\n",
         {"aaa", "b\"bb", "ccc"},
         {{"1", "\"", "x\""}},
         {2}},
        {"2.7 a quoted field of only doubled quotes",
         "a\r\n\"\"\"\"\"\"\r\n",
         {"a"},
         {{"\"\""}},
         {2}},
        {"a quoted header name is trimmed too",
         "\" a \",b\r\n1,2\r\n",
         {"a", "b"},
         {{"1", "2"}},
         {2}},
        {"a single column",
         "Kecamatan\r\nWlingi\r\nKanigoro\r\n",
         {"Kecamatan"},
         {{"Wlingi"}, {"Kanigoro"}},
         {2, 3}},
        {"a single column keeps a quoted empty value",
         "Kecamatan\r\n\"\"\r\nSrengat\r\n",
         {"Kecamatan"},
         {{""}, {"Srengat"}},
         {2, 3}},
        {"a line of spaces is a record, not a blank line", "a\r\n \r\n", {"a"}, {{" "}}, {2}},
        {"non-ASCII text stays intact",
         "Komoditas,Harga\r\nCabai \xE2\x80\x93 rawit,Rp52.000\r\n",
         {"Komoditas", "Harga"},
         {{"Cabai \xE2\x80\x93 rawit", "Rp52.000"}},
         {2}},
    }));
    CAPTURE(c.rule, printable(c.input));
    const CsvTable table = readOk(c.input);
    CHECK(table.delimiter == u',');
    CHECK(strs(table.header) == c.header);
    CHECK(rowsOf(table) == c.rows);
    CHECK(linesOf(table) == c.lines);
}

TEST_CASE("CsvReader ends records at LF, CRLF, a lone CR, or a mix", "[CsvReader]")
{
    struct Case
    {
        const char *what;
        const char *input;
    };
    const Case c = GENERATE(values<Case>({
        {"LF", "a,b\n1,2\n3,4\n"},
        {"CRLF", "a,b\r\n1,2\r\n3,4\r\n"},
        {"CR", "a,b\r1,2\r3,4\r"},
        {"mixed", "a,b\r\n1,2\r3,4\n"},
        {"mixed, no final line end", "a,b\n1,2\r\n3,4"},
    }));
    CAPTURE(c.what);
    const CsvTable table = readOk(c.input);
    CHECK(strs(table.header) == Row{"a", "b"});
    CHECK(rowsOf(table) == Rows{{"1", "2"}, {"3", "4"}});
    CHECK(linesOf(table) == std::vector<int>{2, 3});
}

TEST_CASE("CsvReader skips blank lines and still counts them", "[CsvReader]")
{
    SECTION("before the header, between records and at the end, in every line ending")
    {
        // Lines: 1 and 2 blank, 3 header, 4 blank, 5 record, 6 blank (CRLF), 7 blank (CR),
        // 8 record, then blank lines to the end.
        const CsvTable table = readOk("\n\na,b\n\n1,2\n\r\n\r3,4\n\n\n");
        CHECK(strs(table.header) == Row{"a", "b"});
        CHECK(rowsOf(table) == Rows{{"1", "2"}, {"3", "4"}});
        CHECK(linesOf(table) == std::vector<int>{5, 8});
    }
    SECTION("CR followed by CRLF is two line ends, not one")
    {
        const CsvTable table = readOk("a\r\r\nx\n");
        CHECK(rowsOf(table) == Rows{{"x"}});
        CHECK(linesOf(table) == std::vector<int>{3});
    }
    SECTION("a blank line inside quotes is text, not a blank line")
    {
        const CsvTable table = readOk("id,isi\n1,\"a\n\nb\"\n2,c\n");
        CHECK(rowsOf(table) == Rows{{"1", "a\n\nb"}, {"2", "c"}});
        CHECK(linesOf(table) == std::vector<int>{2, 5});
    }
}

TEST_CASE("CsvReader keeps line ends inside quotes verbatim and counts their lines", "[CsvReader]")
{
    struct Case
    {
        const char *what;
        const char *input;
        const char *field;
    };
    const Case c = GENERATE(values<Case>({
        {"LF", "id,isi\n1,\"a\nb\nc\nd\"\n2,x\n", "a\nb\nc\nd"},
        {"CRLF", "id,isi\r\n1,\"a\r\nb\r\nc\r\nd\"\r\n2,x\r\n", "a\r\nb\r\nc\r\nd"},
        {"lone CR", "id,isi\r1,\"a\rb\rc\rd\"\r2,x\r", "a\rb\rc\rd"},
        {"all three in one field", "id,isi\n1,\"a\r\nb\rc\nd\"\n2,x\n", "a\r\nb\rc\nd"},
    }));
    CAPTURE(c.what);
    const CsvTable table = readOk(c.input);
    CHECK(rowsOf(table) == Rows{{"1", c.field}, {"2", "x"}});
    // The quoted field spans lines 2 to 5, so the next record starts on line 6.
    CHECK(linesOf(table) == std::vector<int>{2, 6});
}

// Regression: a CRLF inside a quoted field came out as a lone LF. RFC 4180 keeps a quoted
// field as written; this is csv-spectrum's newlines_crlf case, byte for byte.
TEST_CASE("CsvReader keeps a CRLF inside a quoted field (csv-spectrum newlines_crlf)",
          "[CsvReader]")
{
    const CsvTable table = readOk("a,b,c\r\n1,2,3\r\n\"Once upon \r\na time\",5,6\r\n7,8,9\r\n");
    CHECK(strs(table.header) == Row{"a", "b", "c"});
    CHECK(rowsOf(table) ==
          Rows{{"1", "2", "3"}, {"Once upon \r\na time", "5", "6"}, {"7", "8", "9"}});
    // The quoted CRLF still ends a line for positions: the last record is on line 5.
    CHECK(linesOf(table) == std::vector<int>{2, 3, 5});
}

TEST_CASE("CsvReader skips a leading UTF-8 BOM", "[CsvReader]")
{
    SECTION("before a plain header")
    {
        const CsvTable table = readOk("\xEF\xBB\xBFNo;Komoditas\r\n1;Gula Pasir\r\n");
        CHECK(strs(table.header) == Row{"No", "Komoditas"});
        CHECK(table.delimiter == u';');
        CHECK(linesOf(table) == std::vector<int>{2});
    }
    SECTION("before a quoted header name, which is then still quoted")
    {
        const CsvTable table = readOk("\xEF\xBB\xBF\"No\",\"Nama; lengkap\"\r\n1,x\r\n");
        CHECK(strs(table.header) == Row{"No", "Nama; lengkap"});
        CHECK(table.delimiter == u',');
    }
    SECTION("followed by blank lines")
    {
        const CsvTable table = readOk("\xEF\xBB\xBF\r\n\r\na,b\r\n1,2\r\n");
        CHECK(strs(table.header) == Row{"a", "b"});
        CHECK(linesOf(table) == std::vector<int>{4});
    }
    SECTION("only one is skipped; U+FEFF elsewhere is text")
    {
        const CsvTable table = readOk("\xEF\xBB\xBF"
                                      "a\n\xEF\xBB\xBFx\n");
        CHECK(strs(table.header) == Row{"a"});
        CHECK(rowsOf(table) == Rows{{"\xEF\xBB\xBFx"}});
    }
    SECTION("it is not counted as a column")
    {
        const CsvResult result = readWith("\xEF\xBB\xBF\"a\"x,b\n");
        CHECK_FALSE(result.ok());
        CHECK(result.line == 1);
        CHECK(result.column == 4);
    }
}

TEST_CASE("CsvReader reads semicolon-separated files with decimal commas, values staying text",
          "[CsvReader]")
{
    const CsvTable table = readOk("Komoditas;Harga;Stok (ton)\n"
                                  "Telur Ayam Ras;28.500;12,5\n"
                                  "Cabai Rawit;52.000;0,75\n");
    CHECK(table.delimiter == u';');
    CHECK(strs(table.header) == Row{"Komoditas", "Harga", "Stok (ton)"});
    CHECK(rowsOf(table) ==
          Rows{{"Telur Ayam Ras", "28.500", "12,5"}, {"Cabai Rawit", "52.000", "0,75"}});
}

TEST_CASE("CsvReader reads tab-separated files", "[CsvReader]")
{
    const CsvTable table = readOk("Kecamatan\tAduan\tRata-rata\nWlingi\t12\t1,5\n"
                                  "Kanigoro\t\"7\t(dua \"\"baru\"\")\"\t2;3\n");
    CHECK(table.delimiter == u'\t');
    CHECK(strs(table.header) == Row{"Kecamatan", "Aduan", "Rata-rata"});
    CHECK(rowsOf(table) == Rows{{"Wlingi", "12", "1,5"}, {"Kanigoro", "7\t(dua \"baru\")", "2;3"}});
}

TEST_CASE("CsvReader detects the delimiter from the header line", "[CsvReader]")
{
    struct Case
    {
        const char *what;
        const char *input;
        char expected;
    };
    const Case c = GENERATE(values<Case>({
        {"commas", "a,b,c", ','},
        {"semicolons", "a;b;c", ';'},
        {"tabs", "a\tb\tc", '\t'},
        {"the most frequent wins", "a;b;c,d", ';'},
        {"the most frequent wins over the preferred", "a\tb\tc,d;e", '\t'},
        {"a tie of ',' and ';' goes to ','", "a,b;c", ','},
        {"a tie of ';' and tab goes to ';'", "a;b\tc", ';'},
        {"a tie of ',' and tab goes to ','", "a\tb,c", ','},
        {"a three-way tie goes to ','", "a\tb;c,d", ','},
        {"no candidate at all means ','", "Kecamatan", ','},
        {"a quoted ';' does not count", "\"x;y;z\",b", ','},
        {"a quoted ',' does not count", "\"a,b,c\";d", ';'},
        {"a quoted tab does not count", "\"a\tb\tc\";d", ';'},
        {"doubled quotes inside quotes do not end them", "\"say \"\"a,b\"\",\"\"c\"\"\";d", ';'},
        {"a quoted field after any candidate", "a;\"b,c,d\";e,f", ';'},
        {"a quote inside a name opens nothing", "a\"b,c,d\";e", ','},
        {"a quoted newline in the header is skipped over", "\"x\ny,z,w\";a;b\nq;r;s", ';'},
        {"only the header line counts", "a;b\n1,2,3;4", ';'},
        {"blank lines before the header are skipped", "\n\r\na;b", ';'},
        {"after a BOM",
         "\xEF\xBB\xBF"
         "a;b",
         ';'},
    }));
    CAPTURE(c.what, printable(c.input));
    const CsvResult result = readWith(c.input);
    INFO("error " << str(result.error));
    REQUIRE(result.ok());
    CHECK(result.table->delimiter == QChar::fromLatin1(c.expected));
}

TEST_CASE("CsvReader uses a given delimiter as is", "[CsvReader]")
{
    SECTION("one the header would not suggest")
    {
        const CsvTable table = readOk("a;b;c,d\n1;2;3,4\n", u',');
        CHECK(table.delimiter == u',');
        CHECK(strs(table.header) == Row{"a;b;c", "d"});
        CHECK(rowsOf(table) == Rows{{"1;2;3", "4"}});
    }
    SECTION("one that is no candidate for detection")
    {
        const CsvTable table = readOk("a|b\n1|\"x|y\"\n", u'|');
        CHECK(strs(table.header) == Row{"a", "b"});
        CHECK(rowsOf(table) == Rows{{"1", "x|y"}});
    }
    SECTION("a non-ASCII one, several bytes in UTF-8")
    {
        // U+2192 RIGHTWARDS ARROW; the data also holds U+2190, which shares its first two bytes.
        const CsvTable table = readOk("a\xE2\x86\x92"
                                      "b\n\xE2\x86\x90\xE2\x86\x92\"\xE2\x86\x92\"\n",
                                      QChar(0x2192));
        CHECK(table.delimiter == QChar(0x2192));
        CHECK(strs(table.header) == Row{"a", "b"});
        CHECK(rowsOf(table) == Rows{{"\xE2\x86\x90", "\xE2\x86\x92"}});
    }
    SECTION("a space")
    {
        const CsvTable table = readOk("a b\n1 \"x y\"\n", u' ');
        CHECK(strs(table.header) == Row{"a", "b"});
        CHECK(rowsOf(table) == Rows{{"1", "x y"}});
    }
}

TEST_CASE("CsvReader refuses a delimiter that cannot separate fields", "[CsvReader]")
{
    const char16_t delimiter = GENERATE(u'"', u'\r', u'\n', char16_t(0xD800), char16_t(0xDC00));
    CAPTURE(int(delimiter));
    const CsvResult result = readWith("a,b\n1,2\n", QChar(delimiter));
    CHECK_FALSE(result.ok());
    CHECK(str(result.error) == "the delimiter cannot be a quote, CR, LF or a lone surrogate");
    // The problem is in the options, not in the text.
    CHECK(result.line == 0);
    CHECK(result.column == 0);
}

TEST_CASE("CsvReader reports every error with its line and column", "[CsvReader]")
{
    struct Case
    {
        const char *what;
        const char *input;
        int line;
        int column;
        const char *error;
    };
    const Case c = GENERATE(values<Case>({
        {"empty input", "", 1, 1, "no header line"},
        {"only a BOM", "\xEF\xBB\xBF", 1, 1, "no header line"},
        {"only blank lines", "\n\r\n\r", 1, 1, "no header line"},
        {"text after a closing quote", "a,b\n\"abc\"x,1\n", 2, 6,
         "unexpected text after the closing quote of a field; a quote inside a quoted field must "
         "be written twice (\"\")"},
        {"a space after a closing quote", "a,b\n1,\"abc\" \n", 2, 8,
         "unexpected text after the closing quote of a field; a quote inside a quoted field must "
         "be written twice (\"\")"},
        {"text after a closing quote in the header", "\"a\"b,c\n", 1, 4,
         "unexpected text after the closing quote of a field; a quote inside a quoted field must "
         "be written twice (\"\")"},
        {"text after a closing quote, counted in characters",
         "Komoditas;Harga\nCabai \xE2\x80\x93 rawit;\"1\"2\n", 2, 18,
         "unexpected text after the closing quote of a field; a quote inside a quoted field must "
         "be written twice (\"\")"},
        {"text after a closing quote, after a multi-line field", "a,b\n\"x\r\ny\",\"z\"!\n", 3, 7,
         "unexpected text after the closing quote of a field; a quote inside a quoted field must "
         "be written twice (\"\")"},
        {"an unterminated quote", "a,b\n1,\"abc\n2,3\n", 2, 3,
         "the quoted field that starts on line 2 has no closing quote"},
        {"an unterminated quote ending in a doubled quote", "a\n\"abc\"\"", 2, 1,
         "the quoted field that starts on line 2 has no closing quote"},
        {"an unterminated quote in the header", "\"a,b\nc", 1, 1,
         "the quoted field that starts on line 1 has no closing quote"},
        {"an unterminated quote after multi-line fields", "a\n\"x\ny\"\n\"z\n\n", 4, 1,
         "the quoted field that starts on line 4 has no closing quote"},
        {"too many fields", "a,b\n1,2,3\n", 2, 5,
         "line 2: expected 2 fields as in the header, found 3"},
        {"too few fields", "a,b,c\n1,2\n", 2, 4,
         "line 2: expected 3 fields as in the header, found 2"},
        {"too few fields, CRLF", "a,b,c\r\n1,2\r\n", 2, 4,
         "line 2: expected 3 fields as in the header, found 2"},
        {"too few fields at the end of the input", "a,b,c\n1,2", 2, 4,
         "line 2: expected 3 fields as in the header, found 2"},
        {"a trailing delimiter in a record", "a,b\n1,2,\n", 2, 5,
         "line 2: expected 2 fields as in the header, found 3"},
        {"many fields too many", "a,b\n1,2,3,4,5,6\n", 2, 5,
         "line 2: expected 2 fields as in the header, found 6"},
        {"one header field", "a\n1,2\n", 2, 3,
         "line 2: expected 1 field as in the header, found 2"},
        {"a record after blank lines", "a,b\n\n\n1\n", 4, 2,
         "line 4: expected 2 fields as in the header, found 1"},
        {"the message names the record's first line, the place the surplus field",
         "a,b\n\"x\ny\",2,3\n", 3, 6, "line 2: expected 2 fields as in the header, found 3"},
        {"a decimal comma in a comma file", "Komoditas,Harga\nTelur Ayam Ras,28,5\n", 2, 19,
         "line 2: expected 2 fields as in the header, found 3"},
        {"an empty header name", "a,,c\n", 1, 3, "column 2 has no name"},
        {"an empty last header name", "a,b,\n1,2,3\n", 1, 5, "column 3 has no name"},
        {"a header name of spaces", "a, ,c\n", 1, 3, "column 2 has no name"},
        {"a quoted empty header name", "\"\",b\n", 1, 1, "column 1 has no name"},
        {"an empty header name on a later line", "\n\nx,\"\"\n", 3, 3, "column 2 has no name"},
        {"a duplicate header name", "No,Nama,No\n", 1, 9,
         "column 3 has the same name as column 1: \"No\""},
        {"a duplicate once trimmed", "Nama, Nama\n", 1, 6,
         "column 2 has the same name as column 1: \"Nama\""},
        {"a duplicate, one quoted", "field_name,\"field_name\"\r\naaa,bbb\r\n", 1, 12,
         "column 2 has the same name as column 1: \"field_name\""},
        {"a byte that is never UTF-8", "a,b\n1,\xFF\n", 2, 3,
         "not valid UTF-8 (byte 0xFF); save the file as UTF-8"},
        {"Latin-1 text", "a,b\n\xC3\xA9,\xE9t\n", 2, 3,
         "not valid UTF-8 (byte 0xE9); save the file as UTF-8"},
        {"a sequence cut off by the end", "a\n\xE2\x82", 2, 1,
         "not valid UTF-8 (byte 0xE2); save the file as UTF-8"},
        {"a sequence cut off by a newline", "a\n\xE2\x82\n", 2, 1,
         "not valid UTF-8 (byte 0xE2); save the file as UTF-8"},
        {"an overlong form", "\xC0\xAF", 1, 1,
         "not valid UTF-8 (byte 0xC0); save the file as UTF-8"},
        {"an overlong three-byte form", "ab\xE0\x80\xAF", 1, 3,
         "not valid UTF-8 (byte 0xE0); save the file as UTF-8"},
        {"a surrogate", "\xED\xA0\x80", 1, 1,
         "not valid UTF-8 (byte 0xED); save the file as UTF-8"},
        {"a code point past U+10FFFF", "\xF4\x90\x80\x80", 1, 1,
         "not valid UTF-8 (byte 0xF4); save the file as UTF-8"},
        {"a continuation byte without a lead", "ab\x80", 1, 3,
         "not valid UTF-8 (byte 0x80); save the file as UTF-8"},
        {"a bad byte inside a multi-line quoted field", "a\n\"x\ny\xFE\"", 3, 2,
         "not valid UTF-8 (byte 0xFE); save the file as UTF-8"},
        {"a bad byte after a lone CR", "a\r\x01\xFF", 2, 2,
         "not valid UTF-8 (byte 0xFF); save the file as UTF-8"},
        {"a bad byte right after a BOM", "\xEF\xBB\xBF\xFF", 1, 1,
         "not valid UTF-8 (byte 0xFF); save the file as UTF-8"},
        {"a bad byte after an emoji", "\xF0\x9F\x98\x80\x0F\xF8", 1, 3,
         "not valid UTF-8 (byte 0xF8); save the file as UTF-8"},
        {"the encoding is checked before the structure", "\"a\"x\n\xC1", 2, 1,
         "not valid UTF-8 (byte 0xC1); save the file as UTF-8"},
    }));
    CAPTURE(c.what, printable(c.input));
    const CsvResult result = readWith(c.input);
    CHECK_FALSE(result.ok());
    CHECK(str(result.error) == c.error);
    CHECK(result.line == c.line);
    CHECK(result.column == c.column);
}

TEST_CASE("CsvReader caps the number of data rows", "[CsvReader]")
{
    CsvOptions options;
    options.maxRows = 2;

    SECTION("up to the cap is fine")
    {
        const CsvResult result = CsvReader::read("a\n1\n2\n", options);
        REQUIRE(result.ok());
        CHECK(result.table->rows.size() == 2);
    }
    SECTION("one more is an error at the record past the cap, not a truncation")
    {
        const CsvResult result = CsvReader::read("a\n1\n\n2\n\n3\n4\n", options);
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.table.has_value());
        CHECK(str(result.error) == "more than 2 data rows, the limit");
        CHECK(result.line == 6);
        CHECK(result.column == 1);
    }
    SECTION("a cap of 0 allows the header alone")
    {
        options.maxRows = 0;
        const CsvResult header = CsvReader::read("a,b\n\n", options);
        REQUIRE(header.ok());
        CHECK(header.table->rows.isEmpty());
        const CsvResult more = CsvReader::read("a,b\n1,2\n", options);
        CHECK_FALSE(more.ok());
        CHECK(str(more.error) == "more than 0 data rows, the limit");
        CHECK(more.line == 2);
        CHECK(more.column == 1);
    }
    SECTION("a negative cap counts as 0")
    {
        options.maxRows = -5;
        const CsvResult more = CsvReader::read("a,b\n1,2\n", options);
        CHECK_FALSE(more.ok());
        CHECK(str(more.error) == "more than 0 data rows, the limit");
    }
}

TEST_CASE("CsvReader caps the size of a field", "[CsvReader]")
{
    CsvOptions options;
    options.maxFieldBytes = 5;
    struct Case
    {
        const char *what;
        const char *input;
        bool ok;
        int line;
        int column;
    };
    const Case c = GENERATE(values<Case>({
        {"exactly at the cap", "a,b\nabcde,x\n", true, 0, 0},
        {"one byte over", "a,b\nx,abcdef\n", false, 2, 3},
        {"quoted, counted after unquoting", "a,b\n\"ab\"\"cd\",x\n", true, 0, 0},
        {"quoted and over", "a,b\nx,\"abcdef\"\n", false, 2, 3},
        {"a quoted CRLF is the two bytes it is, kept", "a,b\n\"a\r\ncd\",x\n", true, 0, 0},
        {"a quoted CRLF over the cap", "a,b\n\"ab\r\ncd\",x\n", false, 2, 1},
        {"quoted and over on a later line", "a,b\nx,\"ab\ncd\nef\"\n", false, 2, 3},
        {"counted in bytes, not characters", "a,b\nx,\xC3\xA9\xC3\xA9\xC3\xA9\n", false, 2, 3},
        {"in bytes, at the cap", "a,b\nx,\xC3\xA9\xC3\xA9z\n", true, 0, 0},
        {"a header name over the cap", "abcdef,b\n", false, 1, 1},
        {"a long unquoted field at the end of the input", "a\n123456", false, 2, 1},
    }));
    CAPTURE(c.what, printable(c.input));
    const CsvResult result = CsvReader::read(c.input, options);
    CHECK(result.ok() == c.ok);
    CHECK(result.line == c.line);
    CHECK(result.column == c.column);
    if (!c.ok)
        CHECK(str(result.error) == "a field is longer than 5 bytes, the limit");
}

TEST_CASE("CsvReader's default caps", "[CsvReader]")
{
    const CsvOptions defaults;
    CHECK(defaults.delimiter.isNull());
    CHECK(defaults.maxRows == 1'000'000);
    CHECK(defaults.maxFieldBytes == 1 << 20);

    const QByteArray atCap(1 << 20, 'x');
    const CsvResult fits = CsvReader::read("a\n" + atCap + "\n");
    REQUIRE(fits.ok());
    CHECK(fits.table->rows.at(0).at(0).size() == 1 << 20);

    const CsvResult tooBig = CsvReader::read("a\n\"" + atCap + "y\"\n");
    CHECK_FALSE(tooBig.ok());
    CHECK(str(tooBig.error) == "a field is longer than 1048576 bytes, the limit");
    CHECK(tooBig.line == 2);
    CHECK(tooBig.column == 1);

    QByteArray manyRows = "a\n";
    manyRows += QByteArray("1\n").repeated(1'000'000);
    const CsvResult full = CsvReader::read(manyRows);
    REQUIRE(full.ok());
    CHECK(full.table->rows.size() == 1'000'000);
    CHECK(full.table->rowLines.back() == 1'000'001);

    manyRows += "2\n";
    const CsvResult over = CsvReader::read(manyRows);
    CHECK_FALSE(over.ok());
    CHECK(str(over.error) == "more than 1000000 data rows, the limit");
    CHECK(over.line == 1'000'002);
    CHECK(over.column == 1);
}

TEST_CASE("CsvReader stays linear on pathological input", "[CsvReader]")
{
    SECTION("a million blank lines before the header")
    {
        const CsvTable table = readOk(QByteArray(1'000'000, '\n') + "a\n1\n");
        CHECK(linesOf(table) == std::vector<int>{1'000'002});
    }
    SECTION("a record of a million fields against a two-field header")
    {
        const CsvResult result = readWith("a,b\n" + QByteArray(1'000'000, ','));
        CHECK_FALSE(result.ok());
        CHECK(str(result.error) == "line 2: expected 2 fields as in the header, found 1000001");
        CHECK(result.line == 2);
        CHECK(result.column == 3);
    }
    SECTION("a header of a hundred thousand names")
    {
        QByteArray header;
        for (int i = 0; i < 100'000; ++i)
            header += "c" + QByteArray::number(i) + ",";
        header += "x\n";
        const CsvTable table = readOk(header);
        CHECK(table.header.size() == 100'001);
        CHECK(table.column(QStringLiteral("c99999")) == 99'999);
    }
    SECTION("a field of a million quotes")
    {
        // The first quote opens, 499,999 pairs make as many quotes, the last one closes.
        const CsvTable table = readOk("a\n" + QByteArray(1'000'000, '"'));
        REQUIRE(table.rows.size() == 1);
        CHECK(table.rows.at(0).at(0) == QString(499'999, u'"'));
    }
    SECTION("an unterminated quote at the start of a megabyte")
    {
        const CsvResult result = readWith("a\n\"" + QByteArray(1'000'000, 'x'));
        CHECK_FALSE(result.ok());
        CHECK(result.line == 2);
        CHECK(result.column == 1);
    }
}

TEST_CASE("CsvTable::column finds a header name, exact match first", "[CsvReader]")
{
    const CsvTable table = readOk("No,Komoditas,HARGA,harga,Satuan\n");
    CHECK(table.column(QStringLiteral("No")) == 0);
    CHECK(table.column(QStringLiteral("Komoditas")) == 1);
    CHECK(table.column(QStringLiteral("komoditas")) == 1);
    CHECK(table.column(QStringLiteral("KOMODITAS")) == 1);
    CHECK(table.column(QStringLiteral("harga")) == 3);
    CHECK(table.column(QStringLiteral("HARGA")) == 2);
    CHECK(table.column(QStringLiteral("Harga")) == 2); // the first case-insensitive match
    CHECK(table.column(QStringLiteral("satuan")) == 4);
    CHECK(table.column(QStringLiteral("Stok")) == -1);
    CHECK(table.column(QStringLiteral("Satuan ")) == -1);
    CHECK(table.column(QString()) == -1);
    CHECK(CsvTable().column(QStringLiteral("No")) == -1);
}
