#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pantau {

// The alert log of versions before the SQLite journal (AlarmJournal): one JSON object per line
// (JSON Lines), read once, when a new journal imports it. Reading is forgiving: a line torn by a
// crash, or a file that is not ours, gives warnings and whatever good lines there are, never a
// failure.
class AlertLog
{
public:
    // Every well-formed entry of the log at `path`, in file order. A missing file is an empty log.
    // Bad lines are skipped, each with a "PATH:LINE: reason" in *warnings (if given).
    static QList<QJsonObject> read(const QString &path, QStringList *warnings);

    // A foreign file can have any number of bad lines; past this many, only a count is reported.
    static constexpr int MaxWarnings = 20;
};

} // namespace Pantau
