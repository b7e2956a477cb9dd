#include "DemoScenario.h"

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
