#include "config/FeedReader.h"

#include "config/IndicatorReader.h"
#include "config/Secret.h"

namespace Pantau::FeedReader {

namespace {

std::optional<QUrl> readUrl(JsonReader &r, const QJsonObject &object, const JsonPointer &at)
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

const QStringList kSecretHeaders = {QStringLiteral("value"), QStringLiteral("token"),
                                    QStringLiteral("password"), QStringLiteral("secret")};

std::optional<AuthConfig> readAuth(JsonReader &r, const QJsonObject &feed,
                                   const JsonPointer &feedAt)
{
    const std::optional<JsonReader::Child> found = r.child(feed, feedAt, QStringLiteral("auth"));
    if (!found)
        return std::nullopt;
    const JsonPointer &at = found->at;
    const QJsonObject *object = &found->object;
    for (const QString &key : kSecretHeaders) {
        if (object->contains(key)) {
            SecretSource::refuseInline(r, at.child(key));
            return std::nullopt;
        }
    }
    r.rejectUnknownKeys(*object, at, {"header", "prefix", "env", "file"});
    AuthConfig auth;
    auth.header = r.string(*object, at, QStringLiteral("header"), false).value_or(auth.header);
    auth.prefix = r.string(*object, at, QStringLiteral("prefix"), false).value_or(QString());
    const std::optional<SecretSource> secret = SecretSource::fromJson(r, *object, at);
    if (!secret)
        return std::nullopt;
    auth.secret = *secret;
    return auth;
}

NumberFormat readNumbers(JsonReader &r, const QJsonObject &feed, const JsonPointer &feedAt)
{
    NumberFormat format;
    const std::optional<JsonReader::Child> found = r.child(feed, feedAt, QStringLiteral("numbers"));
    if (!found)
        return format;
    const JsonPointer &at = found->at;
    const QJsonObject *object = &found->object;
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

// Checks an indicator reference of a feed: it must be defined (when the feed is read as part
// of a config) and have no other source.
void claimIndicator(JsonReader &r, const QString &indicator, const JsonPointer &at,
                    const QSet<QString> *known, QHash<QString, JsonPointer> &fed)
{
    if (indicator.isEmpty() || !known || !IndicatorReader::checkReference(r, indicator, at, *known))
        return;
    r.unique(fed, indicator, at, QStringLiteral("source for indicator"));
}

void readValues(JsonReader &r, const QJsonObject &object, const JsonPointer &here, FeedConfig &feed,
                const QSet<QString> *known, QHash<QString, JsonPointer> &fed)
{
    const auto values = r.objects(object, here, QStringLiteral("values"), false);
    for (const auto &[mapping, valueAt] : values.value_or(QList<JsonReader::Child>())) {
        r.rejectUnknownKeys(mapping, valueAt, {"indicator", "pointer", "timePointer"});
        ValueMapping value;
        value.indicator =
            r.string(mapping, valueAt, QStringLiteral("indicator"), true).value_or(QString());
        claimIndicator(r, value.indicator, valueAt.child(QStringLiteral("indicator")), known, fed);
        value.pointer =
            r.pointer(mapping, valueAt, QStringLiteral("pointer"), true).value_or(JsonPointer());
        value.timePointer = r.pointer(mapping, valueAt, QStringLiteral("timePointer"), false);
        feed.values.append(value);
    }
}

void readSeries(JsonReader &r, const QJsonObject &object, const JsonPointer &here, FeedConfig &feed,
                const QSet<QString> *known, QHash<QString, JsonPointer> &fed)
{
    const auto list = r.objects(object, here, QStringLiteral("series"), false);
    for (const auto &[mapping, at] : list.value_or(QList<JsonReader::Child>())) {
        r.rejectUnknownKeys(
            mapping, at,
            {"records", "key", "value", "time", "timeFormat", "indicators", "indicatorTemplate"});
        SeriesMapping series;
        series.records =
            r.pointer(mapping, at, QStringLiteral("records"), false).value_or(JsonPointer());
        series.key = r.field(mapping, at, QStringLiteral("key"), true).value_or(QString());
        series.value = r.field(mapping, at, QStringLiteral("value"), true).value_or(QString());
        series.time = r.field(mapping, at, QStringLiteral("time"), false).value_or(QString());
        series.timeFormat =
            r.string(mapping, at, QStringLiteral("timeFormat"), false).value_or(QString());
        series.indicatorTemplate =
            r.string(mapping, at, QStringLiteral("indicatorTemplate"), false).value_or(QString());
        if (!series.indicatorTemplate.isEmpty() &&
            !series.indicatorTemplate.contains(QLatin1String("{key}"))) {
            r.error(at.child(QStringLiteral("indicatorTemplate")),
                    QStringLiteral("the template must contain {key}, e.g. \"aduan.{key}\""));
        }
        const JsonPointer mapAt = at.child(QStringLiteral("indicators"));
        const QJsonValue map = mapping.value(QStringLiteral("indicators"));
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

void readEvents(JsonReader &r, const QJsonObject &object, const JsonPointer &here, FeedConfig &feed)
{
    const std::optional<JsonReader::Child> found = r.child(object, here, QStringLiteral("events"));
    if (!found)
        return;
    const JsonPointer &at = found->at;
    const QJsonObject *mapping = &found->object;
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

} // namespace

FeedConfig readOne(JsonReader &r, const QJsonObject &object, const JsonPointer &here,
                   const QSet<QString> *known, QHash<QString, JsonPointer> &fed)
{
    r.rejectUnknownKeys(object, here,
                        {"id", "name", "opd", "url", "format", "intervalSeconds", "timeoutSeconds",
                         "deadlineSeconds", "staleAfterSeconds", "timeZone", "maxBytes", "auth",
                         "caBundle", "numbers", "csvDelimiter", "values", "series", "events"});
    FeedConfig feed;
    feed.id = r.string(object, here, QStringLiteral("id"), true).value_or(QString());
    feed.opd = r.string(object, here, QStringLiteral("opd"), true).value_or(QString());
    feed.name = r.text(object, here, QStringLiteral("name"))
                    .value_or(FeedConfig::defaultName(feed.opd, feed.id));
    // {"id": ""} is refused by the string reader already; a bare "" is not.
    if (object.value(QStringLiteral("name")).isString() && feed.name.id.trimmed().isEmpty())
        r.error(here.child(QStringLiteral("name")),
                QStringLiteral("a feed's name must not be empty; leave the key out for the "
                               "default (the agency and the dataset)"));
    feed.url = readUrl(r, object, here).value_or(QUrl());
    if (const FeedFormatInfo *format =
            r.choice(object, here, QStringLiteral("format"), FeedFormats, true))
        feed.format = format->value;
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
    feed.timeZone = r.timeZone(object, here).value_or(QString());
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

void read(JsonReader &r, const QJsonObject &root, Config &config)
{
    const std::optional<QList<JsonReader::Child>> list =
        r.objects(root, JsonPointer(), QStringLiteral("feeds"), true);
    if (!list)
        return;
    QHash<QString, JsonPointer> seenFeeds;
    QHash<QString, JsonPointer> fedIndicators;
    const QSet<QString> knownIndicators = IndicatorReader::ids(config);

    for (const auto &[object, here] : *list) {
        FeedConfig feed = readOne(r, object, here, &knownIndicators, fedIndicators);
        if (!feed.id.isEmpty())
            r.unique(seenFeeds, feed.id, here.child(QStringLiteral("id")),
                     QStringLiteral("feed id"));
        config.feeds.append(feed);
    }
}

} // namespace Pantau::FeedReader
