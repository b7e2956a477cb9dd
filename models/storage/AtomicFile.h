#pragma once

#include <QByteArray>
#include <QString>

namespace Pantau {

// Writes a whole file or nothing (QSaveFile): a reader never sees half an export, and a failed
// write leaves the old file as it was.
namespace AtomicFile {

// False with "PATH: reason" in *error when it could not be written.
bool write(const QString &path, const QByteArray &bytes, QString *error);

} // namespace AtomicFile

} // namespace Pantau
