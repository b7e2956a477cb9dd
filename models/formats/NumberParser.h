#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Pantau {

// How a feed writes its numbers, from the feed's config.
struct NumberFormat
{
    // "28.500" is twenty-eight thousand five hundred and "12,5" twelve and a half, as
    // Indonesian spreadsheets write them. Off: "12.5" and "12,5" both read as twelve and a half,
    // and a number with both separators is refused as ambiguous.
    bool decimalComma = false;
    // Values that mean "no data" in this feed (Panel Harga sends 0 for a missing price).
    QList<double> noData;
};

// Reads one number from a payload value, the way agencies really send them: JSON numbers,
// numbers as strings, decimal commas, "Rp" prefixes. "No data" (null, "", "-", a sentinel) is
// told apart from a bad value, and neither is ever read as zero.
class NumberParser
{
public:
    enum class Outcome { Number, NoData, Invalid };

    struct Result
    {
        Outcome outcome = Outcome::Invalid;
        double value = 0;
        QString reason; // why there is no number, in plain words
    };

    static Result parse(const QJsonValue &value, const NumberFormat &format);
    static Result parse(const QString &text, const NumberFormat &format);
};

} // namespace Pantau
