#include "sound/SoundEffectSounder.h"

#include <QSoundEffect>
#include <QUrl>

namespace Pantau {

SoundEffectSounder::SoundEffectSounder(QObject *parent)
    : QObject(parent)
{
    nameTheStreams();
    m_critical = new QSoundEffect(this);
    m_warning = new QSoundEffect(this);
    // Loaded now, so that the first alarm plays without waiting for its file.
    m_critical->setSource(QUrl(QLatin1String("qrc") + resourcePath(AlertSeverity::Critical)));
    m_warning->setSource(QUrl(QLatin1String("qrc") + resourcePath(AlertSeverity::Warning)));
}

SoundEffectSounder::~SoundEffectSounder() = default;

void SoundEffectSounder::nameTheStreams()
{
    // Qt 6.4 names its PulseAudio client "QtPulseAudio:<pid>", which tells a site's technician
    // (pavucontrol, pactl list sink-inputs) nothing. libpulse takes properties that replace the
    // program's own from PULSE_PROP_OVERRIDE when Qt Multimedia connects, which is when the first
    // QSoundEffect is made: so this runs before that. A value the machine sets itself is kept.
    if (qEnvironmentVariableIsSet("PULSE_PROP_OVERRIDE"))
        return;
    qputenv("PULSE_PROP_OVERRIDE", QByteArrayLiteral("application.name='") + ApplicationName +
                                       QByteArrayLiteral("' application.id='") + ApplicationId +
                                       QByteArrayLiteral("' application.icon_name='") +
                                       ApplicationId + QByteArrayLiteral("'"));
}

QString SoundEffectSounder::resourcePath(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? QStringLiteral(":/pantau/sounds/critical.wav")
                                               : QStringLiteral(":/pantau/sounds/warning.wav");
}

QSoundEffect *SoundEffectSounder::effect(AlertSeverity severity) const
{
    return severity == AlertSeverity::Critical ? m_critical : m_warning;
}

void SoundEffectSounder::play(AlertSeverity severity)
{
    const AlertSeverity other =
        severity == AlertSeverity::Critical ? AlertSeverity::Warning : AlertSeverity::Critical;
    effect(other)->stop();
    QSoundEffect *tone = effect(severity);
    tone->stop(); // from its beginning, if the last one still plays
    tone->play();
}

void SoundEffectSounder::stop()
{
    m_critical->stop();
    m_warning->stop();
}

bool SoundEffectSounder::isPlaying() const
{
    return m_critical->isPlaying() || m_warning->isPlaying();
}

} // namespace Pantau
