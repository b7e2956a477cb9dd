#pragma once

#include "config/Config.h"
#include "feeds/FeedResult.h"

#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <memory>

namespace Pantau {

class FeedPoller;
class SystemClock;

// `pantau --probe FEEDFILE`: fetches one feed once, the way the wall would, and prints what it
// got, one JSON object per line, so a person can check a feed before putting it on the wall.
// With `records`, prints the records as the parser read them instead of the mapped samples.
class Probe : public QObject
{
    Q_OBJECT

public:
    // `units` gives indicator units when a config was named beside the feed file.
    Probe(const FeedConfig &feed, const QHash<QString, QString> &units, const QString &timeZone,
          bool records, QObject *parent = nullptr);
    ~Probe() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void onFinished(const FeedResult &result);
    void printSamples(const FeedResult &result) const;
    void printRecords(const FeedResult &result) const;

    FeedConfig m_feed;
    QHash<QString, QString> m_units;
    QTimeZone m_zone;
    bool m_records;
    std::unique_ptr<SystemClock> m_clock;
    FeedPoller *m_poller = nullptr; // child
};

} // namespace Pantau
