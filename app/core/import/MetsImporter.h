#pragma once
#include "ImportOptions.h"
#include "ImportResult.h"

namespace galley {

class MetsImporter {
public:
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options = {});
};

} // namespace galley
