// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PlainTextWriter: UTF-8 text, one article after another (separated by a line of "=").
// Layout of an article: kicker, headline, subheadline, byline (one line each, absent ones skipped),
// a blank line, the paragraphs separated by blank lines, then table title, table (tab-separated
// rows), note, caption, credit and jump line, each as its own paragraph.
#include "ExportArticle.h"

#include <QByteArray>

namespace galley {

class PlainTextWriter {
public:
    static QByteArray write(const ExportPage &page);
    static QString article(const ExportArticle &article);
};

} // namespace galley
