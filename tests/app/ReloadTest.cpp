// A running wall and its config file: a valid change rebuilds the wall, a broken one is refused
// and the wall keeps showing what it showed.

#include "TestValues.h"
#include "Wall.h"
#include "config/ConfigLoader.h"
#include "screen/ScreenHeader.h"
#include "screen/ScreenView.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Pantau;
using namespace Pantau::Test;

namespace {

const char *const ValidConfig = R"({
  "version": 1,
  "feeds": [{"id": "f", "opd": "BPKAD", "url": "./apbd.json", "format": "json",
             "intervalSeconds": 3600,
             "values": [{"indicator": "apbd", "pointer": "/persen"}]}],
  "indicators": [{"id": "apbd", "label": {"id": "Realisasi Pendapatan"}, "unit": "%",
                  "dimension": "governance"}],
  "screens": [{"name": "WALL-1", "title": "%TITLE%", "tiles": [{"type": "kpi", "indicator": "apbd"}]}]
})";

QByteArray configTitled(const char *title)
{
    return QByteArray(ValidConfig).replace("%TITLE%", title);
}

// A folder with a config titled "Ringkasan" and the data file its feed reads, the wall's cache
// and alert log kept inside it.
struct ConfigFolder
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("wall.json"));

    Config load()
    {
        qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
        writeFile(dir.filePath(QStringLiteral("apbd.json")), R"({"persen": 88.4})");
        writeFile(path, configTitled("Ringkasan"));
        const ConfigLoader::Result loaded = ConfigLoader::loadFile(path);
        REQUIRE(loaded.config);
        return *loaded.config;
    }
};

} // namespace

TEST_CASE("A config that changes on disk is reloaded, and a broken one leaves the wall as it was")
{
    ConfigFolder folder;
    const QString &path = folder.path;
    Wall wall(folder.load());
    wall.setScreenFilter({QStringLiteral("WALL-1")});
    QString error;
    REQUIRE(wall.build(false, &error));
    wall.show(true);
    wall.watchConfig();
    QSignalSpy reloaded(&wall, &Wall::reloaded);
    QSignalSpy refused(&wall, &Wall::reloadFailed);
    REQUIRE(wall.views().size() == 1);
    ScreenView *before = wall.views().first();
    CHECK(before->screenConfig().title == QStringLiteral("Ringkasan"));

    // Broken JSON: refused with the place of the error, and the same window stays up.
    writeFile(path, "{\"version\": 1, \"feeds\": [");
    REQUIRE(refused.wait(10000));
    CHECK(refused.last().at(0).toStringList().join(u'\n').contains(QStringLiteral("wall.json:1:")));
    CHECK(reloaded.isEmpty());
    REQUIRE(wall.views().size() == 1);
    CHECK(wall.views().first() == before);
    CHECK(before->isVisible());

    // Valid JSON that fails validation: refused too.
    writeFile(path, QByteArray(configTitled("X")).replace("\"kpi\"", "\"pie\""));
    REQUIRE(refused.wait(10000));
    CHECK(wall.views().first() == before);

    // A valid config that would leave nothing to show (the screen asked for is gone) is refused
    // before anything is torn down.
    writeFile(path, QByteArray(configTitled("Y")).replace("\"WALL-1\"", "\"WALL-9\""));
    REQUIRE(refused.wait(10000));
    CHECK(refused.last().at(0).toStringList().join(u'\n').contains(QStringLiteral("none of the")));
    CHECK(wall.views().first() == before);
    CHECK(before->isVisible());

    // A valid change: the wall is rebuilt from it.
    writeFile(path, configTitled("Ringkasan Baru"));
    REQUIRE(reloaded.wait(10000));
    REQUIRE(wall.views().size() == 1);
    CHECK(wall.views().first()->screenConfig().title == QStringLiteral("Ringkasan Baru"));
    CHECK(wall.views().first()->isVisible());
}

TEST_CASE("Files written beside the config do not reload the wall")
{
    // The folder is watched (editors save by renaming), so a stats file, a backup or a log
    // written next to the config reaches the watcher too. Rebuilding the wall for them would
    // blank it every few seconds.
    ConfigFolder folder;
    const QString &path = folder.path;
    Wall wall(folder.load());
    QString error;
    REQUIRE(wall.build(false, &error));
    wall.show(true);
    wall.watchConfig();
    QSignalSpy reloaded(&wall, &Wall::reloaded);
    QSignalSpy refused(&wall, &Wall::reloadFailed);
    ScreenView *before = wall.views().first();

    writeFile(folder.dir.filePath(QStringLiteral("stats.json")), R"({"polls": 1})");
    writeFile(folder.dir.filePath(QStringLiteral("wall.json~")), "backup");
    // The same bytes saved again: nothing to do either.
    writeFile(path, configTitled("Ringkasan"));
    // Longer than the reload delay; a reload would have been signalled by now.
    CHECK_FALSE(reloaded.wait(2000));
    CHECK(refused.isEmpty());
    CHECK(wall.views().first() == before);

    // A real change still reloads.
    writeFile(path, configTitled("Ringkasan Baru"));
    REQUIRE(reloaded.wait(10000));
    CHECK(wall.views().first()->screenConfig().title == QStringLiteral("Ringkasan Baru"));
}
