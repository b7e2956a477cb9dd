#include "DemoSociety.h"

#include "geo/Kecamatan.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>

namespace Pantau {

DemoSociety::DemoSociety(const DemoNoise &noise)
    : m_noise(noise)
{
}

QJsonArray DemoSociety::ktpRecords(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_noise.wib());
    const QDate date = local.date();
    // Dispendukcapil's dashboard refreshes overnight: the figure is as of midnight WIB.
    const QString asOf = m_noise.iso(QDateTime(date, QTime(0, 0), m_noise.wib()));
    // Recording drives bring the backlog down; new seventeen-year-olds add to it. The backlog
    // drifts slowly around its level from week to week.
    const double week = double(date.toJulianDay() / 7);
    const double drift =
        1.0 + 0.12 * std::sin(week / 5.0) + 0.04 * (m_noise(quint64(date.toJulianDay())) - 0.5);
    QJsonArray rows;
    qint64 obligedTotal = 0;
    qint64 missingTotal = 0;
    auto row = [&](const QString &code, const QString &name, qint64 obliged, qint64 missing) {
        QJsonObject r;
        r.insert(QStringLiteral("kode"), code);
        r.insert(QStringLiteral("wilayah"), name);
        r.insert(QStringLiteral("wajib_ktp"), obliged);
        r.insert(QStringLiteral("sudah_rekam"), obliged - missing);
        r.insert(QStringLiteral("belum_rekam"), missing);
        r.insert(QStringLiteral("persen_rekam"),
                 std::round((obliged - missing) * 10000.0 / obliged) / 100.0);
        r.insert(QStringLiteral("diperbarui"), asOf);
        rows.append(r);
    };
    const QList<Kecamatan> &all = Kecamatan::blitar();
    for (qsizetype i = 0; i < all.size(); ++i) {
        // About 950,000 residents of KTP age across 22 kecamatan.
        const qint64 obliged = 24000 + qint64(40000 * m_noise(0x6b7470ULL + quint64(i)));
        const qint64 missing = qint64((300 + 600 * m_noise(0x62656cULL + quint64(i))) * drift);
        row(all.at(i).compactCode(), all.at(i).name, obliged, missing);
        obligedTotal += obliged;
        missingTotal += missing;
    }
    row(QStringLiteral("3505"), QStringLiteral("Kabupaten Blitar"), obligedTotal, missingTotal);
    return rows;
}

QJsonObject DemoSociety::hospitalBeds(const QDateTime &now) const
{
    // Bed counts are a guess for the demo (DOMAIN.md gives none): a larger regional hospital
    // in Wlingi and a smaller one in Srengat.
    struct Hospital
    {
        const char *code;
        const char *name;
        int capacity;
    };
    static const Hospital hospitals[] = {
        {"3505015", "RSUD Ngudi Waluyo Wlingi", 286},
        {"3505063", "RSUD Srengat", 112},
    };
    // Occupancy (BOR) between about 62 and 88 %: each day its own level, admissions in the day
    // filling beds that discharges free again in the late morning.
    const auto occupiedAt = [this](qsizetype h, int capacity, const QDateTime &at) {
        const QDateTime local = at.toTimeZone(m_noise.wib());
        const double hour = local.time().hour() + local.time().minute() / 60.0;
        const double day = m_noise(quint64(local.date().toJulianDay()) * 7 + quint64(h));
        const double rhythm = 0.04 * std::sin((hour - 10.0) / 24.0 * 2 * std::numbers::pi);
        return std::clamp(int(std::lround(capacity * (0.66 + 0.18 * day + rhythm))), 0, capacity);
    };
    const QDateTime at = DemoNoise::reportedAt(now, 900);
    QJsonArray rows;
    QJsonArray history;
    for (qsizetype h = 0; h < std::ssize(hospitals); ++h) {
        const int capacity = hospitals[h].capacity;
        const int occupied = occupiedAt(h, capacity, at);
        QJsonObject r;
        r.insert(QStringLiteral("kode_rs"), QLatin1String(hospitals[h].code));
        r.insert(QStringLiteral("nama_rs"), QLatin1String(hospitals[h].name));
        r.insert(QStringLiteral("kapasitas"), capacity);
        r.insert(QStringLiteral("terisi"), occupied);
        r.insert(QStringLiteral("kosong"), capacity - occupied);
        r.insert(QStringLiteral("bor"), std::round(occupied * 1000.0 / capacity) / 10.0);
        r.insert(QStringLiteral("updated_at"), m_noise.iso(at));
        rows.append(r);
    }
    // Free beds over the last 24 hours, hourly and ending with this report, oldest first, so
    // a wall that has just started can draw the day.
    const QDateTime hourStart = DemoNoise::reportedAt(at, 3600);
    for (int back = 24; back >= 0; --back) {
        const QDateTime then = back == 0 ? at : hourStart.addSecs(-3600 * (back - 1));
        if (back == 1 && then == at)
            continue;
        for (qsizetype h = 0; h < std::ssize(hospitals); ++h) {
            const int capacity = hospitals[h].capacity;
            QJsonObject r;
            r.insert(QStringLiteral("kode_rs"), QLatin1String(hospitals[h].code));
            r.insert(QStringLiteral("kosong"), capacity - occupiedAt(h, capacity, then));
            r.insert(QStringLiteral("updated_at"), m_noise.iso(then));
            history.append(r);
        }
    }
    QJsonObject body;
    body.insert(QStringLiteral("status"), 200);
    body.insert(QStringLiteral("data"), rows);
    body.insert(QStringLiteral("riwayat_kosong_per_jam"), history);
    return body;
}

double DemoSociety::stuntingPercent(int year, int kecamatan) const
{
    // The regency's published figures, then a slow decline as programmes take hold.
    double regency = 0;
    if (year <= 2021)
        regency = 14.5;
    else if (year == 2022)
        regency = 14.3;
    else if (year == 2023)
        regency = 20.3;
    else
        regency = std::max(9.0, 20.3 - 1.6 * (year - 2023) + 1.2 * (m_noise(quint64(year)) - 0.5));
    if (kecamatan < 0)
        return std::round(regency * 10) / 10;
    // Kecamatan differ: the dry south coast fares worse than the town's surroundings.
    const double factor = 0.6 + 0.9 * m_noise(quint64(kecamatan) * 977 + 5) +
                          0.15 * (m_noise(quint64(year) * 31 + quint64(kecamatan)) - 0.5);
    return std::round(regency * factor * 10) / 10;
}

} // namespace Pantau
