#include "DemoEmergency.h"

#include "DemoEventStream.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Pantau {

namespace {

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

DemoEmergency::DemoEmergency(const DemoNoise &noise, const DemoDisasters &disasters)
    : m_noise(noise)
    , m_disasters(disasters)
{
}

QJsonObject DemoEmergency::calls112Today(const QDateTime &now) const
{
    return calls112At(now, true);
}

QJsonObject DemoEmergency::calls112At(const QDateTime &now, bool withHistory) const
{
    const QDateTime local = now.toTimeZone(m_noise.wib());
    const QDate date = local.date();
    const quint64 daySeed = quint64(date.toJulianDay());
    const int minuteOfDay = local.time().hour() * 60 + local.time().minute();

    // Tens to hundreds of calls a day, most of them prank or ghost (no voice) calls.
    const int dayTotal = 140 + int(m_noise(daySeed) * 120);
    const double prankShare = 0.25 + 0.10 * m_noise(daySeed + 1);
    const double ghostShare = 0.30 + 0.15 * m_noise(daySeed + 2);

    const int incoming = int(std::floor(dayTotal * dailyCallShare(minuteOfDay)));
    const int answered = int(std::floor(incoming * 0.97));
    const int prank = int(std::floor(answered * prankShare));
    const int ghost = int(std::floor(answered * ghostShare));
    const int genuine = answered - prank - ghost;
    const double responseMinutes = 5.0 + 3.0 * m_noise(daySeed * 1440 + quint64(minuteOfDay / 15));

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
    body.insert(QStringLiteral("diperbarui"),
                m_noise.iso(QDateTime(date, QTime(local.time().hour(), local.time().minute()),
                                      m_noise.wib())));
    body.insert(QStringLiteral("panggilan"), calls);
    body.insert(QStringLiteral("kategori"), categories);
    // The last 24 hours, hour by hour and ending now, in long form (time, kind, count), as the
    // 112 system's own hourly chart reads them: a wall that has just started can draw the day
    // so far, and yesterday evening, without waiting. Counts are per day, so they fall back to
    // zero at midnight.
    if (withHistory) {
        QJsonArray history;
        const QDateTime hour(date, QTime(local.time().hour(), 0), m_noise.wib());
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

QJsonObject DemoEmergency::incidents112(const QDateTime &now, int listed) const
{
    static const DemoEventStream::Template templates[] = {
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
    static const DemoEventStream::Template disasterTemplates[] = {
        {"bencana", "Warga %1 melaporkan rumah terdampak, minta bantuan evakuasi"},
        {"bencana", "Akses jalan di %1 terputus, warga minta bantuan BPBD"},
        {"bencana", "Warga %1 terjebak, tim SAR diberangkatkan"},
        {"penyakit", "Pengungsi di %1 demam dan diare, minta tenaga kesehatan"},
    };
    DemoEventStream::Stream stream = DemoEventStream::stream(112, 0.45, templates, [](qint64 age) {
        return DemoEventStream::status(age, "baru", "ditangani", "selesai", 10 * 60, 90 * 60);
    });
    // While a disaster lasts, most slots bring a call from the stricken kecamatan.
    stream.burstAt = [this](qint64 slotSecs) -> std::optional<DemoEventStream::Burst> {
        const std::optional<DemoDisaster> d =
            m_disasters.at(QDateTime::fromSecsSinceEpoch(slotSecs, Qt::UTC));
        if (!d)
            return std::nullopt;
        return DemoEventStream::Burst{d->kecamatan, 0.6, disasterTemplates,
                                      std::size(disasterTemplates)};
    };
    return DemoEventStream::list(m_noise, stream, now, listed);
}

} // namespace Pantau
