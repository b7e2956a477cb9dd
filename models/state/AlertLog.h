#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pantau {

// The persisted record of alert transitions: one JSON object per line (JSON Lines), appended and
// never rewritten, so it doubles as the audit trail of who acknowledged what and when. Reading it
// back is forgiving: a line torn by a crash, or a file that is not ours, gives warnings and
// whatever good lines there are, never a failure.
class AlertLog
{
public:
    explicit AlertLog(const QString &path);

    const QString &path() const { return m_path; }

    // Appends one entry as one line, creating the parent directory if needed. The line goes out
    // in a single write() and is flushed, so a crash leaves at most a torn last line. Returns
    // false with a reason in *error (if given) when it could not be written.
    bool append(const QJsonObject &entry, QString *error);

    // Every well-formed entry of the log at `path`, in file order. A missing file is an empty log.
    // Bad lines are skipped, each with a "PATH:LINE: reason" in *warnings (if given).
    static QList<QJsonObject> read(const QString &path, QStringList *warnings);

    // A foreign file can have any number of bad lines; past this many, only a count is reported.
    static constexpr int MaxWarnings = 20;

private:
    QString m_path;
};

} // namespace Pantau
