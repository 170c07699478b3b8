// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageCues.h"

#include <QRegularExpression>

namespace galley {

namespace {

bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

const QString kSentenceEnders = QStringLiteral("。！？!?…．.");
const QString kClosers = QStringLiteral("\"'”’」』）)】》");

} // namespace

bool LanguageCues::mayOpenLead(QChar c)
{
    // Every pattern of isLead starts with one of these or with a capital letter.
    static const QString firsts = QStringLiteral("本【新中人央记（(据");
    return firsts.contains(c) || c.isUpper();
}

bool LanguageCues::isLead(QStringView text)
{
    if (text.isEmpty() || !mayOpenLead(text.front()))
        return false;
    static const QRegularExpression re(QStringLiteral(
        "^(?:"
        "本[报報][^，,。：:]{0,12}[讯訊电電]"                   // 本报讯(记者 …), 本报讯记者…, 本报北京1月7日讯/电
        "|【[^】]{0,30}(?:报道|報導|电|電|讯|訊)】"                // 【本報記者 林雅文／台南報導】
        "|据?(?:新华社|中新社|人民网|央视网|新华网|中新网)[^，,。]{0,16}(?:电|讯)"          // 据新华社…电: as reported by
        "|[（(]?记者\\s*\\S{2,4}[)）]?\\s*(?:报道|讯)"
        "|[A-ZÀ-Ý][A-ZÀ-Ý .'-]{2,30}(?:,\\s*[A-Z][A-Za-z. ]{1,20})?\\s*\\((?:AP|UPI|AFP|Reuters|dpa|AP Photo|Special)\\)\\s*[-—–]"
        "|[A-ZÀ-Ý][A-ZÀ-Ý .'-]{2,30},\\s*.{0,24}?(?:Jan|Feb|March|Mar|April|Apr|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s*\\d{1,2}\\s*[.—–-]"
        "|[A-ZÀ-Ý][A-ZÀ-Ý .'-]{2,30}\\s*[—–]\\s"
        ")"));
    return matches(re, text);
}

bool LanguageCues::isByline(QStringView text)
{
    if (text.size() > 40)
        return false;
    static const QRegularExpression re(QStringLiteral(
        "^(?:[●○■◆]?\\s*(?:本报|新华社|特约)?(?:实习)?记者\\s*\\S{2,4}(?:\\s+\\S{2,4}){0,3}"
        "|[●○]\\s*\\S.*"
        "|(?:By|BY|Von|VON|Par|PAR)\\s+[A-ZÀ-Ý][\\w.'’-]*(?:\\s+(?:[A-ZÀ-Ý][\\w.'’-]*|and|und|et|de|von|van))*\\s*)$"));
    return matches(re, text.trimmed());
}

bool LanguageCues::isCredit(QStringView text)
{
    if (text.size() > 60)
        return false;
    static const QRegularExpression re(QStringLiteral(
        "(?:^[■▲□]?.{0,30}[\\s/](?:摄|供图|制作|制图|绘图)\\s*$"
        "|^[■▲□].{0,30}(?:摄|供图|制作|制图)\\s*$"
        "|^\\(?(?:AP|AFP|Reuters)?\\s*Photo(?:graph)?s?\\s*(?:by|/|:)"
        "|^(?:Photo|Foto|Bild|Grafik)\\s*:\\s*\\S"
        "|^\\((?:AP|AFP|Reuters) Photo.*\\)$)"));
    return matches(re, text.trimmed());
}

bool LanguageCues::isCaption(QStringView text)
{
    static const QString firsts = QStringLiteral("▲△图上下左右ABLRO");
    if (text.isEmpty() || !firsts.contains(text.front()))
        return false;
    static const QRegularExpression re(QStringLiteral("^(?:▲|△|图为|上图|下图|左图|右图|Above:|Below:|Left:|Right:|ABOVE:|Oben:|Ci-dessus)"));
    return matches(re, text.trimmed());
}

bool LanguageCues::isNote(QStringView text)
{
    static const QString firsts = QStringLiteral("备附注说NAHRn");
    if (text.isEmpty() || !firsts.contains(text.front()))
        return false;
    static const QRegularExpression re(QStringLiteral("^(?:备注|附注|注|说明|Note|Notes|NOTE|Anmerkung|Hinweis|Remarque|N\\.B\\.)\\s*[:：]"));
    return matches(re, text.trimmed());
}

bool LanguageCues::isJumpLine(QStringView text)
{
    if (text.size() > 60)
        return false;
    static const QRegularExpression re(QStringLiteral(
        "^[（(]?\\s*(?:下转|上接|转|接)第?\\s*[0-9０-９一二三四五六七八九十A-Z]+\\s*版\\s*[)）]?$"
        "|^\\(?\\s*(?:Continued|Cont'd|Concluded)\\s+(?:on|from)\\s+Page\\s+\\w+\\.?\\s*\\)?$"
        "|^\\(?\\s*See\\s+.{1,40},?\\s+(?:Page|P\\.)\\s*\\w+\\.?\\s*\\)?$"
        "|^\\(?\\s*(?:Fortsetzung|Fortsetzung von|Weiter)\\s+(?:auf|von)\\s+Seite\\s+\\w+\\s*\\)?$"
        "|^\\(?\\s*(?:Suite|Lire la suite)\\s+(?:en\\s+)?page\\s+\\w+\\s*\\)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return matches(re, text.trimmed());
}

bool LanguageCues::isTableTitle(QStringView text)
{
    if (text.size() > 40)
        return false;
    static const QRegularExpression re(QStringLiteral("(?:表|一览|统计|明细)\\s*$|^(?:Table|Tabelle|Tableau)\\s+\\d+"));
    return matches(re, text.trimmed());
}

bool LanguageCues::isFurniture(QStringView text)
{
    if (text.size() > 40)
        return false;
    static const QRegularExpression re(QStringLiteral(
        "^(?:第\\s*[0-9０-９一二三四五六七八九十]+\\s*版.*"
        "|[-—–]?\\s*\\d{1,3}\\s*[-—–]?"
        "|(?:Page|PAGE|Seite|SEITE)\\s+\\d{1,3}"
        "|[A-Z]\\d{1,2})$"));
    return matches(re, text.trimmed());
}

bool LanguageCues::endsSentence(QStringView text)
{
    QStringView t = text.trimmed();
    int closers = 0;
    while (!t.isEmpty() && kClosers.contains(t.back()) && closers < 3) {
        t.chop(1);
        ++closers;
    }
    if (t.isEmpty())
        return false;
    const QChar last = t.back();
    if (!kSentenceEnders.contains(last))
        return false;
    if (last == u'.' && t.size() >= 2 && t[t.size() - 2].isDigit())
        return false; // "6." of a cut date "6.26"
    return true;
}

int LanguageCues::firstSentenceLength(QStringView text)
{
    static const QString enders = QStringLiteral("。！？");
    for (qsizetype i = 0; i < text.size() && i < 6; ++i)
        if (enders.contains(text[i]))
            return int(i);
    return -1;
}

} // namespace galley
