// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reasons and flag texts as ids (issue 9 item 8): what the engine records in Piece::reasons,
// Block::reasons and Flag::reason, and what projects and recovery files save, is the untranslated
// message id — the translation context, the English source text and the values put into its
// %1, %2 … — not the text of the UI language at the time. reasonDisplay() translates one for display
// (QCoreApplication::translate with the same context and source, so the .ts files stay as they are).
//
// Stored form (one QString): context U+001F source [U+001F argument]…, e.g.
// "galley::RoleClassifier\u001Frunning text" or "galley::ArticleBuilder\u001Freads as a headline (%1)\u001F83%".
// An argument that is itself a list of reasons (joinReasons) holds them separated by U+001E, with
// their own separators written as U+001D. A string without U+001F is shown as it is: projects saved
// before reasons were ids hold the translated text (they still load and show that text), and reasons
// that importers write as plain text (PAGE/METS article names) need no translation.
#include <QString>
#include <QStringList>

namespace galley {

/// One reason as it is built: converts to the stored form. Arguments are formatted when given (not
/// by locale), so the stored form is the same in every UI language.
class ReasonId {
public:
    ReasonId(const char *context, const char *source);
    ReasonId arg(const QString &a) const;
    ReasonId arg(const QString &a, const QString &b) const;
    ReasonId arg(double a, int fieldWidth = 0, char format = 'g', int precision = -1) const;
    ReasonId arg(int a) const;
    QString toString() const { return m_stored; }
    operator QString() const { return m_stored; }

private:
    QString m_stored;
};

/// The stored form of the message (context, source literal), without arguments.
ReasonId reasonText(const char *context, const char *text);

/// The reason or flag text in the UI language (see the stored form above); anything else unchanged.
QString reasonDisplay(const QString &stored);
QStringList reasonDisplay(const QStringList &stored);
/// True if stored is a reason id rather than plain (or previously translated) text.
bool isReasonId(const QString &stored);
/// Several reasons as one argument of another reason; reasonDisplay() shows them joined by "; ".
QString joinReasons(const QStringList &reasons);

} // namespace galley
