#pragma once

#include <QDateTime>

namespace Pantau {

// Slows down guessing the kiosk's unlock PIN: after MaxFailures wrong PINs in a row, no PIN is
// even checked until LockSeconds have passed. Times come from the caller's clock, so tests
// step through a lockout without waiting for it.
class PinLockout
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockSeconds = 60;

    bool isLocked(const QDateTime &now) const;
    // When the lock ends; invalid while not locked.
    QDateTime lockedUntil() const { return m_lockedUntil; }
    int failures() const { return m_failures; }

    void recordFailure(const QDateTime &now);
    void recordSuccess();

private:
    int m_failures = 0;
    QDateTime m_lockedUntil;
};

} // namespace Pantau
