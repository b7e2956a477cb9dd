// Fuzzes BpsReader (datacontent keys split back into vervar, var, turvar, tahun and turtahun)
// and a BPS feed mapped like tests/data/feeds/bps-penduduk-kecamatan.json.

#include "FuzzCheck.h"
#include "formats/BpsReader.h"
#include "formats/FeedIngest.h"

#include <cstddef>
#include <cstdint>

using namespace Pantau;

namespace {

FeedConfig bpsFeed()
{
    FeedConfig feed;
    feed.id = QStringLiteral("fuzz-bps");
    feed.format = FeedFormat::Bps;
    SeriesMapping perKecamatan;
    perKecamatan.key = QStringLiteral("vervar");
    perKecamatan.value = QStringLiteral("value");
    perKecamatan.time = QStringLiteral("tahunLabel");
    perKecamatan.timeFormat = QStringLiteral("yyyy");
    perKecamatan.indicators = {{QStringLiteral("3505"), QStringLiteral("penduduk.kabupaten")}};
    perKecamatan.indicatorTemplate = QStringLiteral("penduduk.{key}");
    SeriesMapping byLabel;
    byLabel.key = QStringLiteral("/vervarLabel");
    byLabel.value = QStringLiteral("/value");
    byLabel.indicatorTemplate = QStringLiteral("label.{key}");
    feed.series = {perKecamatan, byLabel};
    return feed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FeedConfig feed = bpsFeed();
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Payload payload = BpsReader::read(bytes);
    FuzzCheck::payload(payload);
    if (payload.ok())
        FuzzCheck::require(payload.root.isArray(), "BPS cells come as an array of records");
    FuzzCheck::parseResult(
        FeedIngest::parse(bytes, feed, FuzzCheck::jakarta(), FuzzCheck::fetchTime()), feed.id);
    return 0;
}
