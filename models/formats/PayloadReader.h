#pragma once

#include "config/FeedConfig.h"
#include "formats/Payload.h"

#include <QByteArray>

namespace Pantau {

// Reads a feed's answer in its configured format into a Payload the mappings can address.
class PayloadReader
{
public:
    static Payload read(const QByteArray &bytes, const FeedConfig &feed, const QUrl &requestUrl);
};

} // namespace Pantau
