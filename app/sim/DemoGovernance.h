#pragma once

#include "DemoNoise.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pantau {

// BPKAD's budget and the public complaints (SP4N-LAPOR!): the Smart Governance figures.
class DemoGovernance
{
public:
    explicit DemoGovernance(const DemoNoise &noise);

    // APBD realisation: revenue and spending against target, growing through the year.
    QJsonObject apbdRealisation(const QDateTime &now) const;
    // Complaints received this month per kecamatan (all 22), and by handling status.
    QJsonObject complaintsPerKecamatan(const QDateTime &now) const;
    // The latest public complaints, newest first.
    QJsonObject complaints(const QDateTime &now, int listed) const;

    // The same as Satu Data tables (CKAN datastore_search records).
    QJsonArray apbdRecords(const QDateTime &now) const;
    QJsonArray complaintStatusRecords(const QDateTime &now) const;
    QJsonArray complaintKecamatanRecords(const QDateTime &now) const;

private:
    DemoNoise m_noise;
};

} // namespace Pantau
