#pragma once

#include <QList>
#include <QString>

namespace Pantau {

// One of the 22 kecamatan of Kabupaten Blitar, from idn-area-data (ODbL; see
// resources/blitar-kecamatan.NOTICE.md).
struct Kecamatan
{
    QString code; // Kemendagri code as published, "35.05.17"
    QString name; // "Wlingi"

    // The code without dots, "350517", as indicator ids and BPS keys use it.
    QString compactCode() const { return QString(code).remove(u'.'); }
    // An indicator id from a template with "{code}" and/or "{name}" (the name in lower case,
    // spaces as dashes): "aduan.kec.{code}" gives "aduan.kec.350517".
    QString indicatorId(const QString &indicatorTemplate) const;

    // All 22, in the order of their codes. Read once from the embedded CSV.
    static const QList<Kecamatan> &blitar();
    // The kecamatan with this code (with or without dots) or name (any case); null if none.
    static const Kecamatan *find(const QString &codeOrName);
};

} // namespace Pantau
