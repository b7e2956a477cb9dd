#include "DemoNoise.h"

namespace Pantau {

DemoNoise::DemoNoise(quint64 seed)
    : m_seed(seed)
    , m_wib(QByteArrayLiteral("Asia/Jakarta"))
{
}

double DemoNoise::unit(quint64 key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    key *= 0xc4ceb9fe1a85ec53ULL;
    key ^= key >> 33;
    return double(key >> 11) / double(1ULL << 53);
}

double DemoNoise::operator()(quint64 key) const
{
    return unit(key ^ mix());
}

QString DemoNoise::iso(const QDateTime &time) const
{
    return time.toTimeZone(m_wib).toString(Qt::ISODate);
}

QDateTime DemoNoise::reportedAt(const QDateTime &now, int stepSeconds)
{
    const qint64 secs = now.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs - secs % stepSeconds, Qt::UTC);
}

} // namespace Pantau
