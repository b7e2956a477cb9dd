#include "WallSound.h"

#include "alarms/AlarmAnnunciator.h"
#include "config/Config.h"
#include "sound/SoundEffectSounder.h"
#include "state/AlertModel.h"
#include "time/Clock.h"

namespace Pantau {

WallSound::WallSound(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

WallSound::~WallSound() = default;

void WallSound::attach(AlertModel *alerts, const DisplayConfig &display, bool maySound)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_alerts = alerts;
    // A reload detaches for a moment: the annunciator keeps what it knows of each event, so the
    // rebuilt model's owed alarms are not sounded again as new, nor their re-announcement
    // restarted.
    if (!alerts)
        return;

    const AlarmSoundPolicy::Settings settings{display.alertSoundRepeatSeconds,
                                              display.alertReannounceMinutes};
    const bool sound = maySound && display.alertSound;
    if (sound && (!m_annunciator || settings.repeatSeconds != m_settings.repeatSeconds ||
                  settings.reannounceMinutes != m_settings.reannounceMinutes)) {
        if (!m_sounder)
            m_sounder = std::make_unique<SoundEffectSounder>();
        m_annunciator.reset(); // stops what it played before the new one starts
        m_annunciator = std::make_unique<AlarmAnnunciator>(m_clock, m_sounder.get(), settings);
        m_annunciator->silenceUntil(m_silencedUntil);
        connect(m_annunciator.get(), &AlarmAnnunciator::silenceChanged, this,
                [this](const QDateTime &until) {
                    m_silencedUntil = until;
                    emit silenceChanged(until);
                });
        m_settings = settings;
    }
    if (m_annunciator)
        m_annunciator->setEnabled(sound);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        m_connections.append(connect(alerts, signal, this, &WallSound::update));
    m_connections.append(connect(alerts, &QAbstractItemModel::rowsMoved, this, &WallSound::update));
    m_connections.append(
        connect(alerts, &QAbstractItemModel::modelReset, this, &WallSound::update));
    m_connections.append(
        connect(alerts, &QAbstractItemModel::dataChanged, this, &WallSound::update));
    update();
}

void WallSound::update()
{
    if (!m_annunciator || !m_alerts)
        return;
    SoundingAlarms alarms;
    for (int row = 0; row < m_alerts->rowCount(); ++row) {
        const QModelIndex index = m_alerts->index(row);
        alarms.append({index.data(AlertModel::EventRole).toString(),
                       index.data(AlertModel::SeverityRole).value<AlertSeverity>(),
                       index.data(AlertModel::StateRole).value<AlarmState>()});
    }
    m_annunciator->setAlarms(alarms);
}

void WallSound::silenceUntil(const QDateTime &until)
{
    m_silencedUntil = until;
    if (m_annunciator)
        m_annunciator->silenceUntil(until); // announces silenceChanged itself
    else
        emit silenceChanged(until);
}

bool WallSound::isSounding() const
{
    return m_sounder && m_sounder->isPlaying();
}

} // namespace Pantau
