#pragma once

#include "config/Config.h"

#include <QDateTime>

namespace Pantau {

// Which page of a screen shows at a given moment, and when that changes. A pure function of the
// clock: a synchronized rotation counts whole intervals since the epoch, so every screen with
// the same interval turns at the same instant, in one process or on several machines; an
// unsynchronized one counts from the screen's start.
class PageRotation
{
public:
    static int pageAt(const RotationConfig &rotation, int pageCount, const QDateTime &start,
                      const QDateTime &now);
    // The next moment the page changes; invalid when it never does (one page, no rotation).
    static QDateTime nextChange(const RotationConfig &rotation, int pageCount,
                                const QDateTime &start, const QDateTime &now);
};

} // namespace Pantau
