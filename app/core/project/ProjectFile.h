// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ProjectFile: reads and writes Galley project files (`.galley`), the editor's work on one page.
//
// Format (UTF-8 JSON, documented in full in docs/projects.md):
//   {"format": "galley-project", "version": 1, "min_reader_version": 1, "generator": "Galley 0.1.0",
//    "page": {"text", "text_sha256", "sha256", "source_path", "encoding", "page_number",
//             "source_byte_offset", "warnings", "blocks": [{"number", "start", "end", "role", ...}],
//             laid-out pages also: "geometry_unit", "page_size", "image_name", and per block "box",
//             "font_size", "bold", "source_id", "lines": [{"start", "end", "box", "font_size", "bold"}]},
//    "segmentation": {"articles": [{"id", "status", "note", "flags", "pieces"}], "furniture": [...],
//                     "next_piece_id", "next_article_id"},
//    "corrections": {"<piece id>": "corrected text", ...}}
// Units: every "start"/"end" counts Unicode code points of page.text (as the JSON of `galley segment`
// does); in memory they are UTF-16 units (converted with Page::codePointOffset()/utf16Offset()).
// "text_sha256" is the SHA-256 of page.text as UTF-8 and is checked on load (a mismatch is a damaged
// file); "sha256" is the SHA-256 of the source file's bytes (Page::sha256()), used to notice that the
// source page changed on disk — the embedded page is kept either way.
//
// Geometry (boxes in the page's own unit, [x0, y0, x1, y1]) is optional within version 1: a project
// without it is a text page, and a Galley that does not know it keeps it (kept fields, below).
//
// Versions: version < 1 is migrated on load (with a warning). version > 1 opens with a warning when its
// "min_reader_version" is at most 1, and is refused with a clear error otherwise. Fields this version
// does not know (written by a newer Galley) are kept: load() stores the JSON object it read on the
// document (dynamic property kKeptJsonProperty) and save() overlays what it writes on that object.
//
// Errors: load() returns nullptr and sets *error to "FILE: where: what" (unreadable file, bad JSON with
// line and column, not a project, a newer format that needs a newer Galley, a field of the wrong type,
// a span outside the page, damaged page text, a path that is not a regular file — a device or a FIFO
// is never opened). save() is atomic (SafeWrite): on failure *error names
// the file and reason, and the file on disk is left as it was.
#include "model/ReviewDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace galley {

class ProjectFile {
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
public:
    /// Format version this Galley writes.
    static constexpr int CurrentVersion = 1;
    /// Name of the ReviewDocument dynamic property holding the JSON object a document was read from.
    static constexpr const char *kKeptJsonProperty = "galleyProjectJson";
    /// File name suffix, without the dot.
    static QString suffix() { return QStringLiteral("galley"); }

    /// Writes doc to path atomically. False with *error on failure (the old file is then untouched).
    static bool save(const ReviewDocument &doc, const QString &path, QString *error);
    /// Reads a project. nullptr with *error on failure; *warnings gets notes the editor should see
    /// (migrated from an older format, written by a newer Galley, source page changed on disk …).
    /// The document's undo stack is empty and clean.
    static std::unique_ptr<ReviewDocument> load(const QString &path, QString *error, QStringList *warnings = nullptr);

    /// What save() writes, as plain values: the page, segmentation, corrections and kept JSON of a
    /// document. Every member is implicitly shared, so taking one costs a few reference counts, never a
    /// copy of the page — the autosave takes it on the GUI thread and serialises it on a worker.
    struct Snapshot {
        Page page;
        Segmentation segmentation;
        QHash<int, QString> corrections;
        QJsonObject kept; ///< the JSON object the document was read from (kKeptJsonProperty), or empty
    };
    /// Takes a snapshot of doc (GUI thread; O(1)).
    static Snapshot snapshot(const ReviewDocument &doc);
    /// The JSON of doc as save() writes it (kept fields of a newer version included).
    static QJsonObject toJson(const ReviewDocument &doc);
    /// The same from a snapshot; safe on any thread (reads only the snapshot).
    static QJsonObject toJson(const Snapshot &snapshot);
    /// Parses a project from bytes; fileName is used in messages only.
    static std::unique_ptr<ReviewDocument> fromJson(const QByteArray &bytes, const QString &fileName, QString *error,
                                                    QStringList *warnings = nullptr);
    /// Writes a JSON object atomically (SafeWrite: write, flush, fsync, rename checked), indented (projects) or compact (recovery files, which
    /// nobody reads by eye). Safe on any thread.
    static bool writeJson(const QJsonObject &root, const QString &path, QString *error,
                          QJsonDocument::JsonFormat format = QJsonDocument::Indented);
    /// Brings root from its "version" up to CurrentVersion in place; false with *error when it cannot.
    /// fileName is used in messages.
    static bool migrate(QJsonObject &root, const QString &fileName, QString *error, QStringList *warnings = nullptr);

    /// True when path names a project file: the .galley suffix, or JSON content with "format": "galley-project".
    static bool isProjectFile(const QString &path);

    /// Whether the page's source file on disk still has the bytes the page was imported from. Only a
    /// regular file is read, and no more than the import limit (ImportOptions::maxBytes; a larger file
    /// is Changed): a source path naming a device such as /dev/zero, a FIFO or a folder is NotAFile and
    /// never opened, so a project cannot make Galley hang.
    enum class SourceState { Unknown, Unchanged, Changed, Missing, NotAFile };
    static SourceState sourceState(const Page &page);
};

} // namespace galley
