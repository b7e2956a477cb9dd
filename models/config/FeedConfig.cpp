#include "config/FeedConfig.h"

#include <QRegularExpression>

namespace Pantau {

namespace {

// Whether an id's first word only repeats the agency: its name without spaces ("bpkad" of
// BPKAD) or the initials of its capitalised words ("bpbd" of Badan Penanggulangan Bencana
// Daerah; "dan" has none).
bool namesAgency(const QString &word, const QString &opd)
{
    if (QString(opd).remove(u' ').compare(word, Qt::CaseInsensitive) == 0)
        return true;
    QString initials;
    for (const QString &part : opd.split(u' ', Qt::SkipEmptyParts))
        if (part.front().isUpper())
            initials.append(part.front());
    return initials.size() > 1 && initials.compare(word, Qt::CaseInsensitive) == 0;
}

} // namespace

LocalizedText FeedConfig::defaultName(const QString &opd, const QString &id)
{
    static const QRegularExpression separators(QStringLiteral("[-_.\\s]+"));
    QStringList words = id.split(separators, Qt::SkipEmptyParts);
    if (words.size() > 1 && namesAgency(words.first(), opd))
        words.removeFirst();
    const QString dataset = words.join(u' ');
    if (opd.isEmpty())
        return {dataset, {}};
    if (dataset.isEmpty())
        return {opd, {}};
    return {QStringLiteral("%1: %2").arg(opd, dataset), {}};
}

} // namespace Pantau
