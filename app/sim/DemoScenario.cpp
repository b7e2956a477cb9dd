#include "DemoScenario.h"

#include "geo/Kecamatan.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <numbers>
#include <optional>

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

DemoScenario::DemoScenario(quint64 seed)
    : m_seed(seed)
    , m_wib(QByteArrayLiteral("Asia/Jakarta"))
{
}

double DemoScenario::noise(quint64 key) const
{
    // Seed 0 keeps the figures the demo always had.
    return unitNoise(key ^ (m_seed * 0x9e3779b97f4a7c15ULL));
}

QDateTime DemoScenario::reportedAt(const QDateTime &now, int stepSeconds) const
{
    const qint64 secs = now.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs - secs % stepSeconds, Qt::UTC);
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
    return calls112At(now, true);
}

QJsonObject DemoScenario::calls112At(const QDateTime &now, bool withHistory) const
{
    const QDateTime local = now.toTimeZone(m_wib);
    const QDate date = local.date();
    const quint64 daySeed = quint64(date.toJulianDay());
    const int minuteOfDay = local.time().hour() * 60 + local.time().minute();

    // Tens to hundreds of calls a day, most of them prank or ghost (no voice) calls.
    const int dayTotal = 140 + int(noise(daySeed) * 120);
    const double prankShare = 0.25 + 0.10 * noise(daySeed + 1);
    const double ghostShare = 0.30 + 0.15 * noise(daySeed + 2);

    const int incoming = int(std::floor(dayTotal * dailyCallShare(minuteOfDay)));
    const int answered = int(std::floor(incoming * 0.97));
    const int prank = int(std::floor(answered * prankShare));
    const int ghost = int(std::floor(answered * ghostShare));
    const int genuine = answered - prank - ghost;
    const double responseMinutes = 5.0 + 3.0 * noise(daySeed * 1440 + quint64(minuteOfDay / 15));

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
    // The last 24 hours, hour by hour and ending now, in long form (time, kind, count), as the
    // 112 system's own hourly chart reads them: a wall that has just started can draw the day
    // so far, and yesterday evening, without waiting. Counts are per day, so they fall back to
    // zero at midnight.
    if (withHistory) {
        QJsonArray history;
        const QDateTime hour(date, QTime(local.time().hour(), 0), m_wib);
        for (int h = 24; h >= 0; --h) {
            const QDateTime at = h == 0 ? local : hour.addSecs(-3600 * (h - 1));
            if (h == 1 && at == local)
                continue; // on the hour: "now" is that record
            const QJsonObject then = calls112At(at.toUTC(), false);
            const QJsonObject thenCalls = then.value(QStringLiteral("panggilan")).toObject();
            for (const char *kind : {"masuk", "laporan_asli"}) {
                QJsonObject r;
                r.insert(QStringLiteral("waktu"), then.value(QStringLiteral("diperbarui")));
                r.insert(QStringLiteral("jenis"), QLatin1String(kind));
                r.insert(QStringLiteral("jumlah"), thenCalls.value(QLatin1String(kind)));
                history.append(r);
            }
        }
        body.insert(QStringLiteral("riwayat_per_jam"), history);
    }
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
        double price = c.base * (1 + c.swing * season + c.daily * (noise(seed) - 0.5) * 2);
        // A jump lasts a few days, then fades: a chili harvest failing, a holiday rush.
        for (int back = 0; back < 4; ++back)
            if (noise(quint64(day - back) * 131 + i) < c.jumpShare)
                price *= 1 + 0.25 * (4 - back) / 4.0;
        price += c.base * 0.004 * (noise(seed * 24 + quint64(local.time().hour())) - 0.5);
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
        const double level = 6 + 30 * noise(monthSeed * 100 + quint64(i));
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

// What a disaster adds to an event list: in its slots, events in the stricken kecamatan.
struct Burst
{
    qint64 startSecs = 0;
    qint64 endSecs = 0;
    int kecamatan = 0;
    double chance = 0; // of a slot having a disaster event
    const EventTemplate *templates = nullptr;
    size_t templateCount = 0;
};

// `mix` folds the scenario's seed in; ids stay "salt-slot" so they read the same in any seed.
QJsonObject eventList(const QDateTime &now, const QTimeZone &zone, quint64 salt, quint64 mix,
                      double slotChance, const EventTemplate *templates, size_t templateCount,
                      const std::function<QString(qint64)> &status, int listed,
                      const std::function<std::optional<Burst>(qint64)> &burstAt = {})
{
    const auto noise = [mix](quint64 key) {
        return unitNoise(key ^ mix);
    };
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QJsonArray rows;
    const QList<Kecamatan> &all = Kecamatan::blitar();
    for (qint64 slot = nowSecs / SlotSeconds; rows.size() < listed && slot > 0; --slot) {
        const quint64 seed = quint64(slot) * 7919 + salt;
        const std::optional<Burst> burst = burstAt ? burstAt(slot * SlotSeconds) : std::nullopt;
        const bool fromBurst = burst && noise(seed + 5) < burst->chance;
        if (!fromBurst && noise(seed) >= slotChance)
            continue;
        const qint64 when = slot * SlotSeconds + qint64(noise(seed + 1) * SlotSeconds);
        if (when > nowSecs)
            continue;
        const EventTemplate &t =
            fromBurst ? burst->templates[size_t(noise(seed + 6) * burst->templateCount)]
                      : templates[size_t(noise(seed + 2) * templateCount)];
        const Kecamatan &k =
            fromBurst ? all.at(burst->kecamatan) : all.at(qsizetype(noise(seed + 3) * all.size()));
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
    static const EventTemplate disasterTemplates[] = {
        {"bencana", "Warga %1 melaporkan rumah terdampak, minta bantuan evakuasi"},
        {"bencana", "Akses jalan di %1 terputus, warga minta bantuan BPBD"},
        {"bencana", "Warga %1 terjebak, tim SAR diberangkatkan"},
        {"penyakit", "Pengungsi di %1 demam dan diare, minta tenaga kesehatan"},
    };
    // While a disaster lasts, most slots bring a call from the stricken kecamatan.
    const auto burstAt = [this](qint64 slotSecs) -> std::optional<Burst> {
        const std::optional<Disaster> d =
            disasterAt(QDateTime::fromSecsSinceEpoch(slotSecs, Qt::UTC));
        if (!d)
            return std::nullopt;
        return Burst{d->start.toSecsSinceEpoch(), d->end.toSecsSinceEpoch(),   d->kecamatan, 0.6,
                     disasterTemplates,           std::size(disasterTemplates)};
    };
    return eventList(
        now, m_wib, 112, m_seed * 0x9e3779b97f4a7c15ULL, 0.45, templates, std::size(templates),
        [](qint64 age) {
            return eventStatus(age, "baru", "ditangani", "selesai", 10 * 60, 90 * 60);
        },
        EventsListed, burstAt);
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
        now, m_wib, 4, m_seed * 0x9e3779b97f4a7c15ULL, 0.35, templates, std::size(templates),
        [](qint64 age) {
            return eventStatus(age, "belum ditangani", "diproses", "selesai", 2 * 3600, 20 * 3600);
        },
        EventsListed);
}

// --- Disasters --------------------------------------------------------------------------------

namespace {

constexpr qint64 DisasterWindowSeconds = 3 * 86400;

const char *const DisasterTypes[] = {"banjir", "tanah-longsor", "angin-kencang"};

} // namespace

std::optional<DemoScenario::Disaster> DemoScenario::disasterIn(qint64 window) const
{
    const quint64 key = quint64(window) * 104729 + 17;
    if (noise(key) >= 0.4)
        return std::nullopt;
    const qint64 start =
        window * DisasterWindowSeconds + qint64(noise(key + 1) * (DisasterWindowSeconds / 2));
    Disaster d;
    d.kecamatan = int(noise(key + 3) * Kecamatan::blitar().size());
    d.type = QLatin1String(DisasterTypes[size_t(noise(key + 4) * std::size(DisasterTypes))]);
    d.start = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    d.end = d.start.addSecs(12 * 3600 + qint64(noise(key + 2) * 24 * 3600));
    return d;
}

std::optional<DemoScenario::Disaster> DemoScenario::disasterAt(const QDateTime &now) const
{
    const qint64 window = now.toSecsSinceEpoch() / DisasterWindowSeconds;
    // A disaster may start late in one window and still be under way in the next.
    for (qint64 w = window; w >= window - 1; --w) {
        const std::optional<Disaster> d = disasterIn(w);
        if (d && d->start <= now && now < d->end)
            return d;
    }
    return std::nullopt;
}

// --- Satu Data tables ---------------------------------------------------------------------------

QJsonArray DemoScenario::apbdRecords(const QDateTime &now) const
{
    const QJsonObject body = apbdRealisation(now);
    const QDateTime local = now.toTimeZone(m_wib);
    const QDate date = local.date();
    const double yearFraction =
        (date.dayOfYear() - 1 + local.time().hour() / 24.0) / date.daysInYear();
    // PAD (own-source revenue) comes in with the rest; 2024 ended at Rp452.6 miliar.
    const double padTarget = 461'000'000'000.0;
    const double padShare = 0.9818 * std::pow(yearFraction, 0.9);
    auto record = [&](const char *kode, const char *uraian, double anggaran, double realisasi,
                      double persen) {
        QJsonObject r;
        r.insert(QStringLiteral("tahun"), date.year());
        r.insert(QStringLiteral("kode"), QLatin1String(kode));
        r.insert(QStringLiteral("uraian"), QString::fromUtf8(uraian));
        r.insert(QStringLiteral("anggaran"), anggaran);
        r.insert(QStringLiteral("realisasi"), realisasi);
        r.insert(QStringLiteral("persen"), persen);
        r.insert(QStringLiteral("diperbarui"), body.value(QStringLiteral("diperbarui")));
        return r;
    };
    auto part = [&](const char *name, const char *field) {
        return body.value(QLatin1String(name)).toObject().value(QLatin1String(field)).toDouble();
    };
    QJsonArray records;
    records.append(record("pendapatan", "Pendapatan Daerah", part("pendapatan", "target"),
                          part("pendapatan", "realisasi"), part("pendapatan", "persen")));
    records.append(record("pad", "Pendapatan Asli Daerah", padTarget,
                          std::round(padTarget * padShare), std::round(padShare * 10000) / 100));
    records.append(record("belanja", "Belanja Daerah", part("belanja", "target"),
                          part("belanja", "realisasi"), part("belanja", "persen")));
    return records;
}

QJsonArray DemoScenario::complaintStatusRecords(const QDateTime &now) const
{
    const QJsonObject body = complaintsPerKecamatan(now);
    const QJsonObject status = body.value(QStringLiteral("status")).toObject();
    static const std::pair<const char *, const char *> statuses[] = {
        {"belum_ditangani", "Belum Ditangani"}, {"diproses", "Diproses"}, {"selesai", "Selesai"}};
    QJsonArray records;
    for (const auto &[key, label] : statuses) {
        QJsonObject r;
        r.insert(QStringLiteral("status"), QLatin1String(key));
        r.insert(QStringLiteral("keterangan"), QLatin1String(label));
        r.insert(QStringLiteral("jumlah"), status.value(QLatin1String(key)));
        r.insert(QStringLiteral("diperbarui"), body.value(QStringLiteral("diperbarui")));
        records.append(r);
    }
    return records;
}

QJsonArray DemoScenario::complaintKecamatanRecords(const QDateTime &now) const
{
    return complaintsPerKecamatan(now).value(QStringLiteral("data")).toArray();
}

QJsonArray DemoScenario::disasterRecords(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_wib);
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
    const QDateTime yearStart(QDate(date.year(), 1, 1), QTime(0, 0), m_wib);
    for (qint64 w = yearStart.toSecsSinceEpoch() / DisasterWindowSeconds;
         w <= now.toSecsSinceEpoch() / DisasterWindowSeconds; ++w) {
        if (const std::optional<Disaster> d = disasterIn(w);
            d && d->start >= yearStart && d->start <= now)
            ++struck[d->type];
    }
    QJsonArray records;
    for (size_t i = 0; i < std::size(kinds); ++i) {
        const Kind &k = kinds[i];
        const double level = k.perYear * (0.8 + 0.4 * noise(quint64(date.year()) * 13 + i));
        QJsonObject r;
        r.insert(QStringLiteral("jenis"), QLatin1String(k.key));
        r.insert(QStringLiteral("keterangan"), QLatin1String(k.label));
        r.insert(QStringLiteral("jumlah"),
                 int(std::floor(level * share)) + struck.value(QLatin1String(k.key)));
        r.insert(QStringLiteral("tahun"), date.year());
        r.insert(QStringLiteral("diperbarui"), isoWithOffset(reportedAt(now, 3600), m_wib));
        records.append(r);
    }
    return records;
}

// --- BPS statistics -----------------------------------------------------------------------------

int DemoScenario::latestStatisticsYear(const QDateTime &now) const
{
    const QDate date = now.toTimeZone(m_wib).date();
    return date.month() >= 4 ? date.year() - 1 : date.year() - 2;
}

double DemoScenario::stuntingPercent(int year, int kecamatan) const
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
        regency = std::max(9.0, 20.3 - 1.6 * (year - 2023) + 1.2 * (noise(quint64(year)) - 0.5));
    if (kecamatan < 0)
        return std::round(regency * 10) / 10;
    // Kecamatan differ: the dry south coast fares worse than the town's surroundings.
    const double factor = 0.6 + 0.9 * noise(quint64(kecamatan) * 977 + 5) +
                          0.15 * (noise(quint64(year) * 31 + quint64(kecamatan)) - 0.5);
    return std::round(regency * factor * 10) / 10;
}

double DemoScenario::touristVisits(int year, const QDateTime &now) const
{
    // 2.6 million in 2022 across 73 destinations, growing; Lebaran and the year end are peaks.
    static const double monthWeight[12] = {0.08, 0.06, 0.07, 0.11, 0.09, 0.09,
                                           0.10, 0.07, 0.07, 0.07, 0.07, 0.12};
    const double annual =
        2'600'000.0 * std::pow(1.05, year - 2022) * (0.95 + 0.1 * noise(quint64(year) * 7 + 3));
    const QDateTime local = now.toTimeZone(m_wib);
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

// --- Sensors ------------------------------------------------------------------------------------

const char *DemoScenario::riverGaugeName(int gauge)
{
    static const char *const names[RiverGauges] = {"Lodoyo", "Kademangan", "Wlingi"};
    return names[std::clamp(gauge, 0, RiverGauges - 1)];
}

double DemoScenario::riverLevel(int gauge, const QDateTime &now) const
{
    const QDateTime reading = reportedAt(now, 600);
    const QDateTime local = reading.toTimeZone(m_wib);
    static const double base[RiverGauges] = {2.1, 1.6, 2.7};
    const int month = local.date().month();
    // Wetter from November to April; afternoon rain lifts the river into the evening.
    const double season = 0.5 + 0.5 * std::cos((month - 1) * std::numbers::pi / 6);
    const double hour = local.time().hour() + local.time().minute() / 60.0;
    const double afternoon = std::exp(-std::pow((hour - 18.0) / 3.0, 2));
    double level =
        base[gauge] * (0.8 + 0.35 * season) +
        0.4 * season * afternoon * noise(quint64(local.date().toJulianDay()) * 3 + quint64(gauge));
    level += 0.04 * (noise(quint64(reading.toSecsSinceEpoch() / 600) * 5 + quint64(gauge)) - 0.5);
    // A flood anywhere upstream swells the Brantas, rising then falling over the event.
    if (const std::optional<Disaster> d = disasterAt(reading);
        d && d->type == QLatin1String("banjir")) {
        const double span = double(d->start.secsTo(d->end));
        const double into = double(d->start.secsTo(reading)) / span;
        level += 1.8 * std::sin(std::numbers::pi * std::clamp(into, 0.0, 1.0));
    }
    return std::round(level * 100) / 100;
}

const char *DemoScenario::airStationName(int station)
{
    static const char *const names[AirStations] = {"Kanigoro", "Wlingi"};
    return names[std::clamp(station, 0, AirStations - 1)];
}

double DemoScenario::pm25(int station, const QDateTime &now) const
{
    const QDateTime reading = reportedAt(now, 3600);
    const QDateTime local = reading.toTimeZone(m_wib);
    const int hour = local.time().hour();
    // Traffic in the morning and evening; a dry season (June to September) of field burning.
    const double traffic =
        std::exp(-std::pow((hour - 7) / 2.0, 2)) + 0.8 * std::exp(-std::pow((hour - 18) / 2.5, 2));
    const int month = local.date().month();
    const double dry = month >= 6 && month <= 9 ? 1.5 : 1.0;
    const double value =
        (14 + 6 * station + 16 * traffic) * dry *
        (0.8 + 0.4 * noise(quint64(reading.toSecsSinceEpoch() / 3600) * 11 + quint64(station)));
    return std::round(value * 10) / 10;
}

// Population administration and hospital services.

QJsonArray DemoScenario::ktpRecords(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_wib);
    const QDate date = local.date();
    // Dispendukcapil's dashboard refreshes overnight: the figure is as of midnight WIB.
    const QString asOf = isoWithOffset(QDateTime(date, QTime(0, 0), m_wib), m_wib);
    // Recording drives bring the backlog down; new seventeen-year-olds add to it. The backlog
    // drifts slowly around its level from week to week.
    const double week = double(date.toJulianDay() / 7);
    const double drift =
        1.0 + 0.12 * std::sin(week / 5.0) + 0.04 * (noise(quint64(date.toJulianDay())) - 0.5);
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
        const qint64 obliged = 24000 + qint64(40000 * noise(0x6b7470ULL + quint64(i)));
        const qint64 missing = qint64((300 + 600 * noise(0x62656cULL + quint64(i))) * drift);
        row(all.at(i).compactCode(), all.at(i).name, obliged, missing);
        obligedTotal += obliged;
        missingTotal += missing;
    }
    row(QStringLiteral("3505"), QStringLiteral("Kabupaten Blitar"), obligedTotal, missingTotal);
    return rows;
}

QJsonObject DemoScenario::hospitalBeds(const QDateTime &now) const
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
        const QDateTime local = at.toTimeZone(m_wib);
        const double hour = local.time().hour() + local.time().minute() / 60.0;
        const double day = noise(quint64(local.date().toJulianDay()) * 7 + quint64(h));
        const double rhythm = 0.04 * std::sin((hour - 10.0) / 24.0 * 2 * std::numbers::pi);
        return std::clamp(int(std::lround(capacity * (0.66 + 0.18 * day + rhythm))), 0, capacity);
    };
    const QDateTime at = reportedAt(now, 900);
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
        r.insert(QStringLiteral("updated_at"), isoWithOffset(at, m_wib));
        rows.append(r);
    }
    // Free beds over the last 24 hours, hourly and ending with this report, oldest first, so
    // a wall that has just started can draw the day.
    const QDateTime hourStart = reportedAt(at, 3600);
    for (int back = 24; back >= 0; --back) {
        const QDateTime then = back == 0 ? at : hourStart.addSecs(-3600 * (back - 1));
        if (back == 1 && then == at)
            continue;
        for (qsizetype h = 0; h < std::ssize(hospitals); ++h) {
            const int capacity = hospitals[h].capacity;
            QJsonObject r;
            r.insert(QStringLiteral("kode_rs"), QLatin1String(hospitals[h].code));
            r.insert(QStringLiteral("kosong"), capacity - occupiedAt(h, capacity, then));
            r.insert(QStringLiteral("updated_at"), isoWithOffset(then, m_wib));
            history.append(r);
        }
    }
    QJsonObject body;
    body.insert(QStringLiteral("status"), 200);
    body.insert(QStringLiteral("data"), rows);
    body.insert(QStringLiteral("riwayat_kosong_per_jam"), history);
    return body;
}

} // namespace Pantau
