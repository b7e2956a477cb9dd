#pragma once

#include "alarms/AlarmSounder.h"
#include "alarms/SoundingAlarm.h"

#include <QStringList>

#include <string>
#include <utility>

// Pieces the sound tests share (one header, as the unity build would clash otherwise).
namespace Pantau::Test {

inline SoundingAlarm sounding(const QString &event, AlertSeverity severity, AlarmState state)
{
    return SoundingAlarm{event, severity, state};
}

inline SoundingAlarm criticalOwed(const QString &event)
{
    return sounding(event, AlertSeverity::Critical, AlarmState::ActiveUnacknowledged);
}

inline SoundingAlarm warningOwed(const QString &event)
{
    return sounding(event, AlertSeverity::Warning, AlarmState::ActiveUnacknowledged);
}

// A sounder that writes down what it was told: "play critical", "play warning", "stop".
class RecordingSounder final : public AlarmSounder
{
public:
    void play(AlertSeverity severity) override
    {
        calls << QStringLiteral("play ") + QLatin1String(describe(severity).name);
    }
    void stop() override { calls << QStringLiteral("stop"); }

    // The calls since the last take, as "play critical, stop", and forgets them.
    std::string take() { return std::exchange(calls, {}).join(QStringLiteral(", ")).toStdString(); }

    QStringList calls;
};

} // namespace Pantau::Test
