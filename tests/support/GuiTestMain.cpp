// Catch2 runner for tests that draw. CTest's test discovery runs this binary without the tests'
// environment, so the offscreen platform is chosen here when nothing else was asked for;
// otherwise discovery would need a display and silently find no tests.
#define CATCH_CONFIG_RUNNER
#include "PixelExactDisplay.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    usePixelExactDisplay();
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
