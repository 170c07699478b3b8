// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DocumentLoader: the one way a file becomes a ReviewDocument — a `.galley` project or recovery file
// (ProjectFile::load) or a page file or folder (IssueImporter, then documentFromImport()). The window's loader
// (ui/PageLoader: File ▸ Open, drag and drop, recent files, the command line) runs it on a pool
// thread; ProjectController::openPath() runs it directly. Runs on any thread.
//
// The document it gives has no thread affinity (QObject::moveToThread(nullptr), its undo stack as
// well): the thread that takes it over pulls it with adoptDocument(). Errors name the file
// ("FILE: byte N: …", "FILE: no page found"); a source of several printed pages opens as one issue
// (IssueImporter, IssueSegmenter) — on every path, as all of them come here.
// cancel (optional) is looked at between the stages (read, segment): once set, load() stops and
// returns a result with cancelled set and no document.
#include "import/ImportResult.h"
#include "model/ReviewDocument.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace galley {

struct LoadedDocument {
    QString path;         ///< absolute path of the file (or "-" for standard input)
    QString projectPath;  ///< the project file the document belongs to; empty for a page or a recovery file
    bool isProject = false;
    std::unique_ptr<ReviewDocument> document; ///< null on error or when cancelled
    QStringList warnings;
    QString error;
    bool cancelled = false;
    bool ok() const { return document != nullptr; }
};

class DocumentLoader {
public:
    static LoadedDocument load(const QString &path, const std::atomic_bool *cancel = nullptr);

    /// The step from an imported file to the document that opens: its page (IssueImporter joins
    /// several printed pages into one issue page), with the articles the source declares or else
    /// IssueSegmenter's segmentation (each printed page on its own, jump lines linked); the
    /// import's warnings in *warnings. Null and *error when imported holds no page.
    static std::unique_ptr<ReviewDocument> documentFromImport(const QString &path, ImportResult imported,
                                                              QStringList *warnings, QString *error);

    /// Gives the document (and its undo stack) to the calling thread; see above.
    static void adoptDocument(ReviewDocument *document);
};

} // namespace galley
