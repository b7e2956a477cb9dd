#pragma once

#include "alarms/AlarmLifecycle.h"
#include "alarms/AlarmTransition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pantau {

// The JSON Lines alert log of versions before the alarm journal, as journal rows. The old log
// knew raised, acknowledged and cleared; replayed into the lifecycle's records, so that the
// newest row of each rule is its state, as if the journal had been there all along.
namespace LegacyAlertImport {

// The rows for the log at `path`, oldest first. `lifecycle` says what each rule watches (its
// indicator and feed) and `opdOfFeed` who publishes it. Torn or foreign lines are skipped, each
// with a "PATH: entry N: why" in *warnings (if given).
QList<AlarmTransition> steps(const QString &path, const AlarmLifecycle &lifecycle,
                             const QHash<QString, QString> &opdOfFeed, QStringList *warnings);

} // namespace LegacyAlertImport

} // namespace Pantau
