#include "InstanceLock.h"

#include "storage/StoragePaths.h"

#include <QDir>
#include <QFileInfo>

namespace Pantau {

InstanceLock::InstanceLock(const QString &configPath, Role role)
    : m_path(role == Role::Desk        ? StoragePaths::deskInstanceLock(configPath)
             : role == Role::Collector ? StoragePaths::collectorInstanceLock(configPath)
                                       : StoragePaths::instanceLock(configPath))
    , m_role(role)
    , m_lock(m_path)
{
}

bool InstanceLock::acquire(QString *why)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (m_lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock.error() == QLockFile::LockFailedError &&
        m_lock.getLockInfo(&pid, &host, &application))
        *why = QStringLiteral("this config is already running %1 (process %2 on %3); "
                              "stop that one first, or use another config")
                   .arg(m_role == Role::Desk        ? QStringLiteral("on a control desk")
                        : m_role == Role::Collector ? QStringLiteral("as a site collector")
                                                    : QStringLiteral("on the wall"))
                   .arg(pid)
                   .arg(host);
    else
        *why =
            QStringLiteral("cannot take the lock %1 (is the cache folder writable?)").arg(m_path);
    return false;
}

} // namespace Pantau
