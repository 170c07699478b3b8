// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Page: one page of a newspaper as imported: its decoded text (never changed after import), where it
// came from, and its blocks. Editors' corrections live in ReviewDocument, never in the page text.
//
// Text: line ends normalised to '\n' (CRLF and CR become LF), no BOM. Offsets everywhere are UTF-16
// code units of text() unless a name says otherwise; codePointOffset() converts for output formats
// that count Unicode code points.
#include "Block.h"
#include "PrintedPage.h"

#include <QByteArray>
#include <QSizeF>
#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

class Page {
public:
    Page() = default;
    explicit Page(QString text);

    const QString &text() const { return m_text; }
    QStringView textOf(const TextSpan &span) const;

    /// Path of the file the page was read from ("-" for standard input); empty if made in memory.
    const QString &sourcePath() const { return m_sourcePath; }
    void setSourcePath(const QString &path) { m_sourcePath = path; }
    /// Name of the encoding the bytes were decoded from ("UTF-8", "GB18030" …).
    const QString &encoding() const { return m_encoding; }
    void setEncoding(const QString &encoding) { m_encoding = encoding; }
    /// SHA-256 of the source file's bytes (the whole file, also for a file of several pages), lower-case hex.
    const QByteArray &sha256() const { return m_sha256; }
    void setSha256(const QByteArray &hex) { m_sha256 = hex; }
    /// 1-based page number inside the source file (form feeds separate pages).
    int pageNumber() const { return m_pageNumber; }
    void setPageNumber(int number) { m_pageNumber = number; }
    /// Byte offset of this page's first byte in the source file.
    qint64 sourceByteOffset() const { return m_sourceByteOffset; }
    void setSourceByteOffset(qint64 offset) { m_sourceByteOffset = offset; }

    const QList<Block> &blocks() const { return m_blocks; }
    QList<Block> &blocks() { return m_blocks; }
    void setBlocks(QList<Block> blocks) { m_blocks = std::move(blocks); }
    /// Index into blocks() of the block holding UTF-16 position pos, or -1.
    int blockAt(qsizetype pos) const;

    /// Units of every block and line box of this page; None for text input (no boxes).
    GeometryUnit geometryUnit() const { return m_geometryUnit; }
    void setGeometryUnit(GeometryUnit unit) { m_geometryUnit = unit; }
    bool hasGeometry() const { return m_geometryUnit != GeometryUnit::None; }
    /// Page width and height in geometryUnit(), as the source states it; empty if unknown.
    QSizeF pageSize() const { return m_pageSize; }
    void setPageSize(QSizeF size) { m_pageSize = size; }
    /// The page image the source names (ALTO sourceImageInformation, PAGE imageFilename, hOCR image), as
    /// written there (may be relative to the source file); empty if none.
    const QString &imageName() const { return m_imageName; }
    void setImageName(const QString &name) { m_imageName = name; }
    /// The box of a span: the union of the boxes of the lines it overlaps (or of the blocks, for blocks
    /// without lines), in geometryUnit(); null if the page has no geometry there.
    QRectF boxOf(const TextSpan &span) const;

    /// The printed pages of a multi-page document (an issue), in order, their spans ascending and
    /// covering the text between "\f\n" separators; empty for a single-page document (see PrintedPage.h).
    const QList<PrintedPage> &printedPages() const { return m_printedPages; }
    void setPrintedPages(QList<PrintedPage> pages) { m_printedPages = std::move(pages); }
    /// Number of printed pages: printedPages().size(), or 1 for a single-page document.
    int printedPageCount() const { return m_printedPages.isEmpty() ? 1 : int(m_printedPages.size()); }
    /// Index into printedPages() of the printed page holding UTF-16 position pos (a position in a
    /// separator belongs to the page before it; past the end, to the last page); 0 for a single page.
    int printedPageAt(qsizetype pos) const;
    /// The printed page number (PrintedPage::number, or pageNumber() for a single page) at pos.
    int printedPageNumberAt(qsizetype pos) const;

    /// Import warnings (replaced bytes, guessed encoding …), each naming file and byte offset.
    const QStringList &warnings() const { return m_warnings; }
    void addWarning(const QString &warning) { m_warnings.append(warning); }

    /// Unicode code point index of UTF-16 position utf16 (0 <= utf16 <= text().size()).
    qsizetype codePointOffset(qsizetype utf16) const;
    /// UTF-16 position of code point index codePoint (clamped to the text).
    qsizetype utf16Offset(qsizetype codePoint) const;

private:
    void indexSurrogates() const;

    QString m_text;
    QString m_sourcePath;
    QString m_encoding = QStringLiteral("UTF-8");
    QByteArray m_sha256;
    int m_pageNumber = 1;
    qint64 m_sourceByteOffset = 0;
    QList<Block> m_blocks;
    QStringList m_warnings;
    GeometryUnit m_geometryUnit = GeometryUnit::None;
    QSizeF m_pageSize;
    QString m_imageName;
    QList<PrintedPage> m_printedPages;
    // UTF-16 positions of the low surrogate of every surrogate pair, ascending (built on demand).
    mutable QList<qsizetype> m_lowSurrogates;
    mutable bool m_surrogatesIndexed = false;
};

} // namespace galley
