#include "MosquittoBroker.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <unistd.h>

namespace {

QString findProgram(const QString &name)
{
    // Debian puts the broker in /usr/sbin, which a normal user's PATH may not hold.
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty()
               ? QStandardPaths::findExecutable(
                     name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")})
               : found;
}

} // namespace

MosquittoBroker::MosquittoBroker()
    : MosquittoBroker(Options{})
{
}

MosquittoBroker::MosquittoBroker(const Options &options)
    : m_options(options)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

MosquittoBroker::~MosquittoBroker()
{
    kill();
}

QString MosquittoBroker::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.certFile.isEmpty() ? QStringLiteral("mqtt") : QStringLiteral("mqtts"))
        .arg(m_port);
}

QString MosquittoBroker::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("mosquitto.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool MosquittoBroker::writeConfig()
{
    if (m_port == 0) {
        // A free port, found by binding one; kept across restarts, so clients come back to it.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port: %1").arg(probe.errorString());
            return false;
        }
        m_port = probe.serverPort();
    }
    QStringList lines = {
        QStringLiteral("listener %1 127.0.0.1").arg(m_port),
        QStringLiteral("log_dest file %1").arg(m_dir.filePath(QStringLiteral("mosquitto.log"))),
        QStringLiteral("log_type all"),
        QStringLiteral("persistence %1").arg(m_options.persistence ? "true" : "false"),
        QStringLiteral("persistence_location %1/").arg(m_dir.path()),
    };
    // Started as root (as scripts/test is), Mosquitto drops to the user "mosquitto", which cannot
    // read this private temporary folder; it stays who it is instead.
    if (::geteuid() == 0)
        lines << QStringLiteral("user root");
    if (m_options.users.isEmpty()) {
        lines << QStringLiteral("allow_anonymous true");
    } else {
        const QString passwords = m_dir.filePath(QStringLiteral("passwd"));
        QFile::remove(passwords);
        for (const auto &[user, password] : std::as_const(m_options.users)) {
            QStringList args = {QStringLiteral("-b"), passwords, user, password};
            if (!QFile::exists(passwords))
                args.prepend(QStringLiteral("-c"));
            QProcess tool;
            tool.start(findProgram(QStringLiteral("mosquitto_passwd")), args);
            if (!tool.waitForFinished(10000) || tool.exitCode() != 0) {
                m_error = QStringLiteral("mosquitto_passwd failed: %1")
                              .arg(QString::fromUtf8(tool.readAllStandardError()));
                return false;
            }
        }
        lines << QStringLiteral("allow_anonymous false")
              << QStringLiteral("password_file %1").arg(passwords);
    }
    if (!m_options.aclFile.isEmpty())
        lines << QStringLiteral("acl_file %1").arg(m_options.aclFile);
    if (!m_options.certFile.isEmpty())
        lines << QStringLiteral("certfile %1").arg(m_options.certFile)
              << QStringLiteral("keyfile %1").arg(m_options.keyFile);
    QFile config(m_dir.filePath(QStringLiteral("mosquitto.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = config.errorString();
        return false;
    }
    config.write(lines.join(u'\n').toUtf8() + '\n');
    return true;
}

bool MosquittoBroker::start()
{
    if (isRunning())
        return true;
    const QString program = findProgram(QStringLiteral("mosquitto"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("mosquitto is not installed (Debian package mosquitto)");
        return false;
    }
    if (!m_dir.isValid() || !writeConfig())
        return false;
    m_process.start(program,
                    {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("mosquitto.conf"))});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    // Ready when it takes a connection; it may also have died on a config error or a taken port.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(500))
            return true;
        // Waiting on the process, not sleeping, lets QProcess notice that it exited.
        if (m_process.waitForFinished(20)) {
            m_error = QStringLiteral("mosquitto exited: %1%2")
                          .arg(QString::fromUtf8(m_process.readAll()), log());
            return false;
        }
    }
    m_error = QStringLiteral("mosquitto took no connection on port %1 in 10 s: %2%3")
                  .arg(m_port)
                  .arg(QString::fromUtf8(m_process.readAll()), log());
    return false;
}

void MosquittoBroker::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}
