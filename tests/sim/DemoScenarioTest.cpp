#include "DemoScenario.h"

#include <QJsonObject>

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
