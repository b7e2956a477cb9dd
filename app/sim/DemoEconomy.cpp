#include "DemoEconomy.h"

#include <QJsonArray>

#include <cmath>
#include <iterator>
#include <numbers>

namespace Pantau {

DemoEconomy::DemoEconomy(const DemoNoise &noise)
    : m_noise(noise)
{
}

QJsonObject DemoEconomy::foodPrices(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_noise.wib());
    const qint64 day = local.date().toJulianDay();
    // The sheet is refreshed every hour of the working day; prices move once a day, with a
    // little intraday noise from the markets surveyed.
    const QDateTime asOf(local.date(), QTime(local.time().hour(), 0), m_noise.wib());
    struct Commodity
    {
        const char *key;
        const char *name;
        double base;
        double swing;     // slow seasonal swing, as a share of base
        double daily;     // day-to-day noise, as a share of base
        double jumpShare; // chance of a jump on a given day
    };
    static const Commodity commodities[] = {
        {"telur", "Telur Ayam Ras", 28500, 0.06, 0.02, 0.05},
        {"cabai-rawit", "Cabai Rawit Merah", 55000, 0.35, 0.06, 0.15},
        {"beras", "Beras Medium", 13300, 0.03, 0.012, 0.01},
        {"bawang-merah", "Bawang Merah", 36000, 0.18, 0.04, 0.08},
        {"gula", "Gula Pasir", 17800, 0.04, 0.01, 0.02},
    };
    QJsonArray rows;
    for (size_t i = 0; i < std::size(commodities); ++i) {
        const Commodity &c = commodities[i];
        const quint64 seed = quint64(day) * 31 + i;
        const double season = std::sin(2 * std::numbers::pi * double(day % 365) / 365.0 + i);
        double price = c.base * (1 + c.swing * season + c.daily * (m_noise(seed) - 0.5) * 2);
        // A jump lasts a few days, then fades: a chili harvest failing, a holiday rush.
        for (int back = 0; back < 4; ++back)
            if (m_noise(quint64(day - back) * 131 + i) < c.jumpShare)
                price *= 1 + 0.25 * (4 - back) / 4.0;
        price += c.base * 0.004 * (m_noise(seed * 24 + quint64(local.time().hour())) - 0.5);
        QJsonObject row;
        row.insert(QStringLiteral("komoditas"), QLatin1String(c.key));
        row.insert(QStringLiteral("nama"), QLatin1String(c.name));
        row.insert(QStringLiteral("satuan"), QStringLiteral("Rp/kg"));
        // Markets quote to the nearest Rp50.
        row.insert(QStringLiteral("harga"), std::round(price / 50) * 50);
        row.insert(QStringLiteral("diperbarui"), m_noise.iso(asOf));
        rows.append(row);
    }
    QJsonObject body;
    body.insert(QStringLiteral("diperbarui"), m_noise.iso(asOf));
    body.insert(QStringLiteral("data"), rows);
    return body;
}

double DemoEconomy::touristVisits(int year, const QDateTime &now) const
{
    // 2.6 million in 2022 across 73 destinations, growing; Lebaran and the year end are peaks.
    static const double monthWeight[12] = {0.08, 0.06, 0.07, 0.11, 0.09, 0.09,
                                           0.10, 0.07, 0.07, 0.07, 0.07, 0.12};
    const double annual =
        2'600'000.0 * std::pow(1.05, year - 2022) * (0.95 + 0.1 * m_noise(quint64(year) * 7 + 3));
    const QDateTime local = now.toTimeZone(m_noise.wib());
    if (year < local.date().year())
        return std::round(annual);
    if (year > local.date().year())
        return 0;
    double share = 0;
    for (int m = 1; m < local.date().month(); ++m)
        share += monthWeight[m - 1];
    share += monthWeight[local.date().month() - 1] * (local.date().day() - 1) /
             local.date().daysInMonth();
    return std::round(annual * share);
}

} // namespace Pantau
