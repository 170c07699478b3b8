// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JumpLineCues: what a jump line says — which page an article continues on ("jump out") or came
// from ("jump in"), and the keyword that names it — as data tables in the style of LanguageCues.
// Sources of the conventions (facts of newspaper practice, wording our own):
//  - Chinese papers' 转版 notes: "（下转第3版）" at the end of the first part, "（上接第1版）" at the start
//    of the continuation; the page as a digit (also full-width) or a Chinese numeral (第三版).
//  - English papers' jumps (newspaper design handbooks, e.g. Harrower, "The Newspaper Designer's
//    Handbook", on jumps): "Continued on Page 5" / "Continued from Page 1", or a keyword jump:
//    "See DEBATE, Page 6" / "See DEBATE, back page" out, and the continuation's jump head
//    "DEBATE from page 1" / "DEBATE, from Page 1" / "Continued from front page" in. OCR damage of the
//    short word "See" ("Sec", "Scc", "Seo") is accepted.
//  - German "Fortsetzung auf Seite 3" / "Fortsetzung von Seite 1", French "Suite page 5" /
//    "Suite de la page 1" / "Suite de la une".
// Matching is on one printed line, white space trimmed, case ignored; lines longer than 80
// characters are never jump lines.
#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

struct JumpReference {
    enum class Direction { Out, In };
    Direction direction = Direction::Out;
    /// The printed page number named (1-based); BackPage for "back page" (the last page),
    /// FrontPage for "front page" / "la une" (its first).
    int page = 0;
    /// The keyword that names the story ("DEBATE"), as printed; empty for Chinese notes and
    /// "Continued on/from Page N".
    QString keyword;

    static constexpr int BackPage = -1;
    static constexpr int FrontPage = -2;
};

class JumpLineCues {
public:
    /// Lines longer than this (UTF-16 units, white space trimmed) are never jump lines.
    static constexpr qsizetype kLongestLine = 80;

    /// What line says, if it is a jump line.
    static std::optional<JumpReference> parse(QStringView line);
    /// A keyword jump out printed at the end of a longer line ("… and its See CLINTON, page 8": OCR
    /// that gives one paragraph a line joins the jump line to the paragraph before it): the
    /// shortest tail of line, starting at a word, that reads as one. Only tails starting with
    /// "See" (or its OCR damage) are looked at, so a line pays a few character tests per word.
    static std::optional<JumpReference> keywordJumpOutAtEnd(QStringView line);
    /// A keyword jump in ("DEBATE from page 1"): parse(), kept to jumps in that name a keyword; lines
    /// that cannot end as one (every such pattern ends with a page number or the word "page") are
    /// turned away before any pattern is tried.
    static std::optional<JumpReference> keywordJumpIn(QStringView line);
    /// A page number as printed in a jump line: "3", "３", "三", "十二" → 3, 3, 3, 12; 0 if not a number.
    static int pageNumber(QStringView text);
};

} // namespace galley
