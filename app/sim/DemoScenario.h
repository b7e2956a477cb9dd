#pragma once

#include "DemoDisasters.h"
#include "DemoEconomy.h"
#include "DemoEmergency.h"
#include "DemoEnvironment.h"
#include "DemoGovernance.h"
#include "DemoNoise.h"
#include "DemoSociety.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Pantau {

// The figures the demo agencies publish at a given moment. Pure functions of time: the same
// instant always gives the same payload, so the demo is reproducible and tests can predict it.
// Shapes and ranges follow ../shared/DOMAIN.md. The seed gives another, equally plausible
// world; the same seed and instant always give the same figures. One class per agency domain
// computes them (DemoGovernance, DemoEconomy, DemoSociety, DemoEmergency, DemoEnvironment),
// sharing the seed's noise (DemoNoise) and the disasters (DemoDisasters); this is their facade.
class DemoScenario
{
public:
    explicit DemoScenario(quint64 seed = 0);

    quint64 seed() const { return m_noise.seed(); }

    // BPKAD's APBD realisation: revenue and spending against target, growing through the year.
    QJsonObject apbdRealisation(const QDateTime &now) const;
    // The command center's 112 summary for today so far, following a daily rhythm, with the
    // genuine reports split by category, and the incoming and genuine counts of the last 24
    // hours, hourly (riwayat_per_jam).
    QJsonObject calls112Today(const QDateTime &now) const;
    // The trade office's retail prices of staple foods: drifting day to day, chili jumping.
    QJsonObject foodPrices(const QDateTime &now) const;
    // Complaints received this month per kecamatan (all 22), and by handling status.
    QJsonObject complaintsPerKecamatan(const QDateTime &now) const;
    // The latest 112 incidents (genuine reports dispatched), newest first.
    QJsonObject incidents112(const QDateTime &now) const;
    // The latest public complaints (SP4N-LAPOR!), newest first.
    QJsonObject complaints(const QDateTime &now) const;

    // A disaster that strikes one kecamatan for a day or so: while it lasts that kecamatan's
    // 112 incidents rise, BPBD counts it, and a flood raises the river.
    using Disaster = DemoDisaster;
    // The disaster under way at `now`, if any. Windows of three days hold at most one.
    std::optional<Disaster> disasterAt(const QDateTime &now) const;

    // Satu Data tables (served as CKAN datastore_search records).
    // APBD realisation per account: pendapatan, pad, belanja; with anggaran, realisasi, persen.
    QJsonArray apbdRecords(const QDateTime &now) const;
    // Complaints this month by handling status: belum_ditangani, diproses, selesai.
    QJsonArray complaintStatusRecords(const QDateTime &now) const;
    // Complaints this month per kecamatan, all 22, with Kemendagri codes.
    QJsonArray complaintKecamatanRecords(const QDateTime &now) const;
    // BPBD's disaster events this year by type, peaking in the rainy months.
    QJsonArray disasterRecords(const QDateTime &now) const;

    // Dispendukcapil's KTP-el recording per kecamatan (all 22) and a regency total row (kode
    // "3505"): residents obliged to hold a KTP-el, recorded, not yet recorded, share recorded.
    // About 13,000 not yet recorded across the regency (DOMAIN.md, Aug 2025); updated daily.
    QJsonArray ktpRecords(const QDateTime &now) const;
    // Free inpatient beds at the regency's two hospitals (RSUD Ngudi Waluyo Wlingi, RSUD
    // Srengat), as a SIRS-style bed report every 15 minutes: capacity, occupied, free, BOR %; and
    // the free beds of the last 24 hours, hourly (riwayat_kosong_per_jam).
    QJsonObject hospitalBeds(const QDateTime &now) const;

    // BPS statistics. The latest year BPS has published at `now` (a year's figures appear the
    // following April).
    int latestStatisticsYear(const QDateTime &now) const;
    // Stunting prevalence (%) in a year: the regency's (kecamatan -1) or one kecamatan's.
    double stuntingPercent(int year, int kecamatan) const;
    // Tourist visits in a year, counted up to `now` for the running year.
    double touristVisits(int year, const QDateTime &now) const;

    // Sensors (served as NGSI-v2 entities). River level (m) at a gauge, read every 10 minutes.
    static constexpr int RiverGauges = DemoEnvironment::RiverGauges;
    static const char *riverGaugeName(int gauge); // Lodoyo, Kademangan, Wlingi
    double riverLevel(int gauge, const QDateTime &now) const;
    // PM2.5 (µg/m³) at an air quality station, read hourly.
    static constexpr int AirStations = DemoEnvironment::AirStations;
    static const char *airStationName(int station); // Kanigoro, Wlingi
    double pm25(int station, const QDateTime &now) const;

    // How many events the event feeds list at most.
    static constexpr int EventsListed = 20;

private:
    DemoNoise m_noise;
    DemoDisasters m_disasters;
    DemoGovernance m_governance;
    DemoEconomy m_economy;
    DemoSociety m_society;
    DemoEmergency m_emergency;
    DemoEnvironment m_environment;
};

} // namespace Pantau
