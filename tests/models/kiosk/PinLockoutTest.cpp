#include "kiosk/PinLockout.h"

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {
const QDateTime T0(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);
}

TEST_CASE("Five wrong PINs lock the kiosk's unlock dialog for a minute")
{
    PinLockout lockout;
    for (int i = 0; i < PinLockout::MaxFailures - 1; ++i) {
        lockout.recordFailure(T0.addSecs(i));
        CHECK_FALSE(lockout.isLocked(T0.addSecs(i)));
    }
    lockout.recordFailure(T0.addSecs(10));
    CHECK(lockout.isLocked(T0.addSecs(10)));
    CHECK(lockout.isLocked(T0.addSecs(69)));
    CHECK(lockout.lockedUntil() == T0.addSecs(70));
    CHECK_FALSE(lockout.isLocked(T0.addSecs(70)));
}

TEST_CASE("After a lockout one more wrong PIN locks again, and a right one resets")
{
    PinLockout lockout;
    for (int i = 0; i < PinLockout::MaxFailures; ++i)
        lockout.recordFailure(T0);
    // Guesses during the lock change nothing, not even its end.
    lockout.recordFailure(T0.addSecs(30));
    CHECK(lockout.lockedUntil() == T0.addSecs(60));
    lockout.recordFailure(T0.addSecs(61));
    CHECK(lockout.isLocked(T0.addSecs(61)));
    CHECK(lockout.lockedUntil() == T0.addSecs(121));
    lockout.recordSuccess();
    CHECK_FALSE(lockout.isLocked(T0.addSecs(62)));
    CHECK(lockout.failures() == 0);
}
