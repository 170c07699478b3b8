// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MetsWriter: the METS 1.12.1 file (http://www.loc.gov/METS/, schema mets.xsd 1.12.1) written beside an
// ALTO export, holding the page's articles as a LOGICAL structMap the way newspaper METS/ALTO profiles
// (ENMAP, the BnF and BnL files in ../shared/formats) and MetsImporter read them:
//   fileSec: one fileGrp USE="TEXT" with the ALTO file (ID "ALTO1", MIMETYPE text/xml, FLocat
//            LOCTYPE="URL" xlink:href = the ALTO file's name, relative to the METS file's folder);
//   structMap TYPE="PHYSICAL": one div TYPE="page" with an fptr to the ALTO file;
//   structMap TYPE="LOGICAL": div TYPE="Newspaper" holding one div TYPE="ARTICLE" (LABEL = headline,
//            ORDER = 1, 2 …) per article, its pieces in reading order as child divs:
//              headline   → HEADING / TITLE      subheadline → HEADING / SUBTITLE
//              kicker     → HEADING / KICKER     byline      → AUTHOR
//              lead, body → BODY / PARAGRAPH (a piece continuing the paragraph before it joins its div)
//              caption    → CAPTION              other roles → their role name upper-cased
//                                                (CREDIT, TABLE, TABLE-TITLE, NOTE, JUMP-LINE)
//            each with one fptr/area per block the piece touches (a piece may run over adjacent
//            blocks), in page order: BETYPE="IDREF", BEGIN = the TextBlock ID (the piece holds the
//            whole block) or BEGIN/END = the first and last String IDs of the piece in that block.
//            MetsImporter reads the areas in document order, so the pieces come back in this order.
// Furniture is in no div. No dates or other run-dependent values: the same input gives the same bytes.
// All text through XmlText (well-formed for any input).
#include "model/ReviewDocument.h"
#include "model/Role.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace galley {

class MetsWriter {
public:
    struct Area {
        QString begin;   ///< ALTO ID (TextBlock, or first String)
        QString end;     ///< last String ID; empty when begin names a whole block
    };
    struct Piece {
        Role role = Role::Body;
        bool continuesParagraph = false;
        QList<Area> areas;
    };
    struct Article {
        QString label;   ///< the headline (may be empty)
        QList<Piece> pieces;
    };

    /// The document's articles as ranges of the IDs an ALTO file was written with, pieces in the
    /// article's order, one area per block of geometry (the page as the ALTO gives it, same text) a
    /// piece touches: the block's TextBlock ID when the piece holds the whole block (blockIds: block
    /// index → ID, where it has one), else the first and last String (strings: ID and span of the page
    /// text, document order) of the piece inside the block. Pieces without any area (editor-added, no
    /// page text), and articles left without pieces, are left out.
    static QList<Article> articles(const ReviewDocument &document, const Page &geometry, const QHash<int, QString> &blockIds,
                                   const QList<std::pair<QString, TextSpan>> &strings);
    /// altoHref: the ALTO file as the METS names it (a file name in the same folder).
    static QByteArray write(const QList<Article> &articles, const QString &altoHref, const QString &pageLabel);
};

} // namespace galley
