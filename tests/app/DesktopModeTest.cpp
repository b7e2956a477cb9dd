// The command line of the control desk, through the real binary: --mode desktop runs beside a
// wall of the same config with a lock of its own, and a kiosk never offers a desk.

#include "PantauProcess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>

using Catch::Matchers::Contains;

namespace {

// Starts pantau with `arguments` and waits until its output contains `ready`.
void startUntil(QProcess &process, const QProcessEnvironment &env, const QStringList &arguments,
                const QString &ready)
{
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PANTAU_BINARY), arguments);
    REQUIRE(process.waitForStarted(10000));
    QString output;
    QDeadlineTimer limit(30000);
    while (!output.contains(ready) && !limit.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        output += QString::fromUtf8(process.readAll());
    }
    CAPTURE(output.toStdString());
    REQUIRE(output.contains(ready));
}

void stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
}

} // namespace

TEST_CASE("pantau --control is refused with --mode kiosk, and --windowed with --mode desktop")
{
    const PantauRun kiosk =
        runPantau({QStringLiteral("--control"), QStringLiteral("--mode"), QStringLiteral("kiosk")});
    CHECK(kiosk.exitCode == 2);
    CHECK_THAT(kiosk.err.toStdString(), Contains("--control does not apply to --mode kiosk"));

    const PantauRun windowed = runPantau(
        {QStringLiteral("--mode"), QStringLiteral("desktop"), QStringLiteral("--windowed")});
    CHECK(windowed.exitCode == 2);
    CHECK_THAT(windowed.err.toStdString(), Contains("--windowed does not apply"));

    const PantauRun unknown = runPantau({QStringLiteral("--mode"), QStringLiteral("meja")});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.err.toStdString(), Contains("wall, desktop, kiosk or collector"));

    const PantauRun help = runPantau({QStringLiteral("--help")});
    CHECK_THAT(help.out.toStdString(), Contains("--control"));
    CHECK_THAT(help.out.toStdString(), Contains("desktop:"));
}

TEST_CASE("A desk runs beside the wall of the same config, and a second desk is refused")
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QString config = QStringLiteral(PANTAU_SOURCE_DIR "/tests/data/config/minimal.json");

    QProcess wall;
    startUntil(wall, env, {QStringLiteral("--config"), config, QStringLiteral("--windowed")},
               QStringLiteral("wall screen"));
    QProcess desk;
    startUntil(
        desk, env,
        {QStringLiteral("--config"), config, QStringLiteral("--mode"), QStringLiteral("desktop")},
        QStringLiteral("control desk open (desktop mode)"));
    CHECK(wall.state() == QProcess::Running);

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(
        QStringLiteral(PANTAU_BINARY),
        {QStringLiteral("--config"), config, QStringLiteral("--mode"), QStringLiteral("desktop")});
    REQUIRE(second.waitForFinished(30000));
    CHECK(second.exitCode() == 3);
    const QString message = QString::fromUtf8(second.readAllStandardError());
    CAPTURE(message.toStdString());
    CHECK(message.contains(QStringLiteral("already running on a control desk")));
    CHECK(message.contains(QString::number(desk.processId())));

    stop(desk);
    stop(wall);
}
