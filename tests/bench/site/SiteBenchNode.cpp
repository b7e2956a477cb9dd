#include "SiteBenchNode.h"

#include "state/IndicatorModel.h"

namespace Pantau {

namespace {

DataHub::Options following()
{
    DataHub::Options options;
    options.following = true;
    return options;
}

PresenceMessage presenceOf(const QString &name)
{
    PresenceMessage presence;
    presence.node = name;
    presence.role = QStringLiteral("wall");
    presence.version = QStringLiteral("sitebench");
    return presence;
}

} // namespace

SiteBenchNode::SiteBenchNode(const Config &config, const SiteConfig &site, const QString &name,
                             const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_sinceStart([] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }())
    , m_hub(config, following(), clock)
    , m_connection(site, presenceOf(name))
    , m_follower(m_connection.client(), site.id, name, false)
{
    m_follower.attach(&m_hub);
    connect(&m_follower, &SiteFollower::synced, this, [this] {
        if (isReady())
            return;
        m_completeAtSync = allValued();
        checkReady();
    });
    IndicatorModel *indicators = m_hub.indicators();
    connect(indicators, &QAbstractItemModel::dataChanged, this,
            [this, indicators](const QModelIndex &from, const QModelIndex &to,
                               const QList<int> &roles) {
                if (!isReady()) {
                    // Retained state that lacked a value, filled later by a live message.
                    if (m_follower.isSynced())
                        checkReady();
                    return;
                }
                // A new fetch time is a new poll of the collector's: a value changed or was
                // confirmed. The other changes (a lost link marking values, staleness turning
                // by this node's clock) bring nothing from the collector and are not counted.
                if (!m_onUpdate || !roles.contains(IndicatorModel::FetchTimeRole))
                    return;
                // The collector stamps fetchTime from its SystemClock, QDateTime's UTC time,
                // which is CLOCK_REALTIME; on the same machine this is the same clock, so the
                // difference is the real delay, to the millisecond the message carries.
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                for (int row = from.row(); row <= to.row(); ++row) {
                    const QModelIndex index = indicators->index(row);
                    const QDateTime fetched =
                        index.data(IndicatorModel::FetchTimeRole).toDateTime();
                    if (fetched.isValid())
                        m_onUpdate(index.data(IndicatorModel::IdRole).toString(),
                                   fetched.toMSecsSinceEpoch(), now);
                }
            });
}

bool SiteBenchNode::start(QString *error)
{
    m_hub.start();
    return m_connection.start(error);
}

bool SiteBenchNode::allValued() const
{
    const IndicatorModel *indicators = m_hub.indicators();
    for (int row = 0; row < indicators->rowCount(); ++row)
        if (!indicators->index(row).data(IndicatorModel::ValueRole).isValid())
            return false;
    return true;
}

QStringList SiteBenchNode::missing() const
{
    QStringList ids;
    const IndicatorModel *indicators = m_hub.indicators();
    for (int row = 0; row < indicators->rowCount(); ++row) {
        const QModelIndex index = indicators->index(row);
        if (!index.data(IndicatorModel::ValueRole).isValid())
            ids.append(index.data(IndicatorModel::IdRole).toString());
    }
    return ids;
}

void SiteBenchNode::checkReady()
{
    if (isReady() || !m_follower.isSynced() || !allValued())
        return;
    m_readyMs = double(m_sinceStart.nsecsElapsed()) / 1e6;
    emit ready();
}

} // namespace Pantau
