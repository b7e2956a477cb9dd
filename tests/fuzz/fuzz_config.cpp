// Fuzzes ConfigLoader::loadBytes, the config and layout loader: JSON syntax, every key's type and
// range, indicator references, screens, pages, tiles, canvases and their placement. A config
// comes with no errors, or errors come with no config, and every error names its place.

#include "FuzzCheck.h"
#include "config/ConfigLoader.h"

#include <cstddef>
#include <cstdint>

using namespace Pantau;

namespace {

// A config and no errors, or errors and no config; every error names its place.
void checkConfigResult(const ConfigLoader::Result &result, const QString &fileName)
{
    using Check = FuzzCheck;
    Check::require(result.config.has_value() != !result.errors.isEmpty(),
                   "a config load gives a config or errors, never both and never neither");
    for (const Diagnostic &d : result.errors) {
        Check::require(d.file == fileName, "every diagnostic names the file");
        Check::require(!d.message.isEmpty(), "every diagnostic says what is wrong");
        if (d.line > 0)
            Check::require(d.column >= 1, "a diagnostic with a line has a 1-based column");
        else
            Check::require(d.column == 0 && Check::isPointer(d.pointer),
                           "a diagnostic without a line names its place as a JSON Pointer");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString fileName = QStringLiteral("/etc/pantau/fuzz.json");
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ConfigLoader::Result result = ConfigLoader::loadBytes(bytes, fileName);
    checkConfigResult(result, fileName);
    for (const Diagnostic &diagnostic : result.errors)
        FuzzCheck::require(!diagnostic.toString().isEmpty(), "every diagnostic prints");
    return 0;
}
