#include "alarms/AlarmAnnunciator.h"

#include "alarms/AlarmSounder.h"
#include "time/Clock.h"

#include <limits>

namespace Pantau {

AlarmAnnunciator::AlarmAnnunciator(const Clock *clock, AlarmSounder *sounder,
                                   const AlarmSoundPolicy::Settings &settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_sounder(sounder)
    , m_policy(settings)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a 15-minute re-announcement would wake the
    // station twice. The checks are seconds apart at most, so precision costs nothing.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AlarmAnnunciator::check);
}

void AlarmAnnunciator::setAlarms(const SoundingAlarms &alarms)
{
    m_alarms = alarms;
    check();
}

void AlarmAnnunciator::silenceUntil(const QDateTime &until)
{
    if (until == m_silencedUntil)
        return;
    m_silencedUntil = until;
    emit silenceChanged(m_silencedUntil);
    check();
}

void AlarmAnnunciator::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (m_enabled) {
        check();
        return;
    }
    m_sounder->stop();
    m_policy.reset();
    arm(QDateTime());
}

void AlarmAnnunciator::check()
{
    if (!m_enabled)
        return;
    const QDateTime now = m_clock->now();
    if (m_silencedUntil.isValid() && now >= m_silencedUntil) {
        m_silencedUntil = QDateTime();
        emit silenceChanged(m_silencedUntil);
    }
    const AlarmSoundPolicy::Decision decision = m_policy.update(m_alarms, now, m_silencedUntil);
    if (decision.playNow)
        m_sounder->play(*decision.playNow);
    else if (decision.stop)
        m_sounder->stop();
    arm(decision.nextCheck);
}

void AlarmAnnunciator::arm(const QDateTime &at)
{
    m_nextCheck = at;
    if (!at.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 clockMs = std::max<qint64>(0, m_clock->now().msecsTo(at));
    const qint64 realMs = m_clock->realMsFor(clockMs);
    m_timer.start(int(std::min<qint64>(realMs, std::numeric_limits<int>::max())));
}

} // namespace Pantau
