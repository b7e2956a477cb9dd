#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

// A real PulseAudio for tests: its own daemon on a socket in a temporary folder, with a null sink
// as the only output, so a test can play sound and ask the server (with pactl) which streams it
// has, on a machine with no sound card and whether run as root or as a normal user.
class PulseAudioServer
{
public:
    PulseAudioServer();
    ~PulseAudioServer();

    // Starts it and waits until pactl gets an answer; false, with error() saying why, if not.
    bool start();
    // The same, for REQUIRE(server.startOrWhy() == ""): a failure prints the reason.
    std::string startOrWhy() { return start() ? std::string() : m_error.toStdString(); }
    // SIGTERM, then SIGKILL if it does not end; waits until it is gone.
    void stop();

    // For PULSE_SERVER: "unix:<folder>/native".
    QString serverAddress() const;
    // pactl's output for `arguments`, run against this server; empty on failure (see error()).
    QString pactl(const QStringList &arguments);
    // The application.name of every stream playing into the server now (pactl list sink-inputs).
    QStringList sinkInputApplications();
    QString error() const { return m_error; }
    QString log() const { return QString::fromUtf8(m_log); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    QString m_error;
};
