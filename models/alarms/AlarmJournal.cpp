#include "alarms/AlarmJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Pantau {

namespace {

// The names in this file carry "journal": the build compiles several files as one unit, where
// another file's anonymous helpers would clash with plain ones.

// Every column of a row, in the order rows are read and written.
const QString journalColumns = QStringLiteral(
    "id, time_ms, event, rule, action, state, severity, indicator, feed, opd, message, value, "
    "user, operator_name, station, note, until_ms, record");

// The migration steps: step n takes a journal from user_version n to n + 1, in one transaction
// with the new version number, so a journal is always at one version or the next. A new
// SchemaVersion adds one step at the end; a file of any older version is brought up step by
// step, an empty one by all of them.
const QList<QStringList> &journalMigrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: the table of transitions. The enums are stored by their names (AlarmStates,
        // AlarmActions, AlertSeverities), so the file reads on its own and survives a
        // reordering of the enums; times are UTC milliseconds. `id` is the rowid: without
        // AUTOINCREMENT an id could come back after its row was deleted, but only the newest
        // row's can, and prune() never deletes a rule's newest row, let alone the newest of all.
        {
            QStringLiteral("CREATE TABLE transitions ("
                           " id INTEGER PRIMARY KEY,"
                           " time_ms INTEGER NOT NULL,"
                           " event TEXT NOT NULL,"
                           " rule TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " severity TEXT NOT NULL,"
                           " indicator TEXT NOT NULL,"
                           " feed TEXT NOT NULL,"
                           " opd TEXT NOT NULL,"
                           " message TEXT NOT NULL,"
                           " value REAL,"
                           " user TEXT NOT NULL,"
                           " operator_name TEXT NOT NULL,"
                           " station TEXT NOT NULL,"
                           " note TEXT NOT NULL,"
                           " until_ms INTEGER,"
                           " record TEXT NOT NULL)"),
            // A shift's or a day's rows, oldest first (the rowid ends every index, so
            // "ORDER BY time_ms, id" is the index's own order), and prune()'s oldest rows.
            QStringLiteral("CREATE INDEX transitions_time ON transitions (time_ms)"),
            // A rule's newest row, for newestPerRule() and the row prune() must keep.
            QStringLiteral("CREATE INDEX transitions_rule ON transitions (rule, id)"),
            // One event's timeline, and an indicator's rows over a month, each in time order.
            QStringLiteral("CREATE INDEX transitions_event ON transitions (event, time_ms)"),
            QStringLiteral(
                "CREATE INDEX transitions_indicator ON transitions (indicator, time_ms)"),
        },
    };
    return steps;
}

// SQLite's primary result codes that say the file itself is bad (SQLITE_CORRUPT, SQLITE_FORMAT,
// SQLITE_NOTADB); any other error (busy, locked, read-only, I/O, full, no memory) is the
// surroundings', and setting the file aside would not help.
bool journalFileIsAtFault(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 24 || code == 26);
}

QString journalErrorText(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QStringLiteral("unknown SQLite error") : text;
}

quint32 journalBigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

// What is wrong with the file before SQLite reads it, or empty. SQLite opens anything and
// complains only at the first read, and reads a truncated file's missing pages as zeros, so two
// things are checked here: the 16-byte magic string, and a file shorter than its header says
// it is. The length is only trusted when the header's change counter matches the
// version-valid-for number (a file written by SQLite 3.7 or later), and only without a WAL: a
// checkpoint cut short leaves the file short and the WAL holding the rest.
QString journalHeaderProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // SQLite's open will say why
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("not an SQLite database");
    quint32 pageSize = journalBigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = journalBigEndian(header, 24, 4);
    const quint32 pages = journalBigEndian(header, 28, 4);
    const quint32 validFor = journalBigEndian(header, 92, 4);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (pages > 0 && validFor == changeCounter && !(wal.exists() && wal.size() > 0) &&
        qint64(pages) * pageSize > size) {
        return QStringLiteral("truncated: its header says %1 bytes, the file has %2")
            .arg(qint64(pages) * pageSize)
            .arg(size);
    }
    return {};
}

QVariant journalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime journalTimeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A name the tables do not have (a file edited by hand) reads as the enum's first value: the
// row is still worth showing, and the name cannot come from this build's writing.
template<typename Row, std::size_t N>
auto journalEnumFrom(const Row (&table)[N], const QVariant &value)
{
    const Row *row = EnumTable::named(table, value.toString());
    return row ? row->value : table[0].value;
}

// The row at the query's position, its columns in journalColumns' order.
AlarmTransition journalRow(const QSqlQuery &query)
{
    AlarmTransition step;
    step.id = query.value(0).toLongLong();
    step.time = journalTimeFrom(query.value(1));
    step.event = query.value(2).toString();
    step.rule = query.value(3).toString();
    step.action = journalEnumFrom(AlarmActions, query.value(4));
    step.state = journalEnumFrom(AlarmStates, query.value(5));
    step.severity = journalEnumFrom(AlertSeverities, query.value(6));
    step.indicator = query.value(7).toString();
    step.feed = query.value(8).toString();
    step.opd = query.value(9).toString();
    step.message = query.value(10).toString();
    if (!query.value(11).isNull())
        step.value = query.value(11).toDouble();
    step.user = query.value(12).toString();
    step.operatorName = query.value(13).toString();
    step.station = query.value(14).toString();
    step.note = query.value(15).toString();
    step.until = journalTimeFrom(query.value(16));
    step.record = QJsonDocument::fromJson(query.value(17).toByteArray()).object();
    return step;
}

// A text column that is NOT NULL: a null QString would bind as NULL.
QVariant journalText(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace

AlarmJournal::AlarmJournal(const QString &path)
    : m_path(path)
{
    static std::atomic<quint64> journals{0};
    m_connection = QStringLiteral("pantau-journal-%1").arg(++journals);
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_warnings.append(
            QStringLiteral("%1: cannot create the folder %2; no journal").arg(m_path, folder));
        return;
    }
    QString why;
    Opening opening = openFile(&why);
    if (opening == Opening::BadFile) {
        database().close();
        setAside(why);
        // A file that is still in place could not be set aside; opening it again would only
        // fail the same way.
        if (QFileInfo::exists(m_path)) {
            opening = Opening::Failed;
            why = QStringLiteral("no journal");
        } else {
            opening = openFile(&why);
            m_new = true;
        }
    }
    if (opening != Opening::Opened) {
        database().close();
        m_new = false;
        m_warnings.append(QStringLiteral("%1: %2").arg(m_path, why));
        return;
    }
    m_open = true;
}

AlarmJournal::~AlarmJournal()
{
    // removeDatabase() wants no QSqlDatabase or QSqlQuery of the connection alive: the queries
    // are all local to the functions, and this handle is gone at the end of its block.
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close(); // the last connection: SQLite checkpoints and removes the WAL
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase AlarmJournal::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool AlarmJournal::isOpen() const
{
    return m_open;
}

AlarmJournal::Opening AlarmJournal::openFile(QString *why)
{
    const QFileInfo info(m_path);
    if (info.exists() && info.size() > 0) {
        const QString problem = journalHeaderProblem(m_path);
        if (!problem.isEmpty()) {
            *why = problem;
            return Opening::BadFile;
        }
    }

    QSqlDatabase db = database();
    db.setDatabaseName(m_path);
    // Another connection to the file (a reader in another process, the tests' own) holds a lock
    // only for a moment; waiting for it beats failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *why = QStringLiteral("cannot open: %1").arg(journalErrorText(db.lastError()));
        return Opening::Failed;
    }

    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto failed = [&](const QString &doing) {
        *why = QStringLiteral("%1: %2").arg(doing, journalErrorText(query.lastError()));
        return journalFileIsAtFault(query.lastError()) ? Opening::BadFile : Opening::Failed;
    };
    // Only reading until the file is known to be ours: switching a foreign file to WAL would
    // change it.
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failed(QStringLiteral("cannot read the application id"));
    const qint32 applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(QStringLiteral("cannot read the schema version"));
    const int version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name")))
        return failed(QStringLiteral("cannot read the tables"));
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());

    if (applicationId != ApplicationId &&
        (applicationId != 0 || version != 0 || !tables.isEmpty())) {
        *why = applicationId != 0
                   ? QStringLiteral("another program's SQLite database (application id 0x%1)")
                         .arg(quint32(applicationId), 8, 16, QLatin1Char('0'))
                   : QStringLiteral("an SQLite database that is not a Pantau journal (tables: %1)")
                         .arg(tables.isEmpty() ? QStringLiteral("none")
                                               : tables.join(QStringLiteral(", ")));
        return Opening::BadFile;
    }
    if (version > SchemaVersion) {
        *why = QStringLiteral("journal schema version %1, this Pantau knows up to %2")
                   .arg(version)
                   .arg(SchemaVersion);
        return Opening::BadFile;
    }
    if (version > 0) {
        // The table is there with every column, and its newest row reads: a file torn inside
        // the table's pages fails here rather than at the first query.
        if (!query.exec(QStringLiteral("SELECT %1 FROM transitions ORDER BY id DESC LIMIT 1")
                            .arg(journalColumns))) {
            *why =
                QStringLiteral("not a whole journal: %1").arg(journalErrorText(query.lastError()));
            return Opening::BadFile;
        }
        while (query.next()) {
        }
    }

    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return failed(QStringLiteral("cannot switch to WAL"));
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *why = QStringLiteral("cannot switch to WAL (the journal mode stays %1)")
                   .arg(query.value(0).toString());
        return Opening::Failed;
    }
    // In WAL mode FULL syncs the WAL at every commit: one fsync per append(), and a committed
    // append survives a power cut, not only a killed process.
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return failed(QStringLiteral("cannot set synchronous"));
    query.finish();

    if (version == 0)
        m_new = true;
    return migrate(version, why);
}

AlarmJournal::Opening AlarmJournal::migrate(int fromVersion, QString *why)
{
    const QList<QStringList> &steps = journalMigrations();
    Q_ASSERT(steps.size() == SchemaVersion);
    QSqlDatabase db = database();
    for (int version = fromVersion; version < SchemaVersion; ++version) {
        if (!db.transaction()) {
            *why = QStringLiteral("cannot begin the migration to schema version %1: %2")
                       .arg(version + 1)
                       .arg(journalErrorText(db.lastError()));
            return journalFileIsAtFault(db.lastError()) ? Opening::BadFile : Opening::Failed;
        }
        QStringList statements = steps.at(version);
        statements.append(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                query.finish();
                db.rollback();
                *why = QStringLiteral("cannot migrate to schema version %1: %2")
                           .arg(version + 1)
                           .arg(journalErrorText(error));
                return journalFileIsAtFault(error) ? Opening::BadFile : Opening::Failed;
            }
        }
        if (!db.commit()) {
            const QSqlError error = db.lastError();
            db.rollback();
            *why = QStringLiteral("cannot commit the migration to schema version %1: %2")
                       .arg(version + 1)
                       .arg(journalErrorText(error));
            return journalFileIsAtFault(error) ? Opening::BadFile : Opening::Failed;
        }
    }
    return Opening::Opened;
}

void AlarmJournal::setAside(const QString &why)
{
    // The suffix LastGoodCache gives a bad cache, made unique: a second bad file within the same
    // second must not replace the first.
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    QString aside = m_path + QStringLiteral(".bad-") + stamp;
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral("-wal"));
         ++n) {
        aside = m_path + QStringLiteral(".bad-") + stamp + QLatin1Char('-') + QString::number(n);
    }
    const bool moved = QFile::rename(m_path, aside);
    // The WAL and its index keep SQLite's names beside the file's new one, so sqlite3 opening
    // the set-aside file still sees what only the WAL held.
    if (moved) {
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(m_path + suffix))
                QFile::rename(m_path + suffix, aside + suffix);
        }
    }
    m_warnings.append(
        QStringLiteral("%1: %2; %3")
            .arg(m_path, why,
                 moved ? QStringLiteral("set aside as %1 and a new journal started").arg(aside)
                       : QStringLiteral("could not set it aside")));
}

bool AlarmJournal::append(const QList<AlarmTransition> &steps, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, reason);
        return false;
    };
    if (!m_open)
        return fail(QStringLiteral("the journal is not open"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).time.isValid())
            return fail(QStringLiteral("step %1 of %2 has no time").arg(i + 1).arg(steps.size()));
    }
    if (steps.isEmpty())
        return true;

    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(QStringLiteral("cannot begin: %1").arg(journalErrorText(db.lastError())));
    QString reason;
    {
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral("INSERT INTO transitions (%1) VALUES "
                                           "(NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                           "?)")
                                .arg(journalColumns))) {
            reason = journalErrorText(insert.lastError());
        }
        for (qsizetype i = 0; reason.isEmpty() && i < steps.size(); ++i) {
            const AlarmTransition &step = steps.at(i);
            insert.bindValue(0, step.time.toMSecsSinceEpoch());
            insert.bindValue(1, journalText(step.event));
            insert.bindValue(2, journalText(step.rule));
            insert.bindValue(3, QString(describe(step.action).name));
            insert.bindValue(4, QString(describe(step.state).name));
            insert.bindValue(5, QString(describe(step.severity).name));
            insert.bindValue(6, journalText(step.indicator));
            insert.bindValue(7, journalText(step.feed));
            insert.bindValue(8, journalText(step.opd));
            insert.bindValue(9, journalText(step.message));
            insert.bindValue(10, step.value ? QVariant(*step.value)
                                            : QVariant(QMetaType::fromType<double>()));
            insert.bindValue(11, journalText(step.user));
            insert.bindValue(12, journalText(step.operatorName));
            insert.bindValue(13, journalText(step.station));
            insert.bindValue(14, journalText(step.note));
            insert.bindValue(15, journalTime(step.until));
            insert.bindValue(
                16, QString::fromUtf8(QJsonDocument(step.record).toJson(QJsonDocument::Compact)));
            if (!insert.exec()) {
                reason = QStringLiteral("step %1 of %2: %3")
                             .arg(i + 1)
                             .arg(steps.size())
                             .arg(journalErrorText(insert.lastError()));
            }
        }
    }
    if (reason.isEmpty() && !db.commit())
        reason = QStringLiteral("cannot commit: %1").arg(journalErrorText(db.lastError()));
    if (!reason.isEmpty()) {
        db.rollback();
        return fail(reason);
    }
    return true;
}

QHash<QString, AlarmTransition> AlarmJournal::newestPerRule() const
{
    QHash<QString, AlarmTransition> newest;
    if (!m_open)
        return newest;
    // The rules are found by hopping through the rule index from one name to the next (a
    // loose index scan), and each one's newest row by one more look-up: a few dozen seeks
    // however long the journal, where GROUP BY would read the whole index.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const bool ok = query.exec(
        QStringLiteral("WITH RECURSIVE rules (name) AS ("
                       " SELECT min(rule) FROM transitions"
                       " UNION ALL"
                       " SELECT (SELECT min(rule) FROM transitions WHERE rule > rules.name)"
                       " FROM rules WHERE rules.name IS NOT NULL) "
                       "SELECT %1 FROM rules JOIN transitions ON transitions.id ="
                       " (SELECT max(id) FROM transitions WHERE rule = rules.name)")
            .arg(journalColumns));
    while (ok && query.next()) {
        AlarmTransition step = journalRow(query);
        newest.insert(step.rule, step);
    }
    return newest;
}

QList<AlarmTransition> AlarmJournal::query(const AlarmQuery &filter) const
{
    QList<AlarmTransition> rows;
    if (!m_open)
        return rows;
    QStringList conditions;
    QVariantList values;
    auto where = [&](const QString &condition, const QVariant &value) {
        conditions.append(condition);
        values.append(value);
    };
    if (filter.from.isValid())
        where(QStringLiteral("time_ms >= ?"), filter.from.toMSecsSinceEpoch());
    if (filter.until.isValid())
        where(QStringLiteral("time_ms < ?"), filter.until.toMSecsSinceEpoch());
    if (filter.severity)
        where(QStringLiteral("severity = ?"), QString(describe(*filter.severity).name));
    if (!filter.rule.isEmpty())
        where(QStringLiteral("rule = ?"), filter.rule);
    if (!filter.indicator.isEmpty())
        where(QStringLiteral("indicator = ?"), filter.indicator);
    if (!filter.feed.isEmpty())
        where(QStringLiteral("feed = ?"), filter.feed);
    if (!filter.opd.isEmpty())
        where(QStringLiteral("opd = ?"), filter.opd);
    if (filter.state)
        where(QStringLiteral("state = ?"), QString(describe(*filter.state).name));
    if (!filter.event.isEmpty())
        where(QStringLiteral("event = ?"), filter.event);

    QString sql = QStringLiteral("SELECT %1 FROM transitions").arg(journalColumns);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (filter.limit >= 0) {
        sql += QStringLiteral(" ORDER BY time_ms DESC, id DESC LIMIT ?");
        values.append(filter.limit);
    } else {
        sql += QStringLiteral(" ORDER BY time_ms, id");
    }

    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return rows;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(journalRow(query));
    return rows;
}

int AlarmJournal::prune(const QDateTime &before, int batch)
{
    if (!m_open)
        return -1;
    if (batch <= 0 || !before.isValid())
        return 0;
    // One statement, so one transaction and one fsync per batch. A row is kept while no newer
    // row of its rule exists: a rule's newest row is what a restart takes its state from.
    QSqlQuery query(database());
    if (!query.prepare(QStringLiteral("DELETE FROM transitions WHERE id IN ("
                                      " SELECT old.id FROM transitions AS old"
                                      " WHERE old.time_ms < ?"
                                      " AND EXISTS (SELECT 1 FROM transitions AS newer"
                                      "  WHERE newer.rule = old.rule AND newer.id > old.id)"
                                      " ORDER BY old.time_ms, old.id LIMIT ?)")))
        return -1;
    query.bindValue(0, before.toMSecsSinceEpoch());
    query.bindValue(1, batch);
    if (!query.exec())
        return -1;
    return query.numRowsAffected();
}

qint64 AlarmJournal::rowCount() const
{
    if (!m_open)
        return -1;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM transitions")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace Pantau
