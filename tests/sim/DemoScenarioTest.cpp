#include "DemoScenario.h"

#include "geo/Kecamatan.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

QDateTime wibTime(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
}

double persen(const QJsonObject &body, const char *part)
{
    return body.value(QLatin1String(part)).toObject().value(QStringLiteral("persen")).toDouble();
}

} // namespace

TEST_CASE("Demo APBD realisation grows through the year towards the 2024 year-end shares")
{
    const DemoScenario scenario;
    double lastRevenue = -1;
    double lastSpending = -1;
    for (int month = 1; month <= 12; ++month) {
        const QJsonObject body = scenario.apbdRealisation(wibTime(month, 15, 10));
        const double revenue = persen(body, "pendapatan");
        const double spending = persen(body, "belanja");
        INFO("month " << month);
        CHECK(revenue > lastRevenue);
        CHECK(spending > lastSpending);
        CHECK(revenue <= 98.13);
        CHECK(spending <= 94.50);
        lastRevenue = revenue;
        lastSpending = spending;
    }
    const QJsonObject december = scenario.apbdRealisation(wibTime(12, 31, 23));
    CHECK(persen(december, "pendapatan") == Approx(98.13).margin(0.5));
    CHECK(persen(december, "belanja") == Approx(94.50).margin(0.5));
    // The time is the top of the hour in WIB, written with its offset.
    CHECK(december.value(QStringLiteral("diperbarui")).toString() ==
          QStringLiteral("2026-12-31T23:00:00+07:00"));
}

TEST_CASE("Demo 112 figures add up and follow the day")
{
    const DemoScenario scenario;
    int lastIncoming = -1;
    for (int hour = 0; hour < 24; ++hour) {
        const QJsonObject body = scenario.calls112Today(wibTime(11, 28, hour, 30));
        const QJsonObject calls = body.value(QStringLiteral("panggilan")).toObject();
        const int incoming = calls.value(QStringLiteral("masuk")).toInt();
        const int answered = calls.value(QStringLiteral("dijawab")).toInt();
        const int genuine = calls.value(QStringLiteral("laporan_asli")).toInt();
        const int prank = calls.value(QStringLiteral("prank")).toInt();
        const int ghost = calls.value(QStringLiteral("ghost")).toInt();
        INFO("hour " << hour);
        CHECK(incoming >= lastIncoming); // a running count for the day
        CHECK(answered <= incoming);
        CHECK(genuine + prank + ghost == answered);
        CHECK(genuine >= 0);
        // Prank and ghost calls together: DOMAIN.md sees 40-95% nearby.
        if (answered >= 20) {
            const double share = double(prank + ghost) / answered;
            CHECK(share >= 0.40);
            CHECK(share <= 0.95);
        }
        lastIncoming = incoming;
        // The response time arrives as text with a decimal comma, like the real system's.
        CHECK(body.value(QStringLiteral("waktu_respon_rata_menit")).toString().contains(u','));
    }
    CHECK(lastIncoming >= 140);
    CHECK(lastIncoming <= 260);
    // Same instant, same payload: the demo is reproducible.
    CHECK(scenario.calls112Today(wibTime(11, 28, 9)) == scenario.calls112Today(wibTime(11, 28, 9)));
}

TEST_CASE("Demo 112 categories split exactly the genuine reports")
{
    const DemoScenario scenario;
    for (int hour : {3, 9, 14, 21}) {
        const QJsonObject body = scenario.calls112Today(wibTime(11, 28, hour));
        const int genuine = body.value(QStringLiteral("panggilan"))
                                .toObject()
                                .value(QStringLiteral("laporan_asli"))
                                .toInt();
        const QJsonObject categories = body.value(QStringLiteral("kategori")).toObject();
        CHECK(categories.size() == 6);
        int sum = 0;
        for (auto it = categories.begin(); it != categories.end(); ++it) {
            CHECK(it.value().toInt() >= 0);
            sum += it.value().toInt();
        }
        CHECK(sum == genuine);
    }
}

TEST_CASE("Demo food prices stay in realistic ranges and move from day to day")
{
    const DemoScenario scenario;
    QHash<QString, QSet<double>> seen;
    for (int day = 1; day <= 30; ++day) {
        const QJsonArray rows =
            scenario.foodPrices(wibTime(11, day, 10)).value(QStringLiteral("data")).toArray();
        REQUIRE(rows.size() == 5);
        for (const QJsonValue &row : rows) {
            const QString key = row[QStringLiteral("komoditas")].toString();
            const double price = row[QStringLiteral("harga")].toDouble();
            INFO(key.toStdString() << " on day " << day << ": " << price);
            // Quoted to the nearest Rp50, as markets do.
            CHECK(std::fmod(price, 50.0) == 0.0);
            seen[key].insert(price);
            if (key == QLatin1String("telur"))
                CHECK((price >= 24000 && price <= 40000));
            if (key == QLatin1String("cabai-rawit"))
                CHECK((price >= 10000 && price <= 115000));
            if (key == QLatin1String("beras"))
                CHECK((price >= 11000 && price <= 17000));
        }
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value().size() > 3);
    }
}

TEST_CASE("Demo complaints cover all 22 kecamatan and grow through the month")
{
    const DemoScenario scenario;
    const QJsonObject early = scenario.complaintsPerKecamatan(wibTime(11, 3, 10));
    const QJsonObject late = scenario.complaintsPerKecamatan(wibTime(11, 27, 10));
    const QJsonArray earlyRows = early.value(QStringLiteral("data")).toArray();
    const QJsonArray lateRows = late.value(QStringLiteral("data")).toArray();
    REQUIRE(earlyRows.size() == 22);
    REQUIRE(lateRows.size() == 22);
    int earlyTotal = 0, lateTotal = 0;
    for (qsizetype i = 0; i < 22; ++i) {
        CHECK(earlyRows.at(i)[QStringLiteral("kode")].toString().size() == 6);
        CHECK(earlyRows.at(i)[QStringLiteral("jumlah")].toInt() <=
              lateRows.at(i)[QStringLiteral("jumlah")].toInt());
        earlyTotal += earlyRows.at(i)[QStringLiteral("jumlah")].toInt();
        lateTotal += lateRows.at(i)[QStringLiteral("jumlah")].toInt();
    }
    CHECK(lateTotal > earlyTotal);
    const QJsonObject status = late.value(QStringLiteral("status")).toObject();
    CHECK(status[QStringLiteral("selesai")].toInt() + status[QStringLiteral("diproses")].toInt() +
              status[QStringLiteral("belum_ditangani")].toInt() ==
          lateTotal);
}

TEST_CASE("Demo incidents are the same events poll after poll, newest first, moving on")
{
    const DemoScenario scenario;
    const QDateTime now = wibTime(11, 28, 13, 5);
    const QJsonArray first = scenario.incidents112(now).value(QStringLiteral("data")).toArray();
    const QJsonArray later =
        scenario.incidents112(now.addSecs(30)).value(QStringLiteral("data")).toArray();
    REQUIRE(first.size() == DemoScenario::EventsListed);
    // The same ids describe the same events: a repeat poll changes nothing but statuses.
    QHash<QString, QString> texts;
    for (const QJsonValue &e : first)
        texts.insert(e[QStringLiteral("id")].toString(), e[QStringLiteral("uraian")].toString());
    for (const QJsonValue &e : later)
        if (texts.contains(e[QStringLiteral("id")].toString()))
            CHECK(texts.value(e[QStringLiteral("id")].toString()) ==
                  e[QStringLiteral("uraian")].toString());
    QDateTime previous;
    for (const QJsonValue &e : first) {
        const QDateTime when =
            QDateTime::fromString(e[QStringLiteral("waktu")].toString(), Qt::ISODate);
        REQUIRE(when.isValid());
        CHECK(when <= now);
        if (previous.isValid())
            CHECK(when <= previous);
        previous = when;
        CHECK_FALSE(e[QStringLiteral("kecamatan")].toString().isEmpty());
    }
    // A day later the list holds entirely different events.
    const QJsonArray nextDay =
        scenario.incidents112(now.addDays(1)).value(QStringLiteral("data")).toArray();
    for (const QJsonValue &e : nextDay)
        CHECK_FALSE(texts.contains(e[QStringLiteral("id")].toString()));
    // Complaints follow the same rules, with their own statuses.
    const QJsonArray complaints = scenario.complaints(now).value(QStringLiteral("data")).toArray();
    REQUIRE(complaints.size() == DemoScenario::EventsListed);
    const QStringList statuses = {"belum ditangani", "diproses", "selesai"};
    for (const QJsonValue &e : complaints)
        CHECK(statuses.contains(e[QStringLiteral("status")].toString()));
}

TEST_CASE("Demo disasters strike one kecamatan and raise its 112 incidents while they last")
{
    const DemoScenario scenario;
    // Find the first disaster in November 2026.
    std::optional<DemoScenario::Disaster> found;
    for (QDateTime t = wibTime(11, 1, 0); !found && t < wibTime(11, 30, 0); t = t.addSecs(3600))
        found = scenario.disasterAt(t);
    REQUIRE(found);
    const DemoScenario::Disaster d = *found;
    CHECK(d.end > d.start);
    CHECK(d.start.secsTo(d.end) >= 12 * 3600);
    CHECK(QStringList({"banjir", "tanah-longsor", "angin-kencang"}).contains(d.type));
    const QString stricken = Kecamatan::blitar().at(d.kecamatan).name;

    auto countIn = [&](const QDateTime &now) {
        int count = 0;
        for (const QJsonValue &e :
             scenario.incidents112(now).value(QStringLiteral("data")).toArray())
            if (e[QStringLiteral("kecamatan")].toString() == stricken &&
                QDateTime::fromString(e[QStringLiteral("waktu")].toString(), Qt::ISODate) >=
                    now.addSecs(-5 * 3600))
                ++count;
        return count;
    };
    // Five hours into the disaster against the same five hours a week earlier (a quiet day
    // for that kecamatan unless another disaster struck it).
    const QDateTime during = d.start.addSecs(5 * 3600);
    const QDateTime before = during.addDays(-7);
    CHECK(countIn(during) >= 5);
    if (!scenario.disasterAt(before) || scenario.disasterAt(before)->kecamatan != d.kecamatan)
        CHECK(countIn(during) > countIn(before) + 2);
    // BPBD counts it from the day it strikes.
    auto counted = [&](const QDateTime &now) {
        for (const QJsonValue &r : scenario.disasterRecords(now))
            if (r[QStringLiteral("jenis")].toString() == d.type)
                return r[QStringLiteral("jumlah")].toInt();
        return -1;
    };
    CHECK(counted(d.start.addSecs(3600)) >= counted(d.start.addSecs(-3600)) + 1);
}

TEST_CASE("Demo sensors and statistics stay in realistic ranges")
{
    const DemoScenario scenario;
    for (int hour = 0; hour < 24 * 14; hour += 5) {
        const QDateTime t = wibTime(1, 1, 0).addSecs(hour * 3600);
        for (int g = 0; g < DemoScenario::RiverGauges; ++g) {
            CHECK(scenario.riverLevel(g, t) > 0.5);
            CHECK(scenario.riverLevel(g, t) < 6.0);
        }
        for (int s = 0; s < DemoScenario::AirStations; ++s) {
            CHECK(scenario.pm25(s, t) > 5);
            CHECK(scenario.pm25(s, t) < 150);
        }
    }
    // A reading holds until the next one: gauges every 10 minutes.
    CHECK(scenario.riverLevel(0, wibTime(11, 28, 13, 1)) ==
          scenario.riverLevel(0, wibTime(11, 28, 13, 9)));
    CHECK(scenario.stuntingPercent(2022, -1) == Approx(14.3));
    CHECK(scenario.stuntingPercent(2023, -1) == Approx(20.3));
    CHECK(scenario.latestStatisticsYear(wibTime(3, 1, 9)) == 2024);
    CHECK(scenario.latestStatisticsYear(wibTime(4, 1, 9)) == 2025);
    // Visits accumulate through the year.
    CHECK(scenario.touristVisits(2026, wibTime(3, 1, 9)) <
          scenario.touristVisits(2026, wibTime(9, 1, 9)));
    CHECK(scenario.touristVisits(2025, wibTime(3, 1, 9)) > 2'000'000);
}

TEST_CASE("Demo APBD table: PAD grows through the year towards its 2024 outturn")
{
    const DemoScenario scenario;
    auto pad = [&](int month, int day = 15, int hour = 10) {
        for (const QJsonValue &r : scenario.apbdRecords(wibTime(month, day, hour)))
            if (r[QStringLiteral("kode")].toString() == QLatin1String("pad"))
                return r[QStringLiteral("realisasi")].toDouble();
        return -1.0;
    };
    CHECK(pad(3) < pad(6));
    CHECK(pad(6) < pad(12));
    CHECK(pad(12, 31, 23) == Approx(452.6e9).epsilon(0.03));
}

TEST_CASE("Demo 112 summary carries the last 24 hours hour by hour, ending with now")
{
    const DemoScenario scenario;
    const QDateTime now = wibTime(11, 28, 13, 5);
    const QJsonObject body = scenario.calls112Today(now);
    const QJsonArray history = body.value(QStringLiteral("riwayat_per_jam")).toArray();
    // 24 whole hours back from 13.00 WIB, and 13.05 itself; two kinds each.
    REQUIRE(history.size() == 25 * 2);
    QDateTime previous;
    QHash<QString, int> perKind;
    for (const QJsonValue &value : history) {
        const QJsonObject r = value.toObject();
        const QDateTime at =
            QDateTime::fromString(r.value(QStringLiteral("waktu")).toString(), Qt::ISODate);
        REQUIRE(at.isValid());
        CHECK((!previous.isValid() || at >= previous)); // oldest first: the last one is current
        previous = at;
        ++perKind[r.value(QStringLiteral("jenis")).toString()];
    }
    CHECK(perKind.value(QStringLiteral("masuk")) == 25);
    CHECK(perKind.value(QStringLiteral("laporan_asli")) == 25);
    const QJsonObject first = history.first().toObject();
    CHECK(QDateTime::fromString(first.value(QStringLiteral("waktu")).toString(), Qt::ISODate) ==
          wibTime(11, 27, 14));
    // The last records are the summary's own figures.
    const QJsonObject calls = body.value(QStringLiteral("panggilan")).toObject();
    const QJsonObject lastIncoming = history.at(history.size() - 2).toObject();
    CHECK(lastIncoming.value(QStringLiteral("waktu")) == body.value(QStringLiteral("diperbarui")));
    CHECK(lastIncoming.value(QStringLiteral("jumlah")) == calls.value(QStringLiteral("masuk")));
    CHECK(history.last().toObject().value(QStringLiteral("jumlah")) ==
          calls.value(QStringLiteral("laporan_asli")));
    // Counts are per day: the midnight record starts again from (nearly) nothing.
    for (const QJsonValue &value : history) {
        const QJsonObject r = value.toObject();
        if (r.value(QStringLiteral("waktu"))
                .toString()
                .startsWith(QStringLiteral("2026-11-28T00:00")))
            CHECK(r.value(QStringLiteral("jumlah")).toInt() <= 2);
    }
}

TEST_CASE("Demo KTP-el recording and hospital beds stay in realistic ranges")
{
    const DemoScenario scenario;
    for (int day = 1; day <= 28; day += 3) {
        const QDateTime now = wibTime(11, day, 10);
        const QJsonArray ktp = scenario.ktpRecords(now);
        REQUIRE(ktp.size() == 23); // 22 kecamatan and the regency
        qint64 missing = 0;
        for (qsizetype i = 0; i < 22; ++i) {
            const QJsonObject r = ktp.at(i).toObject();
            CHECK(Kecamatan::find(r.value(QStringLiteral("kode")).toString()) != nullptr);
            CHECK(r.value(QStringLiteral("sudah_rekam")).toInteger() +
                      r.value(QStringLiteral("belum_rekam")).toInteger() ==
                  r.value(QStringLiteral("wajib_ktp")).toInteger());
            missing += r.value(QStringLiteral("belum_rekam")).toInteger();
        }
        const QJsonObject total = ktp.last().toObject();
        CHECK(total.value(QStringLiteral("kode")).toString() == QStringLiteral("3505"));
        CHECK(total.value(QStringLiteral("belum_rekam")).toInteger() == missing);
        // Around the 13,000 not yet recorded that Dispendukcapil reported in August 2025.
        CHECK(missing > 9000);
        CHECK(missing < 18000);
        CHECK(total.value(QStringLiteral("persen_rekam")).toDouble() > 97.5);

        const QJsonArray beds = scenario.hospitalBeds(now).value(QStringLiteral("data")).toArray();
        REQUIRE(beds.size() == 2);
        for (const QJsonValue &value : beds) {
            const QJsonObject r = value.toObject();
            const int capacity = r.value(QStringLiteral("kapasitas")).toInt();
            CHECK(r.value(QStringLiteral("terisi")).toInt() +
                      r.value(QStringLiteral("kosong")).toInt() ==
                  capacity);
            CHECK(r.value(QStringLiteral("bor")).toDouble() >= 55);
            CHECK(r.value(QStringLiteral("bor")).toDouble() <= 92);
        }
    }
}
