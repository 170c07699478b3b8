// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LineUnit: the unit the learned engine decides on — one non-blank text line of the page (or a part
// of one, where the engine cuts a line that holds two articles' headlines), with the measures its
// models read. Extraction puts one printed line, one paragraph (OCR of English issues)
// or one column block (PDF text blocks joined by spaces) on a line; all three are handled alike, the
// models learn what a line means from the measures below.
//
// Units: offsets are UTF-16 units of Page::text(); widths are in em as FragmentLayout measures them
// (a CJK character 1, Latin letters and digits 0.5); shares are 0..1.
#include "model/Page.h"
#include "model/TextSpan.h"

#include <QList>
#include <QStringView>

#include <span>
#include <vector>

namespace galley {

struct TopicWindows;

struct LineUnit {
    TextSpan span;            ///< the line (or part) without leading and trailing white space
    int block = -1;           ///< index into Page::blocks() of the block holding the line
    qsizetype letters = 0;    ///< letters and digits
    double width = 0;         ///< em, the whole line
    int printedLines = 1;     ///< runs between wrap spaces (PDF blocks joined by spaces), else 1
    double firstWidth = 0;    ///< em, the first printed line
    double lastWidth = 0;     ///< em, the last printed line
    double columnWidth = 0;   ///< em, a full printed line of this unit's column (own inner lines, or neighbours')
    double cjkShare = 0;
    double upperShare = 0;    ///< upper-case letters among cased letters
    double titleShare = 0;    ///< words starting with a capital among words with a letter
    double digitShare = 0;
    int words = 0;            ///< space-separated words
    int sentenceEnds = 0;     ///< 。！？!? and '.' followed by a space or the end
    int commas = 0;           ///< ，、,;；：:
    bool endsSentence = false;
    bool endsComma = false;   ///< ends with a comma or enumeration comma: the sentence goes on
    bool startsLower = false; ///< first letter is lower-case (Latin): a sentence goes on
    bool startsPunct = false; ///< first character is sentence-internal punctuation (，。、)
    bool indented = false;    ///< the raw line starts with two or more spaces (a line's first unit only)
    quint8 quotes = 0;        ///< Fragment::quotes bits
    double pageBlockShare = 0; ///< of the page's lines, those holding several printed lines (text blocks)
    double pageCjkShare = 0;   ///< mean cjkShare of the page's lines
    /// em, the page's measure: the most common width (to half an em) of its one-printed-line units
    /// with letters that do not end a sentence — on a page of printed lines, a full line of its
    /// commonest column; 0 where no width recurs. Display lines are measured against it, not against
    /// their neighbours (a run of headlines is its own neighbourhood).
    double pageMeasure = 0;
    /// How much the page reads as columns of printed lines (0..1): of its units with letters, the share
    /// of open one-printed-line units as wide as the measure (to half an em), times the share of its
    /// closed units (ending a sentence) no wider than the measure (half an em allowed). High on a page
    /// of typeset printed lines (most lines of a column are full, and a paragraph ends within the
    /// column: 0.4–0.7 on pdftotext pages), near 0 where a line is a paragraph or a block (English
    /// OCR, PDF blocks: the headlines may share a width, but the paragraphs are wider); 0 without a
    /// measure or a closed unit.
    double pageMeasureShare = 0;
    // Topic measures (TopicWindows, 0..1): how alike the text before and after the line is, and
    // how much of the line's own wording the text after / before it holds.
    double continuityAround = 0; ///< text ending with the line before vs text starting with the line after
    double continuityInto = 0;   ///< text ending with the line before vs text starting with this line
    double depthInto = 0;        ///< how deep a valley of continuity the join before this line is (0..2)
    double wordsAhead = 0;       ///< the line's units found in the text starting with the next line
    double wordsBehind = 0;      ///< the line's units found in the text ending with the line before
    // Language cues (LanguageCues), as features, not verdicts. cueLead is also read on a line that
    // does not end a sentence run on into the next line of its block (a lead that wraps inside its
    // formula: `新华社成都１月１０` / `日电（记者任硌）…`).
    bool cueLead = false, cueByline = false, cueCredit = false, cueCaption = false, cueJump = false,
         cueFurniture = false, cueNote = false, cueTable = false, cueTableTitle = false;
    // Keyword jumps (JumpLineCues): the story's keyword named by a jump out at the end of the line
    // ("… See DEBATE, page 3"), and the keyword the line could be the jump head of (a jump in
    // naming one, "DEBATE from page 1", or a short line such as "DEBATE"), each as a key of the
    // case-folded letters and digits (jumpKey()); 0 for none. A link from a jump out to a jump head
    // with the same key is a candidate however far apart the two are (ReadingOrder).
    quint64 jumpOutKey = 0, jumpHeadKey = 0;
    bool jumpHeadAlone = false; ///< the line is a jump head's keyword alone ("DEAN"), not a jump in ("DEAN from page 1")

    /// Whether the line heads a jump: it has a jumpHeadKey and is a jump in ("DEAN from page 1") or
    /// the keyword alone as a heading — no sentence end and no lower-case start, so not the end of
    /// a sentence that happens to be the word ("… thanked the dean.").
    bool isJumpHeading() const
    {
        return jumpHeadKey != 0 && (!jumpHeadAlone || (sentenceEnds == 0 && !endsSentence && !startsLower));
    }
};

/// The key of a jump keyword: a 64-bit hash (FNV-1a's mixing over code points) of its letters and
/// digits, case-folded; 0 when it has none.
quint64 jumpKey(QStringView keyword);

class LineUnits {
public:
    /// The non-blank lines of page in page order, measured. Never fails; empty for an empty page.
    /// windows, if given, receives the page's TopicWindows (computed anyway for the topic measures).
    /// cuts: positions in Page::text() (UTF-16 units, strictly ascending, each at a code point's
    /// start) where a line is made two units, the second beginning there (HeadlineMatcher::lineCuts);
    /// a position at or before a line's first non-blank character, at a line break, or in a line's
    /// trailing white space cuts nothing (no empty unit is made).
    static QList<LineUnit> of(const Page &page, TopicWindows *windows = nullptr, const std::vector<qsizetype> &cuts = {});
    /// The text of the units `chain` (indices into units, in that order) of the page whose text is
    /// pageText, joined by a space, at most limit UTF-16 units (the last unit cut there).
    static QString textOf(QStringView pageText, const QList<LineUnit> &units, std::span<const qsizetype> chain,
                          qsizetype limit);
};

} // namespace galley
