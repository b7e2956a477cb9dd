#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace Pantau {

// The figures the demo agencies publish at a given moment. Pure functions of time: the same
// instant always gives the same payload, so the demo is reproducible and tests can predict it.
// Shapes and ranges follow ../shared/DOMAIN.md.
class DemoScenario
{
public:
    DemoScenario();

    // BPKAD's APBD realisation: revenue and spending against target, growing through the year.
    QJsonObject apbdRealisation(const QDateTime &now) const;
    // The command center's 112 summary for today so far, following a daily rhythm, with the
    // genuine reports split by category.
    QJsonObject calls112Today(const QDateTime &now) const;
    // The trade office's retail prices of staple foods: drifting day to day, chili jumping.
    QJsonObject foodPrices(const QDateTime &now) const;
    // Complaints received this month per kecamatan (all 22), and by handling status.
    QJsonObject complaintsPerKecamatan(const QDateTime &now) const;
    // The latest 112 incidents (genuine reports dispatched), newest first.
    QJsonObject incidents112(const QDateTime &now) const;
    // The latest public complaints (SP4N-LAPOR!), newest first.
    QJsonObject complaints(const QDateTime &now) const;

    // How many events the event feeds list at most.
    static constexpr int EventsListed = 20;

private:
    QTimeZone m_wib;
};

} // namespace Pantau
