#include "FuzzCheck.h"

#include "json/JsonPointer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace Pantau {

void FuzzCheck::require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "Invariant broken: %s\n", what);
    std::abort();
}

// A place in a payload: a JSON Pointer that parses ("" is the whole document).
bool FuzzCheck::isPointer(const QString &text)
{
    return JsonPointer::parse(text).has_value();
}

void FuzzCheck::parseResult(const ParseResult &result, const QString &feedId)
{
    if (!result.ok()) {
        require(result.samples.isEmpty() && result.sampleErrors.isEmpty() &&
                    result.events.isEmpty(),
                "a payload-wide error comes with no samples, sample errors or events");
        return;
    }
    for (const Sample &sample : result.samples) {
        require(!sample.indicator.isEmpty(), "every sample names its indicator");
        require(std::isfinite(sample.value), "every sample value is a finite number");
        require(!sample.sourceTimeInFuture || sample.sourceTime.isValid(),
                "only a valid source time can lie in the future");
    }
    for (const SampleError &error : result.sampleErrors) {
        require(!error.message.isEmpty(), "every sample error says what is wrong");
        require(isPointer(error.pointer), "every sample error names its place as a JSON Pointer");
    }
    for (const EventRecord &event : result.events) {
        require(event.feedId == feedId, "every event carries its feed's id");
        require(!event.id.isEmpty(), "an event without an id is an error, not an event");
        require(event.time.isValid(), "an event without a valid time is an error, not an event");
    }
}

void FuzzCheck::payload(const Payload &payload)
{
    if (!payload.ok()) {
        require(payload.nextPage.isEmpty(), "an unusable answer has no next page");
        return;
    }
    require(payload.root.isObject() || payload.root.isArray(),
            "a usable answer is an object or an array");
    for (const QString &warning : payload.warnings)
        require(!warning.isEmpty(), "every warning says what was skipped");
}

void FuzzCheck::csvResult(const CsvResult &result, const CsvOptions &options)
{
    if (!result.ok()) {
        require(!result.error.isEmpty(), "a failed read says why");
        require(result.line >= 1 && result.column >= 1,
                "a failed read with valid options names a 1-based line and column");
        return;
    }
    const CsvTable &table = *result.table;
    require(result.error.isEmpty(), "a table comes without an error");
    require(options.delimiter.isNull() || table.delimiter == options.delimiter,
            "a given delimiter is the one used");
    require(table.delimiter == u',' || table.delimiter == u';' || table.delimiter == u'\t' ||
                !options.delimiter.isNull(),
            "a detected delimiter is ',', ';' or tab");
    require(table.rows.size() == table.rowLines.size(), "every row has its line");
    require(table.rows.size() <= options.maxRows, "no more rows than the cap");
    int previousLine = 0;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        require(table.rows.at(r).size() == table.header.size(),
                "every row is exactly as wide as the header");
        require(table.rowLines.at(r) > previousLine, "rows start on increasing lines");
        previousLine = table.rowLines.at(r);
        for (const QString &field : table.rows.at(r))
            require(field.toUtf8().size() <= options.maxFieldBytes, "no field above the cap");
    }
    for (qsizetype c = 0; c < table.header.size(); ++c)
        require(table.column(table.header.at(c)) >= 0, "every header name is found by column()");
}

const QTimeZone &FuzzCheck::jakarta()
{
    static const QTimeZone zone("Asia/Jakarta");
    return zone;
}

QDateTime FuzzCheck::fetchTime()
{
    return QDateTime(QDate(2026, 11, 28), QTime(6, 10), QTimeZone::utc());
}

} // namespace Pantau
