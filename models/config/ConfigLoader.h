#pragma once

#include "config/Config.h"
#include "json/Diagnostic.h"

#include <optional>

namespace Pantau {

// Reads and validates a config file. Every problem is reported with its place: line and column
// for broken JSON, a JSON Pointer for a field that is unknown, mistyped, missing or duplicated.
// Validation is all or nothing: a file with any error yields no Config.
class ConfigLoader
{
public:
    struct Result
    {
        std::optional<Config> config;
        Diagnostics errors;
    };

    static Result loadFile(const QString &path);

    struct FeedResult
    {
        std::optional<FeedConfig> feed;
        Diagnostics errors;
    };
    // One feed definition on its own, the same JSON as one entry of a config's "feeds", as
    // `pantau --probe` reads it. Indicator ids are not checked: there is no list to check them
    // against.
    static FeedResult loadFeedFile(const QString &path);
    // `fileName` is only used to label diagnostics.
    static Result loadBytes(const QByteArray &bytes, const QString &fileName);
};

} // namespace Pantau
