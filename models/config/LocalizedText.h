#pragma once

#include <QString>

namespace Pantau {

// A text a person reads, in the wall's two languages.
struct LocalizedText
{
    QString id; // Bahasa Indonesia, always present
    QString en; // English, may be empty

    // The text in the UI's language; one without an English version stays Indonesian.
    const QString &in(bool english) const { return english && !en.isEmpty() ? en : id; }
};

} // namespace Pantau
