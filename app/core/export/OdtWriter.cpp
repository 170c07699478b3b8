// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtWriter.h"

#include "RichTextDocument.h"

#include <QBuffer>
#include <QTextDocumentWriter>

namespace galley {

QByteArray OdtWriter::write(const ExportPage &page, QString *error)
{
    const auto doc = RichTextDocument::build(page);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        if (error)
            *error = QStringLiteral("cannot write OpenDocument text");
        return QByteArray();
    }
    return bytes;
}

} // namespace galley
