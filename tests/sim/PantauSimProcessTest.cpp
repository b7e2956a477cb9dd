// The pantau-sim program itself: started on a free port, fetched from, stopped.

#include "SimHttp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {

// Starts pantau-sim and reads the URL it prints first.
QUrl startSim(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(PANTAU_SIM_BINARY), arguments);
    REQUIRE(process.waitForStarted(10000));
    QByteArray out;
    while (!out.contains('\n')) {
        if (!process.waitForReadyRead(15000))
            FAIL("pantau-sim printed no address: " << process.readAllStandardError().toStdString());
        out += process.readAllStandardOutput();
    }
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"))
            .match(QString::fromUtf8(out));
    REQUIRE(m.hasMatch());
    return QUrl(m.captured(1));
}

void stopSim(QProcess &process)
{
    process.terminate();
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
}

} // namespace

TEST_CASE("pantau-sim serves on a free port with --speed, faults from its command line",
          "[sim][process]")
{
    // Simulated time is 28 November 2026 00:00 UTC at this real instant, then runs 3600 times
    // faster: each real second is an hour.
    const QDateTime anchor = QDateTime::currentDateTimeUtc();
    const QDateTime origin(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
    QProcess process;
    const QUrl base =
        startSim(process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--speed"),
                           QStringLiteral("3600"), QStringLiteral("--time-origin"),
                           origin.toString(Qt::ISODate), QStringLiteral("--time-anchor"),
                           anchor.toString(Qt::ISODateWithMs), QStringLiteral("--fault"),
                           QStringLiteral("dlh-kualitas-udara=http500")});

    const HttpAnswer calls =
        httpRequest(base.resolved(QUrl(QStringLiteral("/kominfo/112/ringkasan-harian"))));
    const QDateTime fetched = QDateTime::currentDateTimeUtc();
    REQUIRE(calls.status == 200);
    const QJsonObject body = QJsonDocument::fromJson(calls.body).object();
    // The summary is as of the simulated minute: between the origin and what the real time
    // elapsed since the anchor makes of it at 3600x.
    const QDateTime asOf =
        QDateTime::fromString(body[QStringLiteral("diperbarui")].toString(), Qt::ISODate);
    REQUIRE(asOf.isValid());
    CHECK(asOf >= origin.addSecs(-60));
    CHECK(asOf <= origin.addMSecs(anchor.msecsTo(fetched) * 3600));

    const HttpAnswer air =
        httpRequest(base.resolved(QUrl(QStringLiteral("/v2/entities?type=AirQualityObserved"))));
    CHECK(air.status == 500);
    // The admin endpoint is on by default and reports the command line's fault.
    const HttpAnswer admin = httpRequest(base.resolved(QUrl(QStringLiteral("/admin/faults"))));
    REQUIRE(admin.status == 200);
    CHECK(QJsonDocument::fromJson(
              admin.body)[QStringLiteral("faults")][QStringLiteral("dlh-kualitas-udara")] ==
          QStringLiteral("http500"));
    stopSim(process);
}

TEST_CASE("pantau-sim refuses a bad command line, naming the option", "[sim][process]")
{
    struct Case
    {
        QStringList arguments;
        const char *message;
    };
    const Case c = GENERATE(values<Case>({
        {{QStringLiteral("--speed"), QStringLiteral("0.5")}, "--speed"},
        {{QStringLiteral("--time-origin"), QStringLiteral("yesterday")}, "--time-origin"},
        {{QStringLiteral("--fault"), QStringLiteral("nosuchfeed=down")}, "unknown feed"},
        {{QStringLiteral("--fault"), QStringLiteral("all=sometimes")}, "unknown fault"},
        {{QStringLiteral("--port"), QStringLiteral("70000")}, "--port"},
    }));
    QProcess process;
    process.start(QStringLiteral(PANTAU_SIM_BINARY), c.arguments);
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 2);
    CHECK_THAT(QString::fromUtf8(process.readAllStandardError()).toStdString(),
               Catch::Contains(c.message));
}
