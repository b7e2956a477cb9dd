// Fuzzes what a node does with a message from the broker: SiteTopic::parse on the topic, then
// SiteCodec::decode on the payload. The input is "<topic>\n<payload>". A message is refused
// with a reason, or decoded; a decoded one encodes to JSON that decodes to the same bytes again,
// so nothing a node accepts is changed by passing through it.

#include "FuzzCheck.h"
#include "site/SiteMessage.h"
#include "site/SiteTopic.h"

#include <cstddef>
#include <cstdint>

using namespace Pantau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    const QString site = QStringLiteral("fuzz");
    QString error;
    const std::optional<SiteTopic> topic =
        SiteTopic::parse(site, QString::fromUtf8(input.left(newline)), &error);
    if (!topic) {
        FuzzCheck::require(!error.isEmpty(), "a refused topic says why");
        return 0;
    }
    FuzzCheck::require(SiteTopic::parse(site, topic->name(site), &error).has_value(),
                       "a topic's name reads back");
    const QByteArray payload = input.mid(newline + 1);
    const auto decoded = SiteCodec::decode(*topic, payload, &error);
    if (!decoded) {
        FuzzCheck::require(!error.isEmpty(), "a refused message says why");
        return 0;
    }
    FuzzCheck::require(SiteCodec::kindOf(decoded->message) == topic->kind,
                       "a message decodes to its topic's kind");
    const QByteArray once = SiteCodec::encode(decoded->message, decoded->revision);
    const auto again = SiteCodec::decode(*topic, once, &error);
    FuzzCheck::require(again.has_value(), "what a node accepted encodes to a message it accepts");
    FuzzCheck::require(SiteCodec::encode(again->message, again->revision) == once,
                       "a message is unchanged by passing through a node");
    return 0;
}
