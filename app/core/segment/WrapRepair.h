// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WrapRepair: undoes what text extraction did at printed line ends, without touching the raw page.
//  - A run of white space (spaces or a line break) between a character of a script written without
//    spaces (ScriptClass::isNoSpace: Han, Kana, CJK punctuation …) and anything but a letter of a
//    spaced script is a wrap artefact and is removed: `协同高 效的` → `协同高效的`, `23 日` → `23日`.
//    This is the segment-break transformation of CSS Text Level 3 §4.1.2. Korean keeps its spaces.
//  - In headlines, kickers, subheadlines, bylines and credits such a run is kept as one space: there it
//    separates parts (`记者 杨彩霞`, `产业升级添动能 高质量发展谱新篇`).
//  - A Latin word hyphenated at a line end is joined (`re-\nported` → `reported`) unless the hyphen is
//    a real one: the left part is a common compound prefix (`well-\nknown`), or the right part starts
//    with a capital or a digit (`Anglo-\nSaxon`, `mid-\n1911`).
//  - Other white-space runs become one space; tables are returned unchanged.
// Every edit can be listed (edits()) so the UI can show and undo a wrong join.
#include "model/Role.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

class WrapRepair {
public:
    enum class EditKind { RemovedWrapSpace, CollapsedSpace, JoinedHyphenation, KeptHyphen };
    struct Edit {
        qsizetype start = 0; ///< UTF-16 units into the raw text given to edits()
        qsizetype end = 0;
        EditKind kind = EditKind::CollapsedSpace;
    };

    /// The repaired text of raw for a piece of the given role.
    static QString repair(QStringView raw, Role role = Role::Body);
    /// The edits repair() makes, in raw-text positions.
    static QList<Edit> edits(QStringView raw, Role role = Role::Body);
    /// Joins two fragments of one paragraph (a sentence cut at a column end): no space between
    /// no-space-script characters, Latin end-of-line hyphenation joined, else one space.
    static QString joinFragments(const QString &first, const QString &second);
    /// The same join, appending next to paragraph in place (amortised linear over many pieces).
    static void appendFragment(QString &paragraph, const QString &next);
    /// Whether a white-space run between before and after is a wrap artefact to drop.
    static bool dropsSpaceBetween(char32_t before, char32_t after);
    /// Whether role keeps white space between parts (headline-like roles and bylines).
    static bool keepsSpaces(Role role);
};

} // namespace galley
