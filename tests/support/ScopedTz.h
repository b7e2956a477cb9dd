#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <time.h>

namespace Pantau {

// Sets TZ for the life of the object and puts the old value back afterwards, so a test can run
// as if the machine were somewhere else.
class ScopedTz
{
public:
    explicit ScopedTz(const char *zone)
        : m_wasSet(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTz()
    {
        if (m_wasSet)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTz(const ScopedTz &) = delete;
    ScopedTz &operator=(const ScopedTz &) = delete;

private:
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace Pantau
