// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RecoveryStore: the recovery files Autosave writes while a document has unsaved changes, and what is
// left of them after Galley crashed or was killed.
//
// Place: QStandardPaths::AppDataLocation/recovery/<key hash>.galley-recovery (e.g.
// ~/.local/share/Galley/recovery/), one per open document; a recovery file is a Galley project file
// (see ProjectFile) with an extra top-level "recovery" object: {"project_path", "source_path",
// "page_number", "written" (ISO 8601 UTC), "pid"}, written compact. While a Galley process has the document
// open it holds "<file>.lock" (QLockFile), so pending() never offers a file another running Galley is still
// writing; a second Galley on the same document writes "<hash>-<pid>.galley-recovery" (see Autosave).
#include "model/ReviewDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace galley {

/// One recovery file left behind by a Galley that did not close cleanly.
struct RecoveryEntry {
    QString recoveryPath;  ///< the .galley-recovery file
    QString projectPath;   ///< project the changes belong to; empty for a page never saved as a project
    QString sourcePath;    ///< the raw page file the document was imported from
    QDateTime written;     ///< when the recovery file was last written (UTC)
    QString displayName;   ///< file name to show: the project's, else the source page's
};

class RecoveryStore {
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)
public:
    /// The recovery folder (not created).
    static QString directory();
    /// The key identifying a document: its project path if it has one, else its source page and page number.
    static QString keyFor(const Page &page, const QString &projectPath);
    /// Recovery file path for a key.
    static QString pathForKey(const QString &key);

    /// Recovery files no running Galley holds, newest first. Unreadable ones are skipped (and kept on disk).
    static QList<RecoveryEntry> pending();
    /// The pending entry for a document key, if any: its recovery file, or the newest one a second Galley
    /// on the same document left ("<hash>-<pid>.galley-recovery", see Autosave).
    static std::optional<RecoveryEntry> pendingFor(const QString &key);
    /// Reads a recovery file into a document that holds the recovered changes as one undo step
    /// (RecoveredChangesCommand; undo goes back to the saved project). nullptr with *error on failure.
    static std::unique_ptr<ReviewDocument> restore(const RecoveryEntry &entry, QString *error,
                                                   QStringList *warnings = nullptr);
    /// Renames a recovery file to a name no document's autosave uses, so that it stays pending (offered
    /// again at the next start) while its document is edited anew. Returns the entry with the new path.
    static RecoveryEntry setAside(const RecoveryEntry &entry);
    /// Deletes a recovery file. False if it could not be removed.
    static bool discard(const RecoveryEntry &entry);
    /// Reads the "recovery" metadata of a recovery file; nullopt if it is not one.
    static std::optional<RecoveryEntry> readEntry(const QString &recoveryPath);
};

} // namespace galley
