#pragma once

#include <QLockFile>
#include <QString>

namespace Pantau {

// One running wall per user and config: two copies would poll every feed twice, fight over the
// cache and the alert log, and stack two sets of fullscreen windows. The lock is a QLockFile,
// which a crashed wall does not leave behind: a lock whose process is gone is taken over.
class InstanceLock
{
public:
    enum class Role {
        Wall,      // a wall or kiosk
        Desk,      // a control desk alone (--mode desktop), which may run beside the wall
        Collector, // a site's collector, which may run beside both
    };

    explicit InstanceLock(const QString &configPath, Role role = Role::Wall);

    // True when this process now holds the lock. Otherwise `why` says who holds it.
    bool acquire(QString *why);

private:
    QString m_path;
    Role m_role;
    QLockFile m_lock;
};

} // namespace Pantau
