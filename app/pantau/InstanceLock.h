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
    explicit InstanceLock(const QString &configPath);

    // True when this process now holds the lock. Otherwise `why` says who holds it.
    bool acquire(QString *why);

private:
    QString m_path;
    QLockFile m_lock;
};

} // namespace Pantau
