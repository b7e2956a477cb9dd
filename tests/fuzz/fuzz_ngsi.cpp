// Fuzzes NgsiReader (normalized and keyValues entities, one or a list, TimeInstant metadata)
// and an NGSI-v2 feed mapped like tests/data/feeds/ngsi-normalized.json.

#include "FuzzCheck.h"
#include "formats/FeedIngest.h"
#include "formats/NgsiReader.h"

#include <cstddef>
#include <cstdint>

using namespace Pantau;

namespace {

FeedConfig ngsiFeed()
{
    FeedConfig feed;
    feed.id = QStringLiteral("fuzz-ngsi");
    feed.format = FeedFormat::Ngsi;
    SeriesMapping levels;
    levels.key = QStringLiteral("id");
    levels.value = QStringLiteral("level");
    levels.time = QStringLiteral("level@TimeInstant");
    levels.indicators = {
        {QStringLiteral("urn:ngsi:WaterLevel:Lodoyo"), QStringLiteral("tma.lodoyo")}};
    levels.indicatorTemplate = QStringLiteral("tma.{key}");
    SeriesMapping entityTime;
    entityTime.key = QStringLiteral("type");
    entityTime.value = QStringLiteral("/location/coordinates/0");
    entityTime.time = QStringLiteral("TimeInstant");
    entityTime.indicatorTemplate = QStringLiteral("bujur.{key}");
    feed.series = {levels, entityTime};
    return feed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FeedConfig feed = ngsiFeed();
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Payload payload = NgsiReader::read(bytes);
    FuzzCheck::payload(payload);
    if (payload.ok())
        FuzzCheck::require(payload.root.isArray(), "NGSI entities come as an array of records");
    FuzzCheck::parseResult(
        FeedIngest::parse(bytes, feed, FuzzCheck::jakarta(), FuzzCheck::fetchTime()), feed.id);
    return 0;
}
