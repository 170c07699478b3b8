// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleClassifier.h"

#include "LanguageCues.h"

#include "ReasonText.h"

#include <QCoreApplication>

namespace galley {

namespace {

void set(Fragment &f, Role role, double confidence, const QString &reason)
{
    f.role = role;
    f.confidence = confidence;
    f.reasons = {reason};
}

ReasonId tr(const char *text)
{
    return reasonText("galley::RoleClassifier", text); // the context lupdate files these strings under
}

} // namespace

bool RoleClassifier::looksLikeDisplayLine(QStringView text, const Fragment &f)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || f.lines.size() > 3)
        return false;
    if (LanguageCues::endsSentence(t) && !(t.endsWith(u'?') || t.endsWith(u'!') || t.endsWith(u'？') || t.endsWith(u'！')))
        return false;
    if (f.isCjk()) {
        qsizetype letters = 0, commas = 0, stops = 0;
        for (QChar c : t) {
            if (c.isLetterOrNumber())
                ++letters;
            else if (c == u',' || c == u'，' || c == u'、' || c == u';' || c == u'；')
                ++commas;
            else if (c == u'。')
                ++stops;
        }
        return letters >= 3 && letters <= 40 && commas <= 1 && stops == 0;
    }
    // Spaced scripts: a short line, mostly capitalised words, no sentence inside.
    const QList<QStringView> words = t.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 14 || t.size() > 90 || t.contains(QLatin1String(". ")))
        return false;
    qsizetype capitalised = 0, letterWords = 0;
    for (QStringView w : words) {
        const auto firstLetter = std::find_if(w.begin(), w.end(), [](QChar c) { return c.isLetter(); });
        if (firstLetter == w.end())
            continue;
        ++letterWords;
        capitalised += firstLetter->isUpper();
    }
    return letterWords >= 1 && capitalised * 10 >= letterWords * 6;
}

void RoleClassifier::classify(QStringView text, QList<Fragment> &fragments)
{
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        Fragment &f = fragments[i];
        const QStringView t = text.sliced(f.span.start, f.span.length());
        f.headlineCandidate = false;
        if (t.contains(u'\t') && t.contains(u'\n'))
            set(f, Role::Table, 0.95, tr("tab-separated rows"));
        else if (LanguageCues::isNote(t))
            set(f, Role::Note, 0.9, tr("starts like a note (备注:, Note:)"));
        else if (LanguageCues::isJumpLine(t))
            set(f, Role::JumpLine, 0.9, tr("jump line to or from another page"));
        else if (LanguageCues::isFurniture(t))
            set(f, Role::Furniture, 0.7, tr("folio or page number"));
        else if (LanguageCues::isCredit(t))
            set(f, Role::Credit, 0.85, tr("photo or graphic credit (摄, 制作, Photo by)"));
        else if (LanguageCues::isCaption(t))
            set(f, Role::Caption, 0.8, tr("starts like a photo caption (▲, 图为, Above:)"));
        else if (LanguageCues::isLead(t))
            set(f, Role::Lead, 0.9, tr("news lead / dateline opens the text"));
        else if (LanguageCues::isByline(t))
            set(f, Role::Byline, 0.85, tr("reporter's byline"));
        else
            set(f, Role::Body, 0.8, tr("running text"));
    }
    // Second pass: roles that depend on neighbours.
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        Fragment &f = fragments[i];
        if (f.role != Role::Body)
            continue;
        const QStringView t = text.sliced(f.span.start, f.span.length());
        const bool tableFollows = i + 1 < fragments.size() && fragments[i + 1].role == Role::Table;
        if (tableFollows && LanguageCues::isTableTitle(t)) {
            set(f, Role::TableTitle, 0.9, tr("short title right above a table"));
        } else if (looksLikeDisplayLine(t, f)) {
            set(f, Role::Headline, 0.6, tr("short display line without sentence punctuation"));
            f.headlineCandidate = true;
        }
    }
}

} // namespace galley
