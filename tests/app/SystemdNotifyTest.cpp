// The wall tells systemd it is ready and keeps a watchdog heartbeat going, over a real
// datagram socket as systemd provides one.

#include <QByteArrayList>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <catch2/catch.hpp>

namespace {

// A bound datagram socket standing in for systemd's notify socket.
class NotifySocket
{
public:
    explicit NotifySocket(const QByteArray &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(),
                    std::min(size_t(path.size()), sizeof(address.sun_path) - 1));
        m_bound = m_fd >= 0 &&
                  ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    }
    ~NotifySocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isBound() const { return m_bound; }

    // The next message, or empty when none comes within `timeoutMs`.
    QByteArray receive(int timeoutMs)
    {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            return {};
        char buffer[512];
        const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
        return n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
    }

private:
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

TEST_CASE("A wall started by systemd says it is ready and sends watchdog heartbeats")
{
    QTemporaryDir dir;
    const QByteArray socketPath = dir.filePath(QStringLiteral("notify")).toLocal8Bit();
    NotifySocket socket(socketPath);
    REQUIRE(socket.isBound());

    QProcess wall;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(socketPath));
    env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("400000")); // heartbeat: 200 ms
    wall.setProcessEnvironment(env);
    wall.start(QStringLiteral(PANTAU_BINARY),
               {QStringLiteral("--config"),
                QStringLiteral(PANTAU_SOURCE_DIR "/tests/data/config/minimal.json"),
                QStringLiteral("--windowed")});
    REQUIRE(wall.waitForStarted(10000));

    QList<QByteArray> messages;
    QDeadlineTimer limit(30000);
    while (messages.count("WATCHDOG=1") < 3 && !limit.hasExpired()) {
        const QByteArray message = socket.receive(500);
        if (!message.isEmpty())
            messages.append(message);
    }
    wall.terminate();
    if (!wall.waitForFinished(10000))
        wall.kill();
    CAPTURE(QByteArrayList(messages).join(' ').toStdString());
    REQUIRE_FALSE(messages.isEmpty());
    CHECK(messages.first() == QByteArrayLiteral("READY=1"));
    CHECK(messages.count("WATCHDOG=1") >= 3);
}
