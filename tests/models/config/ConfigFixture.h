#pragma once

#include "TestValues.h"
#include "config/ConfigLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <string>

#include <catch2/catch.hpp>

// What the config loader's tests share: the fixtures of tests/data/config, and checks that a
// rejection keeps its invariants (no config, every diagnostic placed).
namespace Pantau::Test {

inline QString configPath(const char *name)
{
    return QStringLiteral(PANTAU_TEST_DATA "/config/") + QLatin1String(name);
}

inline ConfigLoader::Result loadFixture(const char *name)
{
    return ConfigLoader::loadFile(configPath(name));
}

inline std::string dump(const Diagnostics &errors)
{
    std::string out;
    for (const Diagnostic &d : errors)
        out += "\n  " + str(d.toString());
    return out.empty() ? std::string(" (none)") : out;
}

// The one diagnostic at `pointer`; fails the test when there is none or more than one.
inline Diagnostic at(const Diagnostics &errors, const char *pointer)
{
    INFO("looking for the diagnostic at \"" << pointer << "\" among:" << dump(errors));
    const auto count = std::count_if(errors.cbegin(), errors.cend(), [&](const Diagnostic &d) {
        return d.line == 0 && d.pointer == QLatin1String(pointer);
    });
    REQUIRE(count == 1);
    return *std::find_if(errors.cbegin(), errors.cend(), [&](const Diagnostic &d) {
        return d.line == 0 && d.pointer == QLatin1String(pointer);
    });
}

inline QStringList pointers(const Diagnostics &errors)
{
    QStringList list;
    for (const Diagnostic &d : errors)
        list.append(d.pointer);
    list.sort();
    return list;
}

// The errors of a fixture that must be rejected, with the invariants every rejection keeps:
// no config, and every diagnostic labelled with the file and placed by pointer.
inline Diagnostics rejected(const char *name)
{
    const ConfigLoader::Result result = loadFixture(name);
    INFO(name << ":" << dump(result.errors));
    CHECK_FALSE(result.config.has_value());
    REQUIRE_FALSE(result.errors.isEmpty());
    for (const Diagnostic &d : result.errors) {
        CHECK(d.file == configPath(name));
        CHECK(d.line == 0);
        CHECK(d.column == 0);
        CHECK_FALSE(d.message.isEmpty());
        // "FILE: /pointer: message"
        if (!d.pointer.isEmpty())
            CHECK(str(d.toString()) == str(d.file) + ": " + str(d.pointer) + ": " + str(d.message));
    }
    return result.errors;
}

inline QJsonObject minimalObject()
{
    QFile file(configPath("minimal.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    REQUIRE(document.isObject());
    return document.object();
}

// Loads minimal.json after `change` has edited it, to test one rule at a time.
inline ConfigLoader::Result loadChanged(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = minimalObject();
    change(root);
    return ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("changed.json"));
}

// A config changed to break one rule: refused, with one error at `pointer` saying `message`.
inline void checkOneError(const ConfigLoader::Result &result, const char *pointer,
                          const char *message)
{
    INFO(dump(result.errors));
    CHECK_FALSE(result.config.has_value());
    REQUIRE(result.errors.size() == 1);
    CHECK(str(result.errors.at(0).pointer) == pointer);
    CHECK_THAT(str(result.errors.at(0).message), Catch::Contains(message));
    CHECK(str(result.errors.at(0).file) == "changed.json");
}

// Sets root[key][index][field] = value, for lists of objects such as feeds and indicators.
inline void setIn(QJsonObject &root, const QString &list, int index, const QString &field,
                  const QJsonValue &value)
{
    QJsonArray array = root.value(list).toArray();
    QJsonObject item = array.at(index).toObject();
    if (value.isUndefined())
        item.remove(field);
    else
        item.insert(field, value);
    array.replace(index, item);
    root.insert(list, array);
}

} // namespace Pantau::Test
