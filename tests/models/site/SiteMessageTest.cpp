#include "site/SiteMessage.h"

#include "TestValues.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <catch2/catch.hpp>

using namespace Pantau;
using Pantau::Test::str;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

SiteTopic topicOf(SiteTopic::Kind kind, const QString &key = {}, bool isPublic = false)
{
    return {kind, isPublic, key};
}

// Encodes `message`, decodes it again from the topic it belongs to, and returns what came back.
template<typename T> T roundTrip(const T &message, const QString &key, const Revision &revision)
{
    const SiteMessage wrapped = message;
    const QByteArray bytes = SiteCodec::encode(wrapped, revision);
    QString error;
    const auto decoded = SiteCodec::decode(topicOf(SiteCodec::kindOf(wrapped), key), bytes, &error);
    INFO(bytes.toStdString());
    INFO(str(error));
    REQUIRE(decoded);
    CHECK(decoded->revision.run == revision.run);
    CHECK(decoded->revision.seq == revision.seq);
    REQUIRE(std::holds_alternative<T>(decoded->message));
    return std::get<T>(decoded->message);
}

// Decodes text written by hand, as another MQTT client would send it; the error, or "".
std::string decodeError(SiteTopic::Kind kind, const QString &key, const QByteArray &payload,
                        bool isPublic = false)
{
    QString error;
    const auto decoded = SiteCodec::decode(topicOf(kind, key, isPublic), payload, &error);
    if (decoded)
        return {};
    CHECK_FALSE(error.isEmpty());
    return error.toStdString();
}

} // namespace

TEST_CASE("Site messages come back from their JSON as they went in, with their revision")
{
    const Revision revision{1764900000123, 42};

    IndicatorMessage indicator;
    indicator.id = QStringLiteral("harga-beras");
    indicator.value = 13250.5;
    indicator.unit = QStringLiteral("Rp/kg");
    indicator.sourceTime = utc("2026-12-04T03:00:00.000Z");
    indicator.fetchTime = utc("2026-12-04T03:05:12.345Z");
    indicator.error = QStringLiteral("server answered 500");
    indicator.errorKind = FailureKind::ServerError;
    indicator.fromCache = true;
    const auto i = roundTrip(indicator, indicator.id, revision);
    CHECK(str(i.id) == "harga-beras");
    REQUIRE(i.value);
    CHECK(*i.value == 13250.5);
    CHECK(str(i.unit) == "Rp/kg");
    CHECK(i.sourceTime == indicator.sourceTime);
    CHECK(i.fetchTime == indicator.fetchTime);
    CHECK(i.fetchTime.timeSpec() == Qt::UTC);
    CHECK(str(i.error) == "server answered 500");
    CHECK(i.errorKind == FailureKind::ServerError);
    CHECK(i.fromCache);
    CHECK_FALSE(i.sourceTimeInFuture);

    IndicatorMessage empty;
    empty.id = QStringLiteral("aduan");
    const auto e = roundTrip(empty, empty.id, revision);
    CHECK_FALSE(e.value);
    CHECK_FALSE(e.fetchTime.isValid());

    HistoryMessage history{QStringLiteral("harga-beras"),
                           {QPointF(1764900000000, 13200), QPointF(1764900060000, 13250.5)}};
    CHECK(roundTrip(history, history.id, revision).points == history.points);

    RecordsMessage records;
    records.feed = QStringLiteral("panggilan-112");
    records.records.append({records.feed, QStringLiteral("112-0042"),
                            utc("2026-12-04T02:59:00.000Z"), QStringLiteral("Kanigoro"),
                            QStringLiteral("kebakaran"), QStringLiteral("ditangani"),
                            QStringLiteral("Kebakaran rumah, Desa Satreyan")});
    CHECK(roundTrip(records, records.feed, revision).records == records.records);

    HealthMessage health;
    health.feed = QStringLiteral("bpbd");
    health.state = FeedHealthModel::FeedState::Failing;
    health.lastError = QStringLiteral("no answer in 10 s");
    health.lastErrorKind = FailureKind::NoAnswer;
    health.failingSince = utc("2026-12-04T02:00:00.000Z");
    health.consecutiveFailures = 7;
    health.latencyMs = 10000;
    const auto h = roundTrip(health, health.feed, revision);
    CHECK(h.state == FeedHealthModel::FeedState::Failing);
    CHECK(h.lastErrorKind == FailureKind::NoAnswer);
    CHECK(h.consecutiveFailures == 7);
    CHECK(h.latencyMs == std::optional<qint64>(10000));
    CHECK_FALSE(h.bytes);
    CHECK(h.failingSince == health.failingSince);

    AlertMessage alert;
    alert.event = QStringLiteral("banjir-1764900000000");
    alert.rule = QStringLiteral("banjir");
    alert.raisedAt = utc("2026-12-04T01:00:00.000Z");
    alert.value = 3.5;
    alert.acknowledged = true;
    alert.acknowledgedAt = utc("2026-12-04T01:02:00.000Z");
    alert.acknowledgedBy = QStringLiteral("kominfo");
    alert.operatorName = QStringLiteral("Sari");
    alert.note = QStringLiteral("BPBD sudah di lokasi");
    const auto a = roundTrip(alert, alert.event, revision);
    CHECK(str(a.rule) == "banjir");
    CHECK(a.acknowledged);
    CHECK(str(a.operatorName) == "Sari");
    CHECK(str(a.note) == "BPBD sudah di lokasi");

    PinMessage pin{QStringLiteral("WALL-2"), 3, QStringLiteral("desk-kabid"),
                   utc("2026-12-04T01:03:00.000Z")};
    CHECK(roundTrip(pin, pin.screen, revision).page == std::optional<int>(3));
    PinMessage released{QStringLiteral("WALL-2"), std::nullopt, {}, {}};
    CHECK_FALSE(roundTrip(released, released.screen, revision).page);

    PresenceMessage presence{QStringLiteral("wall-pc-1"),
                             QStringLiteral("wall"),
                             true,
                             {QStringLiteral("WALL-1"), QStringLiteral("WALL-2")},
                             QStringLiteral("0.9.0"),
                             utc("2026-12-04T00:00:00.000Z")};
    const auto p = roundTrip(presence, presence.node, revision);
    CHECK(p.online);
    CHECK(p.screens == presence.screens);
    CHECK(p.since == presence.since);

    CommandMessage ack;
    ack.id = QStringLiteral("desk-kabid-17");
    ack.node = QStringLiteral("desk-kabid");
    ack.user = QStringLiteral("kabid");
    ack.event = alert.event;
    ack.operatorName = QStringLiteral("Sari");
    ack.note = QStringLiteral("sudah ditangani");
    const auto c = roundTrip(ack, ack.node, revision);
    CHECK(c.action == CommandMessage::Action::Acknowledge);
    CHECK(str(c.event) == "banjir-1764900000000");
    CHECK(str(c.note) == "sudah ditangani");

    CommandMessage pinCommand;
    pinCommand.id = QStringLiteral("desk-kabid-18");
    pinCommand.node = QStringLiteral("desk-kabid");
    pinCommand.action = CommandMessage::Action::Pin;
    pinCommand.screen = QStringLiteral("WALL-3");
    pinCommand.page = 2;
    const auto pc = roundTrip(pinCommand, pinCommand.node, revision);
    CHECK(pc.action == CommandMessage::Action::Pin);
    CHECK(str(pc.screen) == "WALL-3");
    CHECK(pc.page == 2);

    ResultMessage refused{QStringLiteral("desk-kabid-17"), false,
                          QStringLiteral("the alert was raised again since")};
    CHECK(str(roundTrip(refused, {}, revision).why) == "the alert was raised again since");

    ConfigMessage config{QJsonObject{{QStringLiteral("feeds"), QJsonArray()}}};
    CHECK(roundTrip(config, {}, revision).config == config.config);
}

TEST_CASE("A revision is newer by its run first, then by its seq, and a will's seq beats all")
{
    const Revision a{100, 5};
    CHECK(Revision{100, 6}.isNewerThan(a));
    CHECK_FALSE(Revision{100, 5}.isNewerThan(a));
    CHECK_FALSE(Revision{100, 4}.isNewerThan(a));
    // A restarted collector begins its seq again, and still wins.
    CHECK(Revision{101, 0}.isNewerThan(a));
    CHECK_FALSE(Revision{99, 1'000'000}.isNewerThan(a));
    CHECK(Revision{100, Revision::MaxSeq}.isNewerThan(Revision{100, 123456}));
    // The will's seq is carried by JSON exactly.
    PresenceMessage will{QStringLiteral("wall-pc-1"), QStringLiteral("wall"), false, {}, {}, {}};
    QString error;
    const auto decoded =
        SiteCodec::decode({SiteTopic::Kind::Presence, false, will.node},
                          SiteCodec::encode(will, Revision{100, Revision::MaxSeq}), &error);
    REQUIRE(decoded);
    CHECK(decoded->revision.seq == Revision::MaxSeq);
}

TEST_CASE("A bad site message is refused with the place and what was expected")
{
    using K = SiteTopic::Kind;
    const QString ind = QStringLiteral("harga-beras");
    CHECK_THAT(decodeError(K::Indicator, ind, "{\"v\":1,"),
               Catch::Contains("invalid JSON at line 1"));
    CHECK_THAT(decodeError(K::Indicator, ind, "[1,2]"),
               Catch::Contains("expected a JSON object, found an array"));
    CHECK_THAT(
        decodeError(K::Indicator, ind, "{\"v\":2,\"run\":1,\"seq\":1,\"id\":\"harga-beras\"}"),
        Catch::Contains("/v: unknown version 2 (this Pantau reads version 1)"));
    CHECK_THAT(decodeError(K::Indicator, ind, "{\"run\":1,\"seq\":1,\"id\":\"harga-beras\"}"),
               Catch::Contains("missing required key \"v\""));
    CHECK_THAT(
        decodeError(K::Indicator, ind, "{\"v\":1,\"run\":1,\"seq\":-3,\"id\":\"harga-beras\"}"),
        Catch::Contains("/seq: expected a whole number from 0 to"));
    CHECK_THAT(
        decodeError(K::Indicator, ind, "{\"v\":1,\"run\":1,\"seq\":1.5,\"id\":\"harga-beras\"}"),
        Catch::Contains("/seq: expected a whole number"));
    CHECK_THAT(decodeError(K::Indicator, ind,
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"harga-beras\",\"value\":\"12\","
                           "\"fetchTime\":\"2026-12-04T03:00:00Z\"}"),
               Catch::Contains("/value: expected a number, found a string"));
    CHECK_THAT(decodeError(K::Indicator, ind,
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"harga-beras\",\"value\":12}"),
               Catch::Contains("a value needs its \"fetchTime\""));
    CHECK_THAT(decodeError(K::Indicator, ind,
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"harga-beras\",\"value\":12,"
                           "\"fetchTime\":\"2026-12-04 03:00\"}"),
               Catch::Contains("/fetchTime: expected an ISO 8601 time with its zone"));
    CHECK_THAT(decodeError(K::Indicator, ind,
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"harga-beras\",\"value\":12,"
                           "\"fetchTime\":\"2026-12-04T03:00:00\"}"),
               Catch::Contains("/fetchTime: expected an ISO 8601 time with its zone"));
    CHECK_THAT(decodeError(K::Indicator, ind,
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"harga-beras\",\"colour\":1}"),
               Catch::Contains("colour"));
    CHECK_THAT(
        decodeError(K::Indicator, ind,
                    "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"harga-beras\",\"errorKind\":\"x\"}"),
        Catch::Contains("/errorKind"));
    CHECK_THAT(decodeError(K::Indicator, ind, "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"aduan\"}"),
               Catch::Contains("the message is about \"aduan\", its topic about \"harga-beras\""));
    CHECK_THAT(decodeError(K::History, ind,
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"harga-beras\","
                           "\"points\":[[1,2],[0,3]]}"),
               Catch::Contains("/points/1: points must be oldest first"));
    CHECK_THAT(decodeError(K::History, ind,
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"harga-beras\",\"points\":[[1]]}"),
               Catch::Contains("/points/0: expected [milliseconds since the epoch, value]"));
    // Found by fuzz_site_message: a time past what a 64-bit millisecond count can hold.
    CHECK_THAT(decodeError(K::History, ind,
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"harga-beras\","
                           "\"points\":[[1,2],[16666666666666667649000600000,3]]}"),
               Catch::Contains("/points/1: expected [milliseconds since the epoch, value]"));
    CHECK_THAT(decodeError(K::Records, QStringLiteral("panggilan-112"),
                           "{\"v\":1,\"run\":1,\"seq\":1,\"feed\":\"panggilan-112\","
                           "\"records\":[{\"time\":\"2026-12-04T03:00:00Z\"}]}"),
               Catch::Contains("/records/0: missing required key \"id\""));
    CHECK_THAT(decodeError(K::Health, QStringLiteral("bpbd"),
                           "{\"v\":1,\"run\":1,\"seq\":1,\"feed\":\"bpbd\",\"state\":\"rusak\"}"),
               Catch::Contains("/state"));
    CHECK_THAT(decodeError(K::Alert, QStringLiteral("e1"),
                           "{\"v\":1,\"run\":1,\"seq\":1,\"event\":\"e1\",\"rule\":\"r\","
                           "\"raisedAt\":\"2026-12-04T03:00:00Z\",\"acknowledged\":true}"),
               Catch::Contains("an acknowledged alert needs \"acknowledgedAt\""));
    CHECK_THAT(decodeError(K::Alert, QStringLiteral("e1"),
                           "{\"v\":1,\"run\":1,\"seq\":1,\"event\":\"e1\",\"rule\":\"r\","
                           "\"raisedAt\":\"2026-12-04T03:00:00Z\",\"note\":\"rahasia\"}",
                           true),
               Catch::Contains("a public alert carries no operator names or notes"));
    CHECK_THAT(decodeError(K::Command, QStringLiteral("desk"),
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"c1\",\"node\":\"desk\","
                           "\"action\":\"reboot\"}"),
               Catch::Contains("/action"));
    CHECK_THAT(decodeError(K::Command, QStringLiteral("desk"),
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"c1\",\"node\":\"desk\","
                           "\"action\":\"pin\",\"screen\":\"WALL-1\"}"),
               Catch::Contains("missing required key \"page\""));
    CHECK_THAT(decodeError(K::Command, QStringLiteral("desk"),
                           "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"c1\",\"node\":\"wall\","
                           "\"action\":\"release\",\"screen\":\"WALL-1\"}"),
               Catch::Contains("the message is about \"wall\", its topic about \"desk\""));
    CHECK_THAT(decodeError(K::Presence, QStringLiteral("n"),
                           "{\"v\":1,\"run\":1,\"seq\":1,\"node\":\"n\",\"role\":\"wall\"}"),
               Catch::Contains("/online: expected true or false"));
    CHECK_THAT(decodeError(K::Result, {},
                           "{\"v\":1,\"run\":1,\"seq\":1,\"command\":\"c\",\"done\":false}"),
               Catch::Contains("a refused command needs its \"why\""));
    CHECK_THAT(decodeError(K::Config, {}, "{\"v\":1,\"run\":1,\"seq\":1,\"config\":[]}"),
               Catch::Contains("/config"));
    CHECK_THAT(decodeError(K::Config, {}, "{\"v\":1,\"run\":1,\"seq\":1}"),
               Catch::Contains("missing required key \"config\""));
}

TEST_CASE("A site message over its kind's size is refused before it is parsed")
{
    const QByteArray big = "{\"v\":1,\"run\":1,\"seq\":1,\"id\":\"x\",\"unit\":\"" +
                           QByteArray(int(SiteTopic::maxPayload(SiteTopic::Kind::Indicator)), 'a') +
                           "\"}";
    CHECK_THAT(decodeError(SiteTopic::Kind::Indicator, QStringLiteral("x"), big),
               Catch::Contains("more than the 16384 allowed on indicator topics"));
}

TEST_CASE("The site fuzzer's seed messages are all good messages of their topics")
{
    // tests/data/site holds "<topic>\n<payload>" files, one per kind, that scripts/fuzz starts
    // from; a seed the decoder refuses would start the fuzzer in the wrong place.
    const QDir dir(QStringLiteral(PANTAU_TEST_DATA "/site"));
    const QStringList files = dir.entryList({QStringLiteral("*.msg")}, QDir::Files);
    CHECK(files.size() == int(SiteTopic::Kind::Presence) + 1);
    QSet<SiteTopic::Kind> kinds;
    for (const QString &name : files) {
        CAPTURE(str(name));
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        const qsizetype newline = input.indexOf('\n');
        REQUIRE(newline > 0);
        QString error;
        const auto topic = SiteTopic::parse(QStringLiteral("fuzz"),
                                            QString::fromUtf8(input.left(newline)), &error);
        INFO(str(error));
        REQUIRE(topic);
        kinds.insert(topic->kind);
        CHECK(SiteCodec::decode(*topic, input.mid(newline + 1), &error));
    }
    CHECK(kinds.size() == files.size());
}
