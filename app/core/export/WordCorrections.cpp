// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordCorrections.h"

#include "AltoWriter.h"

#include <QRegularExpression>

namespace galley {

namespace {

qsizetype codePoints(const QString &s)
{
    return s.size() - std::count_if(s.cbegin(), s.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

} // namespace

QList<TextSpan> WordCorrections::wordSpans(const QString &text, TextSpan range)
{
    QList<TextSpan> out;
    qsizetype i = range.start;
    while (i < range.end) {
        while (i < range.end && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < range.end && !text[i].isSpace())
            ++i;
        if (i > start)
            out.append({start, i});
    }
    return out;
}

QHash<qsizetype, QString> WordCorrections::of(const ReviewDocument &doc)
{
    QHash<qsizetype, QString> out;
    const QString &text = doc.page().text();
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const Piece &p : doc.segmentation().allPieces()) {
        if (!doc.hasCorrection(p.id))
            continue;
        const QList<TextSpan> spans = wordSpans(text, p.span);
        QStringList original;
        for (const TextSpan &s : spans)
            original << text.mid(s.start, s.length());
        QString corrected = doc.pieceText(p.id);
        corrected.replace(space, QStringLiteral(" "));
        const QStringList aligned = AltoWriter::alignWords(original, corrected.split(u' ', Qt::SkipEmptyParts));
        for (qsizetype k = 0; k < spans.size(); ++k)
            out.insert(spans[k].start, aligned[k]);
    }
    return out;
}

QList<WordCorrections::Placed> WordCorrections::placeLine(const QList<Word> &words)
{
    const qsizetype n = words.size();
    QList<bool> removed(n, false);
    QList<QRectF> boxes(n);
    for (qsizetype i = 0; i < n; ++i) {
        boxes[i] = words[i].box;
        removed[i] = words[i].changed && words[i].text.trimmed().isEmpty();
    }
    if (n > 0 && std::all_of(removed.cbegin(), removed.cend(), [](bool r) { return r; }))
        removed[0] = false;
    // Removed words give their box to the nearest kept word before them, else after them.
    for (qsizetype i = 0; i < n; ++i) {
        if (!removed[i] || boxes[i].isNull())
            continue;
        qsizetype to = i - 1;
        while (to >= 0 && removed[to])
            --to;
        if (to < 0) {
            to = i + 1;
            while (to < n && removed[to])
                ++to;
        }
        if (to >= 0 && to < n)
            boxes[to] = boxes[to].isNull() ? boxes[i] : boxes[to].united(boxes[i]);
    }
    QList<Placed> out;
    for (qsizetype i = 0; i < n; ++i) {
        if (removed[i])
            continue;
        const QStringList parts = words[i].changed ? words[i].text.split(u' ', Qt::SkipEmptyParts) : QStringList();
        if (parts.size() <= 1) {
            out.append({int(i), 0, parts.isEmpty() ? (words[i].changed ? QString() : words[i].text) : parts.first(), boxes[i]});
            continue;
        }
        // Split: the box cut left to right in proportion to the parts' lengths.
        qsizetype total = 0;
        for (const QString &p : parts)
            total += std::max<qsizetype>(1, codePoints(p));
        const QRectF box = boxes[i];
        qsizetype before = 0;
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const qsizetype len = std::max<qsizetype>(1, codePoints(parts[k]));
            QRectF b;
            if (!box.isNull())
                b = QRectF(box.left() + box.width() * double(before) / double(total), box.top(), box.width() * double(len) / double(total),
                           box.height());
            before += len;
            out.append({int(i), int(k), parts[k], b});
        }
    }
    return out;
}

} // namespace galley
