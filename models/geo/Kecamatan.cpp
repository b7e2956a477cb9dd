#include "geo/Kecamatan.h"

#include "formats/CsvReader.h"

#include <QFile>

namespace Pantau {

QString Kecamatan::indicatorId(const QString &indicatorTemplate) const
{
    QString id = indicatorTemplate;
    id.replace(QLatin1String("{code}"), compactCode());
    id.replace(QLatin1String("{name}"), name.toLower().replace(u' ', u'-'));
    return id;
}

const QList<Kecamatan> &Kecamatan::blitar()
{
    static const QList<Kecamatan> list = [] {
        QList<Kecamatan> result;
        QFile file(QStringLiteral(":/pantau/data/blitar-kecamatan.csv"));
        // The file is compiled in; failing to read it is a build error, not a runtime one.
        if (!file.open(QIODevice::ReadOnly))
            qFatal("embedded kecamatan list missing");
        const CsvResult csv = CsvReader::read(file.readAll());
        if (!csv.ok())
            qFatal("embedded kecamatan list unreadable: %s", qPrintable(csv.error));
        const int code = csv.table->column(QStringLiteral("code"));
        const int name = csv.table->column(QStringLiteral("name"));
        for (const QStringList &row : csv.table->rows)
            result.append({row.at(code), row.at(name)});
        return result;
    }();
    return list;
}

const Kecamatan *Kecamatan::find(const QString &codeOrName)
{
    const QString wanted = codeOrName.trimmed();
    const QString compact = QString(wanted).remove(u'.');
    for (const Kecamatan &k : blitar()) {
        if (k.compactCode() == compact || k.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &k;
    }
    return nullptr;
}

} // namespace Pantau
