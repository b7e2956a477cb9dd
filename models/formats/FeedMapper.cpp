#include "formats/FeedMapper.h"

#include "formats/NumberParser.h"
#include "formats/TimeParser.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pantau {

namespace {

// A record's field: a plain key, or a JSON Pointer inside the record when it starts with "/".
QJsonValue fieldOf(const QJsonValue &record, const QString &name)
{
    if (name.startsWith(u'/')) {
        const std::optional<JsonPointer> pointer = JsonPointer::parse(name);
        const std::optional<QJsonValue> value = pointer ? pointer->resolve(record) : std::nullopt;
        return value.value_or(QJsonValue(QJsonValue::Undefined));
    }
    return record.toObject().value(name);
}

QString fieldPointer(const JsonPointer &record, const QString &name)
{
    return name.startsWith(u'/') ? record.toString() + name : record.child(name).toString();
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

class Mapper
{
public:
    Mapper(const FeedConfig &feed, const QTimeZone &zone, const QDateTime &fetchTime,
           ParseResult &result)
        : m_feed(feed)
        , m_zone(zone)
        , m_fetchTime(fetchTime)
        , m_result(result)
    {
    }

    void addNumber(const QString &indicator, const QJsonValue &raw, const QString &where,
                   const QDateTime &sourceTime)
    {
        const NumberParser::Result number = NumberParser::parse(raw, m_feed.numbers);
        if (number.outcome != NumberParser::Outcome::Number) {
            m_result.sampleErrors.append({indicator, where, number.reason});
            return;
        }
        Sample sample;
        sample.indicator = indicator;
        sample.value = number.value;
        sample.sourceTime = sourceTime;
        if (sourceTime.isValid() && m_fetchTime.isValid() &&
            m_fetchTime.secsTo(sourceTime) > FeedMapper::FutureToleranceSeconds) {
            sample.sourceTimeInFuture = true;
        }
        m_result.samples.append(sample);
    }

    QDateTime time(const QJsonValue &value, const QString &format) const
    {
        return TimeParser::parse(value, format, m_zone);
    }

    std::optional<QJsonArray> records(const QJsonValue &root, const JsonPointer &at,
                                      const QString &indicator)
    {
        const std::optional<QJsonValue> list = at.resolve(root);
        if (!list || !list->isArray()) {
            m_result.sampleErrors.append(
                {indicator, at.toString(),
                 QStringLiteral("no array of records at \"%1\"").arg(at.toString())});
            return std::nullopt;
        }
        return list->toArray();
    }

    const FeedConfig &m_feed;
    const QTimeZone &m_zone;
    const QDateTime &m_fetchTime;
    ParseResult &m_result;
};

void mapValues(Mapper &m, const QJsonValue &root)
{
    for (const ValueMapping &mapping : m.m_feed.values) {
        const QString where = mapping.pointer.toString();
        const std::optional<QJsonValue> found = mapping.pointer.resolve(root);
        if (!found) {
            m.m_result.sampleErrors.append(
                {mapping.indicator, where, QStringLiteral("nothing at \"%1\"").arg(where)});
            continue;
        }
        QDateTime sourceTime;
        if (mapping.timePointer) {
            if (const std::optional<QJsonValue> t = mapping.timePointer->resolve(root))
                sourceTime = m.time(*t, QString());
        }
        m.addNumber(mapping.indicator, *found, where, sourceTime);
    }
}

void mapSeries(Mapper &m, const QJsonValue &root)
{
    for (const SeriesMapping &series : m.m_feed.series) {
        const std::optional<QJsonArray> records = m.records(root, series.records, QString());
        if (!records)
            continue;
        for (qsizetype i = 0; i < records->size(); ++i) {
            const JsonPointer at = series.records.child(i);
            const QJsonValue record = records->at(i);
            const QString key = textOf(fieldOf(record, series.key));
            if (key.isEmpty())
                continue; // a total or spacer row, not about anything in particular
            QString indicator = series.indicators.value(key);
            if (indicator.isEmpty() && !series.indicatorTemplate.isEmpty())
                indicator = QString(series.indicatorTemplate).replace(QLatin1String("{key}"), key);
            if (indicator.isEmpty())
                continue; // a commodity or area this wall does not show
            QDateTime sourceTime;
            if (!series.time.isEmpty())
                sourceTime = m.time(fieldOf(record, series.time), series.timeFormat);
            m.addNumber(indicator, fieldOf(record, series.value), fieldPointer(at, series.value),
                        sourceTime);
        }
    }
}

void mapEvents(Mapper &m, const QJsonValue &root)
{
    const EventMapping &mapping = *m.m_feed.events;
    const std::optional<QJsonArray> records = m.records(root, mapping.records, QString());
    if (!records)
        return;
    for (qsizetype i = 0; i < records->size(); ++i) {
        const QJsonValue record = records->at(i);
        const JsonPointer at = mapping.records.child(i);
        EventRecord event;
        event.feedId = m.m_feed.id;
        event.id = textOf(fieldOf(record, mapping.id));
        if (event.id.isEmpty()) {
            m.m_result.sampleErrors.append(
                {QString(), fieldPointer(at, mapping.id), QStringLiteral("event without an id")});
            continue;
        }
        event.time = m.time(fieldOf(record, mapping.time), mapping.timeFormat);
        if (!event.time.isValid()) {
            m.m_result.sampleErrors.append({QString(), fieldPointer(at, mapping.time),
                                            QStringLiteral("event without a readable time")});
            continue;
        }
        if (!mapping.kecamatan.isEmpty())
            event.kecamatan = textOf(fieldOf(record, mapping.kecamatan));
        if (!mapping.category.isEmpty())
            event.category = textOf(fieldOf(record, mapping.category));
        if (!mapping.status.isEmpty())
            event.status = textOf(fieldOf(record, mapping.status));
        if (!mapping.text.isEmpty())
            event.text = textOf(fieldOf(record, mapping.text));
        m.m_result.events.append(event);
    }
}

} // namespace

ParseResult FeedMapper::map(const QJsonValue &root, const FeedConfig &feed,
                            const QTimeZone &sourceZone, const QDateTime &fetchTime)
{
    ParseResult result;
    Mapper mapper(feed, sourceZone, fetchTime, result);
    mapValues(mapper, root);
    mapSeries(mapper, root);
    if (feed.events)
        mapEvents(mapper, root);
    return result;
}

} // namespace Pantau
