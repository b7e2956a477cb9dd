#include "tiles/EventText.h"

#include "locale/Formatter.h"
#include "theme/Theme.h"

#include <QCoreApplication>

namespace Pantau::EventText {

QString category(const QString &category)
{
    if (category.isEmpty())
        return category;
    return category.left(1).toUpper() + category.mid(1);
}

QColor statusColor(const Theme &theme, const QString &status)
{
    const QString word = status.trimmed().toLower();
    // Okabe–Ito hues, told apart with the common colour-vision deficiencies.
    static const QStringList fresh = {QStringLiteral("baru"), QStringLiteral("masuk"),
                                      QStringLiteral("menunggu"), QStringLiteral("dilaporkan")};
    static const QStringList inHand = {QStringLiteral("diproses"), QStringLiteral("proses"),
                                       QStringLiteral("ditangani"), QStringLiteral("dikerjakan"),
                                       QStringLiteral("dalam perjalanan")};
    static const QStringList done = {QStringLiteral("selesai"), QStringLiteral("tuntas"),
                                     QStringLiteral("ditutup"), QStringLiteral("tertangani")};
    if (fresh.contains(word))
        return theme.seriesColor(5); // vermillion
    if (inHand.contains(word))
        return theme.seriesColor(0); // sky blue
    if (done.contains(word))
        return theme.seriesColor(2); // bluish green
    return theme.mutedText;
}

QString dimensionLabel()
{
    return QCoreApplication::translate("EventText", "Laporan warga");
}

QString head(const EventRecord &record, const Formatter &formatter, const QDateTime &now)
{
    QStringList parts = {formatter.eventTime(record.time, now)};
    if (!record.kecamatan.isEmpty())
        parts.append(record.kecamatan);
    if (!record.category.isEmpty())
        parts.append(category(record.category));
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace Pantau::EventText
