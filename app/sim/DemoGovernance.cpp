#include "DemoGovernance.h"

#include "DemoEventStream.h"
#include "geo/Kecamatan.h"

#include <cmath>
#include <iterator>

namespace Pantau {

DemoGovernance::DemoGovernance(const DemoNoise &noise)
    : m_noise(noise)
{
}

QJsonObject DemoGovernance::apbdRealisation(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_noise.wib());
    const QDate date = local.date();
    const double yearFraction =
        (date.dayOfYear() - 1 + local.time().hour() / 24.0) / date.daysInYear();
    // BPKAD posts hourly; the figure is as of the top of the hour.
    const QDateTime asOf(date, QTime(local.time().hour(), 0), m_noise.wib());

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
    body.insert(QStringLiteral("diperbarui"), m_noise.iso(asOf));
    body.insert(QStringLiteral("pendapatan"), part(revenueTarget, revenueShare));
    body.insert(QStringLiteral("belanja"), part(spendingTarget, spendingShare));
    return body;
}

QJsonObject DemoGovernance::complaintsPerKecamatan(const QDateTime &now) const
{
    const QDateTime local = now.toTimeZone(m_noise.wib());
    const QDate date = local.date();
    const double monthFraction = (date.day() - 1 + local.time().hour() / 24.0) / date.daysInMonth();
    const quint64 monthSeed = quint64(date.year() * 12 + date.month());
    const QString asOf = m_noise.iso(QDateTime(date, QTime(local.time().hour(), 0), m_noise.wib()));
    QJsonArray rows;
    int total = 0;
    const QList<Kecamatan> &all = Kecamatan::blitar();
    for (qsizetype i = 0; i < all.size(); ++i) {
        // Each kecamatan has its own monthly level (busier ones near the town), reached
        // gradually through the month.
        const double level = 6 + 30 * m_noise(monthSeed * 100 + quint64(i));
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

QJsonArray DemoGovernance::apbdRecords(const QDateTime &now) const
{
    const QJsonObject body = apbdRealisation(now);
    const QDateTime local = now.toTimeZone(m_noise.wib());
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

QJsonArray DemoGovernance::complaintStatusRecords(const QDateTime &now) const
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

QJsonArray DemoGovernance::complaintKecamatanRecords(const QDateTime &now) const
{
    return complaintsPerKecamatan(now).value(QStringLiteral("data")).toArray();
}

QJsonObject DemoGovernance::complaints(const QDateTime &now, int listed) const
{
    static const DemoEventStream::Template templates[] = {
        {"jalan", "Jalan berlubang di %1 membahayakan pengendara"},
        {"penerangan", "Lampu penerangan jalan di %1 mati sejak seminggu"},
        {"air bersih", "Air PDAM di %1 tidak mengalir tiga hari"},
        {"sampah", "Sampah menumpuk di tepi jalan %1"},
        {"administrasi", "Antrean perekaman KTP-el di kantor kecamatan %1 panjang"},
        {"kesehatan", "Posyandu di %1 kekurangan timbangan bayi"},
    };
    const DemoEventStream::Stream stream =
        DemoEventStream::stream(4, 0.35, templates, [](qint64 age) {
            return DemoEventStream::status(age, "belum ditangani", "diproses", "selesai", 2 * 3600,
                                           20 * 3600);
        });
    return DemoEventStream::list(m_noise, stream, now, listed);
}

} // namespace Pantau
