#pragma once

#include "config/Config.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Pantau {

class IndicatorModel;
class ScreenView;

// Writes what the wall shows into a folder: one PNG per screen, named after the screen, and a
// state.json with every indicator's value, unit, status and times, for people and for tests.
class SnapshotWriter
{
public:
    static bool write(const QString &dir, const std::vector<ScreenView *> &views,
                      const IndicatorModel &indicators, const Config &config, const QDateTime &now,
                      QString *error);

    // Writes the page `view` shows now, at the size it has on the wall, as one PNG (the
    // control desk's "Simpan gambar layar…"). False, with the reason.
    static bool writeScreen(ScreenView *view, const QString &path, QString *error);

    // A screen name made safe as a file name: "WALL-1" stays, "Layar 1/Kiri" becomes
    // "Layar_1_Kiri".
    static QString fileNameFor(const QString &screenName);
};

} // namespace Pantau
