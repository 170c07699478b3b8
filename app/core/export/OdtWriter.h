// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OdtWriter: OpenDocument Text (ODF 1.2 package, application/vnd.oasis.opendocument.text) written by
// QTextDocumentWriter's "odf" format from RichTextDocument. Returns empty bytes and sets *error on failure.
#include "ExportArticle.h"

#include <QByteArray>

namespace galley {

class OdtWriter {
public:
    static QByteArray write(const ExportPage &page, QString *error = nullptr);
};

} // namespace galley
