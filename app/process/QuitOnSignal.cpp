#include "QuitOnSignal.h"

#include <QCoreApplication>
#include <QDebug>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Pantau {

namespace {

// [0] is written by the handler, [1] read by the event loop. One process-wide pair: signals
// are process-wide too.
int g_pair[2] = {-1, -1};

} // namespace

QuitOnSignal::QuitOnSignal(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pair) != 0) {
        qWarning().noquote() << "cannot watch for SIGTERM: no socket pair; it will end"
                             << QCoreApplication::applicationName() << "on the spot";
        return;
    }
    m_notifier = new QSocketNotifier(g_pair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::onReadable);
    struct sigaction action = {};
    action.sa_handler = &QuitOnSignal::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal()
{
    if (!m_notifier)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    ::close(g_pair[0]);
    ::close(g_pair[1]);
    g_pair[0] = g_pair[1] = -1;
}

void QuitOnSignal::handle(int signal)
{
    const char byte = char(signal);
    // Only async-signal-safe calls here; a full pipe already carries a pending quit.
    [[maybe_unused]] const ssize_t written = ::write(g_pair[0], &byte, 1);
}

void QuitOnSignal::onReadable()
{
    char byte = 0;
    if (::read(g_pair[1], &byte, 1) != 1)
        return;
    qInfo().noquote() << (byte == SIGINT ? "SIGINT" : "SIGTERM") << "received: ending"
                      << QCoreApplication::applicationName();
    // exit(), not quit(): in Qt 6 quit() first asks every window to close and gives up if one
    // refuses, which a kiosk's windows do by design. A signal from the system is not a request
    // a window may turn down; exit() still leaves through the event loop, so aboutToQuit runs.
    QCoreApplication::exit(0);
}

} // namespace Pantau
