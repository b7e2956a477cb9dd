#include "DemoConfig.h"

#include "config/ConfigLoader.h"

#include <QStringList>

namespace Pantau {

std::optional<Config> loadDemoConfig(QString *error)
{
    const ConfigLoader::Result loaded =
        ConfigLoader::loadFile(QStringLiteral(PANTAU_SOURCE_DIR "/resources/demo.json"));
    if (!loaded.config) {
        QStringList messages;
        for (const Diagnostic &d : loaded.errors)
            messages.append(d.toString());
        *error = messages.join(u'\n');
    }
    return loaded.config;
}

} // namespace Pantau
