// Fuzzes CkanReader (objects and lists records, errors, page links) and a CKAN feed mapped like
// tests/data/feeds/ckan-aduan-per-kecamatan.json, including the joining of a second page.

#include "FuzzCheck.h"
#include "formats/CkanReader.h"
#include "formats/FeedIngest.h"

#include <cstddef>
#include <cstdint>

using namespace Pantau;

namespace {

FeedConfig ckanFeed()
{
    FeedConfig feed;
    feed.id = QStringLiteral("fuzz-ckan");
    feed.format = FeedFormat::Ckan;
    SeriesMapping perKecamatan;
    perKecamatan.records = JsonPointer::parse(QStringLiteral("/result/records")).value();
    perKecamatan.key = QStringLiteral("kode");
    perKecamatan.value = QStringLiteral("jumlah");
    perKecamatan.time = QStringLiteral("diperbarui");
    perKecamatan.indicatorTemplate = QStringLiteral("aduan.kec.{key}");
    feed.series = {perKecamatan};
    return feed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FeedConfig feed = ckanFeed();
    static const QUrl requestUrl(QStringLiteral(
        "https://data.blitarkab.go.id/api/3/action/datastore_search?resource_id=aduan&limit=6"));
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const Payload payload = CkanReader::read(bytes, requestUrl);
    FuzzCheck::payload(payload);
    if (!payload.nextPage.isEmpty()) {
        FuzzCheck::require(payload.nextPage.host() == requestUrl.host() &&
                               payload.nextPage.scheme() == requestUrl.scheme(),
                           "a next page stays on the server that was asked");
        FuzzCheck::require(payload.nextPage != requestUrl, "a next page is not the same page");
    }
    // The poller's own path: FeedIngest reads each page and joins the later ones into the first
    // before mapping. A page followed by itself is as hostile a second page as any.
    FuzzCheck::parseResult(
        FeedIngest::ingest({FeedPage{bytes, requestUrl}, FeedPage{bytes, requestUrl}}, feed,
                           FuzzCheck::jakarta(), FuzzCheck::fetchTime()),
        feed.id);
    // A saved page read from a file never pages on.
    const Payload local =
        CkanReader::read(bytes, QUrl::fromLocalFile(QStringLiteral("/tmp/ckan-page.json")));
    FuzzCheck::require(local.nextPage.isEmpty(), "a page read from a file has no next page");

    FuzzCheck::parseResult(
        FeedIngest::parse(bytes, feed, FuzzCheck::jakarta(), FuzzCheck::fetchTime(), requestUrl),
        feed.id);
    return 0;
}
