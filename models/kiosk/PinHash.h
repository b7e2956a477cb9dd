#pragma once

#include <QByteArray>
#include <QString>

namespace Pantau {

// The kiosk's unlock PIN as the config stores it: never the PIN itself, only a salted PBKDF2
// hash made by Qt's QPasswordDigestor, written "pbkdf2-sha256$ITERATIONS$SALT$HASH" with salt
// and hash in base64. `pantau --hash-pin` makes one.
class PinHash
{
public:
    static constexpr int DefaultIterations = 200'000;
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;

    // A PIN a kiosk's keypad can type and a person can remember: 4 to 12 digits. Empty when
    // fine, else why not.
    static QString checkPin(const QString &pin);
    // A new hash of `pin` with a fresh random salt.
    static QString make(const QString &pin, int iterations = DefaultIterations);
    // The same, with a given salt, for tests.
    static QString make(const QString &pin, const QByteArray &salt, int iterations);
    // True when `pin` is the one `stored` was made from. The comparison takes the same time
    // wherever the first difference is.
    static bool verify(const QString &pin, const QString &stored);
    // Empty when `stored` has the right form, else what is wrong with it (for the config
    // loader's message).
    static QString checkStored(const QString &stored);
};

} // namespace Pantau
