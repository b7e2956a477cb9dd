#include "site/BrokerAddress.h"

#include <QUrl>

namespace Pantau {

std::optional<BrokerAddress> BrokerAddress::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<BrokerAddress> {
        if (error)
            *error = QStringLiteral("broker address \"%1\": %2").arg(text, why);
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return fail(QStringLiteral("expected mqtt://HOST[:PORT] or mqtts://HOST[:PORT]"));
    BrokerAddress address;
    if (url.scheme() == u"mqtts") {
        address.tls = true;
        address.port = 8883;
    } else if (url.scheme() != u"mqtt") {
        return fail(
            QStringLiteral("the scheme must be mqtt or mqtts, not \"%1\"").arg(url.scheme()));
    }
    if (!url.userInfo().isEmpty())
        return fail(QStringLiteral("credentials do not belong in the address; give them in a "
                                   "file or the environment"));
    if (url.host().isEmpty())
        return fail(QStringLiteral("expected a host name or address after //"));
    if (!url.path().isEmpty() && url.path() != u"/")
        return fail(
            QStringLiteral("expected nothing after the port, found \"%1\"").arg(url.path()));
    if (url.hasQuery() || url.hasFragment())
        return fail(QStringLiteral("expected nothing after the port"));
    const int port = url.port(address.port);
    if (port <= 0 || port > 65535)
        return fail(QStringLiteral("the port must be 1 to 65535"));
    address.host = url.host();
    address.port = quint16(port);
    return address;
}

QString BrokerAddress::toString() const
{
    // An IPv6 address is bracketed, as in a URL.
    const QString shown = host.contains(u':') ? u'[' + host + u']' : host;
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("mqtts") : QStringLiteral("mqtt"), shown)
        .arg(port);
}

} // namespace Pantau
