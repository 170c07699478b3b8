#include "MetsImporter.h"

namespace galley {

ImportResult MetsImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options)
{
    Q_UNUSED(bytes);
    Q_UNUSED(options);
    ImportResult r;
    r.error = sourceName + QStringLiteral(": not yet");
    return r;
}

} // namespace galley
