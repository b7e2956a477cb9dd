#include "config/Secret.h"

#include "config/JsonReader.h"

#include <QFile>

namespace Pantau {

std::optional<QByteArray> SecretSource::read(QString *why) const
{
    if (!env.isEmpty()) {
        const QByteArray value = qgetenv(env.toLocal8Bit().constData());
        if (value.isEmpty()) {
            *why =
                QStringLiteral("credentials missing: environment variable %1 is not set").arg(env);
            return std::nullopt;
        }
        return value;
    }
    QFile secretFile(file);
    if (!secretFile.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("credentials missing: cannot read %1").arg(file);
        return std::nullopt;
    }
    return secretFile.readAll().trimmed();
}

std::optional<SecretSource> SecretSource::fromJson(JsonReader &r, const QJsonObject &object,
                                                   const JsonPointer &at)
{
    SecretSource source;
    source.env = r.string(object, at, QStringLiteral("env"), false).value_or(QString());
    source.file = r.string(object, at, QStringLiteral("file"), false).value_or(QString());
    if (source.env.isEmpty() == source.file.isEmpty()) {
        r.error(at, QStringLiteral("give exactly one of \"env\" (an environment variable) or "
                                   "\"file\" (a file holding the secret)"));
        return std::nullopt;
    }
    if (!source.file.isEmpty())
        source.file = r.resolvePath(source.file);
    return source;
}

void SecretSource::refuseInline(JsonReader &r, const JsonPointer &at)
{
    r.error(at, QStringLiteral("a secret must not be written in the config; put it in an "
                               "environment variable (\"env\") or a file (\"file\")"));
}

} // namespace Pantau
