#include "FeedFormatsFixture.h"
#include "TestValues.h"
#include "formats/BpsReader.h"
#include "formats/FeedIngest.h"
#include "formats/FeedMapper.h"
#include "formats/PayloadReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

// End-to-end tests of FeedIngest on answers captured in the shapes agencies really publish
// (tests/data/feeds/). Every expected value below is read off the feedFixture it names.

// Event records, source times from the future, and answers that are broken.

// --- Events ----------------------------------------------------------------------------------

namespace {

EventMapping eventMapping(const char *records, const char *id, const char *time,
                          const char *kecamatan, const char *category, const char *status,
                          const char *text)
{
    EventMapping m;
    m.records = pointer(records);
    m.id = QString::fromUtf8(id);
    m.time = QString::fromUtf8(time);
    m.kecamatan = QString::fromUtf8(kecamatan);
    m.category = QString::fromUtf8(category);
    m.status = QString::fromUtf8(status);
    m.text = QString::fromUtf8(text);
    return m;
}

struct ExpectedEvent
{
    const char *id;
    QDateTime time;
    const char *kecamatan;
    const char *category;
    const char *status;
    const char *text;
};

void checkEvent(const EventRecord &event, const char *feedId, const ExpectedEvent &e)
{
    CAPTURE(e.id);
    CHECK(str(event.feedId) == feedId);
    CHECK(str(event.id) == e.id);
    CHECK(str(event.time) == str(e.time));
    CHECK(event.time.timeSpec() == Qt::UTC);
    CHECK(str(event.kecamatan) == e.kecamatan);
    CHECK(str(event.category) == e.category);
    CHECK(str(event.status) == e.status);
    CHECK(str(event.text) == e.text);
}

} // namespace

TEST_CASE("FeedFormats: 112 incidents become events with UTC times", "[FeedFormats][events]")
{
    FeedConfig feed = feedConfig("insiden-112", "json");
    feed.opd = QStringLiteral("Dinas Kominfo");
    feed.events =
        eventMapping("/data", "no_tiket", "waktu", "kecamatan", "kategori", "status", "uraian");
    const ParseResult result = parse(feedFixture("insiden-112.json"), feed);
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    CHECK(result.samples.isEmpty());

    const ExpectedEvent expected[] = {
        {"112-20261128-0041", utc(2026, 11, 28, 5, 47), "Wlingi", "Kecelakaan", "Ditangani",
         "Kecelakaan sepeda motor di Jl. Raya Wlingi\u2013Blitar, satu korban luka ringan."},
        // "2026-11-28 12:58:30", no offset: WIB.
        {"112-20261128-0042", utc(2026, 11, 28, 5, 58, 30), "Kademangan", "Kebakaran",
         "Dalam perjalanan", "Kebakaran lahan tebu di Desa Plosorejo."},
        // 1795845840000 ms: 13:04 WIB.
        {"112-20261128-0043", utc(2026, 11, 28, 6, 4), "Ponggok", "Penyakit", "Baru",
         "Warga pingsan di Pasar Ponggok, butuh ambulans."},
        // "  Sutojayan " is trimmed.
        {"112-20261128-0046", utc(2026, 11, 28, 6, 8), "Sutojayan", "Kerusuhan", "Ditangani",
         "Keributan antarwarga setelah pertandingan sepak bola."},
    };
    REQUIRE(result.events.size() == 4);
    for (qsizetype i = 0; i < 4; ++i)
        checkEvent(result.events.at(i), "insiden-112", expected[i]);

    REQUIRE(result.sampleErrors.size() == 2);
    CHECK(str(result.sampleErrors.at(0).pointer) == "/data/3/no_tiket");
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("id"));
    CHECK(str(result.sampleErrors.at(1).pointer) == "/data/4/waktu");
    CHECK_THAT(str(result.sampleErrors.at(1).message), Catch::Contains("time"));
}

TEST_CASE("FeedFormats: SP4N-LAPOR! complaints in CSV become events", "[FeedFormats][events]")
{
    FeedConfig feed = feedConfig("aduan-lapor", "csv");
    feed.opd = QStringLiteral("Dinas Kominfo");
    feed.events = eventMapping("", "id", "waktu", "kecamatan", "kategori", "status", "isi");
    const ParseResult result = parse(feedFixture("aduan-lapor.csv"), feed);
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    CHECK(result.samples.isEmpty());

    const ExpectedEvent expected[] = {
        {"LPR-20261128-001", utc(2026, 11, 28, 1, 15), "Wlingi", "Infrastruktur", "Belum ditangani",
         "Jalan berlubang di Jl. Raya Wlingi\u2013Doko dekat pasar, sudah dua minggu belum "
         "ditambal.\nMohon segera diperbaiki sebelum musim hujan."},
        {"LPR-20261128-002", utc(2026, 11, 28, 2, 40), "Kanigoro", "Lingkungan", "Diproses",
         "Sampah menumpuk di TPS Desa Kanigoro"},
        {"LPR-20261128-004", utc(2026, 11, 28, 3, 22, 30), "Sutojayan", "Infrastruktur", "Diproses",
         "Lampu PJU mati di depan SDN Sutojayan 1"},
        {"LPR-20261128-006", utc(2026, 11, 28, 4, 5), "Wonotirto", "Bencana", "Selesai",
         "Pohon tumbang menutup jalan ke Pantai Serang. Sudah dibersihkan BPBD pukul 09.30 WIB."},
    };
    REQUIRE(result.events.size() == 4);
    for (qsizetype i = 0; i < 4; ++i)
        checkEvent(result.events.at(i), "aduan-lapor", expected[i]);

    // Row 3 has no id; row 5 is dated 31 November.
    REQUIRE(result.sampleErrors.size() == 2);
    CHECK(str(result.sampleErrors.at(0).pointer) == "/2/id");
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("id"));
    CHECK(str(result.sampleErrors.at(1).pointer) == "/4/waktu");
    CHECK_THAT(str(result.sampleErrors.at(1).message), Catch::Contains("time"));
}

// --- Source times from the future --------------------------------------------------------------

TEST_CASE("FeedFormats: a source time well ahead of the fetch is flagged, a little ahead is not",
          "[FeedFormats][future]")
{
    // The expectations below are worked out for a five-minute tolerance.
    REQUIRE(FeedMapper::FutureToleranceSeconds == 300);

    // Source times in ngsi-normalized.json: Lodoyo 03:00:00Z, Kademangan 02:55:00Z, Wlingi
    // 02:58:00Z (09:58 WIB).
    struct Case
    {
        QDateTime fetched;
        bool lodoyo;
        bool kademangan;
        bool wlingi;
    };
    const Case c = GENERATE(values<Case>({
        // Lodoyo 301 s ahead, Wlingi 181 s, Kademangan 1 s.
        {utc(2026, 11, 28, 2, 54, 59), true, false, false},
        // Lodoyo exactly 300 s ahead: still within tolerance.
        {utc(2026, 11, 28, 2, 55, 0), false, false, false},
        // Lodoyo 600 s, Wlingi 480 s, Kademangan exactly 300 s.
        {utc(2026, 11, 28, 2, 50, 0), true, false, true},
        // An hour early: all three.
        {utc(2026, 11, 28, 2, 0, 0), true, true, true},
        // After all three: none.
        {utc(2026, 11, 28, 3, 5, 0), false, false, false},
        // Same instant written in WIB.
        {QDateTime(QDate(2026, 11, 28), QTime(9, 50), QTimeZone("Asia/Jakarta")), true, false,
         true},
    }));
    CAPTURE(str(c.fetched));
    const ParseResult result =
        parse(feedFixture("ngsi-normalized.json"), ngsiFeed("level@TimeInstant"), c.fetched);
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    const Sample *lodoyo = onlySample(result, "tma.lodoyo");
    const Sample *kademangan = onlySample(result, "tma.kademangan");
    const Sample *wlingi = onlySample(result, "tma.wlingi");
    REQUIRE(lodoyo);
    REQUIRE(kademangan);
    REQUIRE(wlingi);
    CHECK(lodoyo->sourceTimeInFuture == c.lodoyo);
    CHECK(kademangan->sourceTimeInFuture == c.kademangan);
    CHECK(wlingi->sourceTimeInFuture == c.wlingi);
    // Flagged or not, the value and its time are kept as the source sent them.
    CHECK(lodoyo->value == 2.41);
    CHECK(lodoyo->sourceTime == utc(2026, 11, 28, 3));
}

TEST_CASE("FeedFormats: a sample without a source time is never from the future",
          "[FeedFormats][future]")
{
    // Panel Harga's today prices carry no time.
    const ParseResult result =
        parse(feedFixture("panel-harga.json"), panelHargaFeed(), utc(2020, 1, 1, 0));
    const Sample *telur = onlySample(result, "harga.telur");
    REQUIRE(telur);
    CHECK_FALSE(telur->sourceTime.isValid());
    CHECK_FALSE(telur->sourceTimeInFuture);
    // Yesterday's price, dated 13-09-2025, is years ahead of a fetch in 2020.
    const Sample *kemarin = onlySample(result, "harga.telur.kemarin");
    REQUIRE(kemarin);
    CHECK(kemarin->sourceTimeInFuture);
}

// --- Malformed answers -------------------------------------------------------------------------

namespace {

FeedConfig feedFor(const std::string &format)
{
    if (format == "ckan")
        return ckanAduanFeed();
    if (format == "bps")
        return bpsFeed("vervarLabel");
    if (format == "ngsi")
        return ngsiFeed("TimeInstant");
    if (format == "csv")
        return hargaCsvFeed();
    return panelHargaFeed();
}

const char *fixtureFor(const std::string &format)
{
    if (format == "ckan")
        return "ckan-aduan-per-kecamatan.json";
    if (format == "bps")
        return "bps-penduduk-kecamatan.json";
    if (format == "ngsi")
        return "ngsi-normalized.json";
    if (format == "csv")
        return "harga-pangan.csv";
    return "panel-harga.json";
}

QByteArray nginxErrorPage()
{
    return "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
           "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
           "</body>\r\n</html>\r\n";
}

QByteArray binaryGarbage()
{
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 131 + 7) % 256));
    return garbage;
}

} // namespace

TEST_CASE("FeedFormats: an answer cut off half way is an error, never a crash",
          "[FeedFormats][malformed]")
{
    const std::string format = GENERATE("json", "ckan", "bps", "ngsi");
    CAPTURE(format);
    const QByteArray whole = feedFixture(fixtureFor(format));
    const qsizetype cut = GENERATE(1, 2, 3, 5, 10, 20, 50, 99);
    CAPTURE(cut);
    const QByteArray bytes = whole.left(whole.size() * cut / 100);
    const ParseResult result = parse(bytes, feedFor(format));
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error), Catch::Contains("invalid JSON") && Catch::Contains("line"));
    CHECK(result.samples.isEmpty());
    CHECK(result.events.isEmpty());
}

TEST_CASE("FeedFormats: an HTML error page served as a JSON format is an error",
          "[FeedFormats][malformed]")
{
    const std::string format = GENERATE("json", "ckan", "bps", "ngsi");
    CAPTURE(format);
    const ParseResult result = parse(nginxErrorPage(), feedFor(format));
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error),
               Catch::Contains("invalid JSON") && Catch::Contains("line 1, column 1"));
    CHECK(result.samples.isEmpty());
    CHECK(result.sampleErrors.isEmpty());
}

TEST_CASE("FeedFormats: binary garbage is an error in every format", "[FeedFormats][malformed]")
{
    const std::string format = GENERATE("json", "ckan", "bps", "ngsi", "csv");
    CAPTURE(format);
    const ParseResult result = parse(binaryGarbage(), feedFor(format));
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error), Catch::Contains("line") && Catch::Contains("column"));
    CHECK(result.samples.isEmpty());
    CHECK(result.sampleErrors.isEmpty());
}

TEST_CASE("FeedFormats: binary garbage given as CSV names the bad byte", "[FeedFormats][malformed]")
{
    const ParseResult result = parse(binaryGarbage(), hargaCsvFeed());
    CHECK_FALSE(result.ok());
    CHECK_THAT(str(result.error), Catch::Contains("invalid CSV") && Catch::Contains("UTF-8"));
}

TEST_CASE("FeedFormats: an empty answer is an error in every format", "[FeedFormats][malformed]")
{
    const std::string format = GENERATE("json", "ckan", "bps", "ngsi", "csv");
    CAPTURE(format);
    const ParseResult result = parse(QByteArray(), feedFor(format));
    CHECK_FALSE(result.ok());
    CHECK(result.samples.isEmpty());
    CHECK(result.events.isEmpty());
}
