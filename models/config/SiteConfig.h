#pragma once

#include "config/Secret.h"
#include "site/BrokerAddress.h"

#include <QString>

namespace Pantau {

// The site this process belongs to: one collector polls the feeds and shares their state with
// every wall PC, desk and kiosk through an MQTT broker (README, "One site, many machines").
// A config without a "site" is a wall on its own, polling for itself.
struct SiteConfig
{
    enum class Fallback {
        None, // a node shows the site's state only, however long the collector is gone
        // A node polls the feeds itself while the collector is gone, and stops when it returns.
        Poll,
    };

    BrokerAddress broker;
    QString id;       // the site's topic level: pantau/v1/<id>/
    QString username; // empty: anonymous
    std::optional<SecretSource> password;
    // A PEM file of the CAs a mqtts:// broker is checked against; empty: the system's.
    QString caBundle;
    Fallback fallback = Fallback::None;
    int fallbackAfterSeconds = 60; // how long the collector must be gone before a node polls
};

} // namespace Pantau
