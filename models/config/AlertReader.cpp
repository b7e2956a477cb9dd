#include "config/AlertReader.h"

#include "config/IndicatorReader.h"

#include <QSet>

namespace Pantau::AlertReader {

void read(JsonReader &r, const QJsonObject &root, Config &config)
{
    const std::optional<QList<JsonReader::Child>> list =
        r.objects(root, JsonPointer(), QStringLiteral("alerts"), false);
    if (!list)
        return;
    const QSet<QString> indicators = IndicatorReader::ids(config);
    QSet<QString> feeds;
    for (const FeedConfig &feed : std::as_const(config.feeds))
        feeds.insert(feed.id);
    QHash<QString, JsonPointer> seen;
    for (const auto &[object, here] : *list) {
        r.rejectUnknownKeys(object, here,
                            {"id", "indicator", "feed", "above", "below", "staleForSeconds",
                             "failingForSeconds", "severity", "message", "onDelaySeconds",
                             "offDelaySeconds", "deadband"});
        AlertRule rule;
        rule.id = r.string(object, here, QStringLiteral("id"), true).value_or(QString());
        if (!rule.id.isEmpty())
            r.unique(seen, rule.id, here.child(QStringLiteral("id")), QStringLiteral("alert id"));
        if (const AlertSeverityInfo *severity =
                r.choice(object, here, QStringLiteral("severity"), AlertSeverities, true))
            rule.severity = severity->value;
        const QStringList conditions = {QStringLiteral("above"), QStringLiteral("below"),
                                        QStringLiteral("staleForSeconds"),
                                        QStringLiteral("failingForSeconds")};
        QStringList given;
        for (const QString &key : conditions) {
            if (object.contains(key))
                given.append(key);
        }
        if (given.size() != 1) {
            r.error(here, QStringLiteral("an alert needs exactly one condition: above, below, "
                                         "staleForSeconds or failingForSeconds"));
            continue;
        }
        const QString condition = given.constFirst();
        if (condition == QLatin1String("above") || condition == QLatin1String("below")) {
            rule.kind = condition == QLatin1String("above") ? AlertRule::Kind::Above
                                                            : AlertRule::Kind::Below;
            rule.level = r.number(object, here, condition).value_or(0);
        } else {
            rule.kind = condition == QLatin1String("staleForSeconds") ? AlertRule::Kind::Stale
                                                                      : AlertRule::Kind::Failing;
            rule.forSeconds = r.integer(object, here, condition, 0, 0, 30 * 86400);
        }
        if (rule.kind == AlertRule::Kind::Failing) {
            rule.feed = r.string(object, here, QStringLiteral("feed"), true).value_or(QString());
            if (!rule.feed.isEmpty() && !feeds.contains(rule.feed))
                r.error(here.child(QStringLiteral("feed")),
                        QStringLiteral("unknown feed \"%1\"").arg(rule.feed));
        } else {
            rule.indicator =
                r.string(object, here, QStringLiteral("indicator"), true).value_or(QString());
            IndicatorReader::checkReference(r, rule.indicator,
                                            here.child(QStringLiteral("indicator")), indicators);
        }
        rule.onDelaySeconds =
            r.integer(object, here, QStringLiteral("onDelaySeconds"), 0, 0, 86400);
        rule.offDelaySeconds =
            r.integer(object, here, QStringLiteral("offDelaySeconds"), 0, 0, 86400);
        if (object.contains(QStringLiteral("deadband"))) {
            const bool level =
                rule.kind == AlertRule::Kind::Above || rule.kind == AlertRule::Kind::Below;
            const std::optional<double> band = r.number(object, here, QStringLiteral("deadband"));
            if (!level)
                r.error(here.child(QStringLiteral("deadband")),
                        QStringLiteral("a deadband is for an \"above\" or \"below\" alert"));
            else if (band && *band < 0)
                r.error(here.child(QStringLiteral("deadband")),
                        QStringLiteral("expected a deadband of 0 or more, in the indicator's "
                                       "unit"));
            else
                rule.deadband = band.value_or(0);
        }
        if (object.contains(QStringLiteral("message")))
            rule.message = r.label(object, here, QStringLiteral("message"));
        config.alerts.append(rule);
    }
}

} // namespace Pantau::AlertReader
