// The stats file a soak run and the running-wall benchmark read: the work a wall has done.

#include "StatsFile.h"

#include "TestValues.h"
#include "Wall.h"
#include "binding/RepaintScheduler.h"
#include "config/ConfigLoader.h"
#include "state/DataHub.h"
#include "time/ManualClock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

FeedResult answer(const QDateTime &time, int samples)
{
    FeedResult result;
    result.feedId = QStringLiteral("bpkad-realisasi-apbd");
    result.fetchTime = time;
    for (int i = 0; i < samples; ++i)
        result.samples.append({QStringLiteral("apbd.pendapatan.persen"), 80.0 + i, time, false});
    return result;
}

QJsonObject read(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("The stats file counts polls, samples and repaints, and keeps them over a reload")
{
    const ConfigLoader::Result loaded =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_TEST_DATA "/config/minimal.json"));
    REQUIRE(loaded.config);
    ManualClock clock(t0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.json"));
    StatsFile stats(path, &clock);

    auto hub = std::make_unique<DataHub>(*loaded.config, DataHub::Options{}, &clock);
    RepaintScheduler scheduler(&clock);
    stats.setSources(hub.get(), &scheduler);
    hub->apply(answer(clock.now(), 1));
    FeedResult failed = answer(clock.now(), 0);
    failed.error = QStringLiteral("HTTP 502");
    failed.failure = FailureKind::ServerError;
    hub->apply(failed);
    QWidget a, b;
    scheduler.markDirty(&a);
    scheduler.markDirty(&b);
    QDeadlineTimer limit(5000);
    while (scheduler.batchPending() && !limit.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    QString why;
    REQUIRE(stats.writeNow(&why));
    QJsonObject written = read(path);
    CHECK(written.value(QStringLiteral("polls")).toInteger() == 2);
    CHECK(written.value(QStringLiteral("failedPolls")).toInteger() == 1);
    CHECK(written.value(QStringLiteral("samples")).toInteger() == 1);
    CHECK(written.value(QStringLiteral("repaints")).toInteger() == 2);
    CHECK(written.value(QStringLiteral("repaintBatches")).toInteger() == 1);
    CHECK(written.value(QStringLiteral("simulatedTime")).toString() ==
          QStringLiteral("2026-11-28T06:00:00Z"));
    CHECK(written.value(QStringLiteral("pid")).toInteger() == QCoreApplication::applicationPid());

    // A reload builds a new hub: the counts go on from where they were.
    stats.detach();
    hub = std::make_unique<DataHub>(*loaded.config, DataHub::Options{}, &clock);
    stats.setSources(hub.get(), nullptr);
    clock.advanceSeconds(60);
    hub->apply(answer(clock.now(), 3));
    REQUIRE(stats.writeNow(&why));
    written = read(path);
    CHECK(written.value(QStringLiteral("polls")).toInteger() == 3);
    CHECK(written.value(QStringLiteral("samples")).toInteger() == 4);
    CHECK(written.value(QStringLiteral("repaints")).toInteger() == 2);
    CHECK(written.value(QStringLiteral("simulatedTime")).toString() ==
          QStringLiteral("2026-11-28T06:01:00Z"));
    // Each write replaced the file whole and left nothing beside it.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("stats.json")});
}

TEST_CASE("The stats file names the place it cannot write")
{
    ManualClock clock(t0);
    StatsFile stats(QStringLiteral("/nonexistent-folder/stats.json"), &clock);
    QString why;
    CHECK_FALSE(stats.writeNow(&why));
    CHECK(why.contains(QStringLiteral("/nonexistent-folder/stats.json")));

    // A folder where the file should be: the new file cannot replace it, and says so.
    QTemporaryDir dir;
    const QString taken = dir.filePath(QStringLiteral("stats.json"));
    REQUIRE(QDir().mkdir(taken));
    StatsFile blocked(taken, &clock);
    CHECK_FALSE(blocked.writeNow(&why));
    CHECK(why.startsWith(QStringLiteral("cannot replace %1: ").arg(taken)));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no part left behind
}

TEST_CASE("Start-up ends at the first frame in which every shown tile has data")
{
    QTemporaryDir dir;
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    const QString configPath = dir.filePath(QStringLiteral("wall.json"));
    {
        QFile file(configPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1,
  "feeds": [
    {"id": "a", "opd": "BPKAD", "url": "./a.json", "format": "json", "intervalSeconds": 3600,
     "values": [{"indicator": "pad", "pointer": "/v"}]},
    {"id": "b", "opd": "BPKAD", "url": "./b.json", "format": "json", "intervalSeconds": 3600,
     "values": [{"indicator": "belanja", "pointer": "/v"}]}],
  "indicators": [
    {"id": "pad", "label": {"id": "PAD"}, "unit": "%", "dimension": "governance"},
    {"id": "belanja", "label": {"id": "Belanja"}, "unit": "%", "dimension": "governance"}],
  "screens": [{"name": "WALL-1", "tiles": [{"type": "kpi", "indicator": "pad"},
                                           {"type": "kpi", "indicator": "belanja"}]}]})");
    }
    auto writeValue = [&](const char *name) {
        QFile file(dir.filePath(QLatin1String(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"v": 42.5})");
    };
    writeValue("a.json"); // b.json is missing: its tile has nothing to show
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(configPath);
    REQUIRE(loaded.config);

    const QString statsPath = dir.filePath(QStringLiteral("stats.json"));
    Wall wall(*loaded.config);
    wall.setStatsFile(statsPath);
    QString error;
    REQUIRE(wall.build(false, &error));
    wall.show(true);
    auto pollsDone = [&](qint64 polls) {
        QDeadlineTimer limit(10000);
        while (wall.hub()->counters().polls < polls && !limit.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        REQUIRE(wall.hub()->counters().polls >= polls);
        // Time for the repaint batch and the paint it asks for.
        QDeadlineTimer settle(1000);
        while (!settle.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    };
    pollsDone(2);
    REQUIRE(wall.views().size() == 1);
    // Written at once when start-up ends, else every few seconds.
    QDeadlineTimer written(StatsFile::IntervalMs + 2000);
    while (!QFile::exists(statsPath) && !written.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK_FALSE(read(statsPath).contains(QStringLiteral("firstFullFrame")));

    // The second feed answers: the next frame is the first full one.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    writeValue("b.json");
    wall.hub()->pollAllNow();
    pollsDone(4);
    const QJsonObject stats = read(statsPath);
    REQUIRE(stats.contains(QStringLiteral("firstFullFrame")));
    const QDateTime at = QDateTime::fromString(
        stats.value(QStringLiteral("firstFullFrame")).toString(), Qt::ISODateWithMs);
    CHECK(at >= before.addMSecs(-1)); // ms precision in the file
    CHECK(at <= QDateTime::currentDateTimeUtc());
    CHECK(stats.value(QStringLiteral("firstFullFrameUptimeSeconds")).toDouble() > 0);
}
