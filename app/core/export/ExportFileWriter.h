#pragma once
// ExportFileWriter: writes one exported file atomically — QSaveFile writes a temporary file in the
// target folder and renames it over the target only when everything was written, so a failure
// (disk full, no permission, file-size limit) leaves neither a half-written file nor a temporary
// one, and an existing file keeps its old content.
// An existing target is refused unless overwrite is set. Missing parent folders are created.
// Errors: false and *error = "PATH: what went wrong" (the system's reason).
#include <QByteArray>
#include <QString>

namespace galley {

class ExportFileWriter {
public:
    static bool write(const QString &path, const QByteArray &bytes, bool overwrite, QString *error);
};

} // namespace galley
