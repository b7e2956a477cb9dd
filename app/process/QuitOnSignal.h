#pragma once

#include <QObject>

class QSocketNotifier;

namespace Pantau {

// Ends the application through its event loop on SIGTERM and SIGINT, the way systemd stops a
// unit and Ctrl+C stops a terminal run, so that aboutToQuit runs and the exit status is 0: in
// pantau the cache is saved and the systemd STOPPING note is sent; a soak script sees pantau-sim
// end cleanly. Without this the default action kills the process on the spot. A signal handler
// may do almost nothing, so it only writes a byte to a socket pair the event loop watches.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    // Whether the handlers are in place; false (with a warning logged) if the socket pair
    // could not be made, and the default actions stay.
    bool isActive() const { return m_notifier != nullptr; }

private:
    static void handle(int signal);
    void onReadable();

    QSocketNotifier *m_notifier = nullptr; // child
};

} // namespace Pantau
