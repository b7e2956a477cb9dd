#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Pantau {

// The randomness of the demo scenario, made repeatable: a number in [0, 1) for any key and the
// scenario's seed, so a given day always has the same character. Also the two facts every
// agency's figures share: the regency's zone (WIB) and how a source rounds its report time.
class DemoNoise
{
public:
    explicit DemoNoise(quint64 seed);

    quint64 seed() const { return m_seed; }
    // A repeatable number in [0, 1) for this seed.
    double operator()(quint64 key) const;
    // What `key`s are mixed with for this seed; seed 0 keeps the figures the demo always had.
    quint64 mix() const { return m_seed * 0x9e3779b97f4a7c15ULL; }
    // The same number from a key and a mix.
    static double unit(quint64 key);

    const QTimeZone &wib() const { return m_wib; }
    // `time` as the agencies write it: ISO 8601 in WIB, with its offset.
    QString iso(const QDateTime &time) const;
    // The instant `now` is reported as by a source that refreshes every `stepSeconds`.
    static QDateTime reportedAt(const QDateTime &now, int stepSeconds);

private:
    quint64 m_seed;
    QTimeZone m_wib;
};

} // namespace Pantau
