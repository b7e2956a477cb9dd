#include "LoopbackServer.h"
#include "PantauProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QString writeFeed(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("feed.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    return path;
}

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> lines;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        INFO(line.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        lines.append(document.object());
    }
    return lines;
}

} // namespace

TEST_CASE("pantau --probe prints one JSON object per sample, with the time's offset")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(
        QStringLiteral("/harga"),
        {R"({"data": [{"name": "Telur Ayam Ras", "today": 28500, "tanggal": "2026-11-28 08:00"},
                             {"name": "Gula Pasir", "today": 17250, "tanggal": "2026-11-28 08:00"},
                             {"name": "Cabai Rawit Merah", "today": 0, "tanggal": "2026-11-28 08:00"}]})"});
    QTemporaryDir dir;
    const QString feed =
        writeFeed(dir, QStringLiteral(R"({"id": "harga", "opd": "Disperindag", "url": "%1",
        "format": "json", "numbers": {"noData": [0]},
        "series": [{"records": "/data", "key": "name", "value": "today", "time": "tanggal",
                    "indicators": {"Telur Ayam Ras": "harga.telur", "Gula Pasir": "harga.gula",
                                   "Cabai Rawit Merah": "harga.cabai"}}]})")
                           .arg(server.url(QStringLiteral("/harga")).toString())
                           .toUtf8());
    const PantauRun run = runPantau({QStringLiteral("--probe"), feed});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QList<QJsonObject> lines = jsonLines(run.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).value(QStringLiteral("indicator")).toString() ==
          QStringLiteral("harga.telur"));
    CHECK(lines.at(0).value(QStringLiteral("value")).toDouble() == 28500.0);
    CHECK(lines.at(0).contains(QStringLiteral("unit")));
    CHECK(lines.at(0).value(QStringLiteral("time")).toString() ==
          QStringLiteral("2026-11-28T08:00:00+07:00"));
    // The sentinel 0 is no data, said on stderr, never printed as a value.
    CHECK(run.err.contains(QStringLiteral("harga.cabai")));
    CHECK(run.err.contains(QStringLiteral("no data")));
}

TEST_CASE("pantau --probe --records prints CSV rows as the parser read them")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("harga.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFKomoditas;Harga Hari Ini\r\nTelur Ayam Ras;28.500\r\n\"Gula; "
               "Pasir\";17.250\r\n");
    file.close();
    const QString feed =
        writeFeed(dir, QStringLiteral(R"({"id": "harga", "opd": "Disperindag", "url": "%1",
        "format": "csv", "numbers": {"decimalComma": true},
        "series": [{"key": "Komoditas", "value": "Harga Hari Ini", "indicatorTemplate": "harga.{key}"}]})")
                           .arg(csv)
                           .toUtf8());
    const PantauRun run = runPantau({QStringLiteral("--probe"), feed, QStringLiteral("--records")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QList<QJsonObject> rows = jsonLines(run.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).value(QStringLiteral("Komoditas")).toString() ==
          QStringLiteral("Telur Ayam Ras"));
    CHECK(rows.at(0).value(QStringLiteral("Harga Hari Ini")).toString() ==
          QStringLiteral("28.500"));
    CHECK(rows.at(1).value(QStringLiteral("Komoditas")).toString() ==
          QStringLiteral("Gula; Pasir"));
}

TEST_CASE("pantau --probe fails with a one-line reason and never hangs past the deadline")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/down"), {"<html>502</html>", 502, "text/html"});
    QTemporaryDir dir;
    const QString feed = writeFeed(dir, QStringLiteral(R"({"id": "bpbd", "opd": "BPBD", "url": "%1",
        "format": "json", "values": [{"indicator": "bencana", "pointer": "/n"}]})")
                                            .arg(server.url(QStringLiteral("/down")).toString())
                                            .toUtf8());
    PantauRun run = runPantau({QStringLiteral("--probe"), feed});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.count(u'\n') == 1);
    CHECK(run.err.contains(QStringLiteral("server answered 502")));

    const QString broken = writeFeed(dir, "{\"id\": \"x\",\n \"url\": }");
    run = runPantau({QStringLiteral("--probe"), broken});
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(broken + QStringLiteral(":2:9: ")));
}
