#pragma once

#include <QList>
#include <QString>

namespace Pantau {

// One problem found in an input file, with the place a person needs to find it: a line and
// column for syntax errors, a JSON Pointer for errors of meaning.
struct Diagnostic
{
    QString file;
    int line = 0;    // 1-based; 0 when the place is given by pointer
    int column = 0;  // 1-based, in characters
    QString pointer; // RFC 6901, used when line is 0
    QString message;

    // "FILE:LINE:COLUMN: message" or "FILE: /pointer: message".
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

} // namespace Pantau
