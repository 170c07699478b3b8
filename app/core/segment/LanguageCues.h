// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LanguageCues: the language-specific patterns of newspaper text, kept as data tables so that the
// stages stay general. Chinese (zh), English (en), German (de) and French (fr) conventions:
//  - news leads / datelines: "本报讯(记者…)", "新华社北京10月1日电", "WASHINGTON (AP) —",
//    "SYRACUSE, N. Y., Sept. 16.", "BERLIN (dpa) –", "PARIS (AFP) -"
//  - bylines: "●本报记者 杨彩霞", "记者 王中宙", "By JOHN SMITH", "Von …", "Par …"
//  - credits: "■本报记者 安娜 摄", "… 制作", "Photo by …", "(AP Photo/…)", "Foto: …"
//  - captions: "▲…", "图为…", "Above: …"; notes: "备注:", "注:", "Note:"; jump lines: "(下转第3版)",
//    "(上接第1版)", "Continued on Page 4", "See FIRE, Page 2", "Fortsetzung auf Seite 3", "Suite page 5"
//  - table titles: "…表", "…一览", "Table 2: …"
// All matching is on a fragment's text with white space as in the raw page.
#include <QStringView>

namespace galley {

class LanguageCues {
public:
    static bool isLead(QStringView text);
    /// Whether a text beginning with c could be a lead (isLead's first test): a character that
    /// opens one of its Chinese formulas, or a capital letter.
    static bool mayOpenLead(QChar c);
    static bool isByline(QStringView text);
    static bool isCredit(QStringView text);
    static bool isCaption(QStringView text);
    static bool isNote(QStringView text);
    static bool isJumpLine(QStringView text);
    static bool isTableTitle(QStringView text);
    /// Page furniture: folio lines, page numbers, section banners ("第3版", "A4", "Page 2", "- 5 -").
    static bool isFurniture(QStringView text);
    /// Whether text ends a sentence (。！？!?… or . possibly followed by closing quotes/brackets).
    static bool endsSentence(QStringView text);
    /// Number of characters of a fragment's first clause when it ends with sentence punctuation at once
    /// ("怀。展览…" → 1): a paragraph never starts like that.
    static int firstSentenceLength(QStringView text);
};

} // namespace galley
