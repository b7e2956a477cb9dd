#include "formats/FeedParser.h"

#include "formats/FeedMapper.h"
#include "formats/PayloadReader.h"

namespace Pantau {

ParseResult FeedParser::parse(const QByteArray &bytes, const FeedConfig &feed,
                              const QTimeZone &sourceZone, const QDateTime &fetchTime,
                              const QUrl &requestUrl)
{
    const Payload payload = PayloadReader::read(bytes, feed, requestUrl);
    if (!payload.ok()) {
        ParseResult result;
        result.error = payload.error;
        return result;
    }
    return FeedMapper::map(payload.root, feed, sourceZone, fetchTime);
}

} // namespace Pantau
