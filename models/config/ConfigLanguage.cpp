#include "config/ConfigLanguage.h"

namespace Pantau::ConfigLanguage {

namespace {

void choose(QString &title, const QString &english, bool inEnglish)
{
    if (inEnglish && !english.isEmpty())
        title = english;
}

} // namespace

void apply(Config &config, const QString &language)
{
    if (!language.isEmpty())
        config.language = language;
    const bool english = config.language == QLatin1String("en");
    for (ScreenConfig &screen : config.screens) {
        choose(screen.title, screen.titleEn, english);
        for (PageConfig &page : screen.pages) {
            choose(page.title, page.titleEn, english);
            for (TileConfig &tile : page.tiles)
                choose(tile.title, tile.titleEn, english);
        }
    }
}

} // namespace Pantau::ConfigLanguage
