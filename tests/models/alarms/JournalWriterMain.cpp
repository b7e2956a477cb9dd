// pantau-journal-writer: the process AlarmJournalTest kills. Opens the journal at argv[1] and
// appends `batches` batches made from `seed` (JournalWriterBatches.h), printing
// "committed <n>" once batch n-1's append has returned true, so that whatever the test reads
// after killing it, every batch it saw reported must be there whole.
//
// Usage: pantau-journal-writer PATH SEED [BATCHES]

#include "JournalWriterBatches.h"
#include "alarms/AlarmJournal.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Pantau;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fputs("usage: pantau-journal-writer PATH SEED [BATCHES]\n", stderr);
        return 2;
    }
    const quint64 seed = arguments.at(2).toULongLong();
    const int batches = arguments.size() > 3 ? arguments.at(3).toInt() : 2000;

    AlarmJournal journal(arguments.at(1));
    for (const QString &warning : journal.warnings())
        std::fprintf(stderr, "warning: %s\n", qPrintable(warning));
    if (!journal.isOpen())
        return 1;
    std::printf("open\n");
    std::fflush(stdout);
    for (int n = 0; n < batches; ++n) {
        QString error;
        if (!journal.append(Test::JournalWriter::batch(seed, n), &error)) {
            std::fprintf(stderr, "batch %d: %s\n", n, qPrintable(error));
            return 1;
        }
        std::printf("committed %d\n", n + 1);
        std::fflush(stdout);
    }
    return 0;
}
