#pragma once

#include "config/EnumTable.h"

namespace Pantau {

// The wire formats a feed can answer in. PayloadReader turns each into one JSON document.
enum class FeedFormat {
    Json, // any JSON document, mapped with JSON Pointers
    Csv,  // a table with a header row
    Ckan, // a CKAN DataStore answer, paged
    Bps,  // a BPS WebAPI table
    Ngsi, // NGSI-LD entities (FIWARE)
};

// The one table of formats: the name a config gives, and whether the answer is JSON text
// (what a request's Accept header asks for). A new format adds its row here and its case in
// PayloadReader::read, which the compiler asks for.
struct FeedFormatInfo
{
    FeedFormat value;
    QLatin1String name;
    bool json;
};

inline constexpr FeedFormatInfo FeedFormats[] = {
    {FeedFormat::Json, QLatin1String("json"), true}, {FeedFormat::Csv, QLatin1String("csv"), false},
    {FeedFormat::Ckan, QLatin1String("ckan"), true}, {FeedFormat::Bps, QLatin1String("bps"), true},
    {FeedFormat::Ngsi, QLatin1String("ngsi"), true},
};

inline const FeedFormatInfo &describe(FeedFormat format)
{
    return EnumTable::row(FeedFormats, format);
}

} // namespace Pantau
