#include "state/AlertLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Pantau {

QList<QJsonObject> AlertLog::read(const QString &path, QStringList *warnings)
{
    QList<QJsonObject> entries;
    int warningCount = 0;
    auto warn = [&](const QString &message) {
        if (warnings && warningCount < MaxWarnings)
            warnings->append(message);
        ++warningCount;
    };

    if (!QFileInfo::exists(path))
        return entries;
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        warn(QStringLiteral("%1: cannot read the alert log: %2")
                 .arg(path, QFileInfo(path).isDir() ? QStringLiteral("is a directory")
                                                    : file.errorString()));
        return entries;
    }

    int lineNumber = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNumber;
        const bool complete = line.endsWith('\n');
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError && !complete) {
            // Only the last line can lack its newline, and only because a write was cut short.
            // (Cut just before the newline, the object is whole and is kept.)
            warn(QStringLiteral("%1:%2: partly written last line (interrupted write?), skipped")
                     .arg(path)
                     .arg(lineNumber));
            continue;
        }
        if (parseError.error != QJsonParseError::NoError) {
            warn(QStringLiteral("%1:%2: not a JSON line (%3), skipped")
                     .arg(path)
                     .arg(lineNumber)
                     .arg(parseError.errorString()));
            continue;
        }
        if (!document.isObject()) {
            warn(QStringLiteral("%1:%2: not a JSON object, skipped").arg(path).arg(lineNumber));
            continue;
        }
        entries.append(document.object());
    }
    if (file.error() != QFileDevice::NoError)
        warn(QStringLiteral("%1: read error: %2").arg(path, file.errorString()));
    if (warnings && warningCount > MaxWarnings) {
        warnings->append(QStringLiteral("%1: %2 more bad lines not listed")
                             .arg(path)
                             .arg(warningCount - MaxWarnings));
    }
    return entries;
}

} // namespace Pantau
