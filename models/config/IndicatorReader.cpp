#include "config/IndicatorReader.h"

namespace Pantau::IndicatorReader {

namespace {

const QStringList kDimensions = {
    QStringLiteral("governance"), QStringLiteral("economy"),     QStringLiteral("society"),
    QStringLiteral("living"),     QStringLiteral("environment"), QStringLiteral("branding"),
    QStringLiteral("emergency"),
};

Thresholds readThresholds(JsonReader &r, const QJsonObject &indicator,
                          const JsonPointer &indicatorAt)
{
    Thresholds thresholds;
    const std::optional<JsonReader::Child> found =
        r.child(indicator, indicatorAt, QStringLiteral("thresholds"));
    if (!found)
        return thresholds;
    const auto &[object, at] = *found;
    r.rejectUnknownKeys(object, at, {"warning", "critical", "worse"});
    thresholds.warning = r.number(object, at, QStringLiteral("warning"));
    thresholds.critical = r.number(object, at, QStringLiteral("critical"));
    const std::optional<QString> worse =
        r.oneOf(object, at, QStringLiteral("worse"),
                {QStringLiteral("above"), QStringLiteral("below")}, false);
    thresholds.higherIsWorse = worse.value_or(QStringLiteral("above")) == QLatin1String("above");
    if (thresholds.warning && thresholds.critical &&
        (thresholds.higherIsWorse ? *thresholds.critical < *thresholds.warning
                                  : *thresholds.critical > *thresholds.warning)) {
        r.error(at.child(QStringLiteral("critical")),
                QStringLiteral("the critical level must be past the warning level"));
    }
    return thresholds;
}

} // namespace

void read(JsonReader &r, const QJsonObject &root, Config &config)
{
    const std::optional<QList<JsonReader::Child>> list =
        r.objects(root, JsonPointer(), QStringLiteral("indicators"), true);
    if (!list)
        return;
    QHash<QString, JsonPointer> seen;
    for (const auto &[object, here] : *list) {
        r.rejectUnknownKeys(object, here,
                            {"id", "label", "unit", "decimals", "dimension", "thresholds"});
        IndicatorConfig indicator;
        indicator.id = r.string(object, here, QStringLiteral("id"), true).value_or(QString());
        if (!indicator.id.isEmpty())
            r.unique(seen, indicator.id, here.child(QStringLiteral("id")),
                     QStringLiteral("indicator id"));
        indicator.label = r.label(object, here, QStringLiteral("label"));
        if (const std::optional<LocalizedText> unit =
                r.text(object, here, QStringLiteral("unit"))) {
            indicator.unit = unit->id;
            indicator.unitEn = unit->en;
        }
        indicator.decimals = r.integer(object, here, QStringLiteral("decimals"), 0, 0, 6);
        indicator.dimension = r.oneOf(object, here, QStringLiteral("dimension"), kDimensions, true)
                                  .value_or(QString());
        indicator.thresholds = readThresholds(r, object, here);
        config.indicators.append(indicator);
    }
}

QSet<QString> ids(const Config &config)
{
    QSet<QString> ids;
    for (const IndicatorConfig &indicator : config.indicators)
        ids.insert(indicator.id);
    return ids;
}

bool checkReference(JsonReader &r, const QString &indicator, const JsonPointer &at,
                    const QSet<QString> &known)
{
    if (indicator.isEmpty() || known.contains(indicator))
        return true;
    r.error(at,
            QStringLiteral("unknown indicator \"%1\"; define it under /indicators").arg(indicator));
    return false;
}

} // namespace Pantau::IndicatorReader
