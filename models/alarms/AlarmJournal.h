#pragma once

#include "alarms/AlarmQuery.h"
#include "alarms/AlarmTransition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Pantau {

// The alarms' journal: every lifecycle step in an SQLite database (Qt SQL's QSQLITE), in WAL
// mode with a versioned schema. One transaction per append(), committed with a full sync, so a
// step the caller was told is written survives a killed process or a power cut.
//
// Opening never fails the caller: a file that is not an SQLite database, or is one of someone
// else's, or has a schema newer than this build knows, is set aside next to itself (renamed with
// a ".bad-<time>" suffix, as LastGoodCache does) with a warning, and a new journal is started.
// A file that cannot be opened for a reason of its surroundings (a folder that cannot be made, a
// lock held by another process, a full disk) is left alone: the journal is then not open, and
// says why in warnings().
//
// The schema grows by migration steps, each taking `PRAGMA user_version` from n to n + 1; an
// empty file (version 0) is brought up by all of them. The file is marked as ours with an
// `application_id`, so another program's SQLite database is recognised and not written into.
//
// Like every QSqlDatabase connection, a journal belongs to the thread that made it.
class AlarmJournal
{
public:
    // Opens (creating if needed) the journal at `path`, with its parent folder. Importing an
    // old JSON Lines alert log is the caller's (it knows the lifecycle's records): it appends
    // the converted steps when isNew().
    explicit AlarmJournal(const QString &path);
    ~AlarmJournal();
    AlarmJournal(const AlarmJournal &) = delete;
    AlarmJournal &operator=(const AlarmJournal &) = delete;

    bool isOpen() const;
    const QString &path() const { return m_path; }
    // What was wrong on opening: a file set aside, a failed import. Empty when all went well.
    const QStringList &warnings() const { return m_warnings; }

    // True when the journal was created by this open (a first start, or after a bad file was
    // set aside): the time to import an old log.
    bool isNew() const { return m_new; }

    // Appends the steps in one transaction. False with a reason in *error (if given) when it
    // could not be written; then none of them is. A step without a valid time is refused.
    bool append(const QList<AlarmTransition> &steps, QString *error = nullptr);

    // The newest row of every rule that has one: what a restart takes its state from.
    QHash<QString, AlarmTransition> newestPerRule() const;

    // The rows the query matches (see AlarmQuery for order and limit); none when the journal
    // cannot be read.
    QList<AlarmTransition> query(const AlarmQuery &query) const;

    // Deletes at most `batch` rows older than `before`, oldest first; returns how many it
    // deleted (0: nothing left to prune), or -1 on an error. Small batches keep each call to a
    // few milliseconds, so a caller on the GUI thread calls it again from a zero timer.
    // A rule's newest row is never pruned, so a restart still knows its state.
    int prune(const QDateTime &before, int batch);

    // How many rows (the benchmark's size per row; -1 on an error).
    qint64 rowCount() const;

    static constexpr int SchemaVersion = 1;
    // `PRAGMA application_id` of a Pantau journal: "PNTJ".
    static constexpr qint32 ApplicationId = 0x504E544A;

private:
    // What opening the file came to: open, the file's own fault (set it aside and start
    // afresh), or the surroundings' (leave the file be).
    enum class Opening { Opened, BadFile, Failed };

    Opening openFile(QString *why);
    Opening migrate(int fromVersion, QString *why);
    void setAside(const QString &why);
    QSqlDatabase database() const;

    QString m_path;
    QString m_connection; // the QSqlDatabase connection name, unique per journal
    QStringList m_warnings;
    bool m_open = false;
    bool m_new = false;
};

} // namespace Pantau
