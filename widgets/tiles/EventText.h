#pragma once

#include "formats/EventRecord.h"

#include <QColor>
#include <QString>

namespace Pantau {

class Formatter;
class Theme;

// How an event record reads on the wall, shared by the table and the ticker so both name and
// colour an event the same way.
namespace EventText {

// "kebakaran" as a label: "Kebakaran".
QString category(const QString &category);
// The colour of the dot beside a status word: new events warm, events in hand blue, finished
// ones green, unknown words grey. The word is always shown too.
QColor statusColor(const Theme &theme, const QString &status);
// What the line under an event tile's title names instead of a smart-city dimension.
QString dimensionLabel();
// The head of a ticker item: "13.05 · Wlingi · Kebakaran", the date added for another day.
QString head(const EventRecord &record, const Formatter &formatter, const QDateTime &now);

} // namespace EventText

} // namespace Pantau
