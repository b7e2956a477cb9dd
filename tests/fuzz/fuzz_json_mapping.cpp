// Fuzzes the generic JSON path: JSON text read and mapped by FeedIngest with a fixed mapping that
// uses every kind of mapping a config can give (single values with source times, series keyed
// by a map and by a template, fields as JSON Pointers, event records), in the shapes of
// tests/data/feeds/panel-harga.json and insiden-112.json.

#include "FuzzCheck.h"
#include "formats/FeedIngest.h"

#include <cstddef>
#include <cstdint>

using namespace Pantau;

namespace {

JsonPointer pointer(const char *text)
{
    return JsonPointer::parse(QString::fromUtf8(text)).value();
}

FeedConfig jsonFeed(bool decimalComma)
{
    FeedConfig feed;
    feed.id = QStringLiteral("fuzz-json");
    feed.format = FeedFormat::Json;
    feed.numbers.decimalComma = decimalComma;
    feed.numbers.noData = {0.0, -1.0};
    feed.values = {
        {QStringLiteral("apbd.pendapatan.persen"), pointer("/pendapatan/persen"),
         pointer("/diperbarui")},
        {QStringLiteral("112.masuk"), pointer("/panggilan/masuk"), pointer("/panggilan/waktu")},
        {QStringLiteral("harga.pertama"), pointer("/data/0/today"), std::nullopt},
        {QStringLiteral("akar"), pointer(""), std::nullopt},
    };
    SeriesMapping prices;
    prices.records = pointer("/data");
    prices.key = QStringLiteral("name");
    prices.value = QStringLiteral("today");
    prices.time = QStringLiteral("yesterday_date");
    prices.timeFormat = QStringLiteral("dd-MM-yyyy");
    prices.indicators = {{QStringLiteral("Beras Premium"), QStringLiteral("harga.beras")},
                         {QStringLiteral("Telur Ayam Ras"), QStringLiteral("harga.telur")}};
    prices.indicatorTemplate = QStringLiteral("harga.{key}");
    SeriesMapping byPointer;
    byPointer.records = pointer("/data");
    byPointer.key = QStringLiteral("/id");
    byPointer.value = QStringLiteral("/gap/0");
    byPointer.time = QStringLiteral("/waktu");
    byPointer.indicatorTemplate = QStringLiteral("gap.{key}.{key}");
    feed.series = {prices, byPointer};
    EventMapping events;
    events.records = pointer("/data");
    events.id = QStringLiteral("no_tiket");
    events.time = QStringLiteral("waktu");
    events.kecamatan = QStringLiteral("kecamatan");
    events.category = QStringLiteral("kategori");
    events.status = QStringLiteral("/status");
    events.text = QStringLiteral("uraian");
    feed.events = events;
    return feed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FeedConfig plain = jsonFeed(false);
    static const FeedConfig comma = jsonFeed(true);
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const FeedConfig *feed : {&plain, &comma}) {
        const ParseResult result =
            FeedIngest::parse(bytes, *feed, FuzzCheck::jakarta(), FuzzCheck::fetchTime());
        FuzzCheck::parseResult(result, feed->id);
    }
    return 0;
}
