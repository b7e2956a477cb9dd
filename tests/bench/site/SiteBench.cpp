// pantau-sitebench: N follower nodes of one site in one process, each with its own broker
// connection, presence and models, so that fifty walls can be had on one benchmark machine
// (issue 15, "Benchmark"). It measures two things and asserts nothing; scripts/bench site runs
// it beside a collector, Mosquitto and pantau-sim, and BENCHMARKS.md says how to read it.
//
// - Start-up from the broker: the nodes join one after another, each once the one before is
//   ready, as wall PCs join a running site. A node's start-up is the time from building its
//   models to its follower's synced() with every indicator of the config holding a value. The
//   broker's retained state alone should be enough; a node that needed a live message to fill
//   a gap says so (complete_at_sync false).
// - Latency: once every node is ready, for --seconds, every new fetch time a node's model
//   takes (a poll the collector applied, published and the broker delivered), as now minus
//   that fetch time. Both sides read CLOCK_REALTIME (QDateTime's UTC time) on the same
//   machine, so the difference is the real delay, to the millisecond the message carries. The
//   collector stamps the fetch time when the poll's answer is in and mapped, just before it
//   applies it to its models; its publisher then sends the change once its event loop is free
//   (a zero-time flush timer, after every other answer of the same moment is applied), and that
//   wait is part of the figure, as it is part of what a wall sees. Two views: every delivery
//   (node by node), and every update until all the nodes held it (the slowest of them), which
//   is the "all 50 nodes' models holding it".
//
// One JSON object a line on stdout ("ready" or "not_ready" per node, then "summary"); a short
// summary in words on stderr. Exit 0 when every node was ready and updates were measured.

#include "SiteBenchNode.h"
#include "config/ConfigLoader.h"
#include "time/SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Pantau;

namespace {

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The nearest-rank percentile (the smallest value with at least q of them at or below it), so
// every figure reported is one that was measured.
double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(q * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

QJsonValue rounded(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(std::round(value * 10) / 10);
}

QJsonObject distribution(const std::vector<double> &values)
{
    return {{QStringLiteral("count"), qint64(values.size())},
            {QStringLiteral("min"), rounded(percentile(values, 0.0))},
            {QStringLiteral("p50"), rounded(percentile(values, 0.50))},
            {QStringLiteral("p99"), rounded(percentile(values, 0.99))},
            {QStringLiteral("max"), rounded(percentile(values, 1.0))}};
}

// CPU time of this whole process (every thread), in ms: whether the process holding fifty
// nodes kept up, or the latency is its own queue.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

class SiteBench : public QObject
{
public:
    struct Options
    {
        Config config;
        SiteConfig site;
        QString prefix;
        int nodes = 50;
        int seconds = 60;
        int syncTimeoutSeconds = 30;
        int graceSeconds = 3;
    };

    explicit SiteBench(const Options &options)
        : m_options(options)
    {
    }

    void run() { startNext(); }

private:
    struct Spread
    {
        int nodes = 0;
        qint64 fetched = 0;
        qint64 first = 0;
        qint64 last = 0;
    };

    void startNext()
    {
        if (int(m_nodes.size()) == m_options.nodes) {
            beginWindow();
            return;
        }
        const QString name = QStringLiteral("%1-%2")
                                 .arg(m_options.prefix)
                                 .arg(int(m_nodes.size()) + 1, 2, 10, QLatin1Char('0'));
        auto node =
            std::make_unique<SiteBenchNode>(m_options.config, m_options.site, name, &m_clock);
        SiteBenchNode *n = node.get();
        m_nodes.push_back(std::move(node));
        n->setOnUpdate(
            [this](const QString &id, qint64 fetched, qint64 now) { onUpdate(id, fetched, now); });
        m_waiting = n;
        auto *timeout = new QTimer(n);
        timeout->setSingleShot(true);
        connect(n, &SiteBenchNode::ready, this, [this, n, timeout] {
            timeout->stop();
            printJson({{QStringLiteral("event"), QStringLiteral("ready")},
                       {QStringLiteral("node"), n->name()},
                       {QStringLiteral("ms"), rounded(n->readyMs())},
                       {QStringLiteral("complete_at_sync"), n->completeAtSync()}});
            // A node that comes after its time-out was given up on; the next one is running.
            if (m_waiting == n) {
                m_waiting = nullptr;
                QTimer::singleShot(0, this, [this] { startNext(); });
            }
        });
        connect(timeout, &QTimer::timeout, this, [this, n] {
            printJson(
                {{QStringLiteral("event"), QStringLiteral("not_ready")},
                 {QStringLiteral("node"), n->name()},
                 {QStringLiteral("synced"), n->follower()->isSynced()},
                 {QStringLiteral("linked"), n->follower()->isLinked()},
                 {QStringLiteral("link_problem"), n->follower()->linkProblem()},
                 {QStringLiteral("missing"), QJsonArray::fromStringList(n->missing().mid(0, 10))}});
            if (m_nodes.size() == 1) {
                // The first node alone tells whether there is a site at all: no use waiting
                // for forty-nine more.
                std::fprintf(stderr, "pantau-sitebench: %s was not ready within %d s: %s\n",
                             qPrintable(n->name()), m_options.syncTimeoutSeconds,
                             qPrintable(n->follower()->linkProblem()));
                QCoreApplication::exit(1);
                return;
            }
            m_waiting = nullptr;
            startNext();
        });
        timeout->start(m_options.syncTimeoutSeconds * 1000);
        QString error;
        if (!n->start(&error)) {
            std::fprintf(stderr, "pantau-sitebench: %s\n", qPrintable(error));
            QCoreApplication::exit(2);
        }
    }

    void beginWindow()
    {
        for (const auto &node : m_nodes)
            if (node->isReady())
                ++m_readyAtWindow;
        m_windowStart = QDateTime::currentMSecsSinceEpoch();
        m_window.start();
        m_cpuAtStart = cpuMs();
        std::fprintf(stderr, "pantau-sitebench: %d of %d nodes ready; measuring for %d s\n",
                     m_readyAtWindow, m_options.nodes, m_options.seconds);
        QTimer::singleShot(m_options.seconds * 1000, this, [this] {
            m_windowEnd = QDateTime::currentMSecsSinceEpoch();
            m_cpuMsInWindow = cpuMs() - m_cpuAtStart;
            m_cpuPercent = 100.0 * m_cpuMsInWindow / double(m_window.elapsed());
            // Updates fetched inside the window may still be on their way to some nodes.
            QTimer::singleShot(m_options.graceSeconds * 1000, this, [this] { report(); });
        });
    }

    void onUpdate(const QString &id, qint64 fetched, qint64 now)
    {
        // Only polls fetched inside the window: one fetched before it was partly delivered
        // before the window began, and one fetched after it is not waited for.
        if (m_windowStart == 0 || fetched < m_windowStart ||
            (m_windowEnd != 0 && fetched >= m_windowEnd))
            return;
        m_latencies.push_back(double(now - fetched));
        Spread &spread = m_updates[qMakePair(id, fetched)];
        if (spread.nodes == 0) {
            spread.fetched = fetched;
            spread.first = now;
        }
        ++spread.nodes;
        spread.first = std::min(spread.first, now);
        spread.last = std::max(spread.last, now);
    }

    void report()
    {
        std::vector<double> startup;
        int completeAtSync = 0;
        int linked = 0;
        int rejected = 0;
        for (const auto &node : m_nodes) {
            if (node->isReady()) {
                startup.push_back(node->readyMs());
                completeAtSync += node->completeAtSync() ? 1 : 0;
            }
            linked += node->follower()->isLinked() ? 1 : 0;
            rejected += node->follower()->rejected();
        }
        std::vector<double> allNodes;
        std::vector<double> firstNode;
        int incomplete = 0;
        for (const Spread &spread : std::as_const(m_updates)) {
            firstNode.push_back(double(spread.first - spread.fetched));
            if (spread.nodes >= m_readyAtWindow)
                allNodes.push_back(double(spread.last - spread.fetched));
            else
                ++incomplete;
        }
        const double seconds = double(m_windowEnd - m_windowStart) / 1000.0;
        QJsonObject startupJson = distribution(startup);
        startupJson.remove(QStringLiteral("p99"));
        QJsonObject all = distribution(allNodes);
        all.insert(QStringLiteral("incomplete"), incomplete);
        const QJsonObject summary{
            {QStringLiteral("event"), QStringLiteral("summary")},
            {QStringLiteral("nodes"), m_options.nodes},
            {QStringLiteral("ready"), int(startup.size())},
            {QStringLiteral("complete_at_sync"), completeAtSync},
            {QStringLiteral("startup_ms"), startupJson},
            {QStringLiteral("window_s"), rounded(seconds)},
            {QStringLiteral("latency_ms"), distribution(m_latencies)},
            {QStringLiteral("first_node_ms"), distribution(firstNode)},
            {QStringLiteral("all_nodes_ms"), all},
            {QStringLiteral("updates"), qint64(m_updates.size())},
            {QStringLiteral("bench_cpu_percent"), rounded(m_cpuPercent)},
            // This process's CPU in the window over the indicator updates its nodes took: every
            // node's decoding and applying of all the collector sent (history, health and
            // records too), per update. A node alone on its PC does only its own share.
            {QStringLiteral("cpu_us_per_delivery"),
             rounded(m_latencies.empty() ? std::nan("")
                                         : m_cpuMsInWindow * 1000.0 / double(m_latencies.size()))},
            {QStringLiteral("linked_at_end"), linked},
            {QStringLiteral("rejected"), rejected},
        };
        printJson(summary);
        std::fprintf(
            stderr,
            "pantau-sitebench: %d/%d nodes ready, start-up p50 %.1f ms, max %.1f ms "
            "(%d complete from retained state alone)\n"
            "  latency over %.0f s, %zu deliveries of %lld updates: p50 %.1f ms, "
            "p99 %.1f ms, max %.1f ms\n"
            "  until all %d nodes held an update: p50 %.1f ms, p99 %.1f ms "
            "(%d updates not on every node)\n"
            "  this process: %.1f %% of one core, %.0f us a delivery\n",
            int(startup.size()), m_options.nodes, percentile(startup, 0.5),
            percentile(startup, 1.0), completeAtSync, seconds, m_latencies.size(),
            qint64(m_updates.size()), percentile(m_latencies, 0.5), percentile(m_latencies, 0.99),
            percentile(m_latencies, 1.0), m_readyAtWindow, percentile(allNodes, 0.5),
            percentile(allNodes, 0.99), incomplete, m_cpuPercent,
            m_latencies.empty() ? 0.0 : m_cpuMsInWindow * 1000.0 / double(m_latencies.size()));
        const bool ok = int(startup.size()) == m_options.nodes && !m_latencies.empty();
        QCoreApplication::exit(ok ? 0 : 1);
    }

    Options m_options;
    SystemClock m_clock;
    std::vector<std::unique_ptr<SiteBenchNode>> m_nodes;
    SiteBenchNode *m_waiting = nullptr; // the node being started
    int m_readyAtWindow = 0;
    qint64 m_windowStart = 0; // ms since the epoch; 0 before the window
    qint64 m_windowEnd = 0;
    QElapsedTimer m_window;
    double m_cpuAtStart = 0;
    double m_cpuMsInWindow = 0;
    double m_cpuPercent = 0;
    std::vector<double> m_latencies;
    QHash<QPair<QString, qint64>, Spread> m_updates; // by indicator and fetch time
};

int usage(const QString &why)
{
    std::fprintf(stderr, "pantau-sitebench: %s (see --help)\n", qPrintable(why));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pantau-sitebench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Follows a site with N headless nodes in this process and measures their start-up from "
        "the broker and the latency from the collector's fetch to each node's models."));
    parser.addHelpOption();
    const QCommandLineOption brokerOption(QStringLiteral("broker"),
                                          QStringLiteral("The site's broker: mqtt://HOST[:PORT]."),
                                          QStringLiteral("URL"));
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        QStringLiteral("The site id (default demo)."),
                                        QStringLiteral("ID"), QStringLiteral("demo"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("The config the collector runs; every node's models are built from it."),
        QStringLiteral("FILE"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes"),
                                         QStringLiteral("How many nodes (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"),
        QStringLiteral("How long latency is measured once every node is ready (default 60)."),
        QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        QStringLiteral("The nodes' names: NAME-01, NAME-02... (default sitebench-PID)."),
        QStringLiteral("NAME"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("sync-timeout"),
        QStringLiteral("How long one node may take to be ready (default 30 s)."),
        QStringLiteral("S"), QStringLiteral("30"));
    parser.addOptions({brokerOption, siteOption, configOption, nodesOption, secondsOption,
                       nameOption, timeoutOption});
    parser.process(app);

    if (!parser.isSet(brokerOption) || !parser.isSet(configOption))
        return usage(QStringLiteral("--broker and --config are required"));
    QString why;
    const std::optional<BrokerAddress> broker =
        BrokerAddress::parse(parser.value(brokerOption), &why);
    if (!broker)
        return usage(QStringLiteral("--broker: %1").arg(why));
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(parser.value(configOption));
    if (!loaded.config) {
        for (const Diagnostic &d : loaded.errors)
            std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
        return 2;
    }
    SiteBench::Options options;
    options.config = *loaded.config;
    options.site.broker = *broker;
    options.site.id = parser.value(siteOption);
    options.prefix = parser.isSet(nameOption)
                         ? parser.value(nameOption)
                         : QStringLiteral("sitebench-%1").arg(QCoreApplication::applicationPid());
    bool ok = false;
    options.nodes = parser.value(nodesOption).toInt(&ok);
    if (!ok || options.nodes < 1 || options.nodes > 500)
        return usage(QStringLiteral("--nodes expects 1 to 500"));
    options.seconds = parser.value(secondsOption).toInt(&ok);
    if (!ok || options.seconds < 1)
        return usage(QStringLiteral("--seconds expects a whole number of seconds"));
    options.syncTimeoutSeconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || options.syncTimeoutSeconds < 1)
        return usage(QStringLiteral("--sync-timeout expects a whole number of seconds"));

    SiteBench bench(options);
    QTimer::singleShot(0, &bench, [&bench] { bench.run(); });
    return app.exec();
}
