// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PageHighlighter: highlights the raw page in RawPageView with Galley's OCR page syntax definition
// (see SyntaxSupport) and the light or dark KSyntaxHighlighting theme that fits the palette.
//
// Unlike QSyntaxHighlighter it works in time slices (a few milliseconds per event-loop turn), so a
// page of several megabytes never freezes the window; progress() reports how far it got. The raw
// page never changes after import, so each text line is highlighted once per theme.
// Formats go into each QTextBlock's layout (QTextLayout::setFormats), as QSyntaxHighlighter does.
// Owned by its Qt parent; the document must outlive it.
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextLayout>

class QPalette;
class QTimer;

namespace galley {

class PageHighlighter : public QObject, public KSyntaxHighlighting::AbstractHighlighter {
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
public:
    PageHighlighter(QTextDocument *document, QObject *parent = nullptr);

    /// Starts (again) from the first line; the work continues in time slices.
    void restart();
    /// Highlights whatever is left at once (tests, benchmarks, small pages).
    void finishNow();
    bool isFinished() const { return !m_next.isValid(); }
    /// Picks the theme for palette; restarts if it changed.
    void followPalette(const QPalette &palette);
    QString themeName() const;
    /// Name of the syntax item (itemData in ocr-page.xml, e.g. "Wrap Space") at a page position, or empty.
    QString itemNameAt(int position) const;

signals:
    /// Lines highlighted so far and the total number of lines.
    void progress(int done, int total);
    void finished();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void work(qint64 budgetMs);
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    QPointer<QTextDocument> m_document;
    QTimer *m_timer = nullptr;
    QTextBlock m_next;
    KSyntaxHighlighting::State m_state;
    QList<QTextLayout::FormatRange> m_ranges;
    QHash<quint16, QTextCharFormat> m_formats;
};

} // namespace galley
