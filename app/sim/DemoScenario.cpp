#include "DemoScenario.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <numbers>

namespace Pantau {

namespace {

// A repeatable number in [0, 1) from a seed, so a given day always has the same character.
double unitNoise(quint64 seed)
{
    seed ^= seed >> 33;
    seed *= 0xff51afd7ed558ccdULL;
    seed ^= seed >> 33;
    seed *= 0xc4ceb9fe1a85ec53ULL;
    seed ^= seed >> 33;
    return double(seed >> 11) / double(1ULL << 53);
}

QString isoWithOffset(const QDateTime &time, const QTimeZone &zone)
{
    return time.toTimeZone(zone).toString(Qt::ISODate);
}

// Share of a day's 112 calls that have come in by a given minute: few at night, a broad
// daytime plateau, a peak in the evening. Integrates a smooth hourly rate numerically.
double dailyCallShare(int minuteOfDay)
{
    auto rate = [](double hour) {
        const double day = std::exp(-std::pow((hour - 11.0) / 4.5, 2));
        const double evening = 0.8 * std::exp(-std::pow((hour - 19.5) / 2.0, 2));
        return 0.12 + day + evening;
    };
    double done = 0;
    double total = 0;
    for (int m = 0; m < 24 * 60; m += 10) {
        const double r = rate(m / 60.0);
        total += r;
        if (m < minuteOfDay)
            done += r;
    }
    return done / total;
}

} // namespace

DemoScenario::DemoScenario()
    : m_wib(QByteArrayLiteral("Asia/Jakarta"))
{
}

QJsonObject DemoScenario::apbdRealisation(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_wib);
    const QDate date = local.date();
    const double yearFraction =
        (date.dayOfYear() - 1 + local.time().hour() / 24.0) / date.daysInYear();
    // BPKAD posts hourly; the figure is as of the top of the hour.
    const QDateTime asOf(date, QTime(local.time().hour(), 0), m_wib);

    // Revenue comes in fairly evenly; spending is back-loaded into the last quarter. Year-end
    // figures as in 2024: 98.13% and 94.50%.
    const double revenueTarget = 2'712'500'000'000.0;
    const double spendingTarget = 2'899'700'000'000.0;
    const double revenueShare = 0.9813 * std::pow(yearFraction, 0.95);
    const double spendingShare = 0.9450 * std::pow(yearFraction, 1.35);

    auto part = [](double target, double share) {
        QJsonObject o;
        o.insert(QStringLiteral("target"), target);
        o.insert(QStringLiteral("realisasi"), std::round(target * share));
        o.insert(QStringLiteral("persen"), std::round(share * 10000.0) / 100.0);
        return o;
    };
    QJsonObject body;
    body.insert(QStringLiteral("status"), QStringLiteral("OK"));
    body.insert(QStringLiteral("tahun_anggaran"), date.year());
    body.insert(QStringLiteral("diperbarui"), isoWithOffset(asOf, m_wib));
    body.insert(QStringLiteral("pendapatan"), part(revenueTarget, revenueShare));
    body.insert(QStringLiteral("belanja"), part(spendingTarget, spendingShare));
    return body;
}

QJsonObject DemoScenario::calls112Today(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_wib);
    const QDate date = local.date();
    const quint64 daySeed = quint64(date.toJulianDay());
    const int minuteOfDay = local.time().hour() * 60 + local.time().minute();

    // Tens to hundreds of calls a day, most of them prank or ghost (no voice) calls.
    const int dayTotal = 140 + int(unitNoise(daySeed) * 120);
    const double prankShare = 0.25 + 0.10 * unitNoise(daySeed + 1);
    const double ghostShare = 0.30 + 0.15 * unitNoise(daySeed + 2);

    const int incoming = int(std::floor(dayTotal * dailyCallShare(minuteOfDay)));
    const int answered = int(std::floor(incoming * 0.97));
    const int prank = int(std::floor(answered * prankShare));
    const int ghost = int(std::floor(answered * ghostShare));
    const int genuine = answered - prank - ghost;
    const double responseMinutes =
        5.0 + 3.0 * unitNoise(daySeed * 1440 + quint64(minuteOfDay / 15));

    QJsonObject calls;
    calls.insert(QStringLiteral("masuk"), incoming);
    calls.insert(QStringLiteral("dijawab"), answered);
    calls.insert(QStringLiteral("laporan_asli"), genuine);
    calls.insert(QStringLiteral("prank"), prank);
    calls.insert(QStringLiteral("ghost"), ghost);

    QJsonObject body;
    body.insert(QStringLiteral("tanggal"), date.toString(Qt::ISODate));
    body.insert(
        QStringLiteral("diperbarui"),
        isoWithOffset(QDateTime(date, QTime(local.time().hour(), local.time().minute()), m_wib),
                      m_wib));
    body.insert(QStringLiteral("panggilan"), calls);
    // The 112 system writes this one as text with a decimal comma, as many Indonesian systems do.
    body.insert(QStringLiteral("waktu_respon_rata_menit"),
                QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(responseMinutes, 'f', 1));
    return body;
}

} // namespace Pantau
