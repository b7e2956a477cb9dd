#include "DemoEventStream.h"

#include "geo/Kecamatan.h"

#include <QJsonArray>

namespace Pantau {

QJsonObject DemoEventStream::list(const DemoNoise &noise, const Stream &stream,
                                  const QDateTime &now, int listed)
{
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QJsonArray rows;
    const QList<Kecamatan> &all = Kecamatan::blitar();
    for (qint64 slot = nowSecs / SlotSeconds; rows.size() < listed && slot > 0; --slot) {
        const quint64 seed = quint64(slot) * 7919 + stream.salt;
        const std::optional<Burst> burst =
            stream.burstAt ? stream.burstAt(slot * SlotSeconds) : std::nullopt;
        const bool fromBurst = burst && noise(seed + 5) < burst->chance;
        if (!fromBurst && noise(seed) >= stream.slotChance)
            continue;
        const qint64 when = slot * SlotSeconds + qint64(noise(seed + 1) * SlotSeconds);
        if (when > nowSecs)
            continue;
        const Template &t =
            fromBurst ? burst->templates[std::size_t(noise(seed + 6) * burst->templateCount)]
                      : stream.templates[std::size_t(noise(seed + 2) * stream.templateCount)];
        const Kecamatan &k =
            fromBurst ? all.at(burst->kecamatan) : all.at(qsizetype(noise(seed + 3) * all.size()));
        QJsonObject row;
        row.insert(QStringLiteral("id"), QStringLiteral("%1-%2").arg(stream.salt).arg(slot));
        row.insert(QStringLiteral("waktu"),
                   noise.iso(QDateTime::fromSecsSinceEpoch(when, Qt::UTC)));
        row.insert(QStringLiteral("kecamatan"), k.name);
        row.insert(QStringLiteral("kategori"), QLatin1String(t.category));
        row.insert(QStringLiteral("status"), stream.status(nowSecs - when));
        row.insert(QStringLiteral("uraian"), QString::fromUtf8(t.text).arg(k.name));
        rows.append(row);
    }
    QJsonObject body;
    body.insert(QStringLiteral("data"), rows);
    return body;
}

QString DemoEventStream::status(qint64 ageSeconds, const char *fresh, const char *working,
                                const char *done, qint64 workingFromSeconds, qint64 doneFromSeconds)
{
    if (ageSeconds >= doneFromSeconds)
        return QLatin1String(done);
    if (ageSeconds >= workingFromSeconds)
        return QLatin1String(working);
    return QLatin1String(fresh);
}

} // namespace Pantau
