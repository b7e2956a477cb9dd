#include "json/TextPosition.h"

#include <QJsonParseError>

#include <algorithm>

namespace Pantau {

TextPosition TextPosition::fromByteOffset(const QByteArray &utf8, qsizetype offset)
{
    TextPosition pos;
    const qsizetype end = std::clamp<qsizetype>(offset, 0, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // Continuation bytes belong to the character already counted.
            ++pos.column;
        }
    }
    return pos;
}

TextPosition TextPosition::fromJsonError(const QByteArray &utf8, const QJsonParseError &error)
{
    qsizetype offset = error.offset;
    // Measured on Qt 6.4: for these errors the offset is already on the offending character
    // (or at the end of the input); for the rest Qt has consumed that character.
    const bool pointsAtProblem = error.error == QJsonParseError::GarbageAtEnd ||
                                 error.error == QJsonParseError::UnterminatedString ||
                                 error.error == QJsonParseError::IllegalUTF8String ||
                                 error.error == QJsonParseError::IllegalNumber ||
                                 error.error == QJsonParseError::IllegalEscapeSequence ||
                                 error.error == QJsonParseError::TerminationByNumber;
    if (!pointsAtProblem && offset > 0 && offset <= utf8.size()) {
        --offset;
        // Land on the first byte of a multi-byte character, not inside it.
        while (offset > 0 && (static_cast<unsigned char>(utf8.at(offset)) & 0xC0) == 0x80)
            --offset;
    }
    return fromByteOffset(utf8, offset);
}

} // namespace Pantau
