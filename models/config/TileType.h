#pragma once

#include "config/EnumTable.h"

namespace Pantau {

enum class TileType { Kpi, Line, Bar, Donut, Gauge, Table, Ticker, Clock, Map, Health, Alerts };

// What a tile needs besides its keys, checked by the loader with a message of its own.
enum class TileNeeds {
    Nothing,
    Indicators,           // one or more in "indicators"
    IndicatorsOrTemplate, // "indicators" or an "indicatorTemplate", not both
    Template,             // an "indicatorTemplate"
};

// The one table of tile types: the name a config gives, the keys the type reads besides its
// title and placement (anything else on it is refused, so a key that would be ignored does not
// look like it works), and what it must be given. A type that takes "indicator" needs one; one
// that takes "scale" needs a scale or a target. Adding a tile type adds its row here, its class
// in widgets/tiles and its case in TileFactory, which the compiler asks for.
struct TileTypeInfo
{
    TileType value;
    QLatin1String name;
    QLatin1String keys; // space-separated
    TileNeeds needs;
};

inline constexpr TileTypeInfo TileTypes[] = {
    {TileType::Kpi, QLatin1String("kpi"), QLatin1String("indicator target targetIndicator"),
     TileNeeds::Nothing},
    {TileType::Line, QLatin1String("line"), QLatin1String("indicators hours area"),
     TileNeeds::Indicators},
    {TileType::Bar, QLatin1String("bar"), QLatin1String("indicators indicatorTemplate limit"),
     TileNeeds::IndicatorsOrTemplate},
    {TileType::Donut, QLatin1String("donut"), QLatin1String("indicators"), TileNeeds::Indicators},
    {TileType::Gauge, QLatin1String("gauge"),
     QLatin1String("indicator target targetIndicator scale"), TileNeeds::Nothing},
    {TileType::Table, QLatin1String("table"), QLatin1String("feeds limit"), TileNeeds::Nothing},
    {TileType::Ticker, QLatin1String("ticker"), QLatin1String("feeds"), TileNeeds::Nothing},
    {TileType::Clock, QLatin1String("clock"), QLatin1String(""), TileNeeds::Nothing},
    {TileType::Map, QLatin1String("map"), QLatin1String("indicatorTemplate boundaries boundaryKey"),
     TileNeeds::Template},
    {TileType::Health, QLatin1String("health"), QLatin1String(""), TileNeeds::Nothing},
    {TileType::Alerts, QLatin1String("alerts"), QLatin1String(""), TileNeeds::Nothing},
};

inline const TileTypeInfo &describe(TileType type)
{
    return EnumTable::row(TileTypes, type);
}

} // namespace Pantau
