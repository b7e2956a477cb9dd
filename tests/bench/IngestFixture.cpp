#include "IngestFixture.h"

#include "DemoConfig.h"
#include "FeedEncoder.h"
#include "feeds/FeedManager.h"
#include "feeds/FeedPoller.h"
#include "formats/CkanReader.h"
#include "formats/CsvReader.h"
#include "formats/FeedMapper.h"
#include "formats/PayloadReader.h"
#include "state/IndicatorModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Pantau {

namespace {

// The demo's feed for each path. JSON: the hospitals' bed report, plain JSON with the last 24
// hours hour by hour per hospital; its size grows with the number of hospitals, so ten times
// the hospitals is ten times the samples. (The 112 summary's ten fixed values would not grow.)
struct PathSetup
{
    const char *feed;
    qint64 stepSeconds; // how often the source publishes a new report
};

PathSetup setupOf(IngestFixture::Path path)
{
    switch (path) {
    case IngestFixture::Path::Json:
        return {"dinkes-tempat-tidur", 900}; // a SIRS bed report every 15 minutes
    case IngestFixture::Path::Csv:
        return {"diskoperindag-harga-pangan", 86400}; // a block of rows a day
    case IngestFixture::Path::Ckan:
        return {"kominfo-aduan-kecamatan", 3600}; // counts as of the hour
    case IngestFixture::Path::Ngsi:
        return {"bpbd-tinggi-muka-air", 600}; // a gauge reading every 10 minutes
    }
    return {"", 60};
}

// Each record `scale` times, the copies' keys made distinct, copies next to their original so
// a time-ordered list stays in order.
QJsonArray widenRecords(const QJsonArray &records, const QString &keyField, int scale)
{
    QJsonArray out;
    for (const QJsonValue &record : records) {
        const QJsonObject original = record.toObject();
        for (int copy = 0; copy < scale; ++copy) {
            QJsonObject widened = original;
            widened.insert(keyField,
                           IngestFixture::copyKey(original.value(keyField).toString(), copy));
            out.append(widened);
        }
    }
    return out;
}

} // namespace

IngestFixture::IngestFixture(Path path, int scale)
    : m_path(path)
    , m_scale(scale)
    , m_start(QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC))
    , m_clock(m_start)
{
    const PathSetup setup = setupOf(path);
    m_stepSeconds = setup.stepSeconds;
    m_source = m_catalog.byId(QLatin1String(setup.feed));
    const std::optional<Config> config = loadDemoConfig(&m_error);
    if (!config)
        return;
    m_config = *config;
    for (const FeedConfig &feed : std::as_const(m_config.feeds))
        if (feed.id == QLatin1String(setup.feed))
            m_feed = feed;
    if (!m_source || m_feed.id.isEmpty()) {
        m_error = QStringLiteral("the demo has no feed %1").arg(QLatin1String(setup.feed));
        return;
    }
    widenMapping(m_config);
    DataHub::Options options;
    // The pollers are made but never started: the benchmark hands the hub its answers.
    options.demoBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
    m_url = FeedManager::resolveUrl(m_feed.url, options.demoBase);
    m_sourceZone = FeedManager::sourceZone(m_config, m_feed);
    m_hub = std::make_unique<DataHub>(m_config, options, &m_clock);
    check();
}

IngestFixture::~IngestFixture() = default;

QString IngestFixture::copyKey(const QString &key, int copy)
{
    return copy == 0 ? key : QStringLiteral("%1-%2").arg(key).arg(copy);
}

IngestFixture::Poll IngestFixture::makePoll(const QDateTime &time) const
{
    Poll poll;
    poll.time = time;
    poll.pages = pagesAt(time);
    for (const auto &page : std::as_const(poll.pages))
        poll.bytes += page.second.size();
    return poll;
}

FeedResult IngestFixture::ingest(const Poll &poll)
{
    m_clock.setNow(poll.time);
    FeedResult result;
    result.feedId = m_feed.id;
    result.fetchTime = m_clock.now();
    result.httpStatus = 200;
    result.bytes = poll.bytes;
    QString error;
    ParseResult parsed = read(poll, &result.warnings, &error);
    if (!error.isEmpty()) {
        result.error = error;
        result.failure = FailureKind::BadData;
        return result;
    }
    result.samples = std::move(parsed.samples);
    result.sampleErrors = std::move(parsed.sampleErrors);
    result.events = std::move(parsed.events);
    m_hub->apply(result);
    return result;
}

ParseResult IngestFixture::read(const Poll &poll, QStringList *warnings, QString *error) const
{
    // FeedPoller::onReplyFinished, minus the network: read each page, join CKAN's pages, map.
    QJsonValue merged;
    for (qsizetype i = 0; i < poll.pages.size(); ++i) {
        const Payload payload =
            PayloadReader::read(poll.pages.at(i).second, m_feed, poll.pages.at(i).first);
        if (!payload.ok()) {
            *error = payload.error;
            return {};
        }
        *warnings += payload.warnings;
        if (i == 0)
            merged = payload.root;
        else
            CkanReader::appendPage(merged, payload.root);
    }
    return FeedMapper::map(merged, m_feed, m_sourceZone, poll.time);
}

QList<std::pair<QUrl, QByteArray>> IngestFixture::pagesAt(const QDateTime &time) const
{
    // The pages the poller would fetch: it follows CKAN's next link until a page comes back
    // without records.
    QList<std::pair<QUrl, QByteArray>> pages;
    QUrl url = m_url;
    while (pages.size() < FeedPoller::MaxPages) {
        const QByteArray bytes =
            m_scale == 1 ? render(time, url) : widen(render(time, m_url), time, url);
        pages.append({url, bytes});
        const Payload payload = PayloadReader::read(bytes, m_feed, url);
        if (!payload.ok() || !payload.nextPage.isValid())
            break;
        url = payload.nextPage;
    }
    return pages;
}

QByteArray IngestFixture::render(const QDateTime &time, const QUrl &url) const
{
    return m_source->render(time, QUrlQuery(url));
}

QByteArray IngestFixture::widen(const QByteArray &bytes, const QDateTime &time,
                                const QUrl &url) const
{
    // The same shape with ten times the content, re-encoded by the simulator's own encoder.
    // `bytes` is the demo's answer to the first request, which holds all its records.
    switch (m_path) {
    case Path::Json: {
        QJsonObject body = QJsonDocument::fromJson(bytes).object();
        QSet<QString> widened;
        for (const SeriesMapping &series : std::as_const(m_feed.series)) {
            const QString array = series.records.tokens().value(0);
            if (series.records.tokens().size() != 1 || widened.contains(array))
                continue;
            widened.insert(array);
            body.insert(array, widenRecords(body.value(array).toArray(), series.key, m_scale));
        }
        return FeedEncoder::json(body);
    }
    case Path::Ckan: {
        const QJsonObject result =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("result")).toObject();
        QList<std::pair<QString, QString>> fields;
        for (const QJsonValue &field : result.value(QStringLiteral("fields")).toArray()) {
            const QString id = field[QStringLiteral("id")].toString();
            if (id != QLatin1String("_id"))
                fields.append({id, field[QStringLiteral("type")].toString()});
        }
        QJsonArray records;
        for (const QJsonValue &record : result.value(QStringLiteral("records")).toArray()) {
            QJsonObject r = record.toObject();
            r.remove(QStringLiteral("_id"));
            records.append(r);
        }
        return FeedEncoder::ckan(result.value(QStringLiteral("resource_id")).toString(), fields,
                                 widenRecords(records, m_feed.series.value(0).key, m_scale),
                                 url.path(), QUrlQuery(url));
    }
    case Path::Ngsi: {
        const QJsonArray entities = QJsonDocument::fromJson(bytes).array();
        QList<FeedEncoder::NgsiEntity> widened;
        for (const QJsonValue &value : entities) {
            const QJsonObject entity = value.toObject();
            for (int copy = 0; copy < m_scale; ++copy) {
                FeedEncoder::NgsiEntity e;
                e.id = copyKey(entity.value(QStringLiteral("id")).toString(), copy);
                e.type = entity.value(QStringLiteral("type")).toString();
                e.observedAt = QDateTime::fromString(
                    entity[QStringLiteral("TimeInstant")][QStringLiteral("value")].toString(),
                    Qt::ISODateWithMs);
                for (auto it = entity.constBegin(); it != entity.constEnd(); ++it) {
                    if (it.key() != QLatin1String("id") && it.key() != QLatin1String("type") &&
                        it.key() != QLatin1String("TimeInstant"))
                        e.attributes.insert(it.key(), it.value()[QStringLiteral("value")]);
                }
                widened.append(e);
            }
        }
        return FeedEncoder::ngsi(widened, false);
    }
    case Path::Csv: {
        // The sheet keeps seven days; ten times the rows is seventy days of the same
        // commodities, which the demo's mapping already maps row by row. The older weeks are
        // the simulator's sheets of earlier dates, oldest first as the office appends them.
        CsvOptions options;
        options.delimiter = u';';
        QStringList header;
        QList<QStringList> rows;
        for (int week = m_scale - 1; week >= 0; --week) {
            const std::optional<CsvTable> sheet =
                CsvReader::read(render(time.addDays(-7 * week), url), options).table;
            if (!sheet)
                return QByteArray();
            header = sheet->header;
            rows += sheet->rows;
        }
        return FeedEncoder::csv(header, rows);
    }
    }
    return bytes;
}

void IngestFixture::widenMapping(Config &config)
{
    if (m_scale == 1 || m_path == Path::Csv)
        return;
    // The demo maps its few hospitals, gauges or kecamatan by name; a 10x payload's copies
    // would be dropped unmapped and the 10x figure would lie. So the bench's own FeedConfig
    // maps every copy to an indicator of its own, and the config gains those indicators, each
    // a copy of its original (thresholds and all), so the models do the same work for them.
    QSet<QString> known;
    QHash<QString, IndicatorConfig> byId;
    for (const IndicatorConfig &indicator : std::as_const(config.indicators)) {
        known.insert(indicator.id);
        byId.insert(indicator.id, indicator);
    }
    auto add = [&](const QString &id, const QString &original) {
        if (known.contains(id) || !byId.contains(original))
            return;
        IndicatorConfig copy = byId.value(original);
        copy.id = id;
        config.indicators.append(copy);
        known.insert(id);
    };
    for (SeriesMapping &series : m_feed.series) {
        const QHash<QString, QString> named = series.indicators;
        for (auto it = named.constBegin(); it != named.constEnd(); ++it) {
            for (int copy = 1; copy < m_scale; ++copy) {
                series.indicators.insert(copyKey(it.key(), copy), copyKey(it.value(), copy));
                add(copyKey(it.value(), copy), it.value());
            }
        }
        if (series.indicatorTemplate.isEmpty())
            continue;
        const QString prefix = series.indicatorTemplate.section(QStringLiteral("{key}"), 0, 0);
        const QString suffix = series.indicatorTemplate.section(QStringLiteral("{key}"), 1);
        for (const QString &id : byId.keys()) {
            if (id.size() <= prefix.size() + suffix.size() || !id.startsWith(prefix) ||
                !id.endsWith(suffix))
                continue;
            const QString key = id.mid(prefix.size(), id.size() - prefix.size() - suffix.size());
            for (int copy = 1; copy < m_scale; ++copy)
                add(prefix + copyKey(key, copy) + suffix, id);
        }
    }
    for (FeedConfig &feed : config.feeds)
        if (feed.id == m_feed.id)
            feed = m_feed;
}

void IngestFixture::check()
{
    // Once, before any timing: the answer reads, every sample lands on an indicator this feed
    // owns (else the models would skip it and the figure would flatter), no mapped value is
    // missing, and a 10x answer gives ten times the demo's samples.
    const Poll poll = makePoll(m_start);
    QStringList warnings;
    const ParseResult parsed = read(poll, &warnings, &m_error);
    if (!m_error.isEmpty())
        return;
    if (parsed.samples.isEmpty()) {
        m_error = QStringLiteral("%1 gave no samples").arg(m_feed.id);
        return;
    }
    if (!parsed.sampleErrors.isEmpty()) {
        m_error = QStringLiteral("%1: %2").arg(m_feed.id, parsed.sampleErrors.first().message);
        return;
    }
    for (const Sample &sample : parsed.samples) {
        const QModelIndex index = m_hub->indicators()->indexOf(sample.indicator);
        if (index.data(IndicatorModel::FeedRole).toString() != m_feed.id) {
            m_error = QStringLiteral("%1 maps %2, which the models do not hold for it")
                          .arg(m_feed.id, sample.indicator);
            return;
        }
    }
    if (m_scale != 1) {
        const IngestFixture demo(m_path, 1);
        if (!demo.error().isEmpty()) {
            m_error = demo.error();
            return;
        }
        QString demoError;
        const qsizetype demoSamples =
            demo.read(demo.makePoll(m_start), &warnings, &demoError).samples.size();
        if (parsed.samples.size() != m_scale * demoSamples) {
            m_error = QStringLiteral("%1 at %2x gives %3 samples, not %2 x %4")
                          .arg(m_feed.id)
                          .arg(m_scale)
                          .arg(parsed.samples.size())
                          .arg(demoSamples);
            return;
        }
    }
}

} // namespace Pantau
