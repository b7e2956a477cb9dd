#include "DemoScenario.h"

namespace Pantau {

DemoScenario::DemoScenario(quint64 seed)
    : m_noise(seed)
    , m_disasters(m_noise)
    , m_governance(m_noise)
    , m_economy(m_noise)
    , m_society(m_noise)
    , m_emergency(m_noise, m_disasters)
    , m_environment(m_noise, m_disasters)
{
}

QJsonObject DemoScenario::apbdRealisation(const QDateTime &now) const
{
    return m_governance.apbdRealisation(now);
}

QJsonObject DemoScenario::calls112Today(const QDateTime &now) const
{
    return m_emergency.calls112Today(now);
}

QJsonObject DemoScenario::foodPrices(const QDateTime &now) const
{
    return m_economy.foodPrices(now);
}

QJsonObject DemoScenario::complaintsPerKecamatan(const QDateTime &now) const
{
    return m_governance.complaintsPerKecamatan(now);
}

QJsonObject DemoScenario::incidents112(const QDateTime &now) const
{
    return m_emergency.incidents112(now, EventsListed);
}

QJsonObject DemoScenario::complaints(const QDateTime &now) const
{
    return m_governance.complaints(now, EventsListed);
}

std::optional<DemoScenario::Disaster> DemoScenario::disasterAt(const QDateTime &now) const
{
    return m_disasters.at(now);
}

QJsonArray DemoScenario::apbdRecords(const QDateTime &now) const
{
    return m_governance.apbdRecords(now);
}

QJsonArray DemoScenario::complaintStatusRecords(const QDateTime &now) const
{
    return m_governance.complaintStatusRecords(now);
}

QJsonArray DemoScenario::complaintKecamatanRecords(const QDateTime &now) const
{
    return m_governance.complaintKecamatanRecords(now);
}

QJsonArray DemoScenario::disasterRecords(const QDateTime &now) const
{
    return m_disasters.records(now);
}

QJsonArray DemoScenario::ktpRecords(const QDateTime &now) const
{
    return m_society.ktpRecords(now);
}

QJsonObject DemoScenario::hospitalBeds(const QDateTime &now) const
{
    return m_society.hospitalBeds(now);
}

int DemoScenario::latestStatisticsYear(const QDateTime &now) const
{
    // A year's figures appear the following April.
    const QDate date = now.toTimeZone(m_noise.wib()).date();
    return date.month() >= 4 ? date.year() - 1 : date.year() - 2;
}

double DemoScenario::stuntingPercent(int year, int kecamatan) const
{
    return m_society.stuntingPercent(year, kecamatan);
}

double DemoScenario::touristVisits(int year, const QDateTime &now) const
{
    return m_economy.touristVisits(year, now);
}

const char *DemoScenario::riverGaugeName(int gauge)
{
    return DemoEnvironment::riverGaugeName(gauge);
}

double DemoScenario::riverLevel(int gauge, const QDateTime &now) const
{
    return m_environment.riverLevel(gauge, now);
}

const char *DemoScenario::airStationName(int station)
{
    return DemoEnvironment::airStationName(station);
}

double DemoScenario::pm25(int station, const QDateTime &now) const
{
    return m_environment.pm25(station, now);
}

} // namespace Pantau
