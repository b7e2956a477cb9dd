#include "alarms/AlarmSoundPolicy.h"

#include <algorithm>

namespace Pantau {

namespace {

// AlertSeverity lists the milder first, so the larger is the more severe.
AlertSeverity mostSevere(AlertSeverity a, AlertSeverity b)
{
    return std::max(a, b);
}

QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

AlarmSoundPolicy::AlarmSoundPolicy(const Settings &settings)
    : m_settings(settings)
{
}

void AlarmSoundPolicy::reset()
{
    m_owed.clear();
    m_lastPlayed = QDateTime();
    m_audible.reset();
    m_audibleUnderSilence = QDateTime();
}

QDateTime AlarmSoundPolicy::reannounceDue(const Owed &owed) const
{
    if (m_settings.reannounceMinutes <= 0 || owed.state != AlarmState::ActiveUnacknowledged)
        return QDateTime();
    const QDateTime since = owed.lastSounded.isValid() ? owed.lastSounded : owed.firstSeen;
    return since.addSecs(qint64(m_settings.reannounceMinutes) * 60);
}

AlarmSoundPolicy::Decision AlarmSoundPolicy::update(const SoundingAlarms &alarms,
                                                    const QDateTime &now,
                                                    const QDateTime &silencedUntil)
{
    // Only the owed alarms matter; an event keeps what is known of it while it stays owed, and
    // one that stopped being owed is forgotten, so that it is an onset again if it ever returns
    // (unshelved, back in service).
    QHash<QString, Owed> owed;
    for (const SoundingAlarm &alarm : alarms) {
        if (!isUnacknowledged(alarm.state))
            continue;
        Owed entry = m_owed.value(alarm.event);
        if (!entry.firstSeen.isValid())
            entry.firstSeen = now;
        entry.severity = owed.contains(alarm.event)
                             ? mostSevere(owed.value(alarm.event).severity, alarm.severity)
                             : alarm.severity;
        entry.state = alarm.state;
        owed.insert(alarm.event, entry);
    }
    m_owed = std::move(owed);

    Decision decision;
    if (m_owed.isEmpty()) {
        decision.stop = m_audible.has_value();
        m_audible.reset();
        m_lastPlayed = QDateTime();
        return decision;
    }

    const bool silenced = silencedUntil.isValid() && now < silencedUntil;
    std::optional<AlertSeverity> top;
    std::optional<AlertSeverity> reannounce;
    bool onset = false;
    for (const Owed &entry : std::as_const(m_owed)) {
        top = top ? mostSevere(*top, entry.severity) : entry.severity;
        onset = onset || !entry.lastSounded.isValid();
        const QDateTime due = reannounceDue(entry);
        if (due.isValid() && now >= due)
            reannounce = reannounce ? mostSevere(*reannounce, entry.severity) : entry.severity;
    }

    const bool repeat =
        m_settings.repeatSeconds > 0 &&
        (!m_lastPlayed.isValid() || now >= m_lastPlayed.addSecs(m_settings.repeatSeconds));
    if (!silenced && (onset || repeat))
        decision.playNow = top;
    else if (reannounce)
        decision.playNow = reannounce;

    if (decision.playNow) {
        m_lastPlayed = now;
        for (Owed &entry : m_owed)
            entry.lastSounded = now;
        m_audible = decision.playNow;
        m_audibleUnderSilence = silenced ? silencedUntil : QDateTime();
    } else if (m_audible) {
        const bool newSilence = silenced && m_audibleUnderSilence != silencedUntil;
        const bool noLongerOwed = mostSevere(*m_audible, *top) != *top;
        if (newSilence || noLongerOwed) {
            decision.stop = true;
            m_audible.reset();
        }
    }

    if (silenced)
        decision.nextCheck = silencedUntil;
    else if (m_settings.repeatSeconds > 0)
        decision.nextCheck = m_lastPlayed.addSecs(m_settings.repeatSeconds);
    for (const Owed &entry : std::as_const(m_owed))
        decision.nextCheck = earliest(decision.nextCheck, reannounceDue(entry));
    return decision;
}

} // namespace Pantau
