// Fuzzes CsvReader on its own (detected and given delimiters, default and tiny caps) and a CSV
// feed mapped the way tests/data/feeds/harga-pangan.csv and aduan-lapor.csv are.

#include "FuzzCheck.h"
#include "formats/CsvReader.h"
#include "formats/FeedIngest.h"

#include <cstddef>
#include <cstdint>

using namespace Pantau;

namespace {

FeedConfig csvFeed()
{
    FeedConfig feed;
    feed.id = QStringLiteral("fuzz-csv");
    feed.format = FeedFormat::Csv;
    feed.numbers.decimalComma = true;
    SeriesMapping prices;
    prices.key = QStringLiteral("Komoditas");
    prices.value = QStringLiteral("Harga Hari Ini");
    prices.time = QStringLiteral("Diperbarui");
    prices.timeFormat = QStringLiteral("dd-MM-yyyy HH.mm");
    prices.indicators = {{QStringLiteral("Beras Medium"), QStringLiteral("harga.beras")}};
    prices.indicatorTemplate = QStringLiteral("harga.{key}");
    feed.series = {prices};
    EventMapping events;
    events.id = QStringLiteral("id");
    events.time = QStringLiteral("waktu");
    events.timeFormat = QStringLiteral("dd/MM/yyyy HH:mm");
    events.kecamatan = QStringLiteral("kecamatan");
    events.category = QStringLiteral("kategori");
    events.status = QStringLiteral("status");
    events.text = QStringLiteral("isi");
    feed.events = events;
    return feed;
}

CsvOptions options(QChar delimiter, qsizetype maxRows, qsizetype maxFieldBytes)
{
    CsvOptions o;
    o.delimiter = delimiter;
    o.maxRows = maxRows;
    o.maxFieldBytes = maxFieldBytes;
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FeedConfig feed = csvFeed();
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const CsvOptions defaults;
    for (const CsvOptions &o : {defaults, options(u';', defaults.maxRows, defaults.maxFieldBytes),
                                options(u'\t', 3, 8), options(QChar(), 2, 4)}) {
        FuzzCheck::csvResult(CsvReader::read(bytes, o), o);
    }
    FuzzCheck::parseResult(
        FeedIngest::parse(bytes, feed, FuzzCheck::jakarta(), FuzzCheck::fetchTime()), feed.id);
    return 0;
}
