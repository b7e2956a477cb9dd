#include "DemoDisasters.h"

#include "geo/Kecamatan.h"

#include <QHash>
#include <QJsonObject>

#include <cmath>
#include <iterator>
#include <numbers>

namespace Pantau {

namespace {

constexpr qint64 DisasterWindowSeconds = 3 * 86400;

const char *const DisasterTypes[] = {"banjir", "tanah-longsor", "angin-kencang"};

} // namespace

DemoDisasters::DemoDisasters(const DemoNoise &noise)
    : m_noise(noise)
{
}

std::optional<DemoDisaster> DemoDisasters::in(qint64 window) const
{
    const quint64 key = quint64(window) * 104729 + 17;
    if (m_noise(key) >= 0.4)
        return std::nullopt;
    const qint64 start =
        window * DisasterWindowSeconds + qint64(m_noise(key + 1) * (DisasterWindowSeconds / 2));
    DemoDisaster d;
    d.kecamatan = int(m_noise(key + 3) * Kecamatan::blitar().size());
    d.type = QLatin1String(DisasterTypes[size_t(m_noise(key + 4) * std::size(DisasterTypes))]);
    d.start = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    d.end = d.start.addSecs(12 * 3600 + qint64(m_noise(key + 2) * 24 * 3600));
    return d;
}

std::optional<DemoDisaster> DemoDisasters::at(const QDateTime &now) const
{
    const qint64 window = now.toSecsSinceEpoch() / DisasterWindowSeconds;
    // A disaster may start late in one window and still be under way in the next.
    for (qint64 w = window; w >= window - 1; --w) {
        const std::optional<DemoDisaster> d = in(w);
        if (d && d->start <= now && now < d->end)
            return d;
    }
    return std::nullopt;
}

QJsonArray DemoDisasters::records(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_noise.wib());
    const QDate date = local.date();
    // 2022's 163 events by type, spread over the year with a rainy-season peak in January.
    struct Kind
    {
        const char *key;
        const char *label;
        double perYear;
    };
    static const Kind kinds[] = {
        {"angin-kencang", "Angin Kencang", 49}, {"tanah-longsor", "Tanah Longsor", 33},
        {"gempa-bumi", "Gempa Bumi", 26},       {"banjir", "Banjir", 14},
        {"kebakaran", "Kebakaran", 41},
    };
    const auto rain = [](int month) {
        return 1.0 + 0.8 * std::cos((month - 1) * std::numbers::pi / 6);
    };
    double weightTotal = 0;
    for (int m = 1; m <= 12; ++m)
        weightTotal += rain(m);
    double weightDone = 0;
    for (int m = 1; m < date.month(); ++m)
        weightDone += rain(m);
    weightDone +=
        rain(date.month()) * (date.day() - 1 + local.time().hour() / 24.0) / date.daysInMonth();
    const double share = weightDone / weightTotal;

    // The scenario's own disasters this year are counted on top, from the moment they strike.
    QHash<QString, int> struck;
    const QDateTime yearStart(QDate(date.year(), 1, 1), QTime(0, 0), m_noise.wib());
    for (qint64 w = yearStart.toSecsSinceEpoch() / DisasterWindowSeconds;
         w <= now.toSecsSinceEpoch() / DisasterWindowSeconds; ++w) {
        if (const std::optional<DemoDisaster> d = in(w);
            d && d->start >= yearStart && d->start <= now)
            ++struck[d->type];
    }
    QJsonArray records;
    for (size_t i = 0; i < std::size(kinds); ++i) {
        const Kind &k = kinds[i];
        const double level = k.perYear * (0.8 + 0.4 * m_noise(quint64(date.year()) * 13 + i));
        QJsonObject r;
        r.insert(QStringLiteral("jenis"), QLatin1String(k.key));
        r.insert(QStringLiteral("keterangan"), QLatin1String(k.label));
        r.insert(QStringLiteral("jumlah"),
                 int(std::floor(level * share)) + struck.value(QLatin1String(k.key)));
        r.insert(QStringLiteral("tahun"), date.year());
        r.insert(QStringLiteral("diperbarui"), m_noise.iso(DemoNoise::reportedAt(now, 3600)));
        records.append(r);
    }
    return records;
}

} // namespace Pantau
