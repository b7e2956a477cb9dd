#pragma once

#include "FeedCatalog.h"
#include "config/Config.h"
#include "feeds/FeedResult.h"
#include "state/DataHub.h"
#include "time/ManualClock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace Pantau {

// One ingest path of the wall, set up for the ingest benchmarks: a demo feed's config, a
// DataHub built from the demo config, and the feed's answers in their real wire formats, at the
// demo's size or ten times it. The answers come from the simulator (FeedCatalog, FeedEncoder);
// ingest() then does with one poll's answer exactly what FeedPoller and DataHub do.
class IngestFixture
{
public:
    enum class Path { Json, Csv, Ckan, Ngsi };

    // One poll's answer: the pages the wall fetches for it (CKAN pages until one comes back
    // empty; one page for every other format), and when it arrives.
    struct Poll
    {
        QDateTime time;
        QList<std::pair<QUrl, QByteArray>> pages;
        qint64 bytes = 0;
    };

    // `scale` is 1 (the demo's own payload) or 10 (ten times the records, entities or rows).
    IngestFixture(Path path, int scale);
    ~IngestFixture();

    // Set when the fixture cannot measure honestly (a payload that does not read, a mapping
    // that leaves samples out, a 10x payload without ten times the samples); then nothing else
    // may be used.
    QString error() const { return m_error; }

    // The answer a poll at `time` gets. Building it is the simulator's work, not the wall's:
    // callers keep it out of the timed part.
    Poll makePoll(const QDateTime &time) const;
    // Reads the pages, joins CKAN pages, maps, and applies the result to the models, as
    // FeedPoller::onReplyFinished and DataHub::apply do. Returns what was applied.
    FeedResult ingest(const Poll &poll);

    // The first poll's time, and the time between polls: the source's own update period, so
    // each poll carries the source's next report rather than one the models already hold.
    QDateTime startTime() const { return m_start; }
    qint64 stepSeconds() const { return m_stepSeconds; }
    const FeedConfig &feed() const { return m_feed; }

    // The copies a 10x payload adds to a record's key ("3505015" -> "3505015-3").
    static QString copyKey(const QString &key, int copy);

private:
    // The feed's answer pages at `time`, at this fixture's scale.
    QList<std::pair<QUrl, QByteArray>> pagesAt(const QDateTime &time) const;
    QByteArray render(const QDateTime &time, const QUrl &url) const;
    QByteArray widen(const QByteArray &bytes, const QDateTime &time, const QUrl &url) const;
    // Gives the feed's mapping and the config an indicator for every key a 10x payload adds.
    void widenMapping(Config &config);
    // Reads and maps a poll without touching the models.
    ParseResult read(const Poll &poll, QStringList *warnings, QString *error) const;
    // Sets error() when the fixture would not measure what it claims to.
    void check();

    Path m_path;
    int m_scale;
    FeedCatalog m_catalog;
    const FeedCatalog::Feed *m_source = nullptr;
    Config m_config;
    FeedConfig m_feed;
    QUrl m_url;
    QTimeZone m_sourceZone;
    QDateTime m_start;
    qint64 m_stepSeconds = 60;
    ManualClock m_clock;
    std::unique_ptr<DataHub> m_hub;
    QString m_error;
};

} // namespace Pantau
