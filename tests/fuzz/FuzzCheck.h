#pragma once

#include "formats/CsvReader.h"
#include "formats/Payload.h"
#include "formats/Sample.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace Pantau {

// The invariants every fuzz target checks on what a parser gives back. A broken one aborts with
// a message, so libFuzzer keeps the input as a crash just as it does for a sanitizer report:
// a parser that returns nonsense without crashing is a finding too.
class FuzzCheck
{
public:
    // Aborts with `what` when `condition` is false.
    static void require(bool condition, const char *what);

    // A result is either an error with nothing else, or samples, sample errors and events that
    // each say what they are about and where in the payload they came from.
    static void parseResult(const ParseResult &result, const QString &feedId);
    // An error, or a root the mappings can address (an object or an array).
    static void payload(const Payload &payload);
    // A table as wide as its header everywhere, or an error with a 1-based line and column.
    static void csvResult(const CsvResult &result, const CsvOptions &options);
    // True when `text` is a JSON Pointer ("" or "/…").
    static bool isPointer(const QString &text);

    // The fixed world the feed targets parse in: WIB, fetched on 28 November 2026, 13:10.
    static const QTimeZone &jakarta();
    static QDateTime fetchTime();
};

} // namespace Pantau
