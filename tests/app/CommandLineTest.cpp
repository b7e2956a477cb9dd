#include "PantauProcess.h"
#include "kiosk/PinHash.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using Catch::Matchers::Contains;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

const QString demoConfig = QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json");

} // namespace

TEST_CASE("pantau --version and --help answer without a display")
{
    const PantauRun version = runPantau({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("pantau ")));

    const PantauRun help = runPantau({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *option :
         {"--config", "--windowed", "--check-config", "--snapshot", "--settle"})
        CHECK_THAT(help.out.toStdString(), Contains(option));
    CHECK_THAT(help.out.toStdString(), Contains("Usage: pantau"));
}

TEST_CASE("pantau refuses a bad command line with exit 2")
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--no-such-option")}, QStringList{QStringLiteral("stray")},
          QStringList{QStringLiteral("--settle"), QStringLiteral("5")},
          QStringList{QStringLiteral("--snapshot"), QStringLiteral("/tmp/x"),
                      QStringLiteral("--settle"), QStringLiteral("soon")}}) {
        INFO(arguments.join(u' ').toStdString());
        const PantauRun run = runPantau(arguments);
        CHECK(run.exitStatus == QProcess::NormalExit);
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err.toStdString(), Contains("pantau: "));
    }
}

TEST_CASE("pantau --check-config accepts the demo config with a one-line summary")
{
    const PantauRun run = runPantau({QStringLiteral("--check-config"), demoConfig});
    CHECK(run.exitCode == 0);
    CHECK(run.out.count(u'\n') == 1);
    CHECK_THAT(run.out.toStdString(), Contains("valid config version 1"));
    CHECK_THAT(run.out.toStdString(), Contains("4 screens"));
}

TEST_CASE("pantau --check-config names the line and column of a JSON syntax error")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, QStringLiteral("broken.json"),
        "{\n  \"version\": 1,\n  \"feeds\": [\n    {\"id\": \"a\" \"opd\": \"BPKAD\"}\n  ]\n}\n");
    const PantauRun run = runPantau({QStringLiteral("--check-config"), path});
    CHECK(run.exitCode == 2);
    // Line 4, column 16: the '"' of "opd", where a comma was expected.
    CHECK(run.err.startsWith(path + QStringLiteral(":4:16: ")));
}

TEST_CASE("pantau --check-config names the JSON Pointer of a semantic error")
{
    QTemporaryDir dir;
    const QString unknownKey = writeFile(dir, QStringLiteral("unknown.json"),
                                         R"({"version": 1, "feeds": [], "indicators": [],
                                             "screens": [{"name": "W", "tiles": [], "colums": 3}]})");
    PantauRun run = runPantau({QStringLiteral("--check-config"), unknownKey});
    CHECK(run.exitCode == 2);
    CHECK_THAT(
        run.err.toStdString(),
        Contains((unknownKey + QStringLiteral(": /screens/0/colums: unknown key")).toStdString()));

    const QString future =
        writeFile(dir, QStringLiteral("future.json"), R"({"version": 7, "layouts": {}})");
    run = runPantau({QStringLiteral("--check-config"), future});
    CHECK(run.exitCode == 2);
    CHECK_THAT(run.err.toStdString(),
               Contains((future + QStringLiteral(": /version: ")).toStdString()));
    CHECK_THAT(run.err.toStdString(), Contains("upgrade Pantau"));
    CHECK(run.err.count(u'\n') == 1);
}

TEST_CASE("pantau --check-config never crashes, whatever the bytes")
{
    QTemporaryDir dir;
    QRandomGenerator random(20261128); // fixed seed: a failure can be replayed
    QList<QByteArray> inputs = {
        QByteArray(),
        QByteArray("\xef\xbb\xbf"),
        QByteArray(1000, '['),
        QByteArray("\xff\xfe\x00{", 4),
        QByteArray("{\"version\": 1e400}"),
        QByteArray("{\"version\": -0.5}"),
        QByteArray("nul"),
    };
    for (int i = 0; i < 8; ++i) {
        QByteArray bytes(int(random.bounded(1, 4096)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        inputs.append(bytes);
    }
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        INFO("input " << i);
        const QString path = writeFile(dir, QStringLiteral("input-%1.json").arg(i), inputs.at(i));
        const PantauRun run = runPantau({QStringLiteral("--check-config"), path});
        CHECK(run.exitStatus == QProcess::NormalExit);
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(path + u':'));
    }
    const PantauRun missing =
        runPantau({QStringLiteral("--check-config"), dir.filePath(QStringLiteral("absent.json"))});
    CHECK(missing.exitCode == 2);
    CHECK_THAT(missing.err.toStdString(), Contains("cannot read the file"));
}

TEST_CASE("pantau --hash-pin reads the PIN from standard input and prints only its hash")
{
    const PantauRun run = runPantau({QStringLiteral("--hash-pin")}, 60000, "480516\n");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString stored = run.out.trimmed();
    CHECK(Pantau::PinHash::checkStored(stored).isEmpty());
    CHECK(Pantau::PinHash::verify(QStringLiteral("480516"), stored));
    CHECK_FALSE(run.out.contains(QStringLiteral("480516")));
    CHECK_FALSE(run.err.contains(QStringLiteral("480516")));

    const PantauRun letters = runPantau({QStringLiteral("--hash-pin")}, 60000, "12ab\n");
    CHECK(letters.exitCode == 2);
    CHECK(letters.out.isEmpty());
    CHECK(letters.err.contains(QStringLiteral("digits")));
    const PantauRun empty = runPantau({QStringLiteral("--hash-pin")});
    CHECK(empty.exitCode == 2);
}

TEST_CASE("A second wall on the same config is refused while the first runs")
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QString config = QStringLiteral(PANTAU_SOURCE_DIR "/tests/data/config/minimal.json");

    QProcess first;
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::MergedChannels);
    first.start(QStringLiteral(PANTAU_BINARY),
                {QStringLiteral("--config"), config, QStringLiteral("--windowed")});
    REQUIRE(first.waitForStarted(10000));
    // The first wall is up once it has placed its windows.
    QString firstOutput;
    QDeadlineTimer limit(30000);
    while (!firstOutput.contains(QStringLiteral("wall screen")) && !limit.hasExpired() &&
           first.state() == QProcess::Running) {
        first.waitForReadyRead(200);
        firstOutput += QString::fromUtf8(first.readAll());
    }
    REQUIRE(firstOutput.contains(QStringLiteral("wall screen")));

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(PANTAU_BINARY),
                 {QStringLiteral("--config"), config, QStringLiteral("--windowed")});
    REQUIRE(second.waitForFinished(30000));
    CHECK(second.exitCode() == 3);
    const QString message = QString::fromUtf8(second.readAllStandardError());
    CAPTURE(message.toStdString());
    CHECK(message.contains(QStringLiteral("already running")));
    CHECK(message.contains(QString::number(first.processId())));

    // A snapshot of the same config is a one-off and may run beside the wall.
    QProcess snapshot;
    snapshot.setProcessEnvironment(env);
    snapshot.start(QStringLiteral(PANTAU_BINARY),
                   {QStringLiteral("--config"), config, QStringLiteral("--snapshot"),
                    home.filePath(QStringLiteral("snap"))});
    REQUIRE(snapshot.waitForFinished(60000));
    CHECK(snapshot.exitCode() != 3);

    first.terminate();
    if (!first.waitForFinished(10000))
        first.kill();
}

namespace {

// Starts pantau in one mode on a one-feed config read from a file (nothing but pantau itself
// involved), waits until it has applied a poll, sends `signal`, and checks what systemctl stop
// and Ctrl+C rely on: the process ends by itself within a few seconds, through its event loop
// (exit status 0), and the last-good cache holds the value the poll brought.
void checkSignalEndsCleanly(const QStringList &modeArguments, int signal)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const QString stats = home.filePath(QStringLiteral("stats.json"));
    writeFile(home, QStringLiteral("apbd.json"), R"({"pendapatan": {"persen": 87.5}})");
    // One public page, so that a kiosk has something to show, and a PIN hash it must have.
    const QString config = writeFile(
        home, QStringLiteral("wall.json"),
        QStringLiteral(R"({"version": 1,
      "kiosk": {"pinHash": "%1"},
      "feeds": [{"id": "apbd", "opd": "BPKAD", "url": "./apbd.json", "format": "json",
                 "values": [{"indicator": "apbd.pendapatan.persen", "pointer": "/pendapatan/persen"}]}],
      "indicators": [{"id": "apbd.pendapatan.persen", "label": {"id": "Realisasi Pendapatan APBD"},
                      "unit": "%", "dimension": "governance"}],
      "screens": [{"name": "WALL-1", "pages": [{"public": true,
                   "tiles": [{"type": "kpi", "indicator": "apbd.pendapatan.persen"}]}]}]})")
            .arg(Pantau::PinHash::make(QStringLiteral("480516"), QByteArray(16, 'k'), 10000))
            .toUtf8());

    QProcess pantau;
    pantau.setProcessEnvironment(env);
    pantau.setProcessChannelMode(QProcess::MergedChannels);
    pantau.start(QStringLiteral(PANTAU_BINARY), QStringList{QStringLiteral("--config"), config,
                                                            QStringLiteral("--stats-file"), stats} +
                                                    modeArguments);
    REQUIRE(pantau.waitForStarted(10000));
    // Up and polled: the stats file (written every few seconds) counts a poll.
    auto polls = [&] {
        QFile file(stats);
        if (!file.open(QIODevice::ReadOnly))
            return qint64(0);
        return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QStringLiteral("polls"))
            .toInteger();
    };
    QDeadlineTimer limit(30000);
    while (polls() < 1 && !limit.hasExpired() && pantau.state() == QProcess::Running)
        pantau.waitForReadyRead(200);
    REQUIRE(polls() >= 1);

    ::kill(pid_t(pantau.processId()), signal);
    // A few seconds, as systemd's stop timeout is for the whole unit; a refused quit would
    // leave the process running until the kill below.
    const bool ended = pantau.waitForFinished(10000);
    if (!ended) {
        pantau.kill();
        pantau.waitForFinished();
    }
    const QString output = QString::fromUtf8(pantau.readAll());
    CAPTURE(output.toStdString());
    REQUIRE(ended);
    CHECK(pantau.exitStatus() == QProcess::NormalExit);
    CHECK(pantau.exitCode() == 0);
    CHECK(output.contains(signal == SIGINT ? QStringLiteral("SIGINT received")
                                           : QStringLiteral("SIGTERM received")));
    QDirIterator cache(home.filePath(QStringLiteral("cache")), QDir::Files,
                       QDirIterator::Subdirectories);
    QStringList files;
    while (cache.hasNext())
        files.append(cache.next());
    CAPTURE(files.join(u' ').toStdString());
    // The last-good cache, with the value the poll brought.
    const auto saved = std::find_if(files.cbegin(), files.cend(), [](const QString &f) {
        return QFileInfo(f).fileName().startsWith(QStringLiteral("last-good-"));
    });
    REQUIRE(saved != files.cend());
    QFile cacheFile(*saved);
    REQUIRE(cacheFile.open(QIODevice::ReadOnly));
    const QByteArray cached = cacheFile.readAll();
    CHECK(cached.contains("apbd.pendapatan.persen"));
    CHECK(cached.contains("87.5"));
}

} // namespace

TEST_CASE("SIGTERM ends a wall through its event loop: exit status 0, the cache saved")
{
    // systemctl stop and a soak run's end send SIGTERM. The default action would kill the
    // wall on the spot, losing the minutes since the cache was last saved.
    checkSignalEndsCleanly({QStringLiteral("--windowed")}, SIGTERM);
}

// Regression: a kiosk logged "SIGTERM received" and kept running until SIGKILL, because Qt 6's
// quit() asks every window to close first and a kiosk's windows refuse.
TEST_CASE("A kiosk ends on SIGTERM and SIGINT within seconds, its cache saved")
{
    const int signal = GENERATE(SIGTERM, SIGINT);
    CAPTURE(signal);
    checkSignalEndsCleanly({QStringLiteral("--mode"), QStringLiteral("kiosk")}, signal);
}

TEST_CASE("The control desk alone ends on SIGTERM, its cache saved")
{
    checkSignalEndsCleanly({QStringLiteral("--mode"), QStringLiteral("desktop")}, SIGTERM);
}
