#include "storage/StoragePaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Pantau {

QString StoragePaths::configKey(const QString &configPath)
{
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(configPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(12));
}

QString StoragePaths::cacheFile(const QString &configPath)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("last-good-%1.json").arg(configKey(configPath)));
}

QString StoragePaths::alertLog(const QString &configPath)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("alerts-%1.jsonl").arg(configKey(configPath)));
}

QString StoragePaths::instanceLock(const QString &configPath)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("running-%1.lock").arg(configKey(configPath)));
}

QString StoragePaths::deskAlertLog(const QString &configPath)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("alerts-desk-%1.jsonl").arg(configKey(configPath)));
}

QString StoragePaths::deskInstanceLock(const QString &configPath)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("desk-%1.lock").arg(configKey(configPath)));
}

} // namespace Pantau
