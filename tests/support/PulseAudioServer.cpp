#include "PulseAudioServer.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace {

// A private home and runtime folder: the daemon keeps its cookie, state and socket there and
// never meets the session's own server (if any) or another test's.
QProcessEnvironment privateEnvironment(const QString &folder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), folder + QStringLiteral("/state"));
    environment.remove(QStringLiteral("PULSE_SERVER"));
    // No session bus: the daemon would only try (and warn) to register there.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return environment;
}

} // namespace

PulseAudioServer::PulseAudioServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A test killed outright (a timeout, a crash) runs no destructor: the daemon ends with it
    // instead of playing on as an orphan.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QObject::connect(&m_process, &QProcess::readyRead, [this] { m_log += m_process.readAll(); });
}

PulseAudioServer::~PulseAudioServer()
{
    stop();
}

QString PulseAudioServer::serverAddress() const
{
    return QStringLiteral("unix:%1/native").arg(m_dir.path());
}

bool PulseAudioServer::start()
{
    if (m_process.state() == QProcess::Running)
        return true;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("pulseaudio is not installed (Debian package pulseaudio)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    // -n: no default.pa, so no hardware is probed and only these two modules load. Run as root
    // (as CI does), PulseAudio warns that it is meant for --system, and then runs as a per-user
    // daemon all the same: what the test wants. --system would instead need the "pulse" user and
    // its own socket rules.
    m_process.setProcessEnvironment(privateEnvironment(m_dir.path()));
    m_process.start(program,
                    {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                     QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                     QStringLiteral("--disable-shm=yes"), QStringLiteral("--log-target=stderr"),
                     QStringLiteral("--load=module-null-sink sink_name=pantau_test"),
                     QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1 socket=") +
                         m_dir.filePath(QStringLiteral("native"))});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (!pactl({QStringLiteral("info")}).isEmpty())
            return true;
        // Waiting on the process, not sleeping, lets QProcess notice that it exited.
        if (m_process.waitForFinished(100)) {
            m_error = QStringLiteral("pulseaudio exited: %1").arg(log());
            return false;
        }
    }
    m_error = QStringLiteral("pulseaudio did not answer pactl in 15 s: %1").arg(log());
    return false;
}

void PulseAudioServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString PulseAudioServer::pactl(const QStringList &arguments)
{
    QProcess tool;
    QProcessEnvironment environment = privateEnvironment(m_dir.path());
    environment.insert(QStringLiteral("PULSE_SERVER"), serverAddress());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    tool.setProcessEnvironment(environment);
    tool.start(QStringLiteral("pactl"), arguments);
    if (!tool.waitForFinished(10000) || tool.exitStatus() != QProcess::NormalExit ||
        tool.exitCode() != 0) {
        m_error = QStringLiteral("pactl %1 failed: %2%3")
                      .arg(arguments.join(u' '), tool.errorString(),
                           QString::fromUtf8(tool.readAllStandardError()));
        if (tool.state() != QProcess::NotRunning) {
            tool.kill();
            tool.waitForFinished();
        }
        return QString();
    }
    return QString::fromUtf8(tool.readAllStandardOutput());
}

QStringList PulseAudioServer::sinkInputApplications()
{
    static const QRegularExpression name(QStringLiteral(R"re(^\s*application\.name = "(.*)"$)re"),
                                         QRegularExpression::MultilineOption);
    QStringList names;
    const QString listing = pactl({QStringLiteral("list"), QStringLiteral("sink-inputs")});
    for (auto match = name.globalMatch(listing); match.hasNext();)
        names << match.next().captured(1);
    return names;
}
