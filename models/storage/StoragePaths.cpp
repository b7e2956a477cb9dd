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

QString StoragePaths::file(int location, const QString &pattern, const QString &configPath)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::StandardLocation(location)))
        .filePath(pattern.arg(configKey(configPath)));
}

QString StoragePaths::cacheFile(const QString &configPath)
{
    return file(QStandardPaths::CacheLocation, QStringLiteral("last-good-%1.json"), configPath);
}

QString StoragePaths::alertJournal(const QString &configPath)
{
    return file(QStandardPaths::AppDataLocation, QStringLiteral("alarms-%1.sqlite"), configPath);
}

QString StoragePaths::alertLog(const QString &configPath)
{
    return file(QStandardPaths::AppDataLocation, QStringLiteral("alerts-%1.jsonl"), configPath);
}

QString StoragePaths::instanceLock(const QString &configPath)
{
    return file(QStandardPaths::CacheLocation, QStringLiteral("running-%1.lock"), configPath);
}

QString StoragePaths::deskAlertJournal(const QString &configPath)
{
    return file(QStandardPaths::AppDataLocation, QStringLiteral("alarms-desk-%1.sqlite"),
                configPath);
}

QString StoragePaths::deskAlertLog(const QString &configPath)
{
    return file(QStandardPaths::AppDataLocation, QStringLiteral("alerts-desk-%1.jsonl"),
                configPath);
}

QString StoragePaths::deskInstanceLock(const QString &configPath)
{
    return file(QStandardPaths::CacheLocation, QStringLiteral("desk-%1.lock"), configPath);
}

QString StoragePaths::collectorCacheFile(const QString &configPath)
{
    return file(QStandardPaths::CacheLocation, QStringLiteral("collector-last-good-%1.json"),
                configPath);
}

QString StoragePaths::collectorAlertJournal(const QString &configPath)
{
    return file(QStandardPaths::AppDataLocation, QStringLiteral("collector-alarms-%1.sqlite"),
                configPath);
}

QString StoragePaths::collectorAlertLog(const QString &configPath)
{
    return file(QStandardPaths::AppDataLocation, QStringLiteral("collector-alerts-%1.jsonl"),
                configPath);
}

QString StoragePaths::collectorInstanceLock(const QString &configPath)
{
    return file(QStandardPaths::CacheLocation, QStringLiteral("collector-%1.lock"), configPath);
}

} // namespace Pantau
