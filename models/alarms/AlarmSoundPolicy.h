#pragma once

#include "alarms/SoundingAlarm.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace Pantau {

// Decides what one station's speaker does about the alarms: the rules of issue 17, as a state
// machine with no clock, timer or speaker of its own, so that every rule can be stepped through
// with explicit times. AlarmAnnunciator drives it and plays what it says.
//
// The rules (an alarm "is owed" while isUnacknowledged(state): active or returned, unacknowledged):
// - Onset: an owed event not seen before (a new event id, or one that was not owed at the last
//   update) sounds at once, unless the station is silenced. The tone is that of the most severe
//   owed alarm, whichever event is new.
// - Repeat: while anything is owed and the station is not silenced, the tone sounds again every
//   repeatSeconds after the last time it sounded. repeatSeconds 0: once per onset only.
// - Silence: while now < silencedUntil nothing sounds, and what plays is stopped when the silence
//   begins. Silence is not acknowledgement: the alarms stay owed, and when the silence ends the
//   owed onsets and repeats sound at once.
// - Re-announcement: an alarm still active and unacknowledged (ActiveUnacknowledged) that has not
//   sounded for reannounceMinutes (counted from its last sounding, or from when it was first seen
//   if it never sounded) sounds again, silenced or not, so a silence never hides a standing alarm
//   longer than that. The tone is that of the most severe such alarm. A returned-unacknowledged
//   alarm does not re-announce (its condition is gone); it still repeats when not silenced.
//   reannounceMinutes 0: no re-announcement.
// - Any tone that plays counts as sounding every alarm owed at that moment: the station made its
//   noise while they were owed, and one look at the desk shows them all.
// - Nothing owed (all acknowledged, shelved, suppressed, normal...): what plays stops at once. A
//   tone of a severity no longer owed (the critical alarm acknowledged, a warning still owed) is
//   stopped as well; the warning's tone comes at its next repeat.
// - A stop is only asked for when a tone may still be playing (one played and none was stopped
//   since), and a re-announcement made during a silence is not cut short by a later update under
//   that same silence; silencing again (a new silencedUntil) stops it.
class AlarmSoundPolicy
{
public:
    struct Settings
    {
        int repeatSeconds = 10;
        int reannounceMinutes = 15;
    };

    struct Decision
    {
        std::optional<AlertSeverity> playNow; // play this tone now (it replaces any other)
        bool stop = false;                    // stop what plays, now
        // When update() must be called again if nothing changes before: the next repeat, the end
        // of the silence or the next re-announcement, whichever is first. Invalid when nothing is
        // owed: no timer needs to run.
        QDateTime nextCheck;

        friend bool operator==(const Decision &, const Decision &) = default;
    };

    AlarmSoundPolicy() = default;
    explicit AlarmSoundPolicy(const Settings &settings);

    const Settings &settings() const { return m_settings; }

    // The decision for `now`, given every alarm the station knows of (any state; those not owed
    // are ignored) and its silence (invalid: not silenced). Times must not go backwards.
    Decision update(const SoundingAlarms &alarms, const QDateTime &now,
                    const QDateTime &silencedUntil);
    // Forgets every event and the last sounding, as if the station had just started: what is owed
    // at the next update sounds as a new onset.
    void reset();

private:
    struct Owed
    {
        AlertSeverity severity = AlertSeverity::Warning;
        AlarmState state = AlarmState::Normal;
        QDateTime firstSeen;
        QDateTime lastSounded; // invalid: never sounded
    };

    QDateTime reannounceDue(const Owed &owed) const;

    Settings m_settings;
    QHash<QString, Owed> m_owed; // by event id
    QDateTime m_lastPlayed;      // the station's last tone, for the repeat
    // What may still be playing (none after a stop), and the silence a re-announcement was made
    // under (invalid: played while not silenced).
    std::optional<AlertSeverity> m_audible;
    QDateTime m_audibleUnderSilence;
};

} // namespace Pantau
