// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfImporter.h"

#include "ContentHash.h"
#include "EnglishCount.h"
#include "LaidOutPageBuilder.h"
#include "TextImporter.h"
#include "WordLayout.h"

#include <poppler-qt6.h>

namespace galley {

ImportResult PdfImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options)
{
    ImportResult r;
    const QString name = TextImporter::displaySourceName(sourceName);
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        r.error = QStringLiteral("%1: not a readable PDF (damaged or not a PDF)").arg(name);
        return r;
    }
    if (doc->isLocked()) {
        r.error = QStringLiteral("%1: the PDF is encrypted and needs a password").arg(name);
        return r;
    }
    const int pageCount = doc->numPages();
    if (pageCount > options.maxPages) {
        r.error = QStringLiteral("%1: %2 pages, more than the limit of %3").arg(name).arg(pageCount).arg(options.maxPages);
        return r;
    }
    const QByteArray sha256 = ContentHash::sha256Hex(bytes);
    QStringList emptyPages;
    for (int i = 0; i < pageCount; ++i) {
        std::unique_ptr<Poppler::Page> pdfPage = doc->page(i);
        if (!pdfPage)
            continue;
        QList<WordLayout::Word> words;
        for (const std::unique_ptr<Poppler::TextBox> &box : pdfPage->textList())
            words.append({box->text(), box->boundingBox(), box->hasSpaceAfter()});
        LaidOutPageBuilder builder(GeometryUnit::PdfPoint);
        for (const WordLayout::Block &block : WordLayout::layout(words)) {
            builder.beginBlock(block.box);
            for (const WordLayout::Line &line : block.lines)
                builder.addLine(line.text, line.box, qRound(line.box.height() * 10) / 10.0);
            builder.endBlock();
        }
        Page page = builder.build(sourceName, i + 1, pdfPage->pageSizeF());
        page.setEncoding(QStringLiteral("PDF"));
        page.setSha256(sha256);
        if (page.text().isEmpty()) {
            const QString w = QStringLiteral("%1: page %2: no text layer (a scanned page?)").arg(name).arg(i + 1);
            emptyPages << w;
            page.addWarning(w);
        }
        r.pages.append(page);
    }
    if (r.pages.isEmpty() || emptyPages.size() == r.pages.size()) {
        r.pages.clear();
        r.error = QStringLiteral("%1: no text in the PDF (%2; a scan without a text layer?)").arg(name, englishCount(pageCount, u"page", u"pages"));
        return r;
    }
    r.warnings = emptyPages;
    r.encoding = QStringLiteral("PDF");
    r.encodingReason = QStringLiteral("PDF text layer");
    return r;
}

} // namespace galley
