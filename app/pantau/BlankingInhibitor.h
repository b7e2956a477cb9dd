#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace Pantau {

// Keeps the desktop from blanking or locking the wall's screens: a wall that goes black after
// ten idle minutes is no wall. It asks the session's screen saver through the freedesktop
// interface (org.freedesktop.ScreenSaver.Inhibit, spoken by GNOME, KDE, Xfce and others) and
// holds the cookie until the wall ends. Without such a service it says so in the log; on a bare
// X server, `xset s off -dpms` in the session's start-up does the same (README).
class BlankingInhibitor : public QObject
{
    Q_OBJECT

public:
    explicit BlankingInhibitor(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                               QObject *parent = nullptr);
    ~BlankingInhibitor() override;

    // True when the screen saver agreed; `why` says why not otherwise.
    bool inhibit(const QString &reason, QString *why);
    void release();
    bool isInhibiting() const { return m_cookie != 0; }

private:
    QDBusConnection m_bus;
    uint m_cookie = 0;
};

} // namespace Pantau
