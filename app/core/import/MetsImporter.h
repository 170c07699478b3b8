// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MetsImporter: a METS file (METS 1.x schema; Europeana/ENMAP newspaper profile as in the JDPL 1821,
// BnL 1858 and BL 1855 samples of ../shared/formats/alto) → the pages of the ALTO files it names, and
// the articles its LOGICAL structMap declares, as ImportResult::segmentations (one per page; no engine).
//  - ALTO files: the fileSec <file>s with an XML MIMETYPE that a structMap <area FILEID> refers to, in
//    fileSec order; FLocat xlink:href "file://./x", "file:///x" or a relative path, resolved against
//    the METS file's folder. Remote (http) files are refused. Each is read with AltoImporter.
//  - Articles: each div TYPE="ARTICLE" of the LOGICAL structMap, in document order. Its <area>s with
//    BETYPE="IDREF" name an ALTO ID in FILEID's file: BEGIN alone (a TextBlock, ComposedBlock or line:
//    the whole element), or BEGIN and END (a word range: from BEGIN's first to END's last character).
//    An area becomes one piece per block it touches. Role from the nearest typed div between article
//    and area: TITLE → headline, SUBTITLE/SUBHEADLINE → subheadline, AUTHOR → byline, CAPTION → caption,
//    else inside HEADING → headline, else body. Consecutive areas of one PARAGRAPH div continue its
//    paragraph. An article that spans pages is one article on each page it appears on.
//  - Everything no article uses (other divs: ADVERTISEMENT, HEADLINE, TITLE_SECTION …) is furniture.
// Errors "FILE: line L, column C: …" (METS or an ALTO file); a missing ALTO file is an error naming
// it; an area naming an unknown file or ID is a warning.
#include "ImportOptions.h"
#include "ImportResult.h"

namespace galley {

class MetsImporter {
public:
    /// sourceName must be the METS file's path (its folder resolves the ALTO files).
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options = {});
};

} // namespace galley
