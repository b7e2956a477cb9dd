#include "ConfigLoader.h"

#include "TextPosition.h"

#include <QFile>
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
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

const QStringList kDimensions = {
    QStringLiteral("governance"), QStringLiteral("economy"),     QStringLiteral("society"),
    QStringLiteral("living"),     QStringLiteral("environment"), QStringLiteral("branding"),
    QStringLiteral("emergency"),
};
const QStringList kFormats = {QStringLiteral("json")};
const QStringList kTileTypes = {QStringLiteral("kpi")};

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

private:
    QString m_file;
    Diagnostics &m_errors;
};

std::optional<QUrl> readUrl(Reader &r, const QJsonObject &object, const JsonPointer &at)
{
    const std::optional<QString> text = r.string(object, at, QStringLiteral("url"), true);
    if (!text)
        return std::nullopt;
    const QUrl url(*text, QUrl::StrictMode);
    const JsonPointer where = at.child(QStringLiteral("url"));
    const QString scheme = url.scheme();
    if (!url.isValid()) {
        r.error(where, QStringLiteral("not a valid URL: %1").arg(url.errorString()));
    } else if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            r.error(where, QStringLiteral("the URL has no host"));
        else
            return url;
    } else if (scheme == QLatin1String("demo")) {
        if (!url.path().startsWith(u'/'))
            r.error(where, QStringLiteral("a demo URL names a path on the demo server, such as "
                                          "\"demo:/bpkad/realisasi-apbd\""));
        else
            return url;
    } else {
        r.error(where, QStringLiteral("unsupported URL scheme \"%1\"; expected http, https or demo")
                           .arg(scheme));
    }
    return std::nullopt;
}

LocalizedText readLabel(Reader &r, const QJsonObject &object, const JsonPointer &at)
{
    LocalizedText label;
    const QJsonValue value = object.value(QStringLiteral("label"));
    if (value.isUndefined()) {
        r.error(at, QStringLiteral("missing required key \"label\""));
        return label;
    }
    const JsonPointer where = at.child(QStringLiteral("label"));
    const std::optional<QJsonObject> texts = r.object(value, where);
    if (!texts)
        return label;
    r.rejectUnknownKeys(*texts, where, {"id", "en"});
    label.id = r.string(*texts, where, QStringLiteral("id"), true).value_or(QString());
    label.en = r.string(*texts, where, QStringLiteral("en"), false).value_or(QString());
    return label;
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
        r.rejectUnknownKeys(*object, here, {"id", "label", "unit", "decimals", "dimension"});
        IndicatorConfig indicator;
        indicator.id = r.string(*object, here, QStringLiteral("id"), true).value_or(QString());
        if (!indicator.id.isEmpty())
            r.unique(seen, indicator.id, here.child(QStringLiteral("id")),
                     QStringLiteral("indicator id"));
        indicator.label = readLabel(r, *object, here);
        indicator.unit = r.string(*object, here, QStringLiteral("unit"), false).value_or(QString());
        indicator.decimals = r.integer(*object, here, QStringLiteral("decimals"), 0, 0, 6);
        indicator.dimension = r.oneOf(*object, here, QStringLiteral("dimension"), kDimensions, true)
                                  .value_or(QString());
        config.indicators.append(indicator);
    }
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
    QSet<QString> knownIndicators;
    for (const IndicatorConfig &indicator : std::as_const(config.indicators))
        knownIndicators.insert(indicator.id);

    for (qsizetype i = 0; i < list->size(); ++i) {
        const JsonPointer here = at.child(i);
        const std::optional<QJsonObject> object = r.object(list->at(i), here);
        if (!object)
            continue;
        r.rejectUnknownKeys(*object, here,
                            {"id", "opd", "url", "format", "intervalSeconds", "timeoutSeconds",
                             "deadlineSeconds", "values"});
        FeedConfig feed;
        feed.id = r.string(*object, here, QStringLiteral("id"), true).value_or(QString());
        if (!feed.id.isEmpty())
            r.unique(seenFeeds, feed.id, here.child(QStringLiteral("id")),
                     QStringLiteral("feed id"));
        feed.opd = r.string(*object, here, QStringLiteral("opd"), true).value_or(QString());
        feed.url = readUrl(r, *object, here).value_or(QUrl());
        feed.format =
            r.oneOf(*object, here, QStringLiteral("format"), kFormats, true).value_or(QString());
        // A wall polls for weeks: the floor keeps a typo from hammering an agency's server.
        feed.intervalSeconds =
            r.integer(*object, here, QStringLiteral("intervalSeconds"), 60, 1, 86400);
        feed.timeoutSeconds =
            r.integer(*object, here, QStringLiteral("timeoutSeconds"), 10, 1, 600);
        feed.deadlineSeconds =
            r.integer(*object, here, QStringLiteral("deadlineSeconds"), 30, 1, 3600);
        if (feed.deadlineSeconds < feed.timeoutSeconds) {
            r.error(
                here.child(QStringLiteral("deadlineSeconds")),
                QStringLiteral("the deadline (%1 s) must not be shorter than the timeout (%2 s)")
                    .arg(feed.deadlineSeconds)
                    .arg(feed.timeoutSeconds));
        }

        const JsonPointer valuesAt = here.child(QStringLiteral("values"));
        const std::optional<QJsonArray> values =
            r.array(*object, here, QStringLiteral("values"), true);
        if (values && values->isEmpty())
            r.error(valuesAt, QStringLiteral("a feed must map at least one value"));
        for (qsizetype v = 0; values && v < values->size(); ++v) {
            const JsonPointer valueAt = valuesAt.child(v);
            const std::optional<QJsonObject> mapping = r.object(values->at(v), valueAt);
            if (!mapping)
                continue;
            r.rejectUnknownKeys(*mapping, valueAt, {"indicator", "pointer", "timePointer"});
            ValueMapping value;
            value.indicator =
                r.string(*mapping, valueAt, QStringLiteral("indicator"), true).value_or(QString());
            const JsonPointer indicatorAt = valueAt.child(QStringLiteral("indicator"));
            if (!value.indicator.isEmpty()) {
                if (!knownIndicators.contains(value.indicator)) {
                    r.error(indicatorAt, QStringLiteral("unknown indicator \"%1\"; define it under "
                                                        "/indicators")
                                             .arg(value.indicator));
                } else {
                    r.unique(fedIndicators, value.indicator, indicatorAt,
                             QStringLiteral("source for indicator"));
                }
            }
            value.pointer = r.pointer(*mapping, valueAt, QStringLiteral("pointer"), true)
                                .value_or(JsonPointer());
            value.timePointer = r.pointer(*mapping, valueAt, QStringLiteral("timePointer"), false);
            feed.values.append(value);
        }
        config.feeds.append(feed);
    }
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
    QSet<QString> knownIndicators;
    for (const IndicatorConfig &indicator : std::as_const(config.indicators))
        knownIndicators.insert(indicator.id);
    QHash<QString, JsonPointer> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const JsonPointer here = at.child(i);
        const std::optional<QJsonObject> object = r.object(list->at(i), here);
        if (!object)
            continue;
        r.rejectUnknownKeys(*object, here, {"name", "title", "columns", "tiles"});
        ScreenConfig screen;
        screen.name = r.string(*object, here, QStringLiteral("name"), true).value_or(QString());
        if (!screen.name.isEmpty())
            r.unique(seen, screen.name, here.child(QStringLiteral("name")),
                     QStringLiteral("screen name"));
        screen.title =
            r.string(*object, here, QStringLiteral("title"), false).value_or(screen.name);
        screen.columns = r.integer(*object, here, QStringLiteral("columns"), 2, 1, 12);
        const std::optional<QJsonArray> tiles =
            r.array(*object, here, QStringLiteral("tiles"), true);
        const JsonPointer tilesAt = here.child(QStringLiteral("tiles"));
        for (qsizetype t = 0; tiles && t < tiles->size(); ++t) {
            const JsonPointer tileAt = tilesAt.child(t);
            const std::optional<QJsonObject> tileObject = r.object(tiles->at(t), tileAt);
            if (!tileObject)
                continue;
            r.rejectUnknownKeys(*tileObject, tileAt, {"type", "indicator"});
            TileConfig tile;
            tile.type = r.oneOf(*tileObject, tileAt, QStringLiteral("type"), kTileTypes, true)
                            .value_or(QString());
            tile.indicator = r.string(*tileObject, tileAt, QStringLiteral("indicator"), true)
                                 .value_or(QString());
            if (!tile.indicator.isEmpty() && !knownIndicators.contains(tile.indicator)) {
                r.error(tileAt.child(QStringLiteral("indicator")),
                        QStringLiteral("unknown indicator \"%1\"; define it under /indicators")
                            .arg(tile.indicator));
            }
            screen.tiles.append(tile);
        }
        config.screens.append(screen);
    }
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

ConfigLoader::Result ConfigLoader::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition pos = TextPosition::fromJsonError(bytes, parseError);
        Diagnostic d;
        d.file = fileName;
        d.line = pos.line;
        d.column = pos.column;
        d.message = QStringLiteral("invalid JSON: %1").arg(parseError.errorString());
        result.errors.append(d);
        return result;
    }

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
                        {"version", "locale", "timeZone", "feeds", "indicators", "screens"});

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
    readScreens(r, *root, config);

    if (result.errors.isEmpty()) {
        config.sourcePath = fileName;
        result.config = std::move(config);
    }
    return result;
}

} // namespace Pantau
