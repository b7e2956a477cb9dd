#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Pantau {

// The site's topic scheme, version 1, in one place: every topic a collector publishes and a node
// reads lives under pantau/v1/<site>/. The operator subtree carries everything; public/ carries
// only what a kiosk may show, so the broker's ACL can give a kiosk that subtree and nothing
// else. README's topic reference lists the same names.
//
//   config                 the site config (retained)
//   indicator/<id>         one indicator's value, times and failure (retained)
//   history/<id>           one indicator's bounded history (retained)
//   records/<feed>         an event feed's records (retained; operator subtree only)
//   health/<feed>          one feed's health (retained)
//   alert/<event>          one active alert (retained; emptied when it clears)
//   pin/<screen>           a wall screen's pinned page (retained)
//   command/<node>         a command from a desk (not retained)
//   result/<node>          the collector's answer to that node's commands (not retained)
//   presence/<node>        a process's presence, with a last will (retained)
//   public/…               config, indicator, history, health, alert, pin and presence again,
//                          with operator pages, records and alert notes left out
struct SiteTopic
{
    enum class Kind {
        Config,
        Indicator,
        History,
        Records,
        Health,
        Alert,
        Pin,
        Command,
        Result,
        Presence,
    };

    Kind kind = Kind::Config;
    bool isPublic = false;
    QString key; // the indicator, feed, event, screen or node; empty for config

    // "pantau/v1/<site>/" or, for the public subtree, "pantau/v1/<site>/public/".
    static QString prefix(const QString &site, bool isPublic = false);
    QString name(const QString &site) const;
    // Reads a topic of `site` back; none, with `error` saying why, for one outside the scheme
    // (another site, an unknown kind, a missing or extra level, a kind the public subtree does
    // not carry).
    static std::optional<SiteTopic> parse(const QString &site, const QString &topic,
                                          QString *error);
    // True when `text` can be one level of a topic: not empty, and no '/', '+', '#' or NUL.
    // Site ids, node names and the config's ids must be, as they become topic levels.
    static bool isLevel(const QString &text);
    // Whether the public subtree carries this kind at all.
    static bool isPublicKind(Kind kind);
    // The kind's level name ("indicator"), and the largest payload a node accepts for it.
    static QString kindName(Kind kind);
    static qsizetype maxPayload(Kind kind);
};

} // namespace Pantau
