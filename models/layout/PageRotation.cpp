#include "layout/PageRotation.h"

namespace Pantau {

namespace {

qint64 originMs(const RotationConfig &rotation, const QDateTime &start)
{
    return rotation.synchronized ? 0 : start.toMSecsSinceEpoch();
}

} // namespace

int PageRotation::pageAt(const RotationConfig &rotation, int pageCount, const QDateTime &start,
                         const QDateTime &now)
{
    if (pageCount <= 1 || rotation.seconds <= 0)
        return 0;
    const qint64 elapsed = std::max<qint64>(0, now.toMSecsSinceEpoch() - originMs(rotation, start));
    return int((elapsed / (qint64(rotation.seconds) * 1000)) % pageCount);
}

QDateTime PageRotation::nextChange(const RotationConfig &rotation, int pageCount,
                                   const QDateTime &start, const QDateTime &now)
{
    if (pageCount <= 1 || rotation.seconds <= 0)
        return {};
    const qint64 origin = originMs(rotation, start);
    const qint64 intervalMs = qint64(rotation.seconds) * 1000;
    const qint64 elapsed = std::max<qint64>(0, now.toMSecsSinceEpoch() - origin);
    return QDateTime::fromMSecsSinceEpoch(origin + (elapsed / intervalMs + 1) * intervalMs,
                                          Qt::UTC);
}

} // namespace Pantau
