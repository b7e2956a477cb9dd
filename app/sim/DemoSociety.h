#pragma once

#include "DemoNoise.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pantau {

// Population administration, hospitals and child health: the Smart Society figures.
class DemoSociety
{
public:
    explicit DemoSociety(const DemoNoise &noise);

    // Dispendukcapil's KTP-el recording per kecamatan and a regency total row.
    QJsonArray ktpRecords(const QDateTime &now) const;
    // Free inpatient beds at the regency's two hospitals, every 15 minutes, with the last 24
    // hours hourly.
    QJsonObject hospitalBeds(const QDateTime &now) const;
    // Stunting prevalence (%) in a year: the regency's (kecamatan -1) or one kecamatan's.
    double stuntingPercent(int year, int kecamatan) const;

private:
    DemoNoise m_noise;
};

} // namespace Pantau
