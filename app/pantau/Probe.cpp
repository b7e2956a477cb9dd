#include "Probe.h"

#include "feeds/FeedPoller.h"
#include "time/SystemClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

#include <cstdio>

namespace Pantau {

namespace {

void printJsonLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

} // namespace

Probe::Probe(const FeedConfig &feed, const QHash<QString, QString> &units, const QString &timeZone,
             bool records, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_units(units)
    , m_zone(timeZone.toUtf8())
    , m_records(records)
    , m_clock(std::make_unique<SystemClock>())
{
    auto *network = new QNetworkAccessManager(this);
    m_poller = new FeedPoller(m_feed, m_feed.url, m_zone, network, m_clock.get(), this);
    m_poller->setKeepPayload(records);
    connect(m_poller, &FeedPoller::finished, this, &Probe::onFinished);
}

Probe::~Probe() = default;

void Probe::start()
{
    m_poller->pollNow();
}

void Probe::onFinished(const FeedResult &result)
{
    // One poll only: the poller would schedule the next one.
    m_poller->disconnect(this);
    if (!result.ok()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(m_feed.id), qPrintable(result.error));
        emit finished(1);
        return;
    }
    if (result.notModified) {
        std::fprintf(stderr, "%s: server answered 304 Not Modified\n", qPrintable(m_feed.id));
        emit finished(0);
        return;
    }
    if (m_records)
        printRecords(result);
    else
        printSamples(result);
    for (const SampleError &error : result.sampleErrors) {
        std::fprintf(stderr, "%s: %s: %s\n",
                     qPrintable(error.indicator.isEmpty() ? m_feed.id : error.indicator),
                     qPrintable(error.pointer), qPrintable(error.message));
    }
    for (const QString &warning : result.warnings)
        std::fprintf(stderr, "%s: %s\n", qPrintable(m_feed.id), qPrintable(warning));
    std::fflush(stdout);
    emit finished(0);
}

void Probe::printSamples(const FeedResult &result) const
{
    for (const Sample &sample : result.samples) {
        QJsonObject line;
        line.insert(QStringLiteral("indicator"), sample.indicator);
        line.insert(QStringLiteral("value"), sample.value);
        const auto unit = m_units.constFind(sample.indicator);
        line.insert(QStringLiteral("unit"),
                    unit == m_units.constEnd() ? QJsonValue() : QJsonValue(*unit));
        // The source's own time when it gave one, else when it was fetched; with its offset.
        const QDateTime time = sample.sourceTime.isValid() ? sample.sourceTime : result.fetchTime;
        line.insert(QStringLiteral("time"), time.toTimeZone(m_zone).toString(Qt::ISODate));
        if (sample.sourceTimeInFuture)
            line.insert(QStringLiteral("timeInFuture"), true);
        printJsonLine(line);
    }
    for (const EventRecord &event : result.events) {
        QJsonObject line;
        line.insert(QStringLiteral("event"), event.id);
        line.insert(QStringLiteral("time"), event.time.toTimeZone(m_zone).toString(Qt::ISODate));
        line.insert(QStringLiteral("kecamatan"), event.kecamatan);
        line.insert(QStringLiteral("category"), event.category);
        line.insert(QStringLiteral("status"), event.status);
        line.insert(QStringLiteral("text"), event.text);
        printJsonLine(line);
    }
}

void Probe::printRecords(const FeedResult &result) const
{
    QList<JsonPointer> arrays;
    for (const SeriesMapping &series : m_feed.series)
        arrays.append(series.records);
    if (m_feed.events)
        arrays.append(m_feed.events->records);
    if (arrays.isEmpty()) {
        // Single values only: the record is the whole document.
        printJsonLine(result.payload.isObject()
                          ? result.payload.toObject()
                          : QJsonObject{{QStringLiteral("document"), result.payload}});
        return;
    }
    QSet<QString> printed;
    for (const JsonPointer &pointer : arrays) {
        if (printed.contains(pointer.toString()))
            continue;
        printed.insert(pointer.toString());
        const QJsonArray records = pointer.resolve(result.payload).value_or(QJsonValue()).toArray();
        for (const QJsonValue &record : records)
            printJsonLine(record.isObject() ? record.toObject()
                                            : QJsonObject{{QStringLiteral("value"), record}});
    }
}

} // namespace Pantau
