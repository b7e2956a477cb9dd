#pragma once

#include "config/Config.h"
#include "formats/Sample.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace Pantau {

// Bytes of one answer to samples, for a single-page feed: reads the format, then applies the
// mappings. Pure; the poller does the same in two steps so CKAN pages can be joined between.
class FeedParser
{
public:
    static ParseResult parse(const QByteArray &bytes, const FeedConfig &feed,
                             const QTimeZone &sourceZone, const QDateTime &fetchTime,
                             const QUrl &requestUrl = QUrl());
};

} // namespace Pantau
