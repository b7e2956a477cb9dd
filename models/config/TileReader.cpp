#include "config/TileReader.h"

#include "config/IndicatorReader.h"
#include "geo/Kecamatan.h"

#include <algorithm>

namespace Pantau::TileReader {

namespace {

// The keys a tile of this type reads: its title and placement, and the type's own.
QStringList allowedKeys(const TileTypeInfo &type)
{
    QStringList keys = {QStringLiteral("type"),    QStringLiteral("title"),
                        QStringLiteral("row"),     QStringLiteral("column"),
                        QStringLiteral("rowSpan"), QStringLiteral("columnSpan")};
    keys += QString(type.keys).split(u' ', Qt::SkipEmptyParts);
    return keys;
}

// What the type must be given besides its required keys (TileNeeds).
void checkNeeds(JsonReader &r, const TileTypeInfo &type, const TileConfig &tile,
                const JsonPointer &at)
{
    const bool noIndicators = tile.indicators.isEmpty() && tile.indicatorTemplate.isEmpty();
    switch (type.needs) {
    case TileNeeds::Nothing:
        return;
    case TileNeeds::Indicators:
        if (noIndicators)
            r.error(at, QStringLiteral("a %1 tile needs at least one entry in \"indicators\"")
                            .arg(type.name));
        return;
    case TileNeeds::IndicatorsOrTemplate:
        if (noIndicators)
            r.error(at, QStringLiteral("a bar chart needs \"indicators\" or "
                                       "\"indicatorTemplate\""));
        else if (!tile.indicators.isEmpty() && !tile.indicatorTemplate.isEmpty())
            r.error(at, QStringLiteral("give \"indicators\" or \"indicatorTemplate\", not both"));
        return;
    case TileNeeds::Template:
        if (tile.indicatorTemplate.isEmpty())
            r.error(at, QStringLiteral("a map needs \"indicatorTemplate\", naming the indicator "
                                       "of each kecamatan"));
        return;
    }
}

// A gauge's scale: {"min": 0, "max": 100}, min defaulting to 0, max above min.
std::optional<TileConfig::Scale> readGaugeScale(JsonReader &r, const QJsonObject &tile,
                                                const JsonPointer &tileAt)
{
    const std::optional<JsonReader::Child> found = r.child(tile, tileAt, QStringLiteral("scale"));
    if (!found)
        return std::nullopt;
    const JsonPointer &at = found->at;
    const QJsonObject *object = &found->object;
    r.rejectUnknownKeys(*object, at, {"min", "max"});
    TileConfig::Scale scale;
    scale.min = r.number(*object, at, QStringLiteral("min")).value_or(0);
    const std::optional<double> max = r.number(*object, at, QStringLiteral("max"));
    if (!max) {
        if (!object->contains(QStringLiteral("max")))
            r.error(at, QStringLiteral("missing required key \"max\", the top of the scale"));
        return std::nullopt;
    }
    scale.max = *max;
    if (!(scale.max > scale.min)) {
        r.error(at.child(QStringLiteral("max")),
                QStringLiteral("the top of the scale (%1) must be above its bottom (%2)")
                    .arg(scale.max)
                    .arg(scale.min));
        return std::nullopt;
    }
    return scale;
}

} // namespace

TileConfig read(JsonReader &r, const QJsonObject &object, const JsonPointer &at,
                const Config &config, const QSet<QString> &knownIndicators)
{
    TileConfig tile;
    const TileTypeInfo *type = r.choice(object, at, QStringLiteral("type"), TileTypes, true);
    if (!type)
        return tile;
    tile.type = type->value;
    const QStringList allowed = allowedKeys(*type);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            r.error(at.child(it.key()),
                    QStringLiteral("a %1 tile has no key \"%2\"; expected one of: %3")
                        .arg(type->name, it.key(), allowed.join(QStringLiteral(", "))));
    }
    r.title(object, at, &tile.title, &tile.titleEn);
    tile.row = r.integer(object, at, QStringLiteral("row"), -1, 0, 63);
    tile.column = r.integer(object, at, QStringLiteral("column"), -1, 0, 63);
    tile.rowSpan = r.integer(object, at, QStringLiteral("rowSpan"), 1, 1, 64);
    tile.columnSpan = r.integer(object, at, QStringLiteral("columnSpan"), 1, 1, 64);

    if (allowed.contains(QStringLiteral("indicator"))) {
        const QString id =
            r.string(object, at, QStringLiteral("indicator"), true).value_or(QString());
        if (!id.isEmpty())
            tile.indicators = {id};
        IndicatorReader::checkReference(r, id, at.child(QStringLiteral("indicator")),
                                        knownIndicators);
        tile.target = r.number(object, at, QStringLiteral("target"));
        tile.targetIndicator =
            r.string(object, at, QStringLiteral("targetIndicator"), false).value_or(QString());
        IndicatorReader::checkReference(
            r, tile.targetIndicator, at.child(QStringLiteral("targetIndicator")), knownIndicators);
        if (tile.target && !tile.targetIndicator.isEmpty())
            r.error(at, QStringLiteral("give \"target\" or \"targetIndicator\", not both"));
        if (allowed.contains(QStringLiteral("scale")))
            tile.scale = readGaugeScale(r, object, at);
        const bool hasTarget = tile.target || !tile.targetIndicator.isEmpty();
        if (tile.scale && hasTarget)
            r.error(at, QStringLiteral("a gauge shows attainment of a target or a level on a "
                                       "\"scale\", not both"));
        // A broken scale has its own message; this one is for a gauge given nothing.
        if (allowed.contains(QStringLiteral("scale")) && !hasTarget &&
            !object.contains(QStringLiteral("scale")))
            r.error(at, QStringLiteral("a gauge needs \"target\" or \"targetIndicator\" to "
                                       "measure attainment against, or a \"scale\" "
                                       "({\"min\": 0, \"max\": 100}) to show a level on"));
    }
    if (allowed.contains(QStringLiteral("indicators"))) {
        tile.indicators = r.stringList(object, at, QStringLiteral("indicators"));
        const JsonPointer listAt = at.child(QStringLiteral("indicators"));
        for (qsizetype i = 0; i < tile.indicators.size(); ++i)
            IndicatorReader::checkReference(r, tile.indicators.at(i), listAt.child(i),
                                            knownIndicators);
    }
    if (allowed.contains(QStringLiteral("indicatorTemplate"))) {
        tile.indicatorTemplate =
            r.string(object, at, QStringLiteral("indicatorTemplate"), false).value_or(QString());
        const JsonPointer templateAt = at.child(QStringLiteral("indicatorTemplate"));
        if (!tile.indicatorTemplate.isEmpty()) {
            if (!tile.indicatorTemplate.contains(QLatin1String("{code}")) &&
                !tile.indicatorTemplate.contains(QLatin1String("{name}"))) {
                r.error(templateAt, QStringLiteral("expected \"{code}\" or \"{name}\" in the "
                                                   "template, for the kecamatan"));
            } else if (std::none_of(Kecamatan::blitar().cbegin(), Kecamatan::blitar().cend(),
                                    [&](const Kecamatan &k) {
                                        return knownIndicators.contains(
                                            k.indicatorId(tile.indicatorTemplate));
                                    })) {
                r.error(templateAt,
                        QStringLiteral("no kecamatan has an indicator by this template; "
                                       "\"%1\" would be \"%2\" for %3")
                            .arg(tile.indicatorTemplate,
                                 Kecamatan::blitar().first().indicatorId(tile.indicatorTemplate),
                                 Kecamatan::blitar().first().name));
            }
        }
    }
    checkNeeds(r, *type, tile, at);
    if (allowed.contains(QStringLiteral("hours")))
        tile.hours = r.integer(object, at, QStringLiteral("hours"), 24, 1, 24 * 366);
    if (allowed.contains(QStringLiteral("area")))
        tile.area = r.flag(object, at, QStringLiteral("area"), false);
    if (allowed.contains(QStringLiteral("limit")))
        tile.limit = r.integer(object, at, QStringLiteral("limit"), 0, 0, 1000);
    if (allowed.contains(QStringLiteral("feeds"))) {
        tile.feeds = r.stringList(object, at, QStringLiteral("feeds"));
        const JsonPointer listAt = at.child(QStringLiteral("feeds"));
        for (qsizetype i = 0; i < tile.feeds.size(); ++i) {
            const auto feed =
                std::find_if(config.feeds.cbegin(), config.feeds.cend(),
                             [&](const FeedConfig &f) { return f.id == tile.feeds.at(i); });
            if (feed == config.feeds.cend())
                r.error(listAt.child(i),
                        QStringLiteral("unknown feed \"%1\"").arg(tile.feeds.at(i)));
            else if (!feed->events)
                r.error(listAt.child(i), QStringLiteral("feed \"%1\" has no \"events\" "
                                                        "mapping, so it has no records to show")
                                             .arg(tile.feeds.at(i)));
        }
    }
    if (allowed.contains(QStringLiteral("boundaries"))) {
        if (const std::optional<QString> path =
                r.string(object, at, QStringLiteral("boundaries"), false);
            path && !path->isEmpty())
            tile.boundaries = r.resolvePath(*path);
        tile.boundaryKey =
            r.string(object, at, QStringLiteral("boundaryKey"), false).value_or(QString());
    }
    return tile;
}

} // namespace Pantau::TileReader
