#pragma once

#include "alarms/ShiftReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Pantau {

class Formatter;

// Prints a shift report as an A4 PDF that the head of a command centre can hand on: a header
// with the centre's name, the range and who made it; the headline figures; a bar chart of
// alarms per ten-minute period; then the report's tables, page after page as they run long,
// each page footed with its number. Words are Indonesian first (through tr(), so an English UI
// gets English ones), numbers and times through the Formatter (1.234,5; 13.05 WIB). Only DejaVu
// Sans and its bold are used, the fonts a bare Debian server has (fonts-dejavu-core).
class ShiftReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReportPdf)

public:
    struct Header
    {
        QString commandCenter; // "Command Center Kabupaten Blitar"
        QString generatedBy;   // who asked for it: the operator's name, else the system user
        QDateTime generatedAt; // passed in: the writer reads no clock
        // A small English line under the title and each section heading, for visitors and
        // auditors; off when the UI already speaks English (tr() then gives English headings).
        bool englishSubtitles = true;
    };

    // Writes the report to `path` through QSaveFile, so a failed write leaves no half file.
    // Returns false with a reason in *error. *pages (if given) gets the page count.
    static bool write(const ShiftReport &report, const QString &path, const Formatter &formatter,
                      const Header &header, QString *error, int *pages = nullptr);

    // "45 dtk", "1 mnt 25 dtk", "26 jam 10 mnt", "3 hari 4 jam": a duration as a table shows it.
    static QString duration(qint64 ms, const Formatter &formatter);
    // "45 dtk", "1,4 mnt", "2,5 jam": the same in one unit, short enough for a headline figure.
    static QString shortDuration(double seconds, const Formatter &formatter);
};

} // namespace Pantau
