#include "storage/LastGoodCache.h"

#include "TestValues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

IndicatorModel::CachedValue cachedValue(const QString &id, double value,
                                        const QDateTime &sourceTime, const QDateTime &fetchTime,
                                        const QList<QPointF> &history)
{
    IndicatorModel::CachedValue v;
    v.id = id;
    v.value = value;
    v.sourceTime = sourceTime;
    v.fetchTime = fetchTime;
    v.history = history;
    return v;
}

EventRecord eventRecord(const QString &feed, const QString &id, const QDateTime &time,
                        const QString &kecamatan, const QString &category, const QString &status,
                        const QString &text)
{
    return {feed, id, time, kecamatan, category, status, text};
}

LastGoodCache::Contents sampleContents()
{
    const qint64 ms = t0.toMSecsSinceEpoch();
    LastGoodCache::Contents contents;
    contents.values = {
        cachedValue(QStringLiteral("harga.telur"), 31234.5, t0.addSecs(-300).addMSecs(250),
                    t0.addMSecs(123),
                    {QPointF(double(ms - 120'000), 30000), QPointF(double(ms - 60'000), 30500.25),
                     QPointF(double(ms - 59'750), 31234.5)}),
        // No source time, and no history yet.
        cachedValue(QStringLiteral("realisasi"), 0.1, QDateTime(), t0, {}),
        cachedValue(QStringLiteral("suhu"), -3.75, t0.addSecs(-60), t0.addSecs(-5),
                    {QPointF(double(ms - 60'000), -3.75)}),
    };
    contents.records = {
        eventRecord(QStringLiteral("c112"), QStringLiteral("INC-0042"), t0.addSecs(-90).addMSecs(7),
                    QStringLiteral("Kanigoro"), QStringLiteral("kecelakaan"),
                    QStringLiteral("ditangani"),
                    QStringLiteral("Kecelakaan lalu lintas di Jl. Raya — 2 korban, \"ringan\"")),
        // Only the required fields.
        eventRecord(QStringLiteral("aduan"), QStringLiteral("7"), t0, QString(), QString(),
                    QString(), QString()),
    };
    return contents;
}

void compareValues(const QList<IndicatorModel::CachedValue> &actual,
                   const QList<IndicatorModel::CachedValue> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        INFO("value " << i << ": " << expected.at(i).id.toStdString());
        CHECK(actual.at(i).id == expected.at(i).id);
        CHECK(actual.at(i).value == expected.at(i).value);
        CHECK(actual.at(i).sourceTime.isValid() == expected.at(i).sourceTime.isValid());
        CHECK(actual.at(i).sourceTime == expected.at(i).sourceTime);
        CHECK(actual.at(i).fetchTime == expected.at(i).fetchTime);
        CHECK(actual.at(i).fetchTime.timeSpec() == Qt::UTC);
        if (actual.at(i).sourceTime.isValid())
            CHECK(actual.at(i).sourceTime.timeSpec() == Qt::UTC);
        CHECK(actual.at(i).history == expected.at(i).history);
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray savedBytes(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("reference.json"));
    QString error;
    REQUIRE(LastGoodCache(path).save(sampleContents(), t0, &error));
    return readAll(path);
}

} // namespace

TEST_CASE("LastGoodCache round-trips values and event records")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The folder does not exist yet: save makes it.
    const QString path = dir.filePath(QStringLiteral("cache/pantau/last-good.json"));
    const LastGoodCache cache(path);
    CHECK(cache.path() == path);

    const LastGoodCache::Contents contents = sampleContents();
    QString error;
    REQUIRE(cache.save(contents, t0.addSecs(10), &error));
    CHECK(error.isEmpty());
    REQUIRE(QFileInfo::exists(path));

    QStringList warnings;
    const LastGoodCache::Contents loaded = cache.load(&warnings);
    CHECK(warnings.isEmpty());
    compareValues(loaded.values, contents.values);
    CHECK(loaded.records == contents.records);

    // It is a cache file a person can recognise.
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("pantau-cache"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);

    SECTION("a second save replaces the first, leaving no temporary files")
    {
        LastGoodCache::Contents second;
        second.values = {
            cachedValue(QStringLiteral("harga.telur"), 29000, QDateTime(), t0.addSecs(60), {})};
        REQUIRE(cache.save(second, t0.addSecs(70), &error));
        const LastGoodCache::Contents again = cache.load(&warnings);
        CHECK(warnings.isEmpty());
        compareValues(again.values, second.values);
        CHECK(again.records.isEmpty());
        CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden) ==
              QStringList{QFileInfo(path).fileName()});
    }

    SECTION("empty contents round-trip as empty")
    {
        REQUIRE(cache.save({}, t0, &error));
        const LastGoodCache::Contents empty = cache.load(&warnings);
        CHECK(warnings.isEmpty());
        CHECK(empty.values.isEmpty());
        CHECK(empty.records.isEmpty());
        CHECK(QFileInfo::exists(path));
    }
}

TEST_CASE("LastGoodCache loads a missing file as empty, without a warning")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("never-written.json"));
    QStringList warnings;
    const LastGoodCache::Contents contents = LastGoodCache(path).load(&warnings);
    CHECK(contents.values.isEmpty());
    CHECK(contents.records.isEmpty());
    CHECK(warnings.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path)); // loading creates nothing
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("LastGoodCache sets aside a file it cannot use, with one warning")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("last-good.json"));
    const QByteArray good = savedBytes(dir);
    QFile::remove(dir.filePath(QStringLiteral("reference.json")));

    QByteArray bytes;
    SECTION("garbage bytes")
    {
        const char raw[] = "\x00\xff\xfe"
                           "PK\x03\x04 not json at all \x01\x02";
        bytes = QByteArray(raw, sizeof raw - 1);
    }
    SECTION("truncated JSON, as a full disk might leave it")
    {
        bytes = good.left(good.size() / 2);
    }
    SECTION("an empty file")
    {
        bytes = QByteArray();
    }
    SECTION("a foreign JSON object: a Pantau config, not a cache")
    {
        bytes = R"({"version": 1, "feeds": [], "indicators": [], "screens": []})";
    }
    SECTION("a foreign JSON array")
    {
        bytes = "[1, 2, 3]";
    }
    SECTION("a cache of a future version")
    {
        QJsonObject root = QJsonDocument::fromJson(good).object();
        REQUIRE(root.value(QStringLiteral("version")).toInt() == 1);
        root.insert(QStringLiteral("version"), 2);
        bytes = QJsonDocument(root).toJson();
    }
    writeAll(path, bytes);

    const LastGoodCache cache(path);
    QStringList warnings;
    const LastGoodCache::Contents contents = cache.load(&warnings);
    CHECK(contents.values.isEmpty());
    CHECK(contents.records.isEmpty());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.constFirst().contains(path));

    // Set aside, not deleted: the original name is free, the bytes are kept for a post-mortem.
    CHECK_FALSE(QFileInfo::exists(path));
    const QString prefix = QFileInfo(path).fileName() + QStringLiteral(".bad-");
    const QStringList aside =
        QDir(dir.path()).entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    REQUIRE(aside.size() == 1);
    CHECK(aside.constFirst().size() > prefix.size());
    CHECK(readAll(dir.filePath(aside.constFirst())) == bytes);

    // The next start finds no file: empty again, and quietly.
    QStringList second;
    CHECK(cache.load(&second).values.isEmpty());
    CHECK(second.isEmpty());

    // And the cache works again.
    QString error;
    REQUIRE(cache.save(sampleContents(), t0, &error));
    compareValues(cache.load(&second).values, sampleContents().values);
    CHECK(second.isEmpty());
}

TEST_CASE("LastGoodCache skips entries with missing or wrong-typed fields, keeps the good ones")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("last-good.json"));
    const QString fetch = QStringLiteral("2026-11-28T06:00:00.000Z");
    const qint64 ms = t0.toMSecsSinceEpoch();
    auto entry = [&](std::initializer_list<std::pair<QString, QJsonValue>> fields) {
        QJsonObject object;
        for (const auto &[key, value] : fields)
            object.insert(key, value);
        return object;
    };
    const QJsonArray indicators = {
        entry({{"id", "good"},
               {"value", 42.5},
               {"sourceTime", "2026-11-28T05:59:00.000Z"},
               {"fetchTime", fetch},
               {"history", QJsonArray{QJsonArray{ms - 1000, 41.0}, QJsonArray{ms, 42.5}}}}),
        entry({{"value", 1}, {"fetchTime", fetch}}),                         // no id
        entry({{"id", 5}, {"value", 1}, {"fetchTime", fetch}}),              // id not a string
        entry({{"id", "s"}, {"value", "1"}, {"fetchTime", fetch}}),          // value a string
        entry({{"id", "n"}, {"value", QJsonValue()}, {"fetchTime", fetch}}), // value null
        entry({{"id", "m"}, {"fetchTime", fetch}}),                          // no value
        entry({{"id", "f"}, {"value", 1}}),                                  // no fetch time
        entry({{"id", "g"}, {"value", 1}, {"fetchTime", "kemarin"}}),        // not a time
        entry({{"id", "h"}, {"value", 1}, {"fetchTime", 1764309600}}),       // a number, not a time
        QJsonValue(QStringLiteral("not an object")),
        QJsonValue(7),
        // Good, but only one of its history points is a usable (time, value) pair.
        entry({{"id", "partial"},
               {"value", 3},
               {"fetchTime", fetch},
               {"history", QJsonArray{QJsonArray{ms - 3000, "x"}, QJsonArray{ms - 2000},
                                      QStringLiteral("y"), QJsonArray{ms - 1500, 1, 2},
                                      QJsonArray{"t", 2.0}, QJsonArray{ms - 1000, 3.0}}}}),
    };
    const QJsonArray records = {
        entry({{"feed", "c112"},
               {"id", "A1"},
               {"time", fetch},
               {"kecamatan", "Wlingi"},
               {"category", "kebakaran"},
               {"status", "selesai"},
               {"text", "Kebakaran rumah"}}),
        entry({{"id", "A2"}, {"time", fetch}}),                          // no feed
        entry({{"feed", "c112"}, {"time", fetch}}),                      // no id
        entry({{"feed", "c112"}, {"id", 3}, {"time", fetch}}),           // id not a string
        entry({{"feed", "c112"}, {"id", "A3"}}),                         // no time
        entry({{"feed", "c112"}, {"id", "A4"}, {"time", "besok pagi"}}), // not a time
        QJsonValue(QJsonArray{1, 2}),
        entry({{"feed", "aduan"}, {"id", "B1"}, {"time", fetch}}), // good, optional fields absent
    };
    const QJsonObject root{{"format", "pantau-cache"},
                           {"version", 1},
                           {"saved", fetch},
                           {"indicators", indicators},
                           {"records", records}};
    writeAll(path, QJsonDocument(root).toJson());

    QStringList warnings;
    const LastGoodCache::Contents contents = LastGoodCache(path).load(&warnings);
    compareValues(contents.values,
                  {cachedValue(QStringLiteral("good"), 42.5, t0.addSecs(-60), t0,
                               {QPointF(double(ms - 1000), 41.0), QPointF(double(ms), 42.5)}),
                   cachedValue(QStringLiteral("partial"), 3, QDateTime(), t0,
                               {QPointF(double(ms - 1000), 3.0)})});
    const QList<EventRecord> expectedRecords = {
        eventRecord(QStringLiteral("c112"), QStringLiteral("A1"), t0, QStringLiteral("Wlingi"),
                    QStringLiteral("kebakaran"), QStringLiteral("selesai"),
                    QStringLiteral("Kebakaran rumah")),
        eventRecord(QStringLiteral("aduan"), QStringLiteral("B1"), t0, QString(), QString(),
                    QString(), QString())};
    CHECK(contents.records == expectedRecords);
    // A file with some bad entries is still a cache: it stays where it is.
    CHECK(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bad-*")}, QDir::Files).isEmpty());
}

TEST_CASE("LastGoodCache save reports a path it cannot write")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString path;
    SECTION("under a regular file")
    {
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        writeAll(blocker, "a file, not a folder");
        path = blocker + QStringLiteral("/cache/last-good.json");
    }
    SECTION("a folder where the file should be")
    {
        path = dir.filePath(QStringLiteral("occupied"));
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("occupied")));
    }
    const LastGoodCache cache(path);
    QString error;
    CHECK_FALSE(cache.save(sampleContents(), t0, &error));
    INFO("error: " << error.toStdString());
    CHECK_FALSE(error.isEmpty());
    CHECK(error.contains(path));
    // Nothing half-written is left behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() <= 1);
}

TEST_CASE("LastGoodCache default path is one per config")
{
    const QString a = QDir::current().absoluteFilePath(QStringLiteral("blitar.json"));
    const QString b = QDir::current().absoluteFilePath(QStringLiteral("blitar-test.json"));
    const QString pathA = LastGoodCache::defaultPath(a);
    CHECK_FALSE(pathA.isEmpty());
    CHECK(QFileInfo(pathA).isAbsolute());
    CHECK(pathA.endsWith(QStringLiteral(".json")));
    CHECK(LastGoodCache::defaultPath(a) == pathA);
    CHECK(LastGoodCache::defaultPath(b) != pathA);
    // The same file named relatively is the same config.
    CHECK(LastGoodCache::defaultPath(QStringLiteral("blitar.json")) == pathA);
    // Configs of the same name in different folders are different walls.
    CHECK(LastGoodCache::defaultPath(QStringLiteral("/srv/wall-2/blitar.json")) != pathA);
    // Every cache is in the same folder; only the name tells them apart.
    CHECK(QFileInfo(LastGoodCache::defaultPath(b)).absolutePath() ==
          QFileInfo(pathA).absolutePath());
}
