#include "FeedPoller.h"

#include "FeedManager.h"
#include "LoopbackServer.h"
#include "ManualClock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

const QDateTime t0(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);
const QTimeZone wib(QByteArrayLiteral("Asia/Jakarta"));

FeedConfig feedFor(const QString &id, const QString &indicator, const QString &pointer)
{
    FeedConfig feed;
    feed.id = id;
    feed.opd = QStringLiteral("BPKAD");
    feed.format = QStringLiteral("json");
    feed.intervalSeconds = 3600; // the tests poll by hand
    feed.timeoutSeconds = 1;
    feed.deadlineSeconds = 3;
    ValueMapping mapping;
    mapping.indicator = indicator;
    mapping.pointer = JsonPointer::parse(pointer).value();
    feed.values.append(mapping);
    return feed;
}

// Polls once and waits for the result, with a generous limit: nothing here asserts how long
// anything took.
FeedResult pollOnce(FeedPoller &poller)
{
    QSignalSpy spy(&poller, &FeedPoller::finished);
    poller.pollNow();
    REQUIRE(spy.wait(15000));
    return spy.at(0).at(0).value<FeedResult>();
}

// A TCP server that misbehaves on purpose: accepts and then never answers, or answers one byte
// at a time forever.
class MisbehavingServer : public QObject
{
public:
    enum class Mode { Silent, Trickle };

    explicit MisbehavingServer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                if (m_mode == Mode::Trickle)
                    trickle(socket);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(m_server.serverPort()));
    }

private:
    void trickle(QTcpSocket *socket)
    {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(200); // well inside the 1 s transfer timeout, so only the deadline ends it
    }

    Mode m_mode;
    QTcpServer m_server;
};

} // namespace

TEST_CASE("FeedPoller reads a value over HTTP and stamps it with the injected clock")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/apbd"), {R"({"data": {"persen": 88.42}})"});
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feedFor(QStringLiteral("apbd"), QStringLiteral("pendapatan"),
                              QStringLiteral("/data/persen")),
                      server.url(QStringLiteral("/apbd")), wib, &network, &clock);

    const FeedResult result = pollOnce(poller);
    CHECK(result.ok());
    CHECK(result.feedId == QStringLiteral("apbd"));
    CHECK(result.httpStatus == 200);
    CHECK(result.bytes > 0);
    CHECK(result.fetchTime == t0);
    REQUIRE(result.samples.size() == 1);
    CHECK(result.samples.at(0).indicator == QStringLiteral("pendapatan"));
    CHECK(result.samples.at(0).value == Approx(88.42));
    CHECK(server.hits(QStringLiteral("/apbd")) == 1);
}

TEST_CASE("FeedPoller names the reason of each failure, then recovers")
{
    LoopbackServer server;
    REQUIRE(server.start());
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(
        feedFor(QStringLiteral("apbd"), QStringLiteral("pendapatan"), QStringLiteral("/v")),
        server.url(QStringLiteral("/apbd")), wib, &network, &clock);

    SECTION("server error")
    {
        server.set(QStringLiteral("/apbd"), {"<html>Internal error</html>", 500, "text/html"});
        const FeedResult result = pollOnce(poller);
        CHECK_FALSE(result.ok());
        CHECK(result.httpStatus == 500);
        CHECK(result.error.contains(QStringLiteral("500")));
    }
    SECTION("not found")
    {
        const FeedResult result = pollOnce(poller); // nothing set for the path
        CHECK(result.error.contains(QStringLiteral("404")));
    }
    SECTION("malformed JSON")
    {
        server.set(QStringLiteral("/apbd"), {"{\"v\": 1,\n \"w\": }"});
        const FeedResult result = pollOnce(poller);
        CHECK(result.error.contains(QStringLiteral("invalid JSON at line 2, column 7")));
    }

    // Whatever the fault, the next poll after it clears brings fresh data.
    server.set(QStringLiteral("/apbd"), {R"({"v": 5})"});
    clock.advanceSeconds(60);
    const FeedResult recovered = pollOnce(poller);
    CHECK(recovered.ok());
    REQUIRE(recovered.samples.size() == 1);
    CHECK(recovered.samples.at(0).value == 5.0);
    CHECK(recovered.fetchTime == t0.addSecs(60));
}

TEST_CASE("FeedPoller reports a refused connection")
{
    // Take a free port, then close it so nothing listens there.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feedFor(QStringLiteral("x"), QStringLiteral("i"), QStringLiteral("/v")),
                      QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), wib, &network,
                      &clock);
    const FeedResult result = pollOnce(poller);
    CHECK(result.error.contains(QStringLiteral("refused")));
}

TEST_CASE("FeedPoller gives up on a silent server at the transfer timeout")
{
    MisbehavingServer server(MisbehavingServer::Mode::Silent);
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feedFor(QStringLiteral("x"), QStringLiteral("i"), QStringLiteral("/v")),
                      server.url(), wib, &network, &clock);
    const FeedResult result = pollOnce(poller);
    CHECK(result.error == QStringLiteral("no answer in time"));
}

TEST_CASE("FeedPoller ends a trickling answer at the overall deadline")
{
    MisbehavingServer server(MisbehavingServer::Mode::Trickle);
    ManualClock clock(t0);
    QNetworkAccessManager network;
    FeedPoller poller(feedFor(QStringLiteral("x"), QStringLiteral("i"), QStringLiteral("/v")),
                      server.url(), wib, &network, &clock);
    const FeedResult result = pollOnce(poller);
    CHECK(result.error == QStringLiteral("no complete answer within 3 s"));
    CHECK_FALSE(poller.isBusy());
}

TEST_CASE("FeedManager keeps feeds independent and resolves demo URLs")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/ok"), {R"({"v": 7})"});
    server.set(QStringLiteral("/broken"), {"down", 503, "text/plain"});

    Config config;
    FeedConfig good = feedFor(QStringLiteral("good"), QStringLiteral("a"), QStringLiteral("/v"));
    good.url = QUrl(QStringLiteral("demo:/ok"));
    FeedConfig bad = feedFor(QStringLiteral("bad"), QStringLiteral("b"), QStringLiteral("/v"));
    bad.url = QUrl(QStringLiteral("demo:/broken"));
    config.feeds = {good, bad};

    QUrl base = server.url(QString());
    base.setPath(QString());
    CHECK(FeedManager::resolveUrl(good.url, base) == server.url(QStringLiteral("/ok")));
    CHECK(FeedManager::resolveUrl(QUrl(QStringLiteral("https://x.example/a")), base) ==
          QUrl(QStringLiteral("https://x.example/a")));

    ManualClock clock(t0);
    FeedManager manager(config, base, &clock);
    QSignalSpy finished(&manager, &FeedManager::feedFinished);
    QSignalSpy allAnswered(&manager, &FeedManager::allFeedsAnsweredOnce);
    manager.pollAllNow();
    REQUIRE(allAnswered.wait(15000));
    REQUIRE(finished.size() == 2);
    QHash<QString, FeedResult> byFeed;
    for (const QList<QVariant> &args : finished) {
        const FeedResult r = args.at(0).value<FeedResult>();
        byFeed.insert(r.feedId, r);
    }
    CHECK(byFeed.value(QStringLiteral("good")).ok());
    CHECK(byFeed.value(QStringLiteral("good")).samples.at(0).value == 7.0);
    CHECK(byFeed.value(QStringLiteral("bad")).error.contains(QStringLiteral("503")));
    CHECK(manager.allFeedsAnswered());
}
