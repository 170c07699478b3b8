// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ImportResult: the pages an importer (TextImporter, DocumentImporter …) read from one source, or the error that stopped it.
#include "model/Page.h"
#include "model/Segmentation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

struct ImportResult {
    QList<Page> pages;     ///< one per page (form feeds in text, PDF pages, ALTO Page elements …); empty on error
    /// Empty, or one per page: the articles the source itself declares (a METS logical structMap),
    /// to open instead of running the engine.
    QList<Segmentation> segmentations;
    QString error;         ///< "FILE: byte OFFSET: what is wrong"; empty on success
    QStringList warnings;  ///< e.g. "FILE: byte 1234: invalid GB18030 sequence replaced by U+FFFD"
    QString encoding;      ///< encoding the bytes were decoded from (also Page::encoding()); empty if none
    QString encodingReason;///< why: "valid UTF-8", "UTF-16LE byte-order mark", "uchardet guessed BIG5", "--encoding" …

    bool ok() const { return error.isEmpty(); }
};

} // namespace galley
