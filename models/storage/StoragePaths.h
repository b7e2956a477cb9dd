#pragma once

#include <QString>

namespace Pantau {

// Where a wall keeps what outlives a run: its last-good cache and its alert log, one of each
// per config file, in the user's standard cache and data folders.
class StoragePaths
{
public:
    static QString cacheFile(const QString &configPath);
    // The alarms' SQLite journal; alertLog is the JSON Lines log of earlier versions, which a
    // new journal imports.
    static QString alertJournal(const QString &configPath);
    static QString alertLog(const QString &configPath);
    // The lock that keeps a second wall from running the same config as the same user.
    static QString instanceLock(const QString &configPath);
    // The same for a control desk running alone (--mode desktop): its own log and its own lock,
    // so a desk and a wall can run on one PC and the desk keeps its own acknowledgements.
    static QString deskAlertJournal(const QString &configPath);
    static QString deskAlertLog(const QString &configPath);
    static QString deskInstanceLock(const QString &configPath);
    // The same for a site's collector (--mode collector), which may run on a PC that also runs a
    // wall or a desk of the same config. Under systemd, the unit points the XDG folders at the
    // collector's state and cache directories.
    static QString collectorCacheFile(const QString &configPath);
    static QString collectorAlertJournal(const QString &configPath);
    static QString collectorAlertLog(const QString &configPath);
    static QString collectorInstanceLock(const QString &configPath);

private:
    // A short stable key per config file, so two walls on one machine keep apart.
    static QString configKey(const QString &configPath);
    // `pattern`'s %1 replaced by the key, in a standard folder.
    static QString file(int location, const QString &pattern, const QString &configPath);
};

} // namespace Pantau
