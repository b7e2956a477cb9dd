#include "DemoScenario.h"

#include "Kecamatan.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <functional>
#include <iterator>
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

    // Genuine reports by category, in proportions a regency's 112 line sees: traffic accidents
    // and illness most, fires and disasters next, riots and wild animals rarely.
    static const std::pair<const char *, double> categoryShares[] = {
        {"kecelakaan", 0.32}, {"penyakit", 0.27},  {"kebakaran", 0.16},
        {"bencana", 0.13},    {"kerusuhan", 0.05}, {"binatang", 0.07}};
    QJsonObject categories;
    int assigned = 0;
    for (size_t i = 0; i < std::size(categoryShares); ++i) {
        const bool last = i + 1 == std::size(categoryShares);
        const int count =
            last ? genuine - assigned : int(std::floor(genuine * categoryShares[i].second));
        categories.insert(QLatin1String(categoryShares[i].first), std::max(0, count));
        assigned += count;
    }

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
    body.insert(QStringLiteral("kategori"), categories);
    // The 112 system writes this one as text with a decimal comma, as many Indonesian systems do.
    body.insert(QStringLiteral("waktu_respon_rata_menit"),
                QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(responseMinutes, 'f', 1));
    return body;
}

QJsonObject DemoScenario::foodPrices(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_wib);
    const qint64 day = local.date().toJulianDay();
    // The sheet is refreshed every hour of the working day; prices move once a day, with a
    // little intraday noise from the markets surveyed.
    const QDateTime asOf(local.date(), QTime(local.time().hour(), 0), m_wib);
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
        double price = c.base * (1 + c.swing * season + c.daily * (unitNoise(seed) - 0.5) * 2);
        // A jump lasts a few days, then fades: a chili harvest failing, a holiday rush.
        for (int back = 0; back < 4; ++back)
            if (unitNoise(quint64(day - back) * 131 + i) < c.jumpShare)
                price *= 1 + 0.25 * (4 - back) / 4.0;
        price += c.base * 0.004 * (unitNoise(seed * 24 + quint64(local.time().hour())) - 0.5);
        QJsonObject row;
        row.insert(QStringLiteral("komoditas"), QLatin1String(c.key));
        row.insert(QStringLiteral("nama"), QLatin1String(c.name));
        row.insert(QStringLiteral("satuan"), QStringLiteral("Rp/kg"));
        // Markets quote to the nearest Rp50.
        row.insert(QStringLiteral("harga"), std::round(price / 50) * 50);
        row.insert(QStringLiteral("diperbarui"), isoWithOffset(asOf, m_wib));
        rows.append(row);
    }
    QJsonObject body;
    body.insert(QStringLiteral("diperbarui"), isoWithOffset(asOf, m_wib));
    body.insert(QStringLiteral("data"), rows);
    return body;
}

QJsonObject DemoScenario::complaintsPerKecamatan(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_wib);
    const QDate date = local.date();
    const double monthFraction = (date.day() - 1 + local.time().hour() / 24.0) / date.daysInMonth();
    const quint64 monthSeed = quint64(date.year() * 12 + date.month());
    const QString asOf =
        isoWithOffset(QDateTime(date, QTime(local.time().hour(), 0), m_wib), m_wib);
    QJsonArray rows;
    int total = 0;
    const QList<Kecamatan> &all = Kecamatan::blitar();
    for (qsizetype i = 0; i < all.size(); ++i) {
        // Each kecamatan has its own monthly level (busier ones near the town), reached
        // gradually through the month.
        const double level = 6 + 30 * unitNoise(monthSeed * 100 + quint64(i));
        const int count = int(std::floor(level * monthFraction));
        QJsonObject row;
        row.insert(QStringLiteral("kode"), all.at(i).compactCode());
        row.insert(QStringLiteral("kecamatan"), all.at(i).name);
        row.insert(QStringLiteral("jumlah"), count);
        row.insert(QStringLiteral("diperbarui"), asOf);
        rows.append(row);
        total += count;
    }
    QJsonObject status;
    const int done = int(total * 0.62);
    const int inProgress = int(total * 0.27);
    status.insert(QStringLiteral("selesai"), done);
    status.insert(QStringLiteral("diproses"), inProgress);
    status.insert(QStringLiteral("belum_ditangani"), total - done - inProgress);
    QJsonObject body;
    body.insert(QStringLiteral("diperbarui"), asOf);
    body.insert(QStringLiteral("data"), rows);
    body.insert(QStringLiteral("status"), status);
    return body;
}

namespace {

// Events happen in 15-minute slots; whether a slot has one, and what it was, follow from the
// slot's number alone, so every poll lists the same past events.
constexpr qint64 SlotSeconds = 15 * 60;

struct EventTemplate
{
    const char *category;
    const char *text; // %1 is the kecamatan
};

QString eventStatus(qint64 ageSeconds, const char *fresh, const char *working, const char *done,
                    qint64 workingFromSeconds, qint64 doneFromSeconds)
{
    if (ageSeconds >= doneFromSeconds)
        return QLatin1String(done);
    if (ageSeconds >= workingFromSeconds)
        return QLatin1String(working);
    return QLatin1String(fresh);
}

QJsonObject eventList(const QDateTime &now, const QTimeZone &zone, quint64 salt, double slotChance,
                      const EventTemplate *templates, size_t templateCount,
                      const std::function<QString(qint64)> &status, int listed)
{
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QJsonArray rows;
    const QList<Kecamatan> &all = Kecamatan::blitar();
    for (qint64 slot = nowSecs / SlotSeconds; rows.size() < listed && slot > 0; --slot) {
        const quint64 seed = quint64(slot) * 7919 + salt;
        if (unitNoise(seed) >= slotChance)
            continue;
        const qint64 when = slot * SlotSeconds + qint64(unitNoise(seed + 1) * SlotSeconds);
        if (when > nowSecs)
            continue;
        const EventTemplate &t = templates[size_t(unitNoise(seed + 2) * templateCount)];
        const Kecamatan &k = all.at(qsizetype(unitNoise(seed + 3) * all.size()));
        QJsonObject row;
        row.insert(QStringLiteral("id"), QStringLiteral("%1-%2").arg(salt).arg(slot));
        row.insert(
            QStringLiteral("waktu"),
            QDateTime::fromSecsSinceEpoch(when, Qt::UTC).toTimeZone(zone).toString(Qt::ISODate));
        row.insert(QStringLiteral("kecamatan"), k.name);
        row.insert(QStringLiteral("kategori"), QLatin1String(t.category));
        row.insert(QStringLiteral("status"), status(nowSecs - when));
        row.insert(QStringLiteral("uraian"), QString::fromUtf8(t.text).arg(k.name));
        rows.append(row);
    }
    QJsonObject body;
    body.insert(QStringLiteral("data"), rows);
    return body;
}

} // namespace

QJsonObject DemoScenario::incidents112(const QDateTime &now) const
{
    static const EventTemplate templates[] = {
        {"kecelakaan", "Kecelakaan sepeda motor di jalan raya %1, korban luka dibawa ke puskesmas"},
        {"kecelakaan", "Tabrakan truk dan mobil di jalur Blitar–Malang wilayah %1"},
        {"penyakit", "Warga %1 sesak napas, minta ambulans ke RSUD"},
        {"penyakit", "Lansia jatuh di rumah di %1, butuh pertolongan medis"},
        {"kebakaran", "Kebakaran gudang jerami di %1, damkar diberangkatkan"},
        {"kebakaran", "Korsleting listrik membakar dapur rumah warga %1"},
        {"bencana", "Pohon tumbang menutup jalan desa di %1"},
        {"bencana", "Tanah longsor kecil menutup jalan di %1"},
        {"binatang", "Ular piton masuk rumah warga %1"},
        {"kerusuhan", "Keributan antarwarga di pasar %1, polsek dihubungi"},
    };
    return eventList(
        now, m_wib, 112, 0.45, templates, std::size(templates),
        [](qint64 age) {
            return eventStatus(age, "baru", "ditangani", "selesai", 10 * 60, 90 * 60);
        },
        EventsListed);
}

QJsonObject DemoScenario::complaints(const QDateTime &now) const
{
    static const EventTemplate templates[] = {
        {"jalan", "Jalan berlubang di %1 membahayakan pengendara"},
        {"penerangan", "Lampu penerangan jalan di %1 mati sejak seminggu"},
        {"air bersih", "Air PDAM di %1 tidak mengalir tiga hari"},
        {"sampah", "Sampah menumpuk di tepi jalan %1"},
        {"administrasi", "Antrean perekaman KTP-el di kantor kecamatan %1 panjang"},
        {"kesehatan", "Posyandu di %1 kekurangan timbangan bayi"},
    };
    return eventList(
        now, m_wib, 4, 0.35, templates, std::size(templates),
        [](qint64 age) {
            return eventStatus(age, "belum ditangani", "diproses", "selesai", 2 * 3600, 20 * 3600);
        },
        EventsListed);
}

} // namespace Pantau
