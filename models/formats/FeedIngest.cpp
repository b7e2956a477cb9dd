#include "formats/FeedIngest.h"

#include "formats/CkanReader.h"
#include "formats/FeedMapper.h"
#include "formats/PayloadReader.h"

namespace Pantau {

FeedIngest::FeedIngest(const FeedConfig &feed, const QTimeZone &sourceZone)
    : m_feed(feed)
    , m_sourceZone(sourceZone)
{
}

bool FeedIngest::addPage(const FeedPage &page)
{
    if (!m_error.isEmpty())
        return false;
    Payload payload = PayloadReader::read(page.bytes, m_feed, page.url);
    if (!payload.ok()) {
        m_error = payload.error;
        m_nextPage = QUrl();
        return false;
    }
    m_warnings += payload.warnings;
    if (m_pages == 0)
        m_merged = std::move(payload.root);
    else
        CkanReader::appendPage(m_merged, payload.root);
    m_nextPage = payload.nextPage;
    ++m_pages;
    return true;
}

ParseResult FeedIngest::map(const QDateTime &fetchTime) const
{
    ParseResult result;
    if (!m_error.isEmpty()) {
        result.error = m_error;
        return result;
    }
    result = FeedMapper::map(m_merged, m_feed, m_sourceZone, fetchTime);
    result.warnings = m_warnings + result.warnings;
    return result;
}

ParseResult FeedIngest::ingest(const QList<FeedPage> &pages, const FeedConfig &feed,
                               const QTimeZone &sourceZone, const QDateTime &fetchTime)
{
    FeedIngest ingest(feed, sourceZone);
    for (const FeedPage &page : pages) {
        if (!ingest.addPage(page))
            break;
    }
    return ingest.map(fetchTime);
}

ParseResult FeedIngest::parse(const QByteArray &bytes, const FeedConfig &feed,
                              const QTimeZone &sourceZone, const QDateTime &fetchTime,
                              const QUrl &requestUrl)
{
    return ingest({FeedPage{bytes, requestUrl}}, feed, sourceZone, fetchTime);
}

} // namespace Pantau
