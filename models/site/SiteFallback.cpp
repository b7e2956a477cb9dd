#include "site/SiteFallback.h"

#include "site/SiteFollower.h"
#include "state/DataHub.h"

#include <QDebug>

namespace Pantau {

SiteFallback::SiteFallback(SiteFollower *follower, int afterSeconds, QObject *parent)
    : QObject(parent)
    , m_follower(follower)
{
    m_wait.setSingleShot(true);
    m_wait.setInterval(afterSeconds * 1000);
    connect(&m_wait, &QTimer::timeout, this, [this] { setPolling(true); });
    connect(follower, &SiteFollower::linkChanged, this, &SiteFallback::onLinkChanged);
    // A node starts without its collector: the wait begins at once, so a node started while
    // the collector is down polls too.
    if (!follower->isLinked())
        m_wait.start();
}

void SiteFallback::attach(DataHub *hub)
{
    m_hub = hub;
    if (m_hub && m_polling)
        m_hub->setFallbackPolling(true);
}

void SiteFallback::onLinkChanged(bool up)
{
    if (up) {
        m_wait.stop();
        setPolling(false);
    } else if (!m_polling && !m_wait.isActive()) {
        m_wait.start();
    }
}

void SiteFallback::setPolling(bool polling)
{
    if (polling == m_polling)
        return;
    m_polling = polling;
    if (polling)
        qWarning().noquote() << "site: the collector has been gone for" << m_wait.interval() / 1000
                             << "s; this node polls the feeds itself until it is back";
    else
        qInfo().noquote() << "site: the collector is back; this node stops polling the feeds";
    if (m_hub) {
        m_hub->setFallbackPolling(polling);
        if (!polling)
            m_follower->resumeAlerts();
    }
    emit pollingChanged(polling);
}

} // namespace Pantau
