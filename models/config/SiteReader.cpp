#include "config/SiteReader.h"

#include "site/SiteTopic.h"

namespace Pantau::SiteReader {

void read(JsonReader &r, const QJsonObject &root, Config &config)
{
    const std::optional<JsonReader::Child> site =
        r.child(root, JsonPointer(), QStringLiteral("site"));
    if (!site)
        return;
    const auto &[object, at] = *site;
    r.rejectUnknownKeys(
        object, at,
        {"broker", "id", "username", "password", "caBundle", "fallback", "fallbackAfterSeconds"});
    SiteConfig result;
    const JsonPointer brokerAt = at.child(QStringLiteral("broker"));
    if (const std::optional<QString> url = r.string(object, at, QStringLiteral("broker"), true)) {
        QString why;
        if (const std::optional<BrokerAddress> broker = BrokerAddress::parse(*url, &why))
            result.broker = *broker;
        else
            r.error(brokerAt, why);
    }
    result.id = r.string(object, at, QStringLiteral("id"), true).value_or(QString());
    if (object.contains(QStringLiteral("id")) && !SiteTopic::isLevel(result.id))
        r.error(at.child(QStringLiteral("id")),
                QStringLiteral("expected a site id that can be a topic level: not empty, and "
                               "no '/', '+' or '#'"));
    result.username = r.string(object, at, QStringLiteral("username"), false).value_or(QString());
    const QString passwordKey = QStringLiteral("password");
    if (object.value(passwordKey).isString()) {
        SecretSource::refuseInline(r, at.child(passwordKey));
    } else if (const std::optional<JsonReader::Child> password = r.child(object, at, passwordKey)) {
        r.rejectUnknownKeys(password->object, password->at, {"env", "file"});
        result.password = SecretSource::fromJson(r, password->object, password->at);
    }
    if (result.password && result.username.isEmpty())
        r.error(at.child(passwordKey), QStringLiteral("a password needs a \"username\""));
    if (const std::optional<QString> ca = r.string(object, at, QStringLiteral("caBundle"), false)) {
        result.caBundle = r.resolvePath(*ca);
        if (!result.broker.tls)
            r.error(at.child(QStringLiteral("caBundle")),
                    QStringLiteral("a CA bundle is for a mqtts:// broker; this one is mqtt://"));
    }
    const std::optional<QString> fallback =
        r.oneOf(object, at, QStringLiteral("fallback"),
                {QStringLiteral("none"), QStringLiteral("poll")}, false);
    if (fallback == QLatin1String("poll"))
        result.fallback = SiteConfig::Fallback::Poll;
    result.fallbackAfterSeconds = r.integer(object, at, QStringLiteral("fallbackAfterSeconds"),
                                            result.fallbackAfterSeconds, 5, 24 * 3600);
    config.site = result;
}

} // namespace Pantau::SiteReader
