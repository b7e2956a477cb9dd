#pragma once

#include "FaultPlan.h"
#include "FeedCatalog.h"

#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace Pantau {

class Clock;

// The OPD feed simulator's HTTP side: serves every FeedCatalog feed on 127.0.0.1 in its real
// format at the clock's (possibly simulated) time, misbehaving as the FaultPlan says. With the
// admin endpoint on, faults are switched over HTTP too (GET, POST and DELETE /admin/faults), and
// GET /admin/requests tells how many requests each feed got, so a benchmark can count what the
// agencies' servers would see. pantau's built-in demo runs one on a free port; pantau-sim runs
// one on its own.
class DemoFeedServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint64 seed = 0;
        bool admin = false; // serve /admin/faults and /admin/requests
        // How long a "slow" feed keeps its answer: longer than any demo feed's deadline.
        int slowSeconds = 45;
    };

    explicit DemoFeedServer(const Clock *clock, QObject *parent = nullptr);
    DemoFeedServer(const Clock *clock, const Options &options, QObject *parent = nullptr);

    // Starts listening on 127.0.0.1:port (0: a free port chosen by the system); false when the
    // port could not be had.
    bool start(quint16 port = 0);
    // http://127.0.0.1:PORT, valid after start().
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }
    // Requests answered so far (feeds and admin), for diagnostics.
    int requestCount() const { return m_requests; }
    // What GET /admin/requests answers: {"total": n, "feeds": {"ID": n, ...}}, requests on the
    // feeds' paths only (not the admin endpoint's, so reading it moves nothing). Every catalog
    // feed is listed, 0 when never asked; a page of a paged feed (CKAN) is a request of its own,
    // as it is to the agency. total also counts a request on a feed's path that names no feed
    // (a CKAN table the agency does not have).
    QJsonObject feedRequests() const;

    const FeedCatalog &catalog() const { return m_catalog; }
    FaultPlan &faults() { return m_faults; }
    const FaultPlan &faults() const { return m_faults; }

private:
    void serveFeed(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void serveAdmin(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                    const QString &feed);
    void serveRequests(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    const Clock *m_clock;
    Options m_options;
    FeedCatalog m_catalog;
    FaultPlan m_faults;
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_requests = 0;
    int m_feedRequestsTotal = 0;
    QHash<QString, int> m_feedRequests; // by feed id
};

} // namespace Pantau
