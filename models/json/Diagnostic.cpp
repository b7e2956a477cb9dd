#include "json/Diagnostic.h"

namespace Pantau {

QString Diagnostic::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    // The empty pointer names the whole document; print it as "/" would be wrong, so say so.
    const QString where = pointer.isEmpty() ? QStringLiteral("(document)") : pointer;
    return QStringLiteral("%1: %2: %3").arg(file, where, message);
}

} // namespace Pantau
