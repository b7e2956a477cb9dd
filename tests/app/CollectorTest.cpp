// The site collector as a user runs it: `pantau --mode collector` with no display, publishing
// the built-in demo to a real Mosquitto, followed by a node's models in this process.

#include "MosquittoBroker.h"
#include "PantauProcess.h"
#include "TestValues.h"
#include "config/ConfigLoader.h"
#include "site/SiteConnection.h"
#include "site/SiteFollower.h"
#include "state/DataHub.h"
#include "state/IndicatorModel.h"
#include "time/SystemClock.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using Catch::Matchers::Contains;
using namespace Pantau;
using Pantau::Test::str;

TEST_CASE("pantau refuses a site command line that names no site, with the reason")
{
    const QString url = QStringLiteral("mqtt://127.0.0.1:1883");
    const QList<std::pair<QStringList, const char *>> cases = {
        {{QStringLiteral("--broker"), url}, "--broker needs --site"},
        {{QStringLiteral("--site"), QStringLiteral("demo")}, "--site needs --broker"},
        {{QStringLiteral("--broker"), QStringLiteral("http://x"), QStringLiteral("--site"),
          QStringLiteral("demo")},
         "--broker: "},
        {{QStringLiteral("--broker"), url, QStringLiteral("--site"), QStringLiteral("a/b")},
         "--site expects an id"},
        {{QStringLiteral("--node"), QStringLiteral("wall#1")}, "--node expects a name"},
        {{QStringLiteral("--mode"), QStringLiteral("collector")}, "needs a site"},
        {{QStringLiteral("--mode"), QStringLiteral("collector"), QStringLiteral("--broker"), url,
          QStringLiteral("--site"), QStringLiteral("demo"), QStringLiteral("--windowed")},
         "--windowed does not apply to --mode collector"},
        {{QStringLiteral("--mode"), QStringLiteral("collector"), QStringLiteral("--broker"), url,
          QStringLiteral("--site"), QStringLiteral("demo"), QStringLiteral("--screen"),
          QStringLiteral("WALL-1")},
         "--screen does not apply"},
    };
    for (const auto &[arguments, expected] : cases) {
        INFO(str(arguments.join(u' ')));
        const PantauRun run = runPantau(arguments);
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err.toStdString(), Contains(expected));
    }
}

TEST_CASE("pantau --mode collector publishes the demo headless, and a node follows it")
{
    MosquittoBroker broker;
    REQUIRE(broker.startOrWhy() == "");
    QTemporaryDir home;
    QProcess collector;
    startCollector(collector, home.path(),
                   {QStringLiteral("--broker"), broker.url(), QStringLiteral("--site"),
                    QStringLiteral("demo"), QStringLiteral("--node"), QStringLiteral("pusat")});

    const ConfigLoader::Result demo =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    REQUIRE(demo.config);
    SystemClock clock;
    DataHub::Options options;
    options.following = true;
    DataHub hub(*demo.config, options, &clock);
    SiteConfig site;
    site.broker = *BrokerAddress::parse(broker.url(), nullptr);
    site.id = QStringLiteral("demo");
    PresenceMessage presence;
    presence.node = QStringLiteral("meja-1");
    presence.role = QStringLiteral("desktop");
    SiteConnection connection(site, presence);
    connection.setBackoff(50, 400);
    SiteFollower follower(connection.client(), site.id, presence.node, false);
    follower.attach(&hub);
    hub.start();
    QString error;
    REQUIRE(connection.start(&error));

    REQUIRE(QTest::qWaitFor([&] { return follower.isLinked(); }, 20000));
    const auto value = [&](const char *id) {
        return hub.indicators()->indexOf(QString::fromLatin1(id)).data(IndicatorModel::ValueRole);
    };
    // The demo's egg price, polled once by the collector for the whole site.
    REQUIRE(QTest::qWaitFor([&] { return value("harga.telur").isValid(); }, 30000));
    CHECK(value("harga.telur").toDouble() > 20000);
    CHECK(follower.config().value(QStringLiteral("screens")).toArray().size() ==
          demo.config->screens.size());
    CHECK_FALSE(follower.config().contains(QStringLiteral("site")));
    CHECK(follower.presence().value(QStringLiteral("pusat")).online);

    // systemctl stop: the collector says it is offline and ends cleanly.
    ::kill(pid_t(collector.processId()), SIGTERM);
    REQUIRE(collector.waitForFinished(20000));
    CHECK(collector.exitStatus() == QProcess::NormalExit);
    CHECK(collector.exitCode() == 0);
    REQUIRE(QTest::qWaitFor([&] { return !follower.isLinked(); }, 10000));
    CHECK_THAT(str(follower.linkProblem()), Contains("pusat"));
    CHECK(value("harga.telur").isValid()); // kept, shown as unconfirmed
}
