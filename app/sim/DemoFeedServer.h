#pragma once

#include "DemoScenario.h"

#include <QHttpServer>
#include <QObject>
#include <QUrl>

namespace Pantau {

class Clock;

// An HTTP server on 127.0.0.1 that publishes the demo agencies' feeds, each at its own path.
// It listens on a free port chosen by the system, so it never collides with anything else.
class DemoFeedServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoFeedServer(const Clock *clock, QObject *parent = nullptr);

    // Starts listening; false when no port could be had.
    bool start();
    // http://127.0.0.1:PORT, valid after start().
    QUrl baseUrl() const;
    // Requests answered so far, for diagnostics.
    int requestCount() const { return m_requests; }

private:
    const Clock *m_clock;
    DemoScenario m_scenario;
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_requests = 0;
};

} // namespace Pantau
