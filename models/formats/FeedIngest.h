#pragma once

#include "config/FeedConfig.h"
#include "formats/Sample.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace Pantau {

// One page of a feed's answer as the transport received it: its bytes, and the address they
// came from (CKAN's next-page links are resolved against it).
struct FeedPage
{
    QByteArray bytes;
    QUrl url;
};

// Bytes of a feed's answer to samples: reads each page in the feed's format, joins CKAN's pages
// into one document, then applies the feed's mappings. Pure: no network, no clock, no state
// beyond the pages given. The poller feeds it page by page, because only a page read tells
// whether another follows; ingest() runs the same steps over pages already at hand (tests, the
// fuzzers), so both go through one path.
class FeedIngest
{
public:
    // `feed` is held by reference and must outlive the ingest (the poller owns its config).
    FeedIngest(const FeedConfig &feed, const QTimeZone &sourceZone);

    // Reads one more page. False when the page is unusable; error() then says why, and the
    // answer as a whole is refused.
    bool addPage(const FeedPage &page);
    // Where the answer continues after the last page added (CKAN), or invalid.
    QUrl nextPage() const { return m_nextPage; }
    int pageCount() const { return m_pages; }
    QString error() const { return m_error; }
    // The pages read so far, joined: what the mappings address (kept for --probe --records).
    const QJsonValue &payload() const { return m_merged; }
    // The mappings applied to the pages read so far, stamped with `fetchTime`; the readers'
    // warnings ride along.
    ParseResult map(const QDateTime &fetchTime) const;

    // The whole path at once: every page in order, then the mappings. An unusable page makes
    // the result an error, as it does in the poller.
    static ParseResult ingest(const QList<FeedPage> &pages, const FeedConfig &feed,
                              const QTimeZone &sourceZone, const QDateTime &fetchTime);
    // One page, for the single-page formats.
    static ParseResult parse(const QByteArray &bytes, const FeedConfig &feed,
                             const QTimeZone &sourceZone, const QDateTime &fetchTime,
                             const QUrl &requestUrl = QUrl());

private:
    const FeedConfig &m_feed;
    QTimeZone m_sourceZone;
    QJsonValue m_merged;
    QStringList m_warnings;
    QUrl m_nextPage;
    QString m_error;
    int m_pages = 0;
};

} // namespace Pantau
