#pragma once

#include <QByteArray>

struct QJsonParseError;

namespace Pantau {

// A 1-based line and column in a UTF-8 text, as editors count them.
struct TextPosition
{
    int line = 1;
    int column = 1;

    // Qt's JSON parser reports a byte offset; people need a line and a column. Columns count
    // characters (UTF-8 code points), not bytes, so a line with "Rp" or accents still matches
    // the editor. An offset past the end is clamped to the end.
    static TextPosition fromByteOffset(const QByteArray &utf8, qsizetype offset);

    // Where a QJsonDocument::fromJson error really is. For most errors Qt's offset points just
    // past the character it choked on ("{\"a\":tru}" reports the "r"); this steps back onto it.
    // For the others (bad numbers, bad UTF-8, trailing garbage, end of input) it is already right.
    static TextPosition fromJsonError(const QByteArray &utf8, const QJsonParseError &error);
};

} // namespace Pantau
