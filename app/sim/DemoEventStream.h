#pragma once

#include "DemoNoise.h"

#include <QJsonObject>

#include <cstddef>
#include <functional>
#include <optional>

namespace Pantau {

// A feed's list of the latest events (112 incidents, complaints), newest first. Events happen
// in 15-minute slots; whether a slot has one, and what it was, follow from the slot's number
// alone, so every poll lists the same past events.
class DemoEventStream
{
public:
    struct Template
    {
        const char *category;
        const char *text; // %1 is the kecamatan
    };
    // What a disaster adds to the list: in its slots, events in the stricken kecamatan.
    struct Burst
    {
        int kecamatan = 0;
        double chance = 0; // of a slot having a disaster event
        const Template *templates = nullptr;
        std::size_t templateCount = 0;
    };

    struct Stream
    {
        quint64 salt = 0;      // the feed's own; ids read "salt-slot" in any seed
        double slotChance = 0; // of a slot having an event
        const Template *templates = nullptr;
        std::size_t templateCount = 0;
        // The source's status word for an event of this age.
        std::function<QString(qint64 ageSeconds)> status;
        std::function<std::optional<Burst>(qint64 slotSeconds)> burstAt; // optional
    };

    // A stream of these templates; `status` gives the source's status word for an age.
    template<std::size_t N>
    static Stream stream(quint64 salt, double slotChance, const Template (&templates)[N],
                         std::function<QString(qint64 ageSeconds)> status)
    {
        return {salt, slotChance, templates, N, std::move(status), {}};
    }

    static constexpr qint64 SlotSeconds = 15 * 60;

    // The last `listed` events at `now`: {"data": [{id, waktu, kecamatan, kategori, status,
    // uraian}]}.
    static QJsonObject list(const DemoNoise &noise, const Stream &stream, const QDateTime &now,
                            int listed);

    // A status that moves from `fresh` to `working` to `done` as the event ages.
    static QString status(qint64 ageSeconds, const char *fresh, const char *working,
                          const char *done, qint64 workingFromSeconds, qint64 doneFromSeconds);
};

} // namespace Pantau
