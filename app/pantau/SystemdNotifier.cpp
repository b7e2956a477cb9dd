#include "SystemdNotifier.h"

#include <QDebug>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Pantau {

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_socketPath(qgetenv("NOTIFY_SOCKET"))
{
    if (!isActive())
        return;
    bool ok = false;
    const qint64 watchdogUsec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    // WATCHDOG_PID, when set, names the process the watchdog is meant for.
    const QByteArray pid = qgetenv("WATCHDOG_PID");
    const bool forUs = pid.isEmpty() || pid.toLongLong() == qint64(::getpid());
    if (ok && watchdogUsec > 0 && forUs) {
        m_heartbeat.setInterval(int(std::clamp<qint64>(watchdogUsec / 2000, 100, 3'600'000)));
        connect(&m_heartbeat, &QTimer::timeout, this, [this] { send("WATCHDOG=1"); });
    }
}

bool SystemdNotifier::send(const QByteArray &message)
{
    if (!isActive())
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(m_socketPath.size()) >= sizeof(address.sun_path)) {
        qWarning().noquote() << "NOTIFY_SOCKET path is too long:" << m_socketPath;
        return false;
    }
    std::memcpy(address.sun_path, m_socketPath.constData(), size_t(m_socketPath.size()));
    socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(m_socketPath.size()));
    // An abstract socket is written with a leading '@'; its real name starts with a zero byte.
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0';
    else
        length += 1;
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, message.constData(), size_t(message.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    ::close(fd);
    return sent == message.size();
}

void SystemdNotifier::notifyReady()
{
    if (!send("READY=1"))
        return;
    if (m_heartbeat.interval() > 0 && !m_heartbeat.isActive()) {
        send("WATCHDOG=1");
        m_heartbeat.start();
    }
}

void SystemdNotifier::notifyStopping()
{
    m_heartbeat.stop();
    send("STOPPING=1");
}

} // namespace Pantau
