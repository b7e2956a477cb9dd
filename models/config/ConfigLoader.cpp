#include "config/ConfigLoader.h"

#include "config/AlertReader.h"
#include "config/FeedReader.h"
#include "config/IndicatorReader.h"
#include "config/JsonReader.h"
#include "config/ScreenReader.h"
#include "config/SiteReader.h"
#include "json/JsonText.h"
#include "kiosk/PinHash.h"

#include <QFile>
#include <QLocale>

#include <cmath>

namespace Pantau {

namespace {

// Returns false when the version rules out reading the rest: a newer file may use keys this
// Pantau does not know, and listing them as "unknown" would only hide the real cause.
bool readVersion(JsonReader &r, const QJsonObject &root, Config &config)
{
    const JsonPointer at = JsonPointer().child(QStringLiteral("version"));
    const QJsonValue value = root.value(QStringLiteral("version"));
    if (value.isUndefined()) {
        r.error(JsonPointer(), QStringLiteral("missing required key \"version\" (this Pantau "
                                              "writes and reads version %1)")
                                   .arg(Config::CurrentVersion));
        return false;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        r.error(at,
                QStringLiteral("expected a whole number, found %1")
                    .arg(value.isDouble() ? QString::number(number) : JsonText::typeName(value)));
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

// The top-level settings: the UI's language, how numbers, dates and times are written, and
// how far back history reaches.
void readSettings(JsonReader &r, const QJsonObject &root, Config &config)
{
    const JsonPointer at;
    config.language = r.oneOf(root, at, QStringLiteral("language"),
                              {QStringLiteral("id"), QStringLiteral("en")}, false)
                          .value_or(config.language);
    config.historyDays = r.integer(root, at, QStringLiteral("historyDays"), 7, 1, 366);
    if (const std::optional<QString> locale = r.string(root, at, QStringLiteral("locale"), false)) {
        const QLocale parsed(*locale);
        if (parsed.language() == QLocale::C && *locale != QLatin1String("C")) {
            r.error(at.child(QStringLiteral("locale")),
                    QStringLiteral("unknown locale \"%1\"; expected a name such as \"id_ID\" or "
                                   "\"en_US\"")
                        .arg(*locale));
        } else {
            config.locale = *locale;
        }
    }
    config.timeZone = r.timeZone(root, at).value_or(config.timeZone);
}

void readKiosk(JsonReader &r, const QJsonObject &root, Config &config)
{
    const std::optional<JsonReader::Child> kiosk =
        r.child(root, JsonPointer(), QStringLiteral("kiosk"));
    if (!kiosk)
        return;
    r.rejectUnknownKeys(kiosk->object, kiosk->at, {"pinHash"});
    config.kiosk.pinHash =
        r.string(kiosk->object, kiosk->at, QStringLiteral("pinHash"), true).value_or(QString());
    if (config.kiosk.pinHash.isEmpty())
        return;
    if (const QString why = PinHash::checkStored(config.kiosk.pinHash); !why.isEmpty())
        r.error(kiosk->at.child(QStringLiteral("pinHash")), why);
}

void readDisplay(JsonReader &r, const QJsonObject &root, Config &config)
{
    const std::optional<JsonReader::Child> display =
        r.child(root, JsonPointer(), QStringLiteral("display"));
    if (!display)
        return;
    const auto &[object, at] = *display;
    r.rejectUnknownKeys(
        object, at,
        {"reducedMotion", "alertSound", "alertSoundRepeatSeconds", "alertReannounceMinutes"});
    config.display.reducedMotion = r.flag(object, at, QStringLiteral("reducedMotion"), false);
    config.display.alertSound = r.flag(object, at, QStringLiteral("alertSound"), false);
    config.display.alertSoundRepeatSeconds =
        r.integer(object, at, QStringLiteral("alertSoundRepeatSeconds"), 10, 0, 3600);
    config.display.alertReannounceMinutes =
        r.integer(object, at, QStringLiteral("alertReannounceMinutes"), 15, 1, 24 * 60);
}

void readAlertOptions(JsonReader &r, const QJsonObject &root, Config &config)
{
    const std::optional<JsonReader::Child> options =
        r.child(root, JsonPointer(), QStringLiteral("alertOptions"));
    if (!options)
        return;
    const auto &[object, at] = *options;
    r.rejectUnknownKeys(object, at, {"maxShelveHours", "journalRetentionDays"});
    // ISA-18.2 bounds a shelve to a shift or so; three days is the most any center would want.
    config.alertOptions.maxShelveHours =
        r.integer(object, at, QStringLiteral("maxShelveHours"), 8, 1, 72);
    config.alertOptions.journalRetentionDays =
        r.integer(object, at, QStringLiteral("journalRetentionDays"), 400, 1, 3650);
}

// The file's bytes, or an error naming it.
std::optional<QByteArray> readFile(const QString &path, Diagnostics &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Diagnostic d;
        d.file = path;
        d.message = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        errors.append(d);
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

ConfigLoader::Result ConfigLoader::loadFile(const QString &path)
{
    Result result;
    const std::optional<QByteArray> bytes = readFile(path, result.errors);
    if (!bytes)
        return result;
    result = loadBytes(*bytes, path);
    if (result.config)
        result.config->sourcePath = path;
    return result;
}

ConfigLoader::FeedResult ConfigLoader::loadFeedFile(const QString &path)
{
    FeedResult result;
    const std::optional<QByteArray> bytes = readFile(path, result.errors);
    if (!bytes)
        return result;
    const std::optional<QJsonValue> root = JsonText::parseRoot(*bytes, path, &result.errors);
    if (!root)
        return result;
    JsonReader r(path, result.errors);
    const std::optional<QJsonObject> object = r.object(*root, JsonPointer());
    if (!object)
        return result;
    QHash<QString, JsonPointer> fed;
    FeedConfig feed = FeedReader::readOne(r, *object, JsonPointer(), nullptr, fed);
    if (result.errors.isEmpty())
        result.feed = std::move(feed);
    return result;
}

ConfigLoader::Result ConfigLoader::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    const std::optional<QJsonValue> parsed = JsonText::parseRoot(bytes, fileName, &result.errors);
    if (!parsed)
        return result;
    JsonReader r(fileName, result.errors);
    const std::optional<QJsonObject> root = r.object(*parsed, JsonPointer());
    if (!root)
        return result;

    Config config;
    if (!readVersion(r, *root, config))
        return result;
    r.rejectUnknownKeys(*root, JsonPointer(),
                        {"version", "locale", "language", "timeZone", "historyDays", "feeds",
                         "indicators", "alerts", "alertOptions", "screens", "spare", "display",
                         "kiosk", "site"});
    readSettings(r, *root, config);
    // A config with a site and none of the site's own sections only joins the site: the
    // collector publishes them. One with some of them must have them all, as a wall's does.
    const bool joinsOnly =
        root->contains(QStringLiteral("site")) && !root->contains(QStringLiteral("feeds")) &&
        !root->contains(QStringLiteral("indicators")) && !root->contains(QStringLiteral("screens"));
    if (joinsOnly) {
        // Everything else is the collector's, and would be replaced by its config unseen.
        // (Unknown keys are refused above already.)
        for (const char *key : {"locale", "language", "timeZone", "historyDays", "alerts",
                                "alertOptions", "spare", "display"}) {
            if (!root->contains(QLatin1String(key)))
                continue;
            r.error(JsonPointer().child(QLatin1String(key)),
                    QStringLiteral("a config that only joins a site takes \"version\", \"site\" "
                                   "and \"kiosk\"; \"%1\" comes from the site's collector (give "
                                   "\"feeds\", \"indicators\" and \"screens\" too for a "
                                   "config of its own)")
                        .arg(QLatin1String(key)));
        }
    } else {
        // In this order: each section names what the ones before it define.
        IndicatorReader::read(r, *root, config);
        FeedReader::read(r, *root, config);
        AlertReader::read(r, *root, config);
        ScreenReader::read(r, *root, config);
        readAlertOptions(r, *root, config);
    }
    readDisplay(r, *root, config);
    readKiosk(r, *root, config);
    SiteReader::read(r, *root, config);

    if (result.errors.isEmpty()) {
        config.sourcePath = fileName;
        result.config = std::move(config);
    }
    return result;
}

} // namespace Pantau
