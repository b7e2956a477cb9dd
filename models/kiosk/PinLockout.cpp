#include "kiosk/PinLockout.h"

namespace Pantau {

bool PinLockout::isLocked(const QDateTime &now) const
{
    return m_lockedUntil.isValid() && now < m_lockedUntil;
}

void PinLockout::recordFailure(const QDateTime &now)
{
    if (isLocked(now))
        return; // a PIN typed while locked was never checked
    if (m_lockedUntil.isValid()) {
        // The lock has run out: a fresh round of attempts, but one more failure locks again.
        m_lockedUntil = QDateTime();
        m_failures = MaxFailures - 1;
    }
    ++m_failures;
    if (m_failures >= MaxFailures)
        m_lockedUntil = now.addSecs(LockSeconds);
}

void PinLockout::recordSuccess()
{
    m_failures = 0;
    m_lockedUntil = QDateTime();
}

} // namespace Pantau
