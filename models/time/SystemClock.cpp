#include "time/SystemClock.h"

namespace Pantau {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace Pantau
