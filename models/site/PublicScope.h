#pragma once

#include "config/Config.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Pantau {

// What of a site the public subtree may carry: a kiosk shows public pages only, so it is sent
// the config without the operator pages and the values of the indicators that public pages
// draw, and nothing else (README, "One site, many machines").
class PublicScope
{
public:
    explicit PublicScope(const Config &config);

    // The indicators that a tile of a public page draws: its own, its target, and those its
    // kecamatan template names.
    bool hasIndicator(const QString &id) const { return m_indicators.contains(id); }

    // `config` (a config file's JSON) as a kiosk may read it: the operator pages are left out,
    // a screen without a public page goes, and so do the site's and the feeds' credentials and
    // the kiosk PIN's hash.
    static QJsonObject publicConfig(const QJsonObject &config);
    // Every config the site publishes loses its "site": a node joins by its own command line
    // or config, and the collector's password file is no node's business.
    static QJsonObject sharedConfig(const QJsonObject &config);

private:
    QSet<QString> m_indicators;
};

} // namespace Pantau
