#include "JsonFeedParser.h"

#include "TextPosition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Pantau {

namespace {

// Agencies send numbers as JSON numbers or as strings; a string may carry a decimal comma
// ("12,5") but never both separators, which would be ambiguous without the feed saying which.
std::optional<double> toNumber(const QJsonValue &value, QString *why)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        QString text = value.toString().trimmed();
        if (text.isEmpty() || text == QLatin1String("-")) {
            *why = QStringLiteral("no data (\"%1\")").arg(text);
            return std::nullopt;
        }
        if (text.contains(u',') && !text.contains(u'.'))
            text.replace(u',', u'.');
        // QString::toDouble takes no group separators, so "1,234.5" and "1.234.567" are refused
        // rather than guessed at.
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok)
            return number;
        *why = QStringLiteral("expected a number, found the text \"%1\"").arg(value.toString());
        return std::nullopt;
    }
    if (value.isNull())
        *why = QStringLiteral("no data (null)");
    else
        *why = QStringLiteral("expected a number, found %1")
                   .arg(value.isBool()    ? QStringLiteral("a boolean")
                        : value.isArray() ? QStringLiteral("an array")
                                          : QStringLiteral("an object"));
    return std::nullopt;
}

QDateTime toDateTime(const QJsonValue &value, const QTimeZone &zone)
{
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    // ISO text without "Z" or an offset comes back as local time; it means the source's zone.
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), zone);
    return time.toUTC();
}

} // namespace

ParseResult JsonFeedParser::parse(const QByteArray &payload, const QList<ValueMapping> &mappings,
                                  const QTimeZone &sourceZone)
{
    ParseResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition pos = TextPosition::fromJsonError(payload, parseError);
        result.error = QStringLiteral("invalid JSON at line %1, column %2: %3")
                           .arg(pos.line)
                           .arg(pos.column)
                           .arg(parseError.errorString());
        return result;
    }
    const QJsonValue root =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());

    for (const ValueMapping &mapping : mappings) {
        const QString where = mapping.pointer.toString();
        const std::optional<QJsonValue> found = mapping.pointer.resolve(root);
        if (!found) {
            result.sampleErrors.append(
                {mapping.indicator, where, QStringLiteral("nothing at %1").arg(where)});
            continue;
        }
        QString why;
        const std::optional<double> number = toNumber(*found, &why);
        if (!number) {
            result.sampleErrors.append({mapping.indicator, where, why});
            continue;
        }
        if (!std::isfinite(*number)) {
            result.sampleErrors.append(
                {mapping.indicator, where, QStringLiteral("not a finite number")});
            continue;
        }
        Sample sample;
        sample.indicator = mapping.indicator;
        sample.value = *number;
        if (mapping.timePointer) {
            if (const std::optional<QJsonValue> time = mapping.timePointer->resolve(root))
                sample.sourceTime = toDateTime(*time, sourceZone);
        }
        result.samples.append(sample);
    }
    return result;
}

} // namespace Pantau
