#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

#include <catch2/catch.hpp>

// Runs the pantau binary and waits for it while this process's event loop keeps turning, so a
// LoopbackServer in the test can answer the binary's requests.
struct PantauRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

// `input`, when given, is written to pantau's standard input, which is then closed.
inline PantauRun runPantau(const QStringList &arguments, int timeoutMs = 60000,
                           const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PANTAU_BINARY), arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        FAIL("pantau did not finish: " << arguments.join(u' ').toStdString());
    }
    PantauRun run;
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Starts `pantau --mode collector` with `arguments`, as systemd would: no display of any kind
// (the collector must not need one), and its home, cache and alert log under `home`, so that a
// restart with the same `home` finds its log again.
inline void startCollector(QProcess &process, const QString &home, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(variable));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(PANTAU_BINARY),
                  QStringList{QStringLiteral("--mode"), QStringLiteral("collector")} + arguments);
    REQUIRE(process.waitForStarted(10000));
}
