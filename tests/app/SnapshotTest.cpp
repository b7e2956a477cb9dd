#include "LoopbackServer.h"
#include "PantauProcess.h"
#include "TestValues.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
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

    // Four wall screens; the three that rotate also write their further pages.
    for (const char *name :
         {"WALL-1.png", "WALL-1-2.png", "WALL-2.png", "WALL-2-2.png", "WALL-3.png", "WALL-3-2.png",
          "WALL-3-3.png", "WALL-3-4.png", "WALL-4.png"}) {
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
        {"id": "telur", "label": {"id": "Harga Telur Ayam Ras", "en": "Egg price"}, "unit": "Rp", "dimension": "economy"},
        {"id": "bencana", "label": {"id": "Kejadian Bencana"}, "unit": {"id": "kejadian", "en": "events"}, "dimension": "society"}
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

    // Regression: state.json said nothing of what a number is, so a report made from it had to
    // read the config again. Each indicator carries its label, dimension, agency and feed.
    CHECK(telur.value(QStringLiteral("label")).toObject() ==
          QJsonObject{{QStringLiteral("id"), QStringLiteral("Harga Telur Ayam Ras")},
                      {QStringLiteral("en"), QStringLiteral("Egg price")}});
    CHECK(telur.value(QStringLiteral("dimension")).toString() == QStringLiteral("economy"));
    CHECK(telur.value(QStringLiteral("opd")).toString() ==
          QStringLiteral("Dinas Koperasi dan Perdagangan"));
    CHECK(telur.value(QStringLiteral("feed")).toString() == QStringLiteral("harga"));
    CHECK_FALSE(telur.contains(QStringLiteral("unitEn")));
    CHECK(bencana.value(QStringLiteral("label")).toObject() ==
          QJsonObject{{QStringLiteral("id"), QStringLiteral("Kejadian Bencana")}});
    CHECK(bencana.value(QStringLiteral("dimension")).toString() == QStringLiteral("society"));
    CHECK(bencana.value(QStringLiteral("opd")).toString() == QStringLiteral("BPBD"));
    CHECK(bencana.value(QStringLiteral("unit")).toString() == QStringLiteral("kejadian"));
    CHECK(bencana.value(QStringLiteral("unitEn")).toString() == QStringLiteral("events"));
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

namespace {

// The height of the tallest band of consecutive rows that hold light ink (text on the wall's
// dark tiles): on a screen of one clock or one KPI, the band of its large digits.
int tallestLightBand(const QImage &image)
{
    int tallest = 0;
    int run = 0;
    for (int y = 0; y < image.height(); ++y) {
        bool light = false;
        for (int x = 0; x < image.width() && !light; ++x)
            light = qGray(image.pixel(x, y)) > 200;
        run = light ? run + 1 : 0;
        tallest = std::max(tallest, run);
    }
    return tallest;
}

} // namespace

// Regression: a setting meant to make Qt keep large glyphs as images made Qt 6.4 draw no glyph
// above 64 px at all, and every test passed, as none looked at a frame made by main(). The
// clock's digits and a KPI's value are far taller than that, and must be on the PNG.
TEST_CASE("pantau --snapshot draws the clock's digits and a KPI's value at their large size")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/harga"),
               {R"({"data": [{"name": "Telur Ayam Ras", "today": "28500"}]})"});
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("wall.json"));
    Pantau::Test::writeFile(config, QStringLiteral(R"({
      "version": 1,
      "feeds": [{"id": "harga", "opd": "Dinas Koperasi dan Perdagangan", "url": "%1",
                 "format": "json", "values": [{"indicator": "telur", "pointer": "/data/0/today"}]}],
      "indicators": [{"id": "telur", "label": {"id": "Harga Telur Ayam Ras"}, "unit": "Rp",
                      "dimension": "economy"}],
      "screens": [{"name": "JAM", "size": {"width": 1920, "height": 1080},
                   "tiles": [{"type": "clock"}]},
                  {"name": "ANGKA", "size": {"width": 1920, "height": 1080},
                   "tiles": [{"type": "kpi", "indicator": "telur"}]}]
    })")
                                        .arg(server.url(QStringLiteral("/harga")).toString())
                                        .toUtf8());
    const QString out = dir.filePath(QStringLiteral("out"));
    const PantauRun run =
        runPantau({QStringLiteral("--config"), config, QStringLiteral("--snapshot"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    for (const char *name : {"JAM.png", "ANGKA.png"}) {
        CAPTURE(name);
        const QImage image(QDir(out).filePath(QLatin1String(name)));
        REQUIRE_FALSE(image.isNull());
        CHECK(tallestLightBand(image) > 80);
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

namespace {

// Every text the tiles of a snapshot's pages drew, in order.
QStringList drawnTexts(const QJsonObject &state)
{
    QStringList texts;
    for (const QJsonValue &screen : state.value(QStringLiteral("screens")).toArray())
        for (const QJsonValue &page : screen.toObject().value(QStringLiteral("pages")).toArray())
            for (const QJsonValue &text : page.toObject().value(QStringLiteral("texts")).toArray())
                texts.append(text.toString());
    return texts;
}

// The figures among texts ("Rp28.500", "57,0%"), sorted, and the words, as sets.
QStringList figures(const QStringList &texts)
{
    static const QRegularExpression number(QStringLiteral("[0-9][0-9.,]*"));
    QStringList found;
    for (const QString &text : texts)
        for (auto it = number.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
    found.sort();
    return found;
}

QSet<QString> words(const QStringList &texts)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QSet<QString> found;
    for (const QString &text : texts)
        for (auto it = word.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured());
    return found;
}

// A 2x2 canvas on the monitors P1..P4 with a 40 px bezel, and a screen of its own, from the
// shipped canvas fixture with the panels renamed to monitors the offscreen platform can have.
QString writeCanvasConfig(const QTemporaryDir &dir)
{
    QFile fixture(QStringLiteral(PANTAU_TEST_DATA "/config/canvas-2x2.json"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(fixture.readAll()).object();
    QJsonArray screens = root.value(QStringLiteral("screens")).toArray();
    QJsonObject wall = screens.at(0).toObject();
    QJsonObject canvas = wall.value(QStringLiteral("canvas")).toObject();
    canvas.insert(QStringLiteral("panels"), QJsonArray{QStringLiteral("P1"), QStringLiteral("P2"),
                                                       QStringLiteral("P3"), QStringLiteral("P4")});
    wall.insert(QStringLiteral("canvas"), canvas);
    screens.replace(0, wall);
    root.insert(QStringLiteral("screens"), screens);
    root.remove(QStringLiteral("spare"));
    const QString path = dir.filePath(QStringLiteral("canvas.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    return path;
}

PantauRun snapshotOn(const QString &platform, const QString &config, const QString &out)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PANTAU_BINARY),
                  {QStringLiteral("--config"), config, QStringLiteral("--snapshot"), out});
    REQUIRE(process.waitForFinished(60000));
    PantauRun run;
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// True when every pixel of the line is the same colour: nothing drawn across it.
bool uniformColumn(const QImage &image, int x)
{
    for (int y = 0; y < image.height(); ++y)
        if (image.pixel(x, y) != image.pixel(x, 0))
            return false;
    return true;
}

bool uniformRow(const QImage &image, int y)
{
    for (int x = 0; x < image.width(); ++x)
        if (image.pixel(x, y) != image.pixel(0, y))
            return false;
    return true;
}

} // namespace

TEST_CASE("pantau --lang en shows the same figures as --lang id, in other words")
{
    LoopbackServer server;
    REQUIRE(server.start());
    server.set(QStringLiteral("/harga"),
               {R"({"data": [{"telur": "28500", "bawang": "44150.5", "beras": "13400"}]})"});
    server.set(QStringLiteral("/down"), {"<html>Bad Gateway</html>", 502, "text/html"});

    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("wall.json"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({
      "version": 1,
      "feeds": [
        {"id": "harga", "opd": "Dinas Koperasi dan Perdagangan", "url": "%1", "format": "json",
         "values": [{"indicator": "telur", "pointer": "/data/0/telur"},
                    {"indicator": "bawang", "pointer": "/data/0/bawang"},
                    {"indicator": "beras", "pointer": "/data/0/beras"}]},
        {"id": "bpbd", "opd": "BPBD", "url": "%2", "format": "json", "timeoutSeconds": 5, "deadlineSeconds": 10,
         "values": [{"indicator": "bencana", "pointer": "/jumlah"}]}
      ],
      "indicators": [
        {"id": "telur", "label": {"id": "Harga Telur Ayam Ras", "en": "Egg price"}, "unit": "Rp", "dimension": "economy"},
        {"id": "bawang", "label": {"id": "Harga Bawang Merah", "en": "Shallot price"}, "unit": "Rp", "decimals": 1, "dimension": "economy"},
        {"id": "beras", "label": {"id": "Harga Beras Medium", "en": "Rice price"}, "unit": "Rp", "dimension": "economy"},
        {"id": "bencana", "label": {"id": "Kejadian Bencana", "en": "Disasters"}, "unit": "kejadian", "dimension": "society"}
      ],
      "screens": [{"name": "EKONOMI", "title": {"id": "Harga Pangan", "en": "Food prices"}, "columns": 3,
                   "tiles": [{"type": "kpi", "indicator": "telur", "target": 30000},
                             {"type": "gauge", "indicator": "bawang", "target": 50000},
                             {"type": "bar", "title": {"id": "Harga Pangan", "en": "Food prices"},
                              "indicators": ["telur", "bawang", "beras"]},
                             {"type": "kpi", "indicator": "bencana"}]}]
    })")
                   .arg(server.url(QStringLiteral("/harga")).toString(),
                        server.url(QStringLiteral("/down")).toString())
                   .toUtf8());
    file.close();

    QHash<QString, QJsonObject> states;
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        const QString out = dir.filePath(language);
        const PantauRun run =
            runPantau({QStringLiteral("--config"), config, QStringLiteral("--lang"), language,
                       QStringLiteral("--snapshot"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        states.insert(language, readState(out));
    }
    const QStringList indonesian = drawnTexts(states.value(QStringLiteral("id")));
    const QStringList english = drawnTexts(states.value(QStringLiteral("en")));
    CAPTURE(indonesian.join(QStringLiteral(" | ")).toStdString());
    CAPTURE(english.join(QStringLiteral(" | ")).toStdString());

    // Figures follow the config's locale (id_ID), never the UI language.
    CHECK_FALSE(figures(english).isEmpty());
    CHECK(figures(english) == figures(indonesian));
    CHECK(english.contains(QStringLiteral("Rp28.500")));
    CHECK(english.contains(QStringLiteral("Rp44.150,5")));

    // The words do not: labels and titles from the config, the UI's own words from the
    // translation.
    CHECK(english.contains(QStringLiteral("Egg price")));
    CHECK(indonesian.contains(QStringLiteral("Harga Telur Ayam Ras")));
    CHECK(english.contains(QStringLiteral("Food prices")));
    CHECK(indonesian.contains(QStringLiteral("Harga Pangan")));
    CHECK(std::any_of(english.cbegin(), english.cend(), [](const QString &t) {
        return t.contains(QStringLiteral("has a problem"));
    }));
    CHECK(std::any_of(indonesian.cbegin(), indonesian.cend(), [](const QString &t) {
        return t.contains(QStringLiteral("sedang bermasalah"));
    }));
    const QSet<QString> shared = words(english) & words(indonesian);
    CAPTURE(QStringList(shared.cbegin(), shared.cend()).join(u' ').toStdString());
    CHECK(words(english).size() > 2 * shared.size());
}

TEST_CASE("pantau --snapshot renders a canvas of four as one PNG, with nothing across a seam")
{
    QTemporaryDir dir;
    const QString config = writeCanvasConfig(dir);

    SECTION("on four monitors: the size of their union")
    {
        const QString layout = dir.filePath(QStringLiteral("screens.json"));
        QFile layoutFile(layout);
        REQUIRE(layoutFile.open(QIODevice::WriteOnly));
        layoutFile.write(R"({"screens": [
            {"name": "P2", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
            {"name": "P1", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
            {"name": "P4", "x": 1920, "y": 1080, "width": 1920, "height": 1080, "logicalDpi": 96},
            {"name": "P3", "x": 0, "y": 1080, "width": 1920, "height": 1080, "logicalDpi": 96}]})");
        layoutFile.close();
        const QString out = dir.filePath(QStringLiteral("out"));
        const PantauRun run =
            snapshotOn(QStringLiteral("offscreen:configfile=") + layout, config, out);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QImage image(QDir(out).filePath(QStringLiteral("VIDEOWALL.png")));
        REQUIRE(image.size() == QSize(3840, 2160));
        // Every pixel on the seams is background: no tile, header or text crosses them.
        CHECK(uniformColumn(image, 1920));
        CHECK(uniformRow(image, 1080));
        // ... and the whole bezel gap is free, not only its middle line.
        CHECK(uniformColumn(image, 1900));
        CHECK(uniformColumn(image, 1939));
        CHECK_FALSE(uniformColumn(image, 1800)); // tiles on both sides of the gap
        CHECK_FALSE(uniformColumn(image, 2040));
        CHECK(QImageReader(QDir(out).filePath(QStringLiteral("CC112.png"))).size() ==
              QSize(1920, 1080));
        const QJsonObject state = readState(out);
        const QJsonObject first = state.value(QStringLiteral("screens")).toArray().at(0).toObject();
        CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("VIDEOWALL"));
        CHECK(first.value(QStringLiteral("width")).toInt() == 3840);
    }
    SECTION("without monitors: its configured size")
    {
        const QString out = dir.filePath(QStringLiteral("bare"));
        const PantauRun run = snapshotOn(QStringLiteral("offscreen"), config, out);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QImage image(QDir(out).filePath(QStringLiteral("VIDEOWALL.png")));
        REQUIRE(image.size() == QSize(3840, 2160)); // four full-HD panels by default
        CHECK(uniformColumn(image, 1920));
        CHECK(uniformRow(image, 1080));
    }
}
