#pragma once

#include "config/Config.h"

namespace Pantau {

// Picks, for every title of a config that has it in two languages, the one the UI speaks
// (config.language). Indicator labels and alert messages stay bilingual in the models, which
// choose as they are read; titles are plain strings to everything that draws them.
namespace ConfigLanguage {

// Sets config.language to `language` when that is not empty (the --lang override), then
// resolves the titles. A title without an English text keeps its Indonesian one.
void apply(Config &config, const QString &language = {});

} // namespace ConfigLanguage

} // namespace Pantau
