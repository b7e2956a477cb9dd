#include "kiosk/PinHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace Pantau {

namespace {

const QLatin1String Scheme("pbkdf2-sha256");
// Bounds on a stored iteration count: a config cannot make the unlock dialog hang for minutes,
// nor weaken the hash to nothing.
constexpr int MinIterations = 10'000;
constexpr int MaxIterations = 5'000'000;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, PinHash::HashBytes);
}

std::optional<Parsed> parse(const QString &stored, QString *why)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != Scheme) {
        *why = QStringLiteral("expected \"pbkdf2-sha256$ITERATIONS$SALT$HASH\" as written by "
                              "pantau --hash-pin");
        return std::nullopt;
    }
    Parsed p;
    bool ok = false;
    p.iterations = parts.at(1).toInt(&ok);
    if (!ok || p.iterations < MinIterations || p.iterations > MaxIterations) {
        *why = QStringLiteral("the iteration count must be a whole number from %1 to %2")
                   .arg(MinIterations)
                   .arg(MaxIterations);
        return std::nullopt;
    }
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.size() < 8 || !hash || hash.decoded.size() != PinHash::HashBytes) {
        *why = QStringLiteral("the salt or the hash is not valid base64 of the expected length");
        return std::nullopt;
    }
    p.salt = salt.decoded;
    p.hash = hash.decoded;
    return p;
}

} // namespace

QString PinHash::checkPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return QStringLiteral("a PIN has 4 to 12 digits");
    for (const QChar c : pin)
        if (c < u'0' || c > u'9')
            return QStringLiteral("a PIN has digits only, as a kiosk's keypad types them");
    return {};
}

QString PinHash::make(const QString &pin, int iterations)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return make(pin, salt, iterations);
}

QString PinHash::make(const QString &pin, const QByteArray &salt, int iterations)
{
    return QStringLiteral("%1$%2$%3$%4")
        .arg(Scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(pin, salt, iterations).toBase64()));
}

bool PinHash::verify(const QString &pin, const QString &stored)
{
    QString why;
    const std::optional<Parsed> p = parse(stored, &why);
    if (!p)
        return false;
    const QByteArray candidate = derive(pin, p->salt, p->iterations);
    // Every byte is compared, so the time taken does not tell how much of a guess was right.
    unsigned char difference = 0;
    for (int i = 0; i < HashBytes; ++i)
        difference |= static_cast<unsigned char>(candidate.at(i) ^ p->hash.at(i));
    return difference == 0;
}

QString PinHash::checkStored(const QString &stored)
{
    QString why;
    return parse(stored, &why) ? QString() : why;
}

} // namespace Pantau
