// Every way a feed goes wrong, driven through the real poller against real servers on
// 127.0.0.1. In every case: the feed's status names the reason, the last good value stays,
// the neighbouring feed keeps updating, and once the fault clears the next poll is fresh again.

#include "LoopbackServer.h"
#include "MisbehavingServer.h"
#include "TestValues.h"
#include "config/ConfigLoader.h"
#include "feeds/FeedManager.h"
#include "state/IndicatorModel.h"
#include "time/ManualClock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <functional>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

// An HTTPS server with the test certificate that answers every request with a redirect to a
// plain http address.
class TlsRedirectServer : public QObject
{
public:
    explicit TlsRedirectServer(const QUrl &target)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(
            QSslCertificate::fromPath(QStringLiteral(PANTAU_TEST_DATA "/tls/localhost-cert.pem"))
                .value(0));
        QFile keyFile(QStringLiteral(PANTAU_TEST_DATA "/tls/localhost-key.pem"));
        REQUIRE(keyFile.open(QIODevice::ReadOnly));
        ssl.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        m_server.setSslConfiguration(ssl);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this, target] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [socket, target] {
                    socket->readAll();
                    socket->write("HTTP/1.1 302 Found\r\nLocation: " + target.toEncoded() +
                                  "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/feed").arg(m_server.serverPort()));
    }

private:
    QSslServer m_server;
};

// Gzip framing of zlib's raw deflate stream, by hand (RFC 1952: header, data, CRC-32, size),
// since Qt has no gzip writer. A bomb is small on the wire and enormous once unpacked.
QByteArray gzipOf(const QByteArray &json)
{
    // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate, a 4-byte Adler-32.
    const QByteArray zlib = qCompress(json, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 6 - 4);
    quint32 table[256];
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : json)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    crc ^= 0xFFFFFFFFu;
    auto le32 = [](quint32 v) {
        QByteArray bytes(4, Qt::Uninitialized);
        for (int i = 0; i < 4; ++i)
            bytes[i] = char((v >> (8 * i)) & 0xFF);
        return bytes;
    };
    return QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10) + deflate + le32(crc) +
           le32(quint32(json.size()));
}

QByteArray gzipBomb(qsizetype unpackedBytes)
{
    return gzipOf("{\"v\": 1, \"pad\": \"" + QByteArray(unpackedBytes, '0') + "\"}");
}

struct Fixture
{
    LoopbackServer http;
    MisbehavingServer raw{MisbehavingServer::Mode::Answer};
    ManualClock clock{t0};
};

struct FaultCase
{
    const char *name;
    const char *format;
    // The feed under test: its URL, limits and mapping, given the servers.
    std::function<void(Fixture &, QJsonObject &)> configure;
    std::function<void(Fixture &, int good)> serveGood; // answers with value `good`
    std::function<void(Fixture &)> breakIt;
    const char *reason; // what the error must say
};

QJsonObject baseFeed(const QUrl &url, const char *format)
{
    return QJsonObject{
        {"id", "harga"},
        {"opd", "Dinas Koperasi dan Perdagangan"},
        {"url", url.toString()},
        {"format", format},
        {"timeoutSeconds", 2},
        {"deadlineSeconds", 4},
        {"values", QJsonArray{QJsonObject{{"indicator", "telur"}, {"pointer", "/v"}}}}};
}

Config makeConfig(const QJsonObject &faultyFeed, const QUrl &neighbourUrl)
{
    const QJsonObject neighbour{
        {"id", "bpbd"},
        {"opd", "BPBD"},
        {"url", neighbourUrl.toString()},
        {"format", "json"},
        {"values", QJsonArray{QJsonObject{{"indicator", "bencana"}, {"pointer", "/n"}}}}};
    const QJsonObject root{
        {"version", 1},
        {"feeds", QJsonArray{faultyFeed, neighbour}},
        {"indicators", QJsonArray{QJsonObject{{"id", "telur"},
                                              {"label", QJsonObject{{"id", "Harga Telur"}}},
                                              {"unit", "Rp"},
                                              {"dimension", "economy"}},
                                  QJsonObject{{"id", "bencana"},
                                              {"label", QJsonObject{{"id", "Kejadian Bencana"}}},
                                              {"dimension", "society"}}}},
        {"screens", QJsonArray{QJsonObject{{"name", "W"}, {"tiles", QJsonArray{}}}}}};
    const ConfigLoader::Result loaded =
        ConfigLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("fault.json"));
    INFO(loaded.errors.value(0).toString().toStdString());
    REQUIRE(loaded.config);
    return *loaded.config;
}

void pollAll(FeedManager &feeds)
{
    QSignalSpy finished(&feeds, &FeedManager::feedFinished);
    feeds.pollAllNow();
    while (finished.size() < feeds.feedCount())
        REQUIRE(finished.wait(20000));
}

QVariant valueOf(const IndicatorModel &model, const char *id, int role)
{
    return model.indexOf(QLatin1String(id)).data(role);
}

void serveJson(Fixture &f, int good)
{
    f.http.set(QStringLiteral("/harga"), {"{\"v\": " + QByteArray::number(good) + "}"});
}

void serveRaw(Fixture &f, int good)
{
    f.raw.setMode(MisbehavingServer::Mode::Answer);
    f.raw.setBody("{\"v\": " + QByteArray::number(good) + "}");
    REQUIRE(f.raw.resume());
}

void useHttp(Fixture &f, QJsonObject &feed)
{
    feed["url"] = f.http.url(QStringLiteral("/harga")).toString();
}

void useRaw(Fixture &f, QJsonObject &feed)
{
    feed["url"] = f.raw.url().toString();
}

void breakWith(Fixture &f, const LoopbackServer::Reply &reply)
{
    f.http.set(QStringLiteral("/harga"), reply);
}

const QList<FaultCase> &faultCases()
{
    static const QList<FaultCase> cases = {
        {"connection refused", "json", useRaw, serveRaw, [](Fixture &f) { f.raw.pause(); },
         "connection refused"},
        {"no answer", "json", useRaw, serveRaw,
         [](Fixture &f) { f.raw.setMode(MisbehavingServer::Mode::Silent); }, "no answer in time"},
        {"a byte a second", "json",
         [](Fixture &f, QJsonObject &feed) {
             useRaw(f, feed);
             feed["timeoutSeconds"] = 1;
             feed["deadlineSeconds"] = 3;
         },
         serveRaw, [](Fixture &f) { f.raw.setMode(MisbehavingServer::Mode::Trickle); },
         "no complete answer within 3 s"},
        {"body cut short", "json", useRaw, serveRaw,
         [](Fixture &f) { f.raw.setMode(MisbehavingServer::Mode::Truncated); },
         "closed the connection"},
        {"server error 500", "json", useHttp, serveJson,
         [](Fixture &f) {
             breakWith(f, {"oops", 500, "text/plain"});
         },
         "server answered 500"},
        {"not found 404", "json", useHttp, serveJson,
         [](Fixture &f) {
             breakWith(f, {"gone", 404, "text/plain"});
         },
         "server answered 404"},
        {"HTML error page", "json", useHttp, serveJson,
         [](Fixture &f) {
             breakWith(f,
                       {"<html><body>Maintenance</body></html>", 200, "text/html; charset=utf-8"});
         },
         "web page (text/html)"},
        {"wrong content type", "json", useHttp, serveJson,
         [](Fixture &f) {
             breakWith(f, {"\x89PNG", 200, "image/png"});
         },
         "server sent image/png, not JSON"},
        {"malformed JSON", "json", useHttp, serveJson,
         [](Fixture &f) { breakWith(f, {"{\"v\": 12,,}"}); }, "invalid JSON at line 1, column 10"},
        {"oversize body", "json",
         [](Fixture &f, QJsonObject &feed) {
             useHttp(f, feed);
             feed["maxBytes"] = 4096;
         },
         serveJson,
         [](Fixture &f) {
             breakWith(f, {"{\"v\": 1, \"pad\": \"" + QByteArray(10000, 'x') + "\"}"});
         },
         "larger than the feed's limit of 4096 bytes"},
        {"gzip bomb", "json",
         [](Fixture &f, QJsonObject &feed) {
             useHttp(f, feed);
             feed["maxBytes"] = 65536;
         },
         serveJson,
         [](Fixture &f) {
             breakWith(f, {gzipBomb(20 * 1024 * 1024),
                           200,
                           "application/json",
                           {{"Content-Encoding", "gzip"}}});
         },
         "compression bomb"},
        {"gzip answer over the size limit", "json",
         [](Fixture &f, QJsonObject &feed) {
             useHttp(f, feed);
             feed["maxBytes"] = 4096;
         },
         serveJson,
         [](Fixture &f) {
             // Barely compressible, so Qt's ratio check lets it through; the feed's own limit,
             // counted after unpacking, stops it.
             QByteArray text = "{\"v\": 1, \"pad\": \"";
             for (int i = 0; i < 2000; ++i)
                 text += QByteArray::number(i * 7919 % 10007);
             text += "\"}";
             breakWith(f, {gzipOf(text), 200, "application/json", {{"Content-Encoding", "gzip"}}});
         },
         "larger than the feed's limit of 4096 bytes"},
        {"null in the number field", "json", useHttp, serveJson,
         [](Fixture &f) { breakWith(f, {R"({"v": null})"}); }, "no data (null)"},
        {"NaN in the number field", "json", useHttp, serveJson,
         [](Fixture &f) { breakWith(f, {R"({"v": "NaN"})"}); }, "not a finite number"},
        {"text in the number field", "json", useHttp, serveJson,
         [](Fixture &f) { breakWith(f, {R"({"v": "tidak tersedia"})"}); },
         "expected a number, found the text \"tidak tersedia\""},
        {"CKAN success false", "ckan",
         [](Fixture &f, QJsonObject &feed) {
             useHttp(f, feed);
             feed["values"] = QJsonArray{
                 QJsonObject{{"indicator", "telur"}, {"pointer", "/result/records/0/harga"}}};
         },
         [](Fixture &f, int good) {
             f.http.set(QStringLiteral("/harga"),
                        {R"({"success": true, "result": {"records": [{"harga": )" +
                         QByteArray::number(good) + "}]}}"});
         },
         [](Fixture &f) {
             breakWith(
                 f,
                 {R"({"help": "", "success": false, "error": {"message": "Not found: Resource was not found.", "__type": "Not Found Error"}})"});
         },
         "CKAN reported an error: Not found: Resource was not found."},
        {"BPS status Error", "bps",
         [](Fixture &f, QJsonObject &feed) {
             useHttp(f, feed);
             feed.remove("values");
             feed["series"] =
                 QJsonArray{QJsonObject{{"key", "vervarLabel"},
                                        {"value", "value"},
                                        {"indicators", QJsonObject{{"Wlingi", "telur"}}}}};
         },
         [](Fixture &f, int good) {
             f.http.set(QStringLiteral("/harga"),
                        {R"({"status": "OK", "data-availability": "available",
                             "var": [{"val": 31, "label": "Harga", "unit": "Rp"}],
                             "turvar": [{"val": 0, "label": "Tidak Ada"}],
                             "vervar": [{"val": 3505170, "label": "Wlingi"}],
                             "tahun": [{"val": 126, "label": "2026"}],
                             "turtahun": [{"val": 0, "label": "Tahun"}],
                             "datacontent": {"35051703101260": )" +
                         QByteArray::number(good) + "}}"});
         },
         [](Fixture &f) { breakWith(f, {R"({"status": "Error", "message": "Invalid key"})"}); },
         "BPS reported an error: Invalid key"},
    };
    return cases;
}

} // namespace

TEST_CASE("A failing feed names its reason, keeps its last value, spares its neighbour, recovers")
{
    const FaultCase &c = GENERATE(from_range(faultCases()));
    INFO("fault: " << c.name);

    Fixture f;
    REQUIRE(f.http.start());
    QJsonObject feed = baseFeed(QUrl(), c.format);
    c.configure(f, feed);
    const Config config = makeConfig(feed, f.http.url(QStringLiteral("/bpbd")));
    IndicatorModel model(config, &f.clock);
    FeedManager feeds(config, QUrl(), &f.clock);
    QObject::connect(&feeds, &FeedManager::feedFinished, &model, &IndicatorModel::applyFeedResult);

    c.serveGood(f, 28500);
    f.http.set(QStringLiteral("/bpbd"), {R"({"n": 1})"});
    pollAll(feeds);
    REQUIRE(valueOf(model, "telur", IndicatorModel::StatusRole).value<IndicatorStatus>() ==
            IndicatorStatus::Ok);
    REQUIRE(valueOf(model, "telur", IndicatorModel::ValueRole).toDouble() == 28500.0);

    c.breakIt(f);
    f.http.set(QStringLiteral("/bpbd"), {R"({"n": 2})"});
    f.clock.advanceSeconds(60);
    pollAll(feeds);
    CHECK(valueOf(model, "telur", IndicatorModel::StatusRole).value<IndicatorStatus>() ==
          IndicatorStatus::Error);
    CHECK_THAT(valueOf(model, "telur", IndicatorModel::ErrorRole).toString().toStdString(),
               Catch::Contains(c.reason));
    CHECK(valueOf(model, "telur", IndicatorModel::ValueRole).toDouble() == 28500.0);
    CHECK(valueOf(model, "telur", IndicatorModel::FetchTimeRole).toDateTime() == t0);
    CHECK(valueOf(model, "bencana", IndicatorModel::ValueRole).toDouble() == 2.0);
    CHECK(valueOf(model, "bencana", IndicatorModel::StatusRole).value<IndicatorStatus>() ==
          IndicatorStatus::Ok);

    c.serveGood(f, 29000);
    f.clock.advanceSeconds(60);
    pollAll(feeds);
    CHECK(valueOf(model, "telur", IndicatorModel::StatusRole).value<IndicatorStatus>() ==
          IndicatorStatus::Ok);
    CHECK(valueOf(model, "telur", IndicatorModel::ValueRole).toDouble() == 29000.0);
    CHECK(valueOf(model, "telur", IndicatorModel::FetchTimeRole).toDateTime() == t0.addSecs(120));
}

TEST_CASE("A redirect from https to http is refused, over a certificate trusted by caBundle")
{
    LoopbackServer http;
    REQUIRE(http.start());
    http.set(QStringLiteral("/insecure"), {R"({"v": 1})"});
    TlsRedirectServer tls(http.url(QStringLiteral("/insecure")));

    FeedConfig feed;
    feed.id = QStringLiteral("tls");
    feed.format = FeedFormat::Json;
    feed.values = {{QStringLiteral("x"), JsonPointer::parse(QStringLiteral("/v")).value(), {}}};
    ManualClock clock(t0);
    Config config;

    SECTION("trusted certificate, insecure redirect")
    {
        feed.caBundle = QStringLiteral(PANTAU_TEST_DATA "/tls/localhost-cert.pem");
        feed.url = tls.url();
        config.feeds = {feed};
        FeedManager feeds(config, QUrl(), &clock);
        QSignalSpy finished(&feeds, &FeedManager::feedFinished);
        feeds.pollAllNow();
        REQUIRE(finished.wait(20000));
        const FeedResult result = finished.at(0).at(0).value<FeedResult>();
        CHECK(result.error ==
              QStringLiteral("server redirected to an insecure (http) address; not followed"));
        CHECK(http.hits(QStringLiteral("/insecure")) == 0);
    }
    SECTION("certificate not trusted without the bundle")
    {
        feed.url = tls.url();
        config.feeds = {feed};
        FeedManager feeds(config, QUrl(), &clock);
        QSignalSpy finished(&feeds, &FeedManager::feedFinished);
        feeds.pollAllNow();
        REQUIRE(finished.wait(20000));
        const FeedResult result = finished.at(0).at(0).value<FeedResult>();
        CHECK_THAT(result.error.toStdString(), Catch::Contains("certificate"));
    }
}
