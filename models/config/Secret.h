#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Pantau {

class JsonPointer;
class JsonReader;

// Where a secret (a feed's token, the site broker's password) comes from: an environment
// variable or a file, never the config itself, which is copied, shown on screen and committed.
struct SecretSource
{
    QString env;  // name of an environment variable holding the secret
    QString file; // or a file holding it (surrounding white space dropped)

    // The secret, read now, so that a rotated token file is picked up; none, with `why`, when
    // the variable is unset or the file unreadable.
    std::optional<QByteArray> read(QString *why) const;

    // Reads "env" or "file" (exactly one) from `object`, a file taken relative to the config.
    static std::optional<SecretSource> fromJson(JsonReader &r, const QJsonObject &object,
                                                const JsonPointer &at);
    // The error for a secret written inline at `at`.
    static void refuseInline(JsonReader &r, const JsonPointer &at);
};

} // namespace Pantau
