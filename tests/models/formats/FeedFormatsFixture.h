#pragma once

#include "TestValues.h"
#include "formats/BpsReader.h"
#include "formats/FeedIngest.h"
#include "formats/FeedMapper.h"
#include "formats/PayloadReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

// What the feed format tests share: the captured answers of tests/data/feeds, the feeds that
// read them, and ways to look at what came out.
namespace Pantau::Test {

inline QByteArray feedFixture(const char *name)
{
    QFile file(QStringLiteral(PANTAU_TEST_DATA "/feeds/") + QLatin1String(name));
    INFO("fixture " << name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

// When the wall fetched: 28 November 2026, 13:10 WIB.
inline QDateTime fetchTime()
{
    return utc(2026, 11, 28, 6, 10);
}

inline JsonPointer pointer(const char *text)
{
    return JsonPointer::parse(QString::fromUtf8(text)).value();
}

inline FeedConfig feedConfig(const char *id, const char *format)
{
    FeedConfig feed;
    feed.id = QString::fromUtf8(id);
    feed.format = EnumTable::named(FeedFormats, QString::fromUtf8(format))->value;
    return feed;
}

inline SeriesMapping series(const char *records, const char *key, const char *value,
                            const char *time = "", const char *timeFormat = "")
{
    SeriesMapping s;
    s.records = pointer(records);
    s.key = QString::fromUtf8(key);
    s.value = QString::fromUtf8(value);
    s.time = QString::fromUtf8(time);
    s.timeFormat = QString::fromUtf8(timeFormat);
    return s;
}

inline ParseResult parse(const QByteArray &bytes, const FeedConfig &feed,
                         const QDateTime &fetched = fetchTime())
{
    return FeedIngest::parse(bytes, feed, jakarta(), fetched);
}

// The samples of one indicator, in payload order.
inline QList<Sample> samplesOf(const ParseResult &result, const char *indicator)
{
    QList<Sample> found;
    for (const Sample &sample : result.samples) {
        if (sample.indicator == QLatin1String(indicator))
            found.append(sample);
    }
    return found;
}

inline const Sample *onlySample(const ParseResult &result, const char *indicator)
{
    const Sample *found = nullptr;
    for (const Sample &sample : result.samples) {
        if (sample.indicator == QLatin1String(indicator)) {
            if (found)
                return nullptr; // more than one
            found = &sample;
        }
    }
    return found;
}

inline QString describe(const ParseResult &result)
{
    QStringList lines;
    lines.append(QStringLiteral("error: ") + result.error);
    for (const Sample &s : result.samples)
        lines.append(QStringLiteral("sample %1 = %2 at %3")
                         .arg(s.indicator)
                         .arg(s.value, 0, 'g', 15)
                         .arg(s.sourceTime.toString(Qt::ISODate)));
    for (const SampleError &e : result.sampleErrors)
        lines.append(
            QStringLiteral("sampleError %1 %2: %3").arg(e.indicator, e.pointer, e.message));
    for (const EventRecord &e : result.events)
        lines.append(QStringLiteral("event %1 %2").arg(e.id, e.time.toString(Qt::ISODate)));
    return lines.join(u'\n');
}

// The aduan feeds: one sample per kecamatan, named by template.
inline FeedConfig ckanAduanFeed()
{
    FeedConfig feed = feedConfig("aduan-kecamatan", "ckan");
    feed.opd = QStringLiteral("Dinas Kominfo");
    SeriesMapping s = series("/result/records", "kecamatan", "jumlah");
    s.indicatorTemplate = QStringLiteral("aduan.{key}");
    feed.series = {s};
    return feed;
}

inline const QUrl &ckanRequestUrl()
{
    static const QUrl url(
        QStringLiteral("https://data.blitarkab.go.id/api/3/action/datastore_search"
                       "?resource_id=b3f1c2d4-6a7e-4c1b-9f2d-5e8a7b6c4d21&limit=6"));
    return url;
}

inline void checkAduanSamples(const ParseResult &result)
{
    INFO(str(describe(result)));
    REQUIRE(result.ok());
    struct Expected
    {
        const char *indicator;
        double value;
    };
    // Wonotirto's jumlah is null: no data, not zero. Ponggok's 0 is a real zero: this feed
    // declares no sentinel.
    const Expected expected[] = {
        {"aduan.Wlingi", 12},   {"aduan.Kanigoro", 9}, {"aduan.Srengat", 7},
        {"aduan.Sutojayan", 4}, {"aduan.Ponggok", 0},
    };
    REQUIRE(result.samples.size() == 5);
    for (qsizetype i = 0; i < result.samples.size(); ++i) {
        CHECK(str(result.samples.at(i).indicator) == expected[i].indicator);
        CHECK(result.samples.at(i).value == expected[i].value);
        CHECK_FALSE(result.samples.at(i).sourceTime.isValid());
        CHECK_FALSE(result.samples.at(i).sourceTimeInFuture);
    }
    REQUIRE(result.sampleErrors.size() == 1);
    CHECK(str(result.sampleErrors.at(0).indicator) == "aduan.Wonotirto");
    CHECK(str(result.sampleErrors.at(0).pointer) == "/result/records/5/jumlah");
    CHECK_THAT(str(result.sampleErrors.at(0).message), Catch::Contains("no data"));
    CHECK(result.events.isEmpty());
}

} // namespace Pantau::Test
