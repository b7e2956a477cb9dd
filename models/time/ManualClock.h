#pragma once

#include "time/Clock.h"

namespace Pantau {

// A clock that only moves when told to: tests set and step it instead of sleeping.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);

    QDateTime now() const override;
    void setNow(const QDateTime &time);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace Pantau
