#include "UiLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace Pantau::UiLanguage {

bool install(const QString &language, QString *error)
{
    // One translator for the process; a config reload may change the language.
    static std::unique_ptr<QTranslator> installed;
    auto translator = std::make_unique<QTranslator>();
    // qt_add_translations puts the compiled catalogues here (app/pantau/CMakeLists.txt).
    const QString path = QStringLiteral(":/pantau/i18n/pantau_%1.qm").arg(language);
    if (!translator->load(path)) {
        if (language == QLatin1String("id")) {
            // The source texts are Indonesian: without a catalogue they are what shows.
            if (installed)
                QCoreApplication::removeTranslator(installed.get());
            installed.reset();
            return true;
        }
        *error = QStringLiteral("no translation for UI language \"%1\" (%2)").arg(language, path);
        return false;
    }
    if (installed)
        QCoreApplication::removeTranslator(installed.get());
    QCoreApplication::installTranslator(translator.get());
    installed = std::move(translator);
    return true;
}

} // namespace Pantau::UiLanguage
