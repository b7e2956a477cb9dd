#pragma once

#include "config/EnumTable.h"
#include "config/LocalizedText.h"
#include "json/Diagnostic.h"
#include "json/JsonPointer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRect>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace Pantau {

// Walks a JSON tree with the pointer of each value at hand, so every complaint says where. It
// knows JSON and the shapes every section of a config shares (texts in two languages, numbers
// in a range, names from a table), not what any section means: one reader per section
// (FeedReader, IndicatorReader, AlertReader, TileReader, ScreenReader) uses it.
class JsonReader
{
public:
    JsonReader(const QString &file, Diagnostics &errors);

    void error(const JsonPointer &at, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty(); }

    std::optional<QJsonObject> object(const QJsonValue &value, const JsonPointer &at);
    // An optional sub-object `key` of `parent` ("auth" of a feed, say), with its pointer: none
    // when it is absent, or (with an error) when it is not an object.
    struct Child
    {
        QJsonObject object;
        JsonPointer at;
    };
    std::optional<Child> child(const QJsonObject &parent, const JsonPointer &parentAt,
                               const QString &key);
    void rejectUnknownKeys(const QJsonObject &object, const JsonPointer &at,
                           std::initializer_list<const char *> allowed);
    void rejectUnknownKeys(const QJsonObject &object, const JsonPointer &at,
                           const QStringList &allowed);

    std::optional<QString> string(const QJsonObject &object, const JsonPointer &at,
                                  const QString &key, bool required);
    // An integer in [min, max]; the default when absent.
    int integer(const QJsonObject &object, const JsonPointer &at, const QString &key,
                int defaultValue, int min, int max);
    std::optional<double> number(const QJsonObject &object, const JsonPointer &at,
                                 const QString &key);
    bool flag(const QJsonObject &object, const JsonPointer &at, const QString &key,
              bool defaultValue);
    std::optional<QJsonArray> array(const QJsonObject &object, const JsonPointer &at,
                                    const QString &key, bool required);
    // The entries of the array `key` that are objects, each with its pointer; an entry that is
    // not is an error. None when the array is absent or not an array.
    std::optional<QList<Child>> objects(const QJsonObject &object, const JsonPointer &at,
                                        const QString &key, bool required);
    // A list of non-empty strings; empty when absent.
    QStringList stringList(const QJsonObject &object, const JsonPointer &at, const QString &key);
    std::optional<QString> oneOf(const QJsonObject &object, const JsonPointer &at,
                                 const QString &key, const QStringList &allowed, bool required);
    // A name from a descriptor table (EnumTable), as its row.
    template<typename Row, std::size_t N>
    const Row *choice(const QJsonObject &object, const JsonPointer &at, const QString &key,
                      const Row (&table)[N], bool required)
    {
        const std::optional<QString> name =
            oneOf(object, at, key, EnumTable::names(table), required);
        return name ? EnumTable::named(table, *name) : nullptr;
    }
    std::optional<JsonPointer> pointer(const QJsonObject &object, const JsonPointer &at,
                                       const QString &key, bool required);
    // A field name of a record: a plain key, or a JSON Pointer when it starts with "/".
    std::optional<QString> field(const QJsonObject &object, const JsonPointer &at,
                                 const QString &key, bool required);
    // An IANA zone name; an empty one would give the machine's own zone, which is exactly what
    // naming a zone is for avoiding.
    std::optional<QString> timeZone(const QJsonObject &object, const JsonPointer &at);
    // A rectangle {"x", "y", "width", "height"} in pixels; width and height required.
    std::optional<QRect> rect(const QJsonValue &value, const JsonPointer &at, bool withPosition);

    // {"id": …, "en": …}, required.
    LocalizedText label(const QJsonObject &object, const JsonPointer &at, const QString &key);
    // A text a person reads (a title, a feed's name, a unit) is a string (Indonesian only) or
    // {"id": …, "en": …}, so a wall whose UI speaks English can show it in English too. None
    // when the key is absent.
    std::optional<LocalizedText> text(const QJsonObject &object, const JsonPointer &at,
                                      const QString &key);
    // "title", into the two strings that hold it, which keep their value when it is absent.
    void title(const QJsonObject &object, const JsonPointer &at, QString *title, QString *titleEn);

    // Remembers ids seen in one list and complains about the second use of one.
    void unique(QHash<QString, JsonPointer> &seen, const QString &id, const JsonPointer &at,
                const QString &what);
    // A path from the config, taken relative to the config file's folder.
    QString resolvePath(const QString &path) const;

private:
    // The value of `key`, if there; an error when it is missing and required.
    std::optional<QJsonValue> present(const QJsonObject &object, const JsonPointer &at,
                                      const QString &key, bool required);

    QString m_file;
    Diagnostics &m_errors;
};

} // namespace Pantau
