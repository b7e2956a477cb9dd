#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Pantau {

class DataHub;
class SiteFollower;

// A node's optional fallback ("site": {"fallback": "poll"}): once its collector has been gone
// (no broker, or no collector on it) for the configured time, the node polls the feeds itself,
// and it stops as soon as the collector is back. Off by default, so that the agencies are not
// polled by every PC of the site whenever the collector restarts.
class SiteFallback : public QObject
{
    Q_OBJECT

public:
    SiteFallback(SiteFollower *follower, int afterSeconds, QObject *parent = nullptr);

    // The hub to poll for: the wall's, replaced when the wall is rebuilt; null between.
    void attach(DataHub *hub);
    bool isPolling() const { return m_polling; }

signals:
    void pollingChanged(bool polling);

private:
    void onLinkChanged(bool up);
    void setPolling(bool polling);

    SiteFollower *m_follower;
    QPointer<DataHub> m_hub;
    QTimer m_wait; // from the link's loss to the first poll
    bool m_polling = false;
};

} // namespace Pantau
