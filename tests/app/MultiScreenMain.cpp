// A Catch2 main for tests that need several monitors without any: Qt's offscreen platform is
// given a screen layout file with three 1920x1080 monitors side by side, WALL-1 to WALL-3,
// before the QApplication exists. Tests may change the monitors later through the platform's
// setConfiguration hook (MonitorLayout.h).

#define CATCH_CONFIG_RUNNER
#include "PixelExactDisplay.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString layout = dir.filePath(QStringLiteral("screens.json"));
    QFile file(layout);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [
        {"name": "WALL-1", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
        {"name": "WALL-2", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
        {"name": "WALL-3", "x": 3840, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]})");
    file.close();
    // Forced, not defaulted: these tests are about this layout, whatever the caller's platform.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + layout.toLocal8Bit());
    usePixelExactDisplay();
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
