#include "config/ConfigLoader.h"

#include "geo/Kecamatan.h"
#include "json/JsonText.h"
#include "kiosk/PinHash.h"
#include "layout/CanvasLayout.h"
#include "layout/TilePlacement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <initializer_list>

namespace Pantau {

namespace {

bool isWholeNumber(double number)
{
    return std::isfinite(number) && std::trunc(number) == number;
}

QString typeName(const QJsonValue &value)
{
    return JsonText::typeName(value);
}

const QStringList kDimensions = {
    QStringLiteral("governance"), QStringLiteral("economy"),     QStringLiteral("society"),
    QStringLiteral("living"),     QStringLiteral("environment"), QStringLiteral("branding"),
    QStringLiteral("emergency"),
};
const QStringList kFormats = {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("ckan"),
                              QStringLiteral("bps"), QStringLiteral("ngsi")};
const QStringList kTileTypes = {
    QStringLiteral("kpi"),    QStringLiteral("line"),   QStringLiteral("bar"),
    QStringLiteral("donut"),  QStringLiteral("gauge"),  QStringLiteral("table"),
    QStringLiteral("ticker"), QStringLiteral("clock"),  QStringLiteral("map"),
    QStringLiteral("health"), QStringLiteral("alerts"),
};

// Walks the JSON tree with the pointer of each value at hand, so every complaint says where.
class Reader
{
public:
    Reader(const QString &file, Diagnostics &errors)
        : m_file(file)
        , m_errors(errors)
    {
    }

    void error(const JsonPointer &at, const QString &message)
    {
        Diagnostic d;
        d.file = m_file;
        d.pointer = at.toString();
        d.message = message;
        m_errors.append(d);
    }

    std::optional<QJsonObject> object(const QJsonValue &value, const JsonPointer &at)
    {
        if (value.isObject())
            return value.toObject();
        error(at, QStringLiteral("expected an object, found %1").arg(typeName(value)));
        return std::nullopt;
    }

    void rejectUnknownKeys(const QJsonObject &object, const JsonPointer &at,
                           std::initializer_list<const char *> allowed)
    {
        QStringList names;
        for (const char *name : allowed)
            names.append(QLatin1String(name));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!names.contains(it.key())) {
                error(at.child(it.key()), QStringLiteral("unknown key \"%1\"; expected one of: %2")
                                              .arg(it.key(), names.join(QStringLiteral(", "))));
            }
        }
    }

    std::optional<QString> string(const QJsonObject &object, const JsonPointer &at,
                                  const QString &key, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(at, QStringLiteral("missing required key \"%1\"").arg(key));
            return std::nullopt;
        }
        if (!value.isString()) {
            error(at.child(key),
                  QStringLiteral("expected a string, found %1").arg(typeName(value)));
            return std::nullopt;
        }
        if (required && value.toString().trimmed().isEmpty()) {
            error(at.child(key), QStringLiteral("must not be empty"));
            return std::nullopt;
        }
        return value.toString();
    }

    // An integer in [min, max]; the default when absent.
    int integer(const QJsonObject &object, const JsonPointer &at, const QString &key,
                int defaultValue, int min, int max)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return defaultValue;
        const double number = value.toDouble();
        if (!value.isDouble() || !isWholeNumber(number)) {
            error(at.child(key),
                  QStringLiteral("expected a whole number, found %1")
                      .arg(value.isDouble() ? QString::number(number) : typeName(value)));
            return defaultValue;
        }
        if (number < min || number > max) {
            error(at.child(key), QStringLiteral("must be between %1 and %2, found %3")
                                     .arg(min)
                                     .arg(max)
                                     .arg(number));
            return defaultValue;
        }
        return static_cast<int>(number);
    }

    std::optional<QJsonArray> array(const QJsonObject &object, const JsonPointer &at,
                                    const QString &key, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(at, QStringLiteral("missing required key \"%1\"").arg(key));
            return std::nullopt;
        }
        if (!value.isArray()) {
            error(at.child(key),
                  QStringLiteral("expected an array, found %1").arg(typeName(value)));
            return std::nullopt;
        }
        return value.toArray();
    }

    std::optional<QString> oneOf(const QJsonObject &object, const JsonPointer &at,
                                 const QString &key, const QStringList &allowed, bool required)
    {
        const std::optional<QString> value = string(object, at, key, required);
        if (value && !allowed.contains(*value)) {
            error(at.child(key), QStringLiteral("unsupported value \"%1\"; expected one of: %2")
                                     .arg(*value, allowed.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return value;
    }

    std::optional<JsonPointer> pointer(const QJsonObject &object, const JsonPointer &at,
                                       const QString &key, bool required)
    {
        const std::optional<QString> text = string(object, at, key, required);
        if (!text)
            return std::nullopt;
        QString why;
        std::optional<JsonPointer> parsed = JsonPointer::parse(*text, &why);
        if (!parsed)
            error(at.child(key), QStringLiteral("not a JSON Pointer: %1").arg(why));
        return parsed;
    }

    // Remembers ids seen in one list and complains about the second use of one.
    void unique(QHash<QString, JsonPointer> &seen, const QString &id, const JsonPointer &at,
                const QString &what)
    {
        const auto it = seen.constFind(id);
        if (it != seen.constEnd()) {
            error(at, QStringLiteral("duplicate %1 \"%2\"; first defined at %3")
                          .arg(what, id, it.value().toString()));
            return;
        }
        seen.insert(id, at);
    }

    // A path from the config, taken relative to the config file's folder.
    QString resolvePath(const QString &path) const
    {
        return QFileInfo(QDir(QFileInfo(m_file).absolutePath()), path).absoluteFilePath();
    }

    // A field name of a record: a plain key, or a JSON Pointer when it starts with "/".
    std::optional<QString> field(const QJsonObject &object, const JsonPointer &at,
                                 const QString &key, bool required)
    {
        const std::optional<QString> name = string(object, at, key, required);
        if (name && name->startsWith(u'/')) {
            QString why;
            if (!JsonPointer::parse(*name, &why))
                error(at.child(key), QStringLiteral("not a JSON Pointer: %1").arg(why));
        }
        return name;
    }

private:
    QString m_file;
    Diagnostics &m_errors;
};

std::optional<QUrl> readUrl(Reader &r, const QJsonObject &object, const JsonPointer &at)
{
    const std::optional<QString> text = r.string(object, at, QStringLiteral("url"), true);
    if (!text)
        return std::nullopt;
    const JsonPointer where = at.child(QStringLiteral("url"));
    // A plain path names a local file, for testing a feed from a saved payload; a relative one
    // is taken from the config file's folder.
    if (text->startsWith(u'/') || text->startsWith(QLatin1String("./")) ||
        text->startsWith(QLatin1String("../"))) {
        return QUrl::fromLocalFile(r.resolvePath(*text));
    }
    const QUrl url(*text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid()) {
        r.error(where, QStringLiteral("not a valid URL: %1").arg(url.errorString()));
    } else if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            r.error(where, QStringLiteral("the URL has no host"));
        else
            return url;
    } else if (scheme == QLatin1String("file")) {
        if (url.toLocalFile().isEmpty())
            r.error(where, QStringLiteral("a file URL needs a path"));
        else
            return url;
    } else if (scheme == QLatin1String("demo")) {
        if (!url.path().startsWith(u'/'))
            r.error(where, QStringLiteral("a demo URL names a path on the demo server, such as "
                                          "\"demo:/bpkad/realisasi-apbd\""));
        else
            return url;
    } else {
        r.error(where, QStringLiteral("unsupported URL scheme \"%1\"; expected http, https, "
                                      "file, demo or a file path")
                           .arg(scheme));
    }
    return std::nullopt;
}

LocalizedText readLabelAt(Reader &r, const QJsonObject &object, const JsonPointer &at,
                          const QString &key)
{
    LocalizedText label;
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        r.error(at, QStringLiteral("missing required key \"%1\"").arg(key));
        return label;
    }
    const JsonPointer where = at.child(key);
    const std::optional<QJsonObject> texts = r.object(value, where);
    if (!texts)
        return label;
    r.rejectUnknownKeys(*texts, where, {"id", "en"});
    label.id = r.string(*texts, where, QStringLiteral("id"), true).value_or(QString());
    label.en = r.string(*texts, where, QStringLiteral("en"), false).value_or(QString());
    return label;
}

// A text a person reads (a title, a feed's name, a unit) is a string (Indonesian only) or
// {"id": …, "en": …}, so a wall whose UI speaks English can show it in English too. Empty when
// the key is absent.
std::optional<LocalizedText> readText(Reader &r, const QJsonObject &object, const JsonPointer &at,
                                      const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isObject())
        return readLabelAt(r, object, at, key);
    if (!value.isString()) {
        r.error(at.child(key),
                QStringLiteral("expected a string or {\"id\": …, \"en\": …}, found %1")
                    .arg(JsonText::typeName(value)));
        return std::nullopt;
    }
    return LocalizedText{value.toString(), QString()};
}

void readTitle(Reader &r, const QJsonObject &object, const JsonPointer &at, QString *title,
               QString *titleEn)
{
    if (const std::optional<LocalizedText> text =
            readText(r, object, at, QStringLiteral("title"))) {
        *title = text->id;
        *titleEn = text->en;
    }
}

std::optional<double> readNumber(Reader &r, const QJsonObject &object, const JsonPointer &at,
                                 const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        r.error(at.child(key), QStringLiteral("expected a number, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toDouble();
}

Thresholds readThresholds(Reader &r, const QJsonObject &indicator, const JsonPointer &indicatorAt)
{
    Thresholds thresholds;
    const QJsonValue value = indicator.value(QStringLiteral("thresholds"));
    if (value.isUndefined())
        return thresholds;
    const JsonPointer at = indicatorAt.child(QStringLiteral("thresholds"));
    const std::optional<QJsonObject> object = r.object(value, at);
    if (!object)
        return thresholds;
    r.rejectUnknownKeys(*object, at, {"warning", "critical", "worse"});
    thresholds.warning = readNumber(r, *object, at, QStringLiteral("warning"));
    thresholds.critical = readNumber(r, *object, at, QStringLiteral("critical"));
    const std::optional<QString> worse =
        r.oneOf(*object, at, QStringLiteral("worse"),
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

void readIndicators(Reader &r, const QJsonObject &root, Config &config)
{
    const JsonPointer at = JsonPointer().child(QStringLiteral("indicators"));
    const std::optional<QJsonArray> list =
        r.array(root, JsonPointer(), QStringLiteral("indicators"), true);
    if (!list)
        return;
    QHash<QString, JsonPointer> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const JsonPointer here = at.child(i);
        const std::optional<QJsonObject> object = r.object(list->at(i), here);
        if (!object)
            continue;
        r.rejectUnknownKeys(*object, here,
                            {"id", "label", "unit", "decimals", "dimension", "thresholds"});
        IndicatorConfig indicator;
        indicator.id = r.string(*object, here, QStringLiteral("id"), true).value_or(QString());
        if (!indicator.id.isEmpty())
            r.unique(seen, indicator.id, here.child(QStringLiteral("id")),
                     QStringLiteral("indicator id"));
        indicator.label = readLabelAt(r, *object, here, QStringLiteral("label"));
        if (const std::optional<LocalizedText> unit =
                readText(r, *object, here, QStringLiteral("unit"))) {
            indicator.unit = unit->id;
            indicator.unitEn = unit->en;
        }
        indicator.decimals = r.integer(*object, here, QStringLiteral("decimals"), 0, 0, 6);
        indicator.dimension = r.oneOf(*object, here, QStringLiteral("dimension"), kDimensions, true)
                                  .value_or(QString());
        indicator.thresholds = readThresholds(r, *object, here);
        config.indicators.append(indicator);
    }
}

const QStringList kSecretHeaders = {QStringLiteral("value"), QStringLiteral("token"),
                                    QStringLiteral("password"), QStringLiteral("secret")};

std::optional<AuthConfig> readAuth(Reader &r, const QJsonObject &feed, const JsonPointer &feedAt)
{
    const QJsonValue value = feed.value(QStringLiteral("auth"));
    if (value.isUndefined())
        return std::nullopt;
    const JsonPointer at = feedAt.child(QStringLiteral("auth"));
    const std::optional<QJsonObject> object = r.object(value, at);
    if (!object)
        return std::nullopt;
    for (const QString &key : kSecretHeaders) {
        if (object->contains(key)) {
            r.error(at.child(key),
                    QStringLiteral("a secret must not be written in the config; put it in an "
                                   "environment variable (\"env\") or a file (\"file\")"));
            return std::nullopt;
        }
    }
    r.rejectUnknownKeys(*object, at, {"header", "prefix", "env", "file"});
    AuthConfig auth;
    auth.header = r.string(*object, at, QStringLiteral("header"), false).value_or(auth.header);
    auth.prefix = r.string(*object, at, QStringLiteral("prefix"), false).value_or(QString());
    auth.env = r.string(*object, at, QStringLiteral("env"), false).value_or(QString());
    auth.file = r.string(*object, at, QStringLiteral("file"), false).value_or(QString());
    if (auth.env.isEmpty() == auth.file.isEmpty()) {
        r.error(at, QStringLiteral("give exactly one of \"env\" (an environment variable) or "
                                   "\"file\" (a file holding the secret)"));
        return std::nullopt;
    }
    if (!auth.file.isEmpty())
        auth.file = r.resolvePath(auth.file);
    return auth;
}

NumberFormat readNumbers(Reader &r, const QJsonObject &feed, const JsonPointer &feedAt)
{
    NumberFormat format;
    const QJsonValue value = feed.value(QStringLiteral("numbers"));
    if (value.isUndefined())
        return format;
    const JsonPointer at = feedAt.child(QStringLiteral("numbers"));
    const std::optional<QJsonObject> object = r.object(value, at);
    if (!object)
        return format;
    r.rejectUnknownKeys(*object, at, {"decimalComma", "noData"});
    const QJsonValue comma = object->value(QStringLiteral("decimalComma"));
    if (!comma.isUndefined() && !comma.isBool())
        r.error(at.child(QStringLiteral("decimalComma")), QStringLiteral("expected true or false"));
    format.decimalComma = comma.toBool(false);
    if (const std::optional<QJsonArray> list =
            r.array(*object, at, QStringLiteral("noData"), false)) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (!list->at(i).isDouble())
                r.error(at.child(QStringLiteral("noData")).child(i),
                        QStringLiteral("expected a number"));
            else
                format.noData.append(list->at(i).toDouble());
        }
    }
    return format;
}

QSet<QString> indicatorIds(const Config &config)
{
    QSet<QString> ids;
    for (const IndicatorConfig &indicator : config.indicators)
        ids.insert(indicator.id);
    return ids;
}

// A reference to an indicator must name one under /indicators; false (and an error) if not.
bool checkIndicatorReference(Reader &r, const QString &indicator, const JsonPointer &at,
                             const QSet<QString> &known)
{
    if (indicator.isEmpty() || known.contains(indicator))
        return true;
    r.error(at,
            QStringLiteral("unknown indicator \"%1\"; define it under /indicators").arg(indicator));
    return false;
}

// Checks an indicator reference of a feed: it must be defined (when the feed is read as part
// of a config) and have no other source.
void claimIndicator(Reader &r, const QString &indicator, const JsonPointer &at,
                    const QSet<QString> *known, QHash<QString, JsonPointer> &fed)
{
    if (indicator.isEmpty() || !known || !checkIndicatorReference(r, indicator, at, *known))
        return;
    r.unique(fed, indicator, at, QStringLiteral("source for indicator"));
}

void readValues(Reader &r, const QJsonObject &object, const JsonPointer &here, FeedConfig &feed,
                const QSet<QString> *known, QHash<QString, JsonPointer> &fed)
{
    const JsonPointer valuesAt = here.child(QStringLiteral("values"));
    const std::optional<QJsonArray> values = r.array(object, here, QStringLiteral("values"), false);
    for (qsizetype v = 0; values && v < values->size(); ++v) {
        const JsonPointer valueAt = valuesAt.child(v);
        const std::optional<QJsonObject> mapping = r.object(values->at(v), valueAt);
        if (!mapping)
            continue;
        r.rejectUnknownKeys(*mapping, valueAt, {"indicator", "pointer", "timePointer"});
        ValueMapping value;
        value.indicator =
            r.string(*mapping, valueAt, QStringLiteral("indicator"), true).value_or(QString());
        claimIndicator(r, value.indicator, valueAt.child(QStringLiteral("indicator")), known, fed);
        value.pointer =
            r.pointer(*mapping, valueAt, QStringLiteral("pointer"), true).value_or(JsonPointer());
        value.timePointer = r.pointer(*mapping, valueAt, QStringLiteral("timePointer"), false);
        feed.values.append(value);
    }
}

void readSeries(Reader &r, const QJsonObject &object, const JsonPointer &here, FeedConfig &feed,
                const QSet<QString> *known, QHash<QString, JsonPointer> &fed)
{
    const JsonPointer seriesAt = here.child(QStringLiteral("series"));
    const std::optional<QJsonArray> list = r.array(object, here, QStringLiteral("series"), false);
    for (qsizetype i = 0; list && i < list->size(); ++i) {
        const JsonPointer at = seriesAt.child(i);
        const std::optional<QJsonObject> mapping = r.object(list->at(i), at);
        if (!mapping)
            continue;
        r.rejectUnknownKeys(
            *mapping, at,
            {"records", "key", "value", "time", "timeFormat", "indicators", "indicatorTemplate"});
        SeriesMapping series;
        series.records =
            r.pointer(*mapping, at, QStringLiteral("records"), false).value_or(JsonPointer());
        series.key = r.field(*mapping, at, QStringLiteral("key"), true).value_or(QString());
        series.value = r.field(*mapping, at, QStringLiteral("value"), true).value_or(QString());
        series.time = r.field(*mapping, at, QStringLiteral("time"), false).value_or(QString());
        series.timeFormat =
            r.string(*mapping, at, QStringLiteral("timeFormat"), false).value_or(QString());
        series.indicatorTemplate =
            r.string(*mapping, at, QStringLiteral("indicatorTemplate"), false).value_or(QString());
        if (!series.indicatorTemplate.isEmpty() &&
            !series.indicatorTemplate.contains(QLatin1String("{key}"))) {
            r.error(at.child(QStringLiteral("indicatorTemplate")),
                    QStringLiteral("the template must contain {key}, e.g. \"aduan.{key}\""));
        }
        const JsonPointer mapAt = at.child(QStringLiteral("indicators"));
        const QJsonValue map = mapping->value(QStringLiteral("indicators"));
        if (!map.isUndefined()) {
            if (const std::optional<QJsonObject> pairs = r.object(map, mapAt)) {
                for (auto it = pairs->constBegin(); it != pairs->constEnd(); ++it) {
                    if (!it.value().isString() || it.value().toString().isEmpty()) {
                        r.error(mapAt.child(it.key()), QStringLiteral("expected an indicator id"));
                        continue;
                    }
                    series.indicators.insert(it.key(), it.value().toString());
                    claimIndicator(r, it.value().toString(), mapAt.child(it.key()), known, fed);
                }
            }
        }
        if (series.indicators.isEmpty() && series.indicatorTemplate.isEmpty()) {
            r.error(at, QStringLiteral("a series needs \"indicators\" (key to indicator id) or "
                                       "an \"indicatorTemplate\""));
        }
        feed.series.append(series);
    }
}

void readEvents(Reader &r, const QJsonObject &object, const JsonPointer &here, FeedConfig &feed)
{
    const QJsonValue value = object.value(QStringLiteral("events"));
    if (value.isUndefined())
        return;
    const JsonPointer at = here.child(QStringLiteral("events"));
    const std::optional<QJsonObject> mapping = r.object(value, at);
    if (!mapping)
        return;
    r.rejectUnknownKeys(
        *mapping, at,
        {"records", "id", "time", "timeFormat", "kecamatan", "category", "status", "text"});
    EventMapping events;
    events.records =
        r.pointer(*mapping, at, QStringLiteral("records"), false).value_or(JsonPointer());
    events.id = r.field(*mapping, at, QStringLiteral("id"), true).value_or(QString());
    events.time = r.field(*mapping, at, QStringLiteral("time"), true).value_or(QString());
    events.timeFormat =
        r.string(*mapping, at, QStringLiteral("timeFormat"), false).value_or(QString());
    events.kecamatan =
        r.field(*mapping, at, QStringLiteral("kecamatan"), false).value_or(QString());
    events.category = r.field(*mapping, at, QStringLiteral("category"), false).value_or(QString());
    events.status = r.field(*mapping, at, QStringLiteral("status"), false).value_or(QString());
    events.text = r.field(*mapping, at, QStringLiteral("text"), false).value_or(QString());
    feed.events = events;
}

// One feed definition. `known` is null when a feed is read on its own (--probe), where no
// indicator list exists to check against.
FeedConfig readFeed(Reader &r, const QJsonObject &object, const JsonPointer &here,
                    const QSet<QString> *known, QHash<QString, JsonPointer> &fed)
{
    r.rejectUnknownKeys(object, here,
                        {"id", "name", "opd", "url", "format", "intervalSeconds", "timeoutSeconds",
                         "deadlineSeconds", "staleAfterSeconds", "timeZone", "maxBytes", "auth",
                         "caBundle", "numbers", "csvDelimiter", "values", "series", "events"});
    FeedConfig feed;
    feed.id = r.string(object, here, QStringLiteral("id"), true).value_or(QString());
    feed.opd = r.string(object, here, QStringLiteral("opd"), true).value_or(QString());
    feed.name = readText(r, object, here, QStringLiteral("name"))
                    .value_or(FeedConfig::defaultName(feed.opd, feed.id));
    // {"id": ""} is refused by the string reader already; a bare "" is not.
    if (object.value(QStringLiteral("name")).isString() && feed.name.id.trimmed().isEmpty())
        r.error(here.child(QStringLiteral("name")),
                QStringLiteral("a feed's name must not be empty; leave the key out for the "
                               "default (the agency and the dataset)"));
    feed.url = readUrl(r, object, here).value_or(QUrl());
    feed.format =
        r.oneOf(object, here, QStringLiteral("format"), kFormats, true).value_or(QString());
    // A wall polls for weeks: the floor keeps a typo from hammering an agency's server.
    feed.intervalSeconds = r.integer(object, here, QStringLiteral("intervalSeconds"), 60, 1, 86400);
    feed.timeoutSeconds = r.integer(object, here, QStringLiteral("timeoutSeconds"), 10, 1, 600);
    feed.deadlineSeconds = r.integer(object, here, QStringLiteral("deadlineSeconds"), 30, 1, 3600);
    if (feed.deadlineSeconds < feed.timeoutSeconds) {
        r.error(here.child(QStringLiteral("deadlineSeconds")),
                QStringLiteral("the deadline (%1 s) must not be shorter than the timeout (%2 s)")
                    .arg(feed.deadlineSeconds)
                    .arg(feed.timeoutSeconds));
    }
    feed.staleAfterSeconds =
        r.integer(object, here, QStringLiteral("staleAfterSeconds"), 0, 0, 90 * 86400);
    if (const std::optional<QString> zone =
            r.string(object, here, QStringLiteral("timeZone"), false)) {
        if (zone->isEmpty() || !QTimeZone(zone->toUtf8()).isValid()) {
            r.error(here.child(QStringLiteral("timeZone")),
                    QStringLiteral("unknown time zone \"%1\"; expected an IANA name such as "
                                   "\"Asia/Jakarta\"")
                        .arg(*zone));
        } else {
            feed.timeZone = *zone;
        }
    }
    feed.maxBytes = qint64(r.integer(object, here, QStringLiteral("maxBytes"), 16 * 1024 * 1024,
                                     1024, 1024 * 1024 * 1024));
    feed.auth = readAuth(r, object, here);
    if (const std::optional<QString> ca = r.string(object, here, QStringLiteral("caBundle"), false))
        feed.caBundle = r.resolvePath(*ca);
    feed.numbers = readNumbers(r, object, here);
    if (const std::optional<QString> delimiter =
            r.string(object, here, QStringLiteral("csvDelimiter"), false)) {
        if (*delimiter == QLatin1String(",") || *delimiter == QLatin1String(";") ||
            *delimiter == QLatin1String("\t")) {
            feed.csvDelimiter = delimiter->front();
        } else {
            r.error(here.child(QStringLiteral("csvDelimiter")),
                    QStringLiteral("expected \",\", \";\" or \"\\t\""));
        }
    }
    readValues(r, object, here, feed, known, fed);
    if (object.value(QStringLiteral("values")).isArray() && feed.values.isEmpty() &&
        !object.contains(QStringLiteral("series")) && !object.contains(QStringLiteral("events")))
        r.error(here.child(QStringLiteral("values")),
                QStringLiteral("a feed must map at least one value"));
    readSeries(r, object, here, feed, known, fed);
    readEvents(r, object, here, feed);
    // Only when no mapping key is there at all: a present but broken one has its own error.
    if (!object.contains(QStringLiteral("values")) && !object.contains(QStringLiteral("series")) &&
        !object.contains(QStringLiteral("events"))) {
        r.error(here, QStringLiteral("a feed must map something: \"values\", \"series\" or "
                                     "\"events\""));
    }
    return feed;
}

void readFeeds(Reader &r, const QJsonObject &root, Config &config)
{
    const JsonPointer at = JsonPointer().child(QStringLiteral("feeds"));
    const std::optional<QJsonArray> list =
        r.array(root, JsonPointer(), QStringLiteral("feeds"), true);
    if (!list)
        return;
    QHash<QString, JsonPointer> seenFeeds;
    QHash<QString, JsonPointer> fedIndicators;
    const QSet<QString> knownIndicators = indicatorIds(config);

    for (qsizetype i = 0; i < list->size(); ++i) {
        const JsonPointer here = at.child(i);
        const std::optional<QJsonObject> object = r.object(list->at(i), here);
        if (!object)
            continue;
        FeedConfig feed = readFeed(r, *object, here, &knownIndicators, fedIndicators);
        if (!feed.id.isEmpty())
            r.unique(seenFeeds, feed.id, here.child(QStringLiteral("id")),
                     QStringLiteral("feed id"));
        config.feeds.append(feed);
    }
}

void readAlerts(Reader &r, const QJsonObject &root, Config &config)
{
    const JsonPointer at = JsonPointer().child(QStringLiteral("alerts"));
    const std::optional<QJsonArray> list =
        r.array(root, JsonPointer(), QStringLiteral("alerts"), false);
    if (!list)
        return;
    const QSet<QString> indicators = indicatorIds(config);
    QSet<QString> feeds;
    for (const FeedConfig &feed : std::as_const(config.feeds))
        feeds.insert(feed.id);
    QHash<QString, JsonPointer> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const JsonPointer here = at.child(i);
        const std::optional<QJsonObject> object = r.object(list->at(i), here);
        if (!object)
            continue;
        r.rejectUnknownKeys(*object, here,
                            {"id", "indicator", "feed", "above", "below", "staleForSeconds",
                             "failingForSeconds", "severity", "message"});
        AlertRule rule;
        rule.id = r.string(*object, here, QStringLiteral("id"), true).value_or(QString());
        if (!rule.id.isEmpty())
            r.unique(seen, rule.id, here.child(QStringLiteral("id")), QStringLiteral("alert id"));
        rule.critical = r.oneOf(*object, here, QStringLiteral("severity"),
                                {QStringLiteral("warning"), QStringLiteral("critical")}, true)
                            .value_or(QString()) == QLatin1String("critical");
        const QStringList conditions = {QStringLiteral("above"), QStringLiteral("below"),
                                        QStringLiteral("staleForSeconds"),
                                        QStringLiteral("failingForSeconds")};
        QStringList given;
        for (const QString &key : conditions) {
            if (object->contains(key))
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
            rule.level = readNumber(r, *object, here, condition).value_or(0);
        } else {
            rule.kind = condition == QLatin1String("staleForSeconds") ? AlertRule::Kind::Stale
                                                                      : AlertRule::Kind::Failing;
            rule.forSeconds = r.integer(*object, here, condition, 0, 0, 30 * 86400);
        }
        if (rule.kind == AlertRule::Kind::Failing) {
            rule.feed = r.string(*object, here, QStringLiteral("feed"), true).value_or(QString());
            if (!rule.feed.isEmpty() && !feeds.contains(rule.feed))
                r.error(here.child(QStringLiteral("feed")),
                        QStringLiteral("unknown feed \"%1\"").arg(rule.feed));
        } else {
            rule.indicator =
                r.string(*object, here, QStringLiteral("indicator"), true).value_or(QString());
            checkIndicatorReference(r, rule.indicator, here.child(QStringLiteral("indicator")),
                                    indicators);
        }
        if (object->contains(QStringLiteral("message")))
            rule.message = readLabelAt(r, *object, here, QStringLiteral("message"));
        config.alerts.append(rule);
    }
}

bool readFlag(Reader &r, const QJsonObject &object, const JsonPointer &at, const QString &key,
              bool defaultValue)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return defaultValue;
    if (!value.isBool()) {
        r.error(at.child(key),
                QStringLiteral("expected true or false, found %1").arg(typeName(value)));
        return defaultValue;
    }
    return value.toBool();
}

// What each tile type reads besides the placement keys; anything else on it is refused, so a
// key that would be ignored does not look like it works.
QStringList tileKeys(const QString &type)
{
    QStringList keys = {QStringLiteral("type"),    QStringLiteral("title"),
                        QStringLiteral("row"),     QStringLiteral("column"),
                        QStringLiteral("rowSpan"), QStringLiteral("columnSpan")};
    if (type == QLatin1String("kpi") || type == QLatin1String("gauge"))
        keys << QStringLiteral("indicator") << QStringLiteral("target")
             << QStringLiteral("targetIndicator");
    if (type == QLatin1String("gauge"))
        keys << QStringLiteral("scale");
    else if (type == QLatin1String("line"))
        keys << QStringLiteral("indicators") << QStringLiteral("hours") << QStringLiteral("area");
    else if (type == QLatin1String("bar"))
        keys << QStringLiteral("indicators") << QStringLiteral("indicatorTemplate")
             << QStringLiteral("limit");
    else if (type == QLatin1String("donut"))
        keys << QStringLiteral("indicators");
    else if (type == QLatin1String("map"))
        keys << QStringLiteral("indicatorTemplate") << QStringLiteral("boundaries")
             << QStringLiteral("boundaryKey");
    else if (type == QLatin1String("table"))
        keys << QStringLiteral("feeds") << QStringLiteral("limit");
    else if (type == QLatin1String("ticker"))
        keys << QStringLiteral("feeds");
    return keys;
}

QStringList readStringList(Reader &r, const QJsonObject &object, const JsonPointer &at,
                           const QString &key)
{
    QStringList list;
    const std::optional<QJsonArray> array = r.array(object, at, key, false);
    for (qsizetype i = 0; array && i < array->size(); ++i) {
        if (!array->at(i).isString() || array->at(i).toString().isEmpty())
            r.error(at.child(key).child(i), QStringLiteral("expected a non-empty string, found %1")
                                                .arg(typeName(array->at(i))));
        else
            list.append(array->at(i).toString());
    }
    return list;
}

// A gauge's scale: {"min": 0, "max": 100}, min defaulting to 0, max above min.
std::optional<TileConfig::Scale> readGaugeScale(Reader &r, const QJsonObject &tile,
                                                const JsonPointer &tileAt)
{
    const QJsonValue value = tile.value(QStringLiteral("scale"));
    if (value.isUndefined())
        return std::nullopt;
    const JsonPointer at = tileAt.child(QStringLiteral("scale"));
    const std::optional<QJsonObject> object = r.object(value, at);
    if (!object)
        return std::nullopt;
    r.rejectUnknownKeys(*object, at, {"min", "max"});
    TileConfig::Scale scale;
    scale.min = readNumber(r, *object, at, QStringLiteral("min")).value_or(0);
    const std::optional<double> max = readNumber(r, *object, at, QStringLiteral("max"));
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

TileConfig readTile(Reader &r, const QJsonObject &object, const JsonPointer &at,
                    const Config &config, const QSet<QString> &knownIndicators)
{
    TileConfig tile;
    tile.type = r.oneOf(object, at, QStringLiteral("type"), kTileTypes, true).value_or(QString());
    if (tile.type.isEmpty())
        return tile;
    const QStringList allowed = tileKeys(tile.type);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            r.error(at.child(it.key()),
                    QStringLiteral("a %1 tile has no key \"%2\"; expected one of: %3")
                        .arg(tile.type, it.key(), allowed.join(QStringLiteral(", "))));
    }
    readTitle(r, object, at, &tile.title, &tile.titleEn);
    tile.row = r.integer(object, at, QStringLiteral("row"), -1, 0, 63);
    tile.column = r.integer(object, at, QStringLiteral("column"), -1, 0, 63);
    tile.rowSpan = r.integer(object, at, QStringLiteral("rowSpan"), 1, 1, 64);
    tile.columnSpan = r.integer(object, at, QStringLiteral("columnSpan"), 1, 1, 64);

    if (allowed.contains(QStringLiteral("indicator"))) {
        const QString id =
            r.string(object, at, QStringLiteral("indicator"), true).value_or(QString());
        if (!id.isEmpty())
            tile.indicators = {id};
        checkIndicatorReference(r, id, at.child(QStringLiteral("indicator")), knownIndicators);
        tile.target = readNumber(r, object, at, QStringLiteral("target"));
        tile.targetIndicator =
            r.string(object, at, QStringLiteral("targetIndicator"), false).value_or(QString());
        checkIndicatorReference(r, tile.targetIndicator,
                                at.child(QStringLiteral("targetIndicator")), knownIndicators);
        if (tile.target && !tile.targetIndicator.isEmpty())
            r.error(at, QStringLiteral("give \"target\" or \"targetIndicator\", not both"));
        if (allowed.contains(QStringLiteral("scale")))
            tile.scale = readGaugeScale(r, object, at);
        const bool hasTarget = tile.target || !tile.targetIndicator.isEmpty();
        if (tile.scale && hasTarget)
            r.error(at, QStringLiteral("a gauge shows attainment of a target or a level on a "
                                       "\"scale\", not both"));
        // A broken scale has its own message; this one is for a gauge given nothing.
        if (tile.type == QLatin1String("gauge") && !hasTarget &&
            !object.contains(QStringLiteral("scale")))
            r.error(at, QStringLiteral("a gauge needs \"target\" or \"targetIndicator\" to "
                                       "measure attainment against, or a \"scale\" "
                                       "({\"min\": 0, \"max\": 100}) to show a level on"));
    }
    if (allowed.contains(QStringLiteral("indicators"))) {
        tile.indicators = readStringList(r, object, at, QStringLiteral("indicators"));
        const JsonPointer listAt = at.child(QStringLiteral("indicators"));
        for (qsizetype i = 0; i < tile.indicators.size(); ++i)
            checkIndicatorReference(r, tile.indicators.at(i), listAt.child(i), knownIndicators);
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
        if (tile.type == QLatin1String("map") && tile.indicatorTemplate.isEmpty())
            r.error(at, QStringLiteral("a map needs \"indicatorTemplate\", naming the indicator "
                                       "of each kecamatan"));
    }
    const bool needsIndicators = tile.type == QLatin1String("line") ||
                                 tile.type == QLatin1String("donut") ||
                                 tile.type == QLatin1String("bar");
    if (needsIndicators && tile.indicators.isEmpty() && tile.indicatorTemplate.isEmpty())
        r.error(at, tile.type == QLatin1String("bar")
                        ? QStringLiteral("a bar chart needs \"indicators\" or "
                                         "\"indicatorTemplate\"")
                        : QStringLiteral("a %1 tile needs at least one entry in \"indicators\"")
                              .arg(tile.type));
    if (tile.type == QLatin1String("bar") && !tile.indicators.isEmpty() &&
        !tile.indicatorTemplate.isEmpty())
        r.error(at, QStringLiteral("give \"indicators\" or \"indicatorTemplate\", not both"));
    if (allowed.contains(QStringLiteral("hours")))
        tile.hours = r.integer(object, at, QStringLiteral("hours"), 24, 1, 24 * 366);
    if (allowed.contains(QStringLiteral("area")))
        tile.area = readFlag(r, object, at, QStringLiteral("area"), false);
    if (allowed.contains(QStringLiteral("limit")))
        tile.limit = r.integer(object, at, QStringLiteral("limit"), 0, 0, 1000);
    if (allowed.contains(QStringLiteral("feeds"))) {
        tile.feeds = readStringList(r, object, at, QStringLiteral("feeds"));
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

// A rectangle {"x", "y", "width", "height"} in pixels; width and height required.
std::optional<QRect> readRect(Reader &r, const QJsonValue &value, const JsonPointer &at,
                              bool withPosition)
{
    const std::optional<QJsonObject> object = r.object(value, at);
    if (!object)
        return std::nullopt;
    if (withPosition)
        r.rejectUnknownKeys(*object, at, {"x", "y", "width", "height"});
    else
        r.rejectUnknownKeys(*object, at, {"width", "height"});
    if (!object->contains(QStringLiteral("width")) || !object->contains(QStringLiteral("height"))) {
        r.error(at, QStringLiteral("expected \"width\" and \"height\""));
        return std::nullopt;
    }
    const int x =
        withPosition ? r.integer(*object, at, QStringLiteral("x"), 0, -100000, 100000) : 0;
    const int y =
        withPosition ? r.integer(*object, at, QStringLiteral("y"), 0, -100000, 100000) : 0;
    const int width = r.integer(*object, at, QStringLiteral("width"), 1920, 64, 16384);
    const int height = r.integer(*object, at, QStringLiteral("height"), 1080, 64, 16384);
    return QRect(x, y, width, height);
}

void readScreenMatch(Reader &r, const QJsonObject &object, const JsonPointer &here,
                     ScreenConfig &screen)
{
    if (object.contains(QStringLiteral("size"))) {
        if (const std::optional<QRect> size = readRect(r, object.value(QStringLiteral("size")),
                                                       here.child(QStringLiteral("size")), false))
            screen.size = size->size();
    }
    if (!object.contains(QStringLiteral("match")))
        return;
    const JsonPointer at = here.child(QStringLiteral("match"));
    const std::optional<QJsonObject> match = r.object(object.value(QStringLiteral("match")), at);
    if (!match)
        return;
    r.rejectUnknownKeys(*match, at, {"manufacturer", "model", "serial", "geometry"});
    screen.match.manufacturer =
        r.string(*match, at, QStringLiteral("manufacturer"), false).value_or(QString());
    screen.match.model = r.string(*match, at, QStringLiteral("model"), false).value_or(QString());
    screen.match.serial = r.string(*match, at, QStringLiteral("serial"), false).value_or(QString());
    if (match->contains(QStringLiteral("geometry")))
        screen.match.geometry = readRect(r, match->value(QStringLiteral("geometry")),
                                         at.child(QStringLiteral("geometry")), true);
    if (screen.match.isEmpty())
        r.error(at, QStringLiteral("expected at least one of manufacturer, model, serial or "
                                   "geometry"));
}

// Monitor names claimed so far. A monitor can be named by a screen on one monitor, a canvas
// panel or the spare, but by only one of them: two windows cannot share a monitor.
class MonitorNames
{
public:
    // Screens' names among themselves are already checked as screen names.
    void claimForScreen(Reader &r, const QString &name, const JsonPointer &at)
    {
        if (const auto it = m_panels.constFind(name); it != m_panels.constEnd())
            r.error(at, QStringLiteral("monitor \"%1\" is already used at %2; a monitor shows "
                                       "one screen")
                            .arg(name, it.value().toString()));
        m_screens.insert(name, at);
    }
    void claimForPanel(Reader &r, const QString &name, const JsonPointer &at)
    {
        if (const auto it = m_screens.constFind(name); it != m_screens.constEnd()) {
            r.error(at, QStringLiteral("monitor \"%1\" is already the screen at %2; a monitor "
                                       "shows one screen")
                            .arg(name, it.value().toString()));
            return;
        }
        r.unique(m_panels, name, at, QStringLiteral("monitor name"));
    }

private:
    QHash<QString, JsonPointer> m_screens;
    QHash<QString, JsonPointer> m_panels; // canvas panels and the spare
};

// One monitor: its name as a string, or an object with "name" and the keys of a screen's
// "match". Used for a canvas's panels and for the spare monitor.
std::optional<MonitorSelector> readSelector(Reader &r, const QJsonValue &value,
                                            const JsonPointer &at)
{
    MonitorSelector selector;
    if (value.isString()) {
        selector.name = value.toString();
        if (selector.name.trimmed().isEmpty()) {
            r.error(at, QStringLiteral("must not be empty; expected a monitor name"));
            return std::nullopt;
        }
        return selector;
    }
    if (!value.isObject()) {
        r.error(at, QStringLiteral("expected a monitor name or an object with name, "
                                   "manufacturer, model, serial or geometry, found %1")
                        .arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    r.rejectUnknownKeys(object, at, {"name", "manufacturer", "model", "serial", "geometry"});
    selector.name = r.string(object, at, QStringLiteral("name"), false).value_or(QString());
    selector.match.manufacturer =
        r.string(object, at, QStringLiteral("manufacturer"), false).value_or(QString());
    selector.match.model = r.string(object, at, QStringLiteral("model"), false).value_or(QString());
    selector.match.serial =
        r.string(object, at, QStringLiteral("serial"), false).value_or(QString());
    if (object.contains(QStringLiteral("geometry")))
        selector.match.geometry = readRect(r, object.value(QStringLiteral("geometry")),
                                           at.child(QStringLiteral("geometry")), true);
    if (selector.isEmpty()) {
        r.error(at, QStringLiteral("expected at least one of name, manufacturer, model, serial "
                                   "or geometry"));
        return std::nullopt;
    }
    return selector;
}

void readCanvas(Reader &r, const QJsonObject &object, const JsonPointer &here, ScreenConfig &screen,
                MonitorNames &monitorNames)
{
    const JsonPointer at = here.child(QStringLiteral("canvas"));
    const std::optional<QJsonObject> canvasObject =
        r.object(object.value(QStringLiteral("canvas")), at);
    if (!canvasObject)
        return;
    r.rejectUnknownKeys(*canvasObject, at, {"columns", "rows", "bezel", "panels"});
    CanvasConfig canvas;
    for (const char *key : {"columns", "rows"})
        if (!canvasObject->contains(QLatin1String(key)))
            r.error(at, QStringLiteral("missing required key \"%1\"").arg(QLatin1String(key)));
    canvas.columns = r.integer(*canvasObject, at, QStringLiteral("columns"), 1, 1, 8);
    canvas.rows = r.integer(*canvasObject, at, QStringLiteral("rows"), 1, 1, 8);
    canvas.bezelPixels = r.integer(*canvasObject, at, QStringLiteral("bezel"), 0, 0, 500);
    const JsonPointer panelsAt = at.child(QStringLiteral("panels"));
    const std::optional<QJsonArray> panels =
        r.array(*canvasObject, at, QStringLiteral("panels"), true);
    if (panels && panels->size() != canvas.columns * canvas.rows)
        r.error(panelsAt, QStringLiteral("expected %1 panels (%2 columns x %3 rows, row by row), "
                                         "found %4")
                              .arg(canvas.columns * canvas.rows)
                              .arg(canvas.columns)
                              .arg(canvas.rows)
                              .arg(panels->size()));
    for (qsizetype p = 0; panels && p < panels->size(); ++p) {
        const JsonPointer panelAt = panelsAt.child(p);
        const std::optional<MonitorSelector> panel = readSelector(r, panels->at(p), panelAt);
        if (!panel)
            continue;
        if (!panel->name.isEmpty())
            monitorNames.claimForPanel(r, panel->name, panelAt);
        canvas.panels.append(*panel);
    }
    if (object.contains(QStringLiteral("match")))
        r.error(here.child(QStringLiteral("match")),
                QStringLiteral("a canvas finds its monitors through \"canvas\": {\"panels\"}; "
                               "\"match\" is for a screen on one monitor"));
    if (!object.contains(QStringLiteral("size")))
        screen.size = QSize(canvas.columns * 1920, canvas.rows * 1080);
    screen.canvas = canvas;
}

// Every page of a canvas must split evenly over its panels, with no tile across a seam.
void checkCanvasPages(Reader &r, const ScreenConfig &screen, const JsonPointer &here, bool paged)
{
    if (!screen.canvas ||
        screen.canvas->panels.size() != screen.canvas->columns * screen.canvas->rows)
        return;
    for (qsizetype p = 0; p < screen.pages.size(); ++p) {
        const PageConfig &page = screen.pages.at(p);
        const JsonPointer pageAt = paged ? here.child(QStringLiteral("pages")).child(p) : here;
        const TilePlacement::Result placed =
            TilePlacement::place(page.tiles, page.columns, page.rows);
        if (!placed.problems.isEmpty())
            continue; // already reported; seams of a broken grid would only add noise
        for (const CanvasLayout::Problem &problem :
             CanvasLayout::check(*screen.canvas, page.columns, placed.rows, placed.cells)) {
            r.error(problem.tile < 0 ? pageAt
                                     : pageAt.child(QStringLiteral("tiles")).child(problem.tile),
                    problem.message);
        }
    }
}

// A grid of tiles: a page of its own, or the one page of a screen written without "pages".
PageConfig readPage(Reader &r, const QJsonObject &object, const JsonPointer &at,
                    const Config &config, const QSet<QString> &knownIndicators)
{
    PageConfig page;
    page.columns = r.integer(object, at, QStringLiteral("columns"), 2, 1, 12);
    page.rows = r.integer(object, at, QStringLiteral("rows"), 0, 0, 12);
    const std::optional<QJsonArray> tiles = r.array(object, at, QStringLiteral("tiles"), true);
    const JsonPointer tilesAt = at.child(QStringLiteral("tiles"));
    for (qsizetype t = 0; tiles && t < tiles->size(); ++t) {
        const JsonPointer tileAt = tilesAt.child(t);
        if (const std::optional<QJsonObject> tileObject = r.object(tiles->at(t), tileAt))
            page.tiles.append(readTile(r, *tileObject, tileAt, config, knownIndicators));
    }
    const TilePlacement::Result placed = TilePlacement::place(page.tiles, page.columns, page.rows);
    for (const TilePlacement::Problem &problem : placed.problems)
        r.error(tilesAt.child(problem.tile), problem.message);
    return page;
}

void readRotation(Reader &r, const QJsonObject &object, const JsonPointer &here,
                  ScreenConfig &screen)
{
    if (!object.contains(QStringLiteral("rotation")))
        return;
    const JsonPointer at = here.child(QStringLiteral("rotation"));
    const std::optional<QJsonObject> rotation =
        r.object(object.value(QStringLiteral("rotation")), at);
    if (!rotation)
        return;
    r.rejectUnknownKeys(*rotation, at, {"seconds", "synchronized"});
    if (!rotation->contains(QStringLiteral("seconds")))
        r.error(at, QStringLiteral("missing required key \"seconds\""));
    screen.rotation.seconds = r.integer(*rotation, at, QStringLiteral("seconds"), 0, 5, 86400);
    screen.rotation.synchronized = readFlag(r, *rotation, at, QStringLiteral("synchronized"), true);
}

void readScreens(Reader &r, const QJsonObject &root, Config &config)
{
    const JsonPointer at = JsonPointer().child(QStringLiteral("screens"));
    const std::optional<QJsonArray> list =
        r.array(root, JsonPointer(), QStringLiteral("screens"), true);
    if (!list)
        return;
    if (list->isEmpty())
        r.error(at, QStringLiteral("a wall needs at least one screen"));
    const QSet<QString> knownIndicators = indicatorIds(config);
    QHash<QString, JsonPointer> seen;
    MonitorNames monitorNames;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const JsonPointer here = at.child(i);
        const std::optional<QJsonObject> object = r.object(list->at(i), here);
        if (!object)
            continue;
        const bool paged = object->contains(QStringLiteral("pages"));
        if (paged)
            r.rejectUnknownKeys(*object, here,
                                {"name", "title", "match", "size", "canvas", "pages", "rotation"});
        else
            r.rejectUnknownKeys(
                *object, here,
                {"name", "title", "match", "size", "canvas", "columns", "rows", "tiles"});
        ScreenConfig screen;
        screen.name = r.string(*object, here, QStringLiteral("name"), true).value_or(QString());
        if (!screen.name.isEmpty())
            r.unique(seen, screen.name, here.child(QStringLiteral("name")),
                     QStringLiteral("screen name"));
        screen.title = screen.name;
        readTitle(r, *object, here, &screen.title, &screen.titleEn);
        readScreenMatch(r, *object, here, screen);
        if (object->contains(QStringLiteral("canvas"))) {
            readCanvas(r, *object, here, screen, monitorNames);
        } else {
            if (!screen.name.isEmpty())
                monitorNames.claimForScreen(r, screen.name, here.child(QStringLiteral("name")));
        }
        if (!paged) {
            // A screen with one grid of tiles is a screen with one page.
            PageConfig page = readPage(r, *object, here, config, knownIndicators);
            page.title = screen.title;
            page.titleEn = screen.titleEn;
            screen.pages.append(page);
            checkCanvasPages(r, screen, here, false);
            config.screens.append(screen);
            continue;
        }
        readRotation(r, *object, here, screen);
        const JsonPointer pagesAt = here.child(QStringLiteral("pages"));
        const std::optional<QJsonArray> pages =
            r.array(*object, here, QStringLiteral("pages"), true);
        if (pages && pages->isEmpty())
            r.error(pagesAt, QStringLiteral("a screen needs at least one page"));
        for (qsizetype p = 0; pages && p < pages->size(); ++p) {
            const JsonPointer pageAt = pagesAt.child(p);
            const std::optional<QJsonObject> pageObject = r.object(pages->at(p), pageAt);
            if (!pageObject)
                continue;
            r.rejectUnknownKeys(*pageObject, pageAt,
                                {"title", "public", "columns", "rows", "tiles"});
            PageConfig page = readPage(r, *pageObject, pageAt, config, knownIndicators);
            page.title = screen.title;
            page.titleEn = screen.titleEn;
            readTitle(r, *pageObject, pageAt, &page.title, &page.titleEn);
            page.isPublic = readFlag(r, *pageObject, pageAt, QStringLiteral("public"), false);
            screen.pages.append(page);
        }
        checkCanvasPages(r, screen, here, true);
        config.screens.append(screen);
    }

    const QJsonValue spare = root.value(QStringLiteral("spare"));
    if (spare.isUndefined())
        return;
    const JsonPointer spareAt = JsonPointer().child(QStringLiteral("spare"));
    config.spare = readSelector(r, spare, spareAt);
    if (config.spare && !config.spare->name.isEmpty())
        monitorNames.claimForPanel(r, config.spare->name, spareAt);
}

void readKiosk(Reader &r, const QJsonObject &root, Config &config)
{
    const QJsonValue value = root.value(QStringLiteral("kiosk"));
    if (value.isUndefined())
        return;
    const JsonPointer at = JsonPointer().child(QStringLiteral("kiosk"));
    const std::optional<QJsonObject> object = r.object(value, at);
    if (!object)
        return;
    r.rejectUnknownKeys(*object, at, {"pinHash"});
    config.kiosk.pinHash =
        r.string(*object, at, QStringLiteral("pinHash"), true).value_or(QString());
    if (config.kiosk.pinHash.isEmpty())
        return;
    if (const QString why = PinHash::checkStored(config.kiosk.pinHash); !why.isEmpty())
        r.error(at.child(QStringLiteral("pinHash")), why);
}

void readDisplay(Reader &r, const QJsonObject &root, Config &config)
{
    const QJsonValue value = root.value(QStringLiteral("display"));
    if (value.isUndefined())
        return;
    const JsonPointer at = JsonPointer().child(QStringLiteral("display"));
    const std::optional<QJsonObject> object = r.object(value, at);
    if (!object)
        return;
    r.rejectUnknownKeys(*object, at, {"reducedMotion", "alertSound"});
    config.display.reducedMotion = readFlag(r, *object, at, QStringLiteral("reducedMotion"), false);
    config.display.alertSound = readFlag(r, *object, at, QStringLiteral("alertSound"), false);
}

// Returns false when the version rules out reading the rest: a newer file may use keys this
// Pantau does not know, and listing them as "unknown" would only hide the real cause.
bool readVersion(Reader &r, const QJsonObject &root, Config &config)
{
    const JsonPointer at = JsonPointer().child(QStringLiteral("version"));
    const QJsonValue value = root.value(QStringLiteral("version"));
    if (value.isUndefined()) {
        r.error(JsonPointer(),
                QStringLiteral("missing required key \"version\" (this Pantau writes "
                               "and reads version %1)")
                    .arg(Config::CurrentVersion));
        return false;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || !isWholeNumber(number)) {
        r.error(at, QStringLiteral("expected a whole number, found %1")
                        .arg(value.isDouble() ? QString::number(number) : typeName(value)));
        return false;
    }
    if (number > Config::CurrentVersion) {
        r.error(at, QStringLiteral("this file is config version %1, newer than this Pantau "
                                   "understands (version %2 at most); upgrade Pantau to read it")
                        .arg(number)
                        .arg(Config::CurrentVersion));
        return false;
    }
    if (number < 1) {
        r.error(at,
                QStringLiteral("unsupported config version %1; versions start at 1").arg(number));
        return false;
    }
    config.version = static_cast<int>(number);
    return true;
}

Diagnostic syntaxError(const QString &file, const JsonText::Error &error)
{
    Diagnostic d;
    d.file = file;
    d.line = error.position.line;
    d.column = error.position.column;
    d.message = QStringLiteral("invalid JSON: %1").arg(error.message);
    return d;
}

} // namespace

ConfigLoader::Result ConfigLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        Diagnostic d;
        d.file = path;
        d.message = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        result.errors.append(d);
        return result;
    }
    Result result = loadBytes(file.readAll(), path);
    if (result.config)
        result.config->sourcePath = path;
    return result;
}

ConfigLoader::FeedResult ConfigLoader::loadFeedFile(const QString &path)
{
    FeedResult result;
    Diagnostic d;
    d.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d.message = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        result.errors.append(d);
        return result;
    }
    JsonText::Error jsonError;
    const std::optional<QJsonDocument> parsed = JsonText::parse(file.readAll(), &jsonError);
    if (!parsed) {
        result.errors.append(syntaxError(path, jsonError));
        return result;
    }
    const QJsonDocument &document = *parsed;
    Reader r(path, result.errors);
    const std::optional<QJsonObject> object =
        r.object(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()),
                 JsonPointer());
    if (!object)
        return result;
    QHash<QString, JsonPointer> fed;
    FeedConfig feed = readFeed(r, *object, JsonPointer(), nullptr, fed);
    if (result.errors.isEmpty())
        result.feed = std::move(feed);
    return result;
}

ConfigLoader::Result ConfigLoader::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    JsonText::Error jsonError;
    const std::optional<QJsonDocument> parsed = JsonText::parse(bytes, &jsonError);
    if (!parsed) {
        result.errors.append(syntaxError(fileName, jsonError));
        return result;
    }
    const QJsonDocument &document = *parsed;

    Reader r(fileName, result.errors);
    const std::optional<QJsonObject> root =
        r.object(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()),
                 JsonPointer());
    if (!root)
        return result;

    Config config;
    if (!readVersion(r, *root, config))
        return result;
    r.rejectUnknownKeys(*root, JsonPointer(),
                        {"version", "locale", "language", "timeZone", "historyDays", "feeds",
                         "indicators", "alerts", "screens", "spare", "display", "kiosk"});
    config.language = r.oneOf(*root, JsonPointer(), QStringLiteral("language"),
                              {QStringLiteral("id"), QStringLiteral("en")}, false)
                          .value_or(config.language);
    config.historyDays = r.integer(*root, JsonPointer(), QStringLiteral("historyDays"), 7, 1, 366);

    if (const std::optional<QString> locale =
            r.string(*root, JsonPointer(), QStringLiteral("locale"), false)) {
        const QLocale parsed(*locale);
        if (parsed.language() == QLocale::C && *locale != QLatin1String("C")) {
            r.error(JsonPointer().child(QStringLiteral("locale")),
                    QStringLiteral("unknown locale \"%1\"; expected a name such as \"id_ID\" or "
                                   "\"en_US\"")
                        .arg(*locale));
        } else {
            config.locale = *locale;
        }
    }
    if (const std::optional<QString> zone =
            r.string(*root, JsonPointer(), QStringLiteral("timeZone"), false)) {
        // An empty id would give the machine's own zone, which is exactly what the key is for
        // avoiding.
        if (zone->isEmpty() || !QTimeZone(zone->toUtf8()).isValid()) {
            r.error(JsonPointer().child(QStringLiteral("timeZone")),
                    QStringLiteral("unknown time zone \"%1\"; expected an IANA name such as "
                                   "\"Asia/Jakarta\"")
                        .arg(*zone));
        } else {
            config.timeZone = *zone;
        }
    }

    readIndicators(r, *root, config);
    readFeeds(r, *root, config);
    readAlerts(r, *root, config);
    readScreens(r, *root, config);
    readDisplay(r, *root, config);
    readKiosk(r, *root, config);

    if (result.errors.isEmpty()) {
        config.sourcePath = fileName;
        result.config = std::move(config);
    }
    return result;
}

} // namespace Pantau
