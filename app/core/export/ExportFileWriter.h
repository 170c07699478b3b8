// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportFileWriter: writes one exported file inside the export folder, through SafeWrite: a
// temporary file renamed over the target only when the write, flush, fsync and rename all succeeded,
// so a failure (disk full, no permission, file-size limit) leaves neither a half-written file nor a
// temporary one, and an existing file keeps its old content.
//
// Files land only inside the folder: the folder is resolved to its canonical path (a link the user
// named as the folder is followed once); below it, a symbolic link at a page folder or at the file
// name — existing or dangling — is refused, never followed, --force or not.
// An existing target is refused unless overwrite is set; without overwrite the name is reserved
// atomically (O_EXCL), so two exports running at once never both claim one name.
// Missing folders are created.
// Errors: false and *error = "PATH: what went wrong" (the system's reason), PATH = folder/relativePath.
#include <QByteArray>
#include <QString>

namespace galley {

class ExportFileWriter {
public:
    /// relativePath: '/'-separated, below folder (as BatchExporter plans it; no "..").
    static bool write(const QString &folder, const QString &relativePath, const QByteArray &bytes, bool overwrite,
                      QString *error);
};

} // namespace galley
