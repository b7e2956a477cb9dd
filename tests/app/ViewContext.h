#pragma once

#include "locale/Formatter.h"
#include "screen/TileContext.h"
#include "theme/Theme.h"
#include "time/ManualClock.h"

// What a screen view needs to draw in a test of the app: a fixed clock (13.00 WIB), Indonesian
// formatting and the wall theme. No models: these tests are about windows, not data.
struct ViewContext
{
    Pantau::ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC)};
    Pantau::Formatter formatter{QLocale(QStringLiteral("id_ID")),
                                QTimeZone(QByteArrayLiteral("Asia/Jakarta"))};
    Pantau::TileContext context = [this] {
        Pantau::TileContext c;
        c.formatter = &formatter;
        c.clock = &clock;
        c.theme = &Pantau::Theme::wall();
        return c;
    }();
};
