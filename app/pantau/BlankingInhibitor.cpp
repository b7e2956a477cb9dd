#include "BlankingInhibitor.h"

#include <QDBusInterface>
#include <QDBusReply>

namespace Pantau {

namespace {
const QString Service = QStringLiteral("org.freedesktop.ScreenSaver");
const QString Path = QStringLiteral("/org/freedesktop/ScreenSaver");
} // namespace

BlankingInhibitor::BlankingInhibitor(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

BlankingInhibitor::~BlankingInhibitor()
{
    release();
}

bool BlankingInhibitor::inhibit(const QString &reason, QString *why)
{
    if (m_cookie != 0)
        return true;
    if (!m_bus.isConnected()) {
        *why = QStringLiteral("no D-Bus session bus, so no screen saver to ask");
        return false;
    }
    QDBusInterface screenSaver(Service, Path, Service, m_bus);
    // Events keep flowing while the answer comes: the screen saver may live in this process
    // (as in the tests) or answer slowly, and the wall is starting up meanwhile anyway.
    screenSaver.setTimeout(5000);
    const QDBusReply<uint> reply = screenSaver.call(QDBus::BlockWithGui, QStringLiteral("Inhibit"),
                                                    QStringLiteral("Pantau"), reason);
    if (!reply.isValid()) {
        *why = QStringLiteral("the screen saver did not agree: %1").arg(reply.error().message());
        return false;
    }
    m_cookie = reply.value();
    return true;
}

void BlankingInhibitor::release()
{
    if (m_cookie == 0)
        return;
    QDBusInterface screenSaver(Service, Path, Service, m_bus);
    screenSaver.call(QDBus::NoBlock, QStringLiteral("UnInhibit"), m_cookie);
    m_cookie = 0;
}

} // namespace Pantau
