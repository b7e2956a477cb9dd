#include "config/JsonReader.h"

#include "json/JsonText.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <cmath>

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

} // namespace

JsonReader::JsonReader(const QString &file, Diagnostics &errors)
    : m_file(file)
    , m_errors(errors)
{
}

void JsonReader::error(const JsonPointer &at, const QString &message)
{
    Diagnostic d;
    d.file = m_file;
    d.pointer = at.toString();
    d.message = message;
    m_errors.append(d);
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue &value, const JsonPointer &at)
{
    if (value.isObject())
        return value.toObject();
    error(at, QStringLiteral("expected an object, found %1").arg(typeName(value)));
    return std::nullopt;
}

std::optional<JsonReader::Child> JsonReader::child(const QJsonObject &parent,
                                                   const JsonPointer &parentAt, const QString &key)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const JsonPointer at = parentAt.child(key);
    const std::optional<QJsonObject> found = object(value, at);
    if (!found)
        return std::nullopt;
    return Child{*found, at};
}

void JsonReader::rejectUnknownKeys(const QJsonObject &object, const JsonPointer &at,
                                   std::initializer_list<const char *> allowed)
{
    QStringList names;
    for (const char *name : allowed)
        names.append(QLatin1String(name));
    rejectUnknownKeys(object, at, names);
}

void JsonReader::rejectUnknownKeys(const QJsonObject &object, const JsonPointer &at,
                                   const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            error(at.child(it.key()), QStringLiteral("unknown key \"%1\"; expected one of: %2")
                                          .arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }
}

std::optional<QJsonValue> JsonReader::present(const QJsonObject &object, const JsonPointer &at,
                                              const QString &key, bool required)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined())
        return value;
    if (required)
        error(at, QStringLiteral("missing required key \"%1\"").arg(key));
    return std::nullopt;
}

std::optional<QString> JsonReader::string(const QJsonObject &object, const JsonPointer &at,
                                          const QString &key, bool required)
{
    const std::optional<QJsonValue> found = present(object, at, key, required);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    if (!value.isString()) {
        error(at.child(key), QStringLiteral("expected a string, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    if (required && value.toString().trimmed().isEmpty()) {
        error(at.child(key), QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    return value.toString();
}

int JsonReader::integer(const QJsonObject &object, const JsonPointer &at, const QString &key,
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
        error(at.child(key),
              QStringLiteral("must be between %1 and %2, found %3").arg(min).arg(max).arg(number));
        return defaultValue;
    }
    return static_cast<int>(number);
}

std::optional<double> JsonReader::number(const QJsonObject &object, const JsonPointer &at,
                                         const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        error(at.child(key), QStringLiteral("expected a number, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toDouble();
}

bool JsonReader::flag(const QJsonObject &object, const JsonPointer &at, const QString &key,
                      bool defaultValue)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return defaultValue;
    if (!value.isBool()) {
        error(at.child(key),
              QStringLiteral("expected true or false, found %1").arg(typeName(value)));
        return defaultValue;
    }
    return value.toBool();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject &object, const JsonPointer &at,
                                            const QString &key, bool required)
{
    const std::optional<QJsonValue> found = present(object, at, key, required);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    if (!value.isArray()) {
        error(at.child(key), QStringLiteral("expected an array, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QList<JsonReader::Child>> JsonReader::objects(const QJsonObject &object,
                                                            const JsonPointer &at,
                                                            const QString &key, bool required)
{
    const std::optional<QJsonArray> entries = array(object, at, key, required);
    if (!entries)
        return std::nullopt;
    QList<Child> found;
    const JsonPointer listAt = at.child(key);
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const JsonPointer entryAt = listAt.child(i);
        if (const std::optional<QJsonObject> entry = this->object(entries->at(i), entryAt))
            found.append({*entry, entryAt});
    }
    return found;
}

QStringList JsonReader::stringList(const QJsonObject &object, const JsonPointer &at,
                                   const QString &key)
{
    QStringList list;
    const std::optional<QJsonArray> items = array(object, at, key, false);
    for (qsizetype i = 0; items && i < items->size(); ++i) {
        if (!items->at(i).isString() || items->at(i).toString().isEmpty())
            error(at.child(key).child(i), QStringLiteral("expected a non-empty string, found %1")
                                              .arg(typeName(items->at(i))));
        else
            list.append(items->at(i).toString());
    }
    return list;
}

std::optional<QString> JsonReader::oneOf(const QJsonObject &object, const JsonPointer &at,
                                         const QString &key, const QStringList &allowed,
                                         bool required)
{
    const std::optional<QString> value = string(object, at, key, required);
    if (value && !allowed.contains(*value)) {
        error(at.child(key), QStringLiteral("unsupported value \"%1\"; expected one of: %2")
                                 .arg(*value, allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return value;
}

std::optional<JsonPointer> JsonReader::pointer(const QJsonObject &object, const JsonPointer &at,
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

std::optional<QString> JsonReader::field(const QJsonObject &object, const JsonPointer &at,
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

std::optional<QString> JsonReader::timeZone(const QJsonObject &object, const JsonPointer &at)
{
    const QString key = QStringLiteral("timeZone");
    const std::optional<QString> zone = string(object, at, key, false);
    if (!zone)
        return std::nullopt;
    if (zone->isEmpty() || !QTimeZone(zone->toUtf8()).isValid()) {
        error(at.child(key), QStringLiteral("unknown time zone \"%1\"; expected an IANA name such "
                                            "as \"Asia/Jakarta\"")
                                 .arg(*zone));
        return std::nullopt;
    }
    return zone;
}

std::optional<QRect> JsonReader::rect(const QJsonValue &value, const JsonPointer &at,
                                      bool withPosition)
{
    const std::optional<QJsonObject> found = object(value, at);
    if (!found)
        return std::nullopt;
    if (withPosition)
        rejectUnknownKeys(*found, at, {"x", "y", "width", "height"});
    else
        rejectUnknownKeys(*found, at, {"width", "height"});
    if (!found->contains(QStringLiteral("width")) || !found->contains(QStringLiteral("height"))) {
        error(at, QStringLiteral("expected \"width\" and \"height\""));
        return std::nullopt;
    }
    const int x = withPosition ? integer(*found, at, QStringLiteral("x"), 0, -100000, 100000) : 0;
    const int y = withPosition ? integer(*found, at, QStringLiteral("y"), 0, -100000, 100000) : 0;
    const int width = integer(*found, at, QStringLiteral("width"), 1920, 64, 16384);
    const int height = integer(*found, at, QStringLiteral("height"), 1080, 64, 16384);
    return QRect(x, y, width, height);
}

LocalizedText JsonReader::label(const QJsonObject &object, const JsonPointer &at,
                                const QString &key)
{
    LocalizedText label;
    const std::optional<QJsonValue> value = present(object, at, key, true);
    if (!value)
        return label;
    const JsonPointer where = at.child(key);
    const std::optional<QJsonObject> texts = this->object(*value, where);
    if (!texts)
        return label;
    rejectUnknownKeys(*texts, where, {"id", "en"});
    label.id = string(*texts, where, QStringLiteral("id"), true).value_or(QString());
    label.en = string(*texts, where, QStringLiteral("en"), false).value_or(QString());
    return label;
}

std::optional<LocalizedText> JsonReader::text(const QJsonObject &object, const JsonPointer &at,
                                              const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isObject())
        return label(object, at, key);
    if (!value.isString()) {
        error(at.child(key), QStringLiteral("expected a string or {\"id\": …, \"en\": …}, found %1")
                                 .arg(typeName(value)));
        return std::nullopt;
    }
    return LocalizedText{value.toString(), QString()};
}

void JsonReader::title(const QJsonObject &object, const JsonPointer &at, QString *title,
                       QString *titleEn)
{
    if (const std::optional<LocalizedText> found = text(object, at, QStringLiteral("title"))) {
        *title = found->id;
        *titleEn = found->en;
    }
}

void JsonReader::unique(QHash<QString, JsonPointer> &seen, const QString &id, const JsonPointer &at,
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

QString JsonReader::resolvePath(const QString &path) const
{
    return QFileInfo(QDir(QFileInfo(m_file).absolutePath()), path).absoluteFilePath();
}

} // namespace Pantau
