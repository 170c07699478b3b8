#pragma once
// ImportOptions: how TextImporter reads a file.
#include <QString>

namespace galley {

struct ImportOptions {
    /// Encoding name to decode with (as QStringDecoder/ICU know it: "GB18030", "Big5", "Shift_JIS" …);
    /// empty: guess with EncodingDetector (BOM first, then uchardet).
    QString encoding;
    /// Files larger than this many bytes are refused with a clear message.
    qint64 maxBytes = qint64(512) * 1024 * 1024;
};

} // namespace galley
