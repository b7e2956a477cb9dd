#pragma once

#include "time/Clock.h"

namespace Pantau {

// The real wall clock, used in production.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace Pantau
