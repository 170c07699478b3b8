// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SplitBlockCommand.h"

namespace galley {

SplitBlockCommand::SplitBlockCommand(ReviewDocument *document, int pieceId, qsizetype splitAt, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(tr("Split block"));
    if (!document)
        return;
    m_newPieceId = before().nextPieceId;
    setResult(apply(before(), document->page(), pieceId, splitAt));
    if (!isObsolete() && document->hasCorrection(pieceId)) {
        QHash<int, QString> corrections = document->corrections();
        corrections.remove(pieceId);
        setCorrectionsAfter(corrections);
    }
}

std::optional<Segmentation> SplitBlockCommand::apply(const Segmentation &seg, const Page &page, int pieceId, qsizetype splitAt)
{
    const auto [a, i] = seg.locatePiece(pieceId);
    if (i < 0)
        return std::nullopt;
    const Piece &piece = a < 0 ? seg.furniture[i] : seg.articles[a].pieces[i];
    if (splitAt <= piece.span.start || splitAt >= piece.span.end)
        return std::nullopt;
    const QString &text = page.text();
    qsizetype firstEnd = splitAt;
    while (firstEnd > piece.span.start && text.at(firstEnd - 1).isSpace())
        --firstEnd;
    qsizetype secondStart = splitAt;
    while (secondStart < piece.span.end && text.at(secondStart).isSpace())
        ++secondStart;
    if (firstEnd <= piece.span.start || secondStart >= piece.span.end)
        return std::nullopt;

    Segmentation out = seg;
    Piece first = piece;
    first.span.end = firstEnd;
    Piece second = piece;
    second.id = out.nextPieceId++;
    second.span.start = secondStart;
    second.continuesParagraph = false;
    QList<Piece> &list = a < 0 ? out.furniture : out.articles[a].pieces;
    list[i] = first;
    list.insert(i + 1, second);
    return out;
}

qsizetype SplitBlockCommand::pageOffset(const ReviewDocument &document, int pieceId, qsizetype textOffset)
{
    const Piece *piece = document.segmentation().piece(pieceId);
    if (!piece || document.hasCorrection(pieceId))
        return -1;
    const QString shown = document.pieceText(pieceId);
    if (textOffset < 0 || textOffset > shown.size())
        return -1;
    // The repaired text is the raw span with white space dropped or collapsed and line-end hyphens
    // removed: walk both, matching white space to white space, skipping what repair dropped.
    const QStringView raw = document.page().textOf(piece->span);
    qsizetype i = 0;
    while (i < raw.size() && raw[i].isSpace())
        ++i;
    for (qsizetype j = 0; j < textOffset; ++j) {
        const QChar c = shown[j];
        while (i < raw.size() && !(raw[i] == c || (c.isSpace() && raw[i].isSpace())))
            ++i;
        if (i >= raw.size())
            return -1;
        if (c.isSpace()) {
            while (i < raw.size() && raw[i].isSpace())
                ++i;
        } else {
            ++i;
        }
    }
    // Land on the next character shown, past anything repair dropped before it (a wrap space, a
    // line-end hyphen), so a split puts the dropped text with the first part.
    if (textOffset == shown.size())
        return piece->span.end;
    const QChar next = shown[textOffset];
    while (i < raw.size() && !(raw[i] == next || (next.isSpace() && raw[i].isSpace())))
        ++i;
    return piece->span.start + i;
}

} // namespace galley
