// pantau-tones: writes the alarm tones (models/alarms/AlarmTone) as WAV files into a folder, at
// build time, so the sounds Pantau embeds and installs are made from the source, not stored.
#include "alarms/AlarmTone.h"

#include <QDir>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: pantau-tones FOLDER\n");
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    if (!folder.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "pantau-tones: cannot make %s\n", argv[1]);
        return 1;
    }
    for (const auto severity : {Pantau::AlertSeverity::Critical, Pantau::AlertSeverity::Warning}) {
        // Written whole or not at all: a half-written tone must not reach the resources.
        QSaveFile file(folder.filePath(Pantau::AlarmTone::fileName(severity)));
        if (!file.open(QIODevice::WriteOnly) || file.write(Pantau::AlarmTone::wav(severity)) < 0 ||
            !file.commit()) {
            std::fprintf(stderr, "pantau-tones: %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return 1;
        }
    }
    return 0;
}
