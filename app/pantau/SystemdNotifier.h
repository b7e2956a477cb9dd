#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace Pantau {

// Tells systemd how the wall is doing, through the datagram socket it names in NOTIFY_SOCKET:
// READY=1 once the windows are up, then WATCHDOG=1 at half the WATCHDOG_USEC interval. The
// heartbeat is a timer on the GUI thread, so a frozen GUI stops it and systemd restarts the
// wall, not only a crashed one. Without NOTIFY_SOCKET (not started by systemd) it does nothing.
// The protocol is a line of text in a datagram, so libsystemd is not needed for it.
class SystemdNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    bool isActive() const { return !m_socketPath.isEmpty(); }
    // The heartbeat interval, or 0 when systemd asked for none.
    int heartbeatMs() const { return m_heartbeat.interval(); }

    void notifyReady();
    void notifyStopping();

private:
    bool send(const QByteArray &message);

    QByteArray m_socketPath;
    QTimer m_heartbeat;
};

} // namespace Pantau
