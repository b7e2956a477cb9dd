#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace Pantau {

// Lookups in a descriptor table: a constexpr array of rows, each with the enum `value` it
// describes and the `name` a config file gives it (FeedFormats, TileTypes, AlertSeverities).
// The table is the one place a kind's names are written; code compares enum values.
namespace EnumTable {

// The row of `value`; every enum value has one (each table's test checks it).
template<typename Row, std::size_t N, typename Enum>
constexpr const Row &row(const Row (&table)[N], Enum value)
{
    for (const Row &r : table)
        if (r.value == value)
            return r;
    return table[0];
}

// The row a config's name picks, or null for a name the table does not have.
template<typename Row, std::size_t N> const Row *named(const Row (&table)[N], const QString &name)
{
    for (const Row &r : table)
        if (name == r.name)
            return &r;
    return nullptr;
}

// Every name, in the table's order, for "expected one of: …".
template<typename Row, std::size_t N> QStringList names(const Row (&table)[N])
{
    QStringList list;
    for (const Row &r : table)
        list.append(r.name);
    return list;
}

} // namespace EnumTable

} // namespace Pantau
