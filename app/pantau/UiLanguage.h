#pragma once

#include <QString>

namespace Pantau {

// The language of the UI's words, Indonesian unless the config or --lang says English. It is
// never taken from the PC's own locale: a wall reads the same whoever set up the machine.
// Numbers, money and dates do not follow it; they follow the config's locale.
namespace UiLanguage {

// Installs the translation of `language` ("id" or "en") for the whole application, replacing
// the one installed before. False, with the reason, when it cannot be loaded.
bool install(const QString &language, QString *error);

} // namespace UiLanguage

} // namespace Pantau
