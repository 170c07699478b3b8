// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// XmlText: text made safe for XML 1.0 character data and attribute values, for every writer whose output
// is XML or XHTML (HtmlWriter, NitfWriter, and through RichTextDocument the content.xml of OdtWriter).
//
// XML 1.0 (Fifth Edition) §2.2 allows the characters TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and
// U+10000–U+10FFFF. Everything else a QString can hold — the other C0 controls (NUL included), surrogates
// that are not part of a pair, U+FFFE and U+FFFF — makes a document that no XML parser accepts, so it is
// replaced by U+FFFD REPLACEMENT CHARACTER (one per UTF-16 unit). C1 controls are allowed and kept.
// Units: UTF-16 code units in and out; the length never changes.
#include <QString>

namespace galley {

class XmlText {
public:
    /// Whether the UTF-16 unit at index i of text is (part of) a character XML 1.0 allows.
    static bool isAllowedAt(QStringView text, qsizetype i);
    /// Number of units clean() would replace.
    static qsizetype countDisallowed(QStringView text);
    /// text with every unit XML 1.0 does not allow replaced by U+FFFD; *replaced (if given) gets how many.
    static QString clean(const QString &text, qsizetype *replaced = nullptr);
    /// clean(text), then & < > " escaped as entities (for HTML/XHTML text and attribute values).
    static QString escaped(const QString &text);
};

} // namespace galley
