#pragma once

#include "config/AlertRule.h"

namespace Pantau {

// What makes the noise: the annunciator decides when, an implementation of this plays. The real
// one (widgets/sound/SoundEffectSounder) plays the WAV tones of AlarmTone; tests record the calls.
class AlarmSounder
{
public:
    virtual ~AlarmSounder() = default;
    // Starts the tone of `severity` from its beginning; a tone of the other severity stops.
    virtual void play(AlertSeverity severity) = 0;
    // Stops whatever plays, at once.
    virtual void stop() = 0;
};

} // namespace Pantau
