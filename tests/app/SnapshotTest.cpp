#include "LoopbackServer.h"
#include "PantauProcess.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

QJsonObject readState(const QString &dir)
{
    QFile file(QDir(dir).filePath(QStringLiteral("state.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QJsonObject indicator(const QJsonObject &state, const QString &id)
{
    for (const QJsonValue &value : state.value(QStringLiteral("indicators")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    FAIL("no indicator " << id.toStdString() << " in state.json");
    return {};
}

} // namespace

TEST_CASE("pantau --snapshot renders the built-in demo from its in-process HTTP server")
{
    QTemporaryDir dir;
    const PantauRun run = runPantau({QStringLiteral("--snapshot"), dir.path()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    for (const char *name : {"WALL-1.png", "WALL-2.png"}) {
        QImageReader reader(QDir(dir.path()).filePath(QLatin1String(name)));
        INFO(name);
        CHECK(reader.format() == QByteArrayLiteral("png"));
        CHECK(reader.size() == QSize(1920, 1080));
    }
    const QJsonObject state = readState(dir.path());
    CHECK(state.value(QStringLiteral("demo")).toBool());
    const QJsonArray indicators = state.value(QStringLiteral("indicators")).toArray();
    // Every indicator of the shipped demo config, each served and current.
    QFile demo(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    REQUIRE(demo.open(QIODevice::ReadOnly));
    const qsizetype configured = QJsonDocument::fromJson(demo.readAll())
                                     .object()
                                     .value(QStringLiteral("indicators"))
                                     .toArray()
                                     .size();
    REQUIRE(configured >= 40);
    REQUIRE(indicators.size() == configured);
    for (const QJsonValue &value : indicators) {
        const QJsonObject object = value.toObject();
        INFO(object.value(QStringLiteral("id")).toString().toStdString());
        // Current: within its thresholds or past them, but neither old, failing nor missing.
        const QString status = object.value(QStringLiteral("status")).toString();
        CAPTURE(status.toStdString());
        CHECK((status == QLatin1String("ok") || status == QLatin1String("warning") ||
               status == QLatin1String("critical")));
        CHECK(object.value(QStringLiteral("value")).isDouble());
        // BPS statistics (stunting, tourism) carry a year, not a time: they are dated by the
        // fetch. Every other feed stamps its values.
        const QString id = object.value(QStringLiteral("id")).toString();
        const bool fromBps =
            id.startsWith(QLatin1String("stunting.")) || id.startsWith(QLatin1String("wisata."));
        CHECK(QDateTime::fromString(object.value(QStringLiteral("sourceTime")).toString(),
                                    Qt::ISODate)
                  .isValid() == !fromBps);
        CHECK(
            QDateTime::fromString(object.value(QStringLiteral("fetchTime")).toString(), Qt::ISODate)
                .isValid());
        CHECK(object.contains(QStringLiteral("unit")));
    }
}

TEST_CASE("pantau --snapshot records a served value and a failing feed's reason")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/harga"),
               {R"({"data": [{"name": "Telur Ayam Ras", "today": "28500"}]})"});
    server.set(QStringLiteral("/down"), {"<html>Bad Gateway</html>", 502, "text/html"});

    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("wall.json"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({
      "version": 1,
      "feeds": [
        {"id": "harga", "opd": "Dinas Koperasi dan Perdagangan", "url": "%1", "format": "json",
         "values": [{"indicator": "telur", "pointer": "/data/0/today"}]},
        {"id": "bpbd", "opd": "BPBD", "url": "%2", "format": "json", "timeoutSeconds": 5, "deadlineSeconds": 10,
         "values": [{"indicator": "bencana", "pointer": "/jumlah"}]}
      ],
      "indicators": [
        {"id": "telur", "label": {"id": "Harga Telur Ayam Ras"}, "unit": "Rp", "dimension": "economy"},
        {"id": "bencana", "label": {"id": "Kejadian Bencana"}, "unit": "kejadian", "dimension": "society"}
      ],
      "screens": [{"name": "Layar Ekonomi/Kiri", "tiles": [{"type": "kpi", "indicator": "telur"},
                                                          {"type": "kpi", "indicator": "bencana"}]}]
    })")
                   .arg(server.url(QStringLiteral("/harga")).toString(),
                        server.url(QStringLiteral("/down")).toString())
                   .toUtf8());
    file.close();

    const QString out = dir.filePath(QStringLiteral("snap"));
    const PantauRun run =
        runPantau({QStringLiteral("--config"), config, QStringLiteral("--snapshot"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QImageReader(QDir(out).filePath(QStringLiteral("Layar_Ekonomi_Kiri.png"))).size() ==
          QSize(1920, 1080));

    const QJsonObject state = readState(out);
    CHECK_FALSE(state.value(QStringLiteral("demo")).toBool());
    const QJsonObject telur = indicator(state, QStringLiteral("telur"));
    CHECK(telur.value(QStringLiteral("value")).toDouble() == 28500.0);
    CHECK(telur.value(QStringLiteral("unit")).toString() == QStringLiteral("Rp"));
    CHECK(telur.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    const QJsonObject bencana = indicator(state, QStringLiteral("bencana"));
    CHECK(bencana.value(QStringLiteral("status")).toString() == QStringLiteral("error"));
    CHECK(bencana.value(QStringLiteral("error")).toString().contains(QStringLiteral("502")));
    CHECK(bencana.value(QStringLiteral("value")).isNull());
}

TEST_CASE("pantau --snapshot on three monitors writes three PNGs, each its monitor's size")
{
    QTemporaryDir dir;
    const QString layout = dir.filePath(QStringLiteral("screens.json"));
    QFile layoutFile(layout);
    REQUIRE(layoutFile.open(QIODevice::WriteOnly));
    layoutFile.write(R"({"screens": [
        {"name": "WALL-1", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
        {"name": "WALL-2", "x": 1920, "y": 0, "width": 1280, "height": 1024, "logicalDpi": 96},
        {"name": "WALL-3", "x": 3200, "y": 0, "width": 2560, "height": 1440, "logicalDpi": 96}]})");
    layoutFile.close();
    // Three screens matched by name, and a fourth with no monitor, at its configured size.
    const QString config = dir.filePath(QStringLiteral("wall.json"));
    QFile configFile(config);
    REQUIRE(configFile.open(QIODevice::WriteOnly));
    configFile.write(R"({
      "version": 1,
      "feeds": [{"id": "f", "opd": "BPKAD", "url": "demo:/bpkad/realisasi-apbd", "format": "json",
                 "values": [{"indicator": "apbd", "pointer": "/pendapatan/persen"}]}],
      "indicators": [{"id": "apbd", "label": {"id": "Realisasi Pendapatan"}, "unit": "%",
                      "dimension": "governance"}],
      "screens": [
        {"name": "WALL-3", "tiles": [{"type": "kpi", "indicator": "apbd"}]},
        {"name": "WALL-1", "tiles": [{"type": "clock"}]},
        {"name": "WALL-2", "tiles": [{"type": "gauge", "indicator": "apbd", "target": 100}]},
        {"name": "LOBBY", "size": {"width": 1366, "height": 768}, "tiles": [{"type": "clock"}]}
      ]
    })");
    configFile.close();

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + layout);
    process.setProcessEnvironment(env);
    const QString out = dir.filePath(QStringLiteral("out"));
    process.start(QStringLiteral(PANTAU_BINARY),
                  {QStringLiteral("--config"), config, QStringLiteral("--snapshot"), out});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const std::pair<const char *, QSize> expected[] = {{"WALL-1.png", QSize(1920, 1080)},
                                                       {"WALL-2.png", QSize(1280, 1024)},
                                                       {"WALL-3.png", QSize(2560, 1440)},
                                                       {"LOBBY.png", QSize(1366, 768)}};
    for (const auto &[name, size] : expected) {
        CAPTURE(name);
        QImageReader reader(QDir(out).filePath(QLatin1String(name)));
        CHECK(reader.format() == QByteArrayLiteral("png"));
        CHECK(reader.size() == size);
    }
}

TEST_CASE("pantau --screen restricts the wall to the named screens")
{
    QTemporaryDir dir;
    const PantauRun run = runPantau({QStringLiteral("--snapshot"), dir.path(),
                                     QStringLiteral("--screen"), QStringLiteral("WALL-2")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("WALL-2.png"))));
    CHECK_FALSE(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("WALL-1.png"))));

    const PantauRun unknown = runPantau({QStringLiteral("--snapshot"), dir.path(),
                                         QStringLiteral("--screen"), QStringLiteral("LOBBY")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("LOBBY")));
    CHECK(unknown.err.contains(QStringLiteral("WALL-1, WALL-2")));
}
