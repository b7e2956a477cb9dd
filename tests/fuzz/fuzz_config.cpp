// Fuzzes ConfigLoader::loadBytes, the config and layout loader: JSON syntax, every key's type and
// range, indicator references, screens, pages, tiles, canvases and their placement. A config
// comes with no errors, or errors come with no config, and every error names its place.

#include "ConfigLoader.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace Pantau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString fileName = QStringLiteral("/etc/pantau/fuzz.json");
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ConfigLoader::Result result = ConfigLoader::loadBytes(bytes, fileName);
    FuzzCheck::configResult(result, fileName);
    for (const Diagnostic &diagnostic : result.errors)
        FuzzCheck::require(!diagnostic.toString().isEmpty(), "every diagnostic prints");
    return 0;
}
