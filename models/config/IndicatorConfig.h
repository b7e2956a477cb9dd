#pragma once

#include "config/LocalizedText.h"

#include <QString>

#include <optional>

namespace Pantau {

// Levels at which an indicator's value is a concern. `higherIsWorse` says which side is bad:
// a price above its level, or a realisation below it.
struct Thresholds
{
    std::optional<double> warning;
    std::optional<double> critical;
    bool higherIsWorse = true;
};

struct IndicatorConfig
{
    QString id;
    LocalizedText label;
    QString unit;   // Indonesian, and in any language for "Rp" and "%"
    QString unitEn; // English ("calls" for "panggilan"); empty: `unit`
    int decimals = 0;
    QString dimension; // governance, economy, society, living, environment, branding, emergency
    Thresholds thresholds;
};

} // namespace Pantau
