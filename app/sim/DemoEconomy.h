#pragma once

#include "DemoNoise.h"

#include <QJsonObject>

namespace Pantau {

// The trade office's food prices and BPS's tourism count: the Smart Economy figures.
class DemoEconomy
{
public:
    explicit DemoEconomy(const DemoNoise &noise);

    // Retail prices of staple foods: drifting day to day, chili jumping.
    QJsonObject foodPrices(const QDateTime &now) const;
    // Tourist visits in a year, counted up to `now` for the running year.
    double touristVisits(int year, const QDateTime &now) const;

private:
    DemoNoise m_noise;
};

} // namespace Pantau
