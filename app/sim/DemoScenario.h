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
    // The command center's 112 summary for today so far, following a daily rhythm.
    QJsonObject calls112Today(const QDateTime &now) const;

private:
    QTimeZone m_wib;
};

} // namespace Pantau
