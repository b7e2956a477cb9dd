#pragma once

#include <QString>

#include <optional>

namespace Pantau {

// Where a site's broker listens, as written on the command line or in a config's "site":
// mqtt://HOST[:PORT] (1883 by default) or mqtts://HOST[:PORT] (8883, TLS). Credentials never
// ride in the address, where they would show in `ps` and in logs: a URL with a user part is
// refused, and they come from a file or the environment instead.
struct BrokerAddress
{
    QString host;
    quint16 port = 1883;
    bool tls = false;

    // The address, or nullopt with `error` saying what was wrong and what was expected.
    static std::optional<BrokerAddress> parse(const QString &text, QString *error);
    QString toString() const;

    bool operator==(const BrokerAddress &) const = default;
};

} // namespace Pantau
