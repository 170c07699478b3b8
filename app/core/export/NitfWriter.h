// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NitfWriter: NITF 3.6 (IPTC News Industry Text Format, namespace
// http://iptc.org/std/NITF/2006-10-18/), written with QXmlStreamWriter, UTF-8.
// One article:  nitf/head/title + docdata/doc-id; body/body.head/hedline/hl1 (headline),
//   hl2 (subheadline; the kicker as hl2 class="kicker"), byline, dateline; body.content/p per
//   paragraph (the first without its dateline), table (caption = table title, tr/th/td), note
//   (body.content/p), p class="caption"/"credit"/"jump-line"; body.end.
// Several articles (one file per page): head/title is the page; body.content holds one
//   block per article (hl2 headline, p class="kicker"/"byline"/"dateline", p, table …).
#include "ExportArticle.h"

#include <QByteArray>

namespace galley {

class NitfWriter {
public:
    static QByteArray write(const ExportPage &page);
    static constexpr const char *kNamespace = "http://iptc.org/std/NITF/2006-10-18/";
};

} // namespace galley
