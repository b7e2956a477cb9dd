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
