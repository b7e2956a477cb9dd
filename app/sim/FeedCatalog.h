#pragma once

#include "DemoScenario.h"
#include "config/FeedFormat.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace Pantau {

// The simulated agencies' feeds: for each, where it is served, in which real format, which of
// the demo's indicators it carries, and how it is written at a given instant. Adding a feed is
// one entry here plus its mapping in resources/demo.json.
class FeedCatalog
{
public:
    struct Feed
    {
        QString id;  // the feed's id in resources/demo.json, and in --fault FEED=KIND
        QString opd; // the agency
        FeedFormat format = FeedFormat::Json; // as FeedConfig::format
        QString path;                         // URL path
        // Feeds that share a path (CKAN resources, NGSI entity types) are told apart by one
        // query item: resource_id=..., type=...
        QString selectorKey;
        QString selectorValue;
        // The demo's indicators this feed carries (templates expanded), for docs and tests.
        QStringList indicators;
        bool events = false; // an event list (incidents, complaints) rather than values
        // How far behind a stuck export is when the "stale" fault is on.
        qint64 staleBySeconds = 86400;
        // The answer's body at `now`, for a request with `query`.
        std::function<QByteArray(const QDateTime &now, const QUrlQuery &query)> render;

        // The path and query a client asks for, e.g. "/v2/entities?type=WaterLevel".
        QString target() const;
    };

    explicit FeedCatalog(quint64 seed = 0);

    const QList<Feed> &feeds() const { return m_feeds; }
    QStringList ids() const;
    // Every distinct path served.
    QStringList paths() const;
    // The feed a request names, or null: same path, and the selector (if any) matches.
    const Feed *find(const QString &path, const QUrlQuery &query) const;
    const Feed *byId(const QString &id) const;
    const DemoScenario &scenario() const { return m_scenario; }

private:
    void addSatuData();
    void addStatistics();
    void addSensors();
    void addPriceSheet();
    void addPlainJson();

    DemoScenario m_scenario;
    QList<Feed> m_feeds;
};

} // namespace Pantau
