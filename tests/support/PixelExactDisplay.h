#pragma once

#include <QtGlobal>

// Tests that draw compare what was painted with where its texts were laid out, pixel for pixel,
// so they need one device pixel per logical pixel. A desktop session's scaling variables
// (QT_SCALE_FACTOR=1.5 on a HiDPI laptop, say) would change that on the machine that runs them;
// they are dropped before the QApplication exists. The tests that want other sizes or DPIs say
// so in their own monitor layouts.
inline void usePixelExactDisplay()
{
    for (const char *variable :
         {"QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR",
          "QT_ENABLE_HIGHDPI_SCALING", "QT_SCALE_FACTOR_ROUNDING_POLICY", "QT_FONT_DPI",
          "QT_USE_PHYSICAL_DPI"})
        qunsetenv(variable);
}
