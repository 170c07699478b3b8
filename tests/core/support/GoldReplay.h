// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GoldReplay: reads a gold segmentation file (tests/data/*.gold.json, the format of the project's
// gold files: blocks numbered from 1 as runs of non-blank lines, "65a"/"65b" halves of a block cut at
// its split marker, articles with headline/kicker/byline blocks, paragraphs[].blocks in reading
// order, extras with roles) and plans the editor operations that turn any segmentation of the page
// into that gold one — pushed through the document's undo stack with the same command classes the
// UI uses. compare() lists every difference between a document and the gold (empty = equal).
//
// The plan, in the order an editor works:
//  1. fragments: a block the gold cuts in two is split at its marker (SplitBlockCommand); a block the
//     engine cut differently is first joined again (JoinBlockPiecesCommand);
//  2. articles: each gold article is matched with the current article holding most of its pieces;
//     missing pieces are dragged in with one MovePiecesCommand; a gold article without a match is
//     made with one NewArticleCommand;
//  3. stray pieces (in no gold article) go to the furniture, one SendToFurnitureCommand per article;
//  4. roles: MakeHeadlineCommand for a headline the engine missed, then one SetRoleCommand per
//     article and role;
//  5. reading order: body pieces outside the longest run already in gold order are dragged after
//     their gold predecessor (MovePiecesCommand within the article);
//  6. paragraph joins: SetParagraphJoinCommand where a piece's join differs.
// Articles emptied on the way disappear by themselves (the edit commands remove empty articles).
#include "edit/JoinBlockPiecesCommand.h"
#include "edit/MakeHeadlineCommand.h"
#include "edit/MovePiecesCommand.h"
#include "edit/OrderPiecesByPageCommand.h"
#include "edit/NewArticleCommand.h"
#include "edit/SendToFurnitureCommand.h"
#include "edit/SetParagraphJoinCommand.h"
#include "edit/SetRoleCommand.h"
#include "edit/SplitBlockCommand.h"
#include "model/ReviewDocument.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace galley::test {

struct GoldUnit {
    QString key;        ///< "12", "65a", "65b"
    int block = -1;     ///< index into Page::blocks()
    TextSpan span;      ///< white space at both ends excluded
    qsizetype cut = -1; ///< for "NNa"/"NNb": UTF-16 position of the split marker
};

struct GoldExtra {
    QString unit;
    Role role = Role::Unknown;
};

struct GoldArticle {
    QString headline, kicker, byline; ///< unit keys, empty if none
    QList<QStringList> paragraphs;    ///< unit keys per paragraph, reading order
    QStringList paragraphTexts;
    QList<GoldExtra> extras;

    QStringList bodyUnits() const
    {
        QStringList out;
        for (const QStringList &p : paragraphs)
            out += p;
        return out;
    }
    /// Every unit with the role it must have (body units: Role::Body, Lead accepted too).
    QList<std::pair<QString, Role>> units() const
    {
        QList<std::pair<QString, Role>> out;
        if (!kicker.isEmpty())
            out.append({kicker, Role::Kicker});
        if (!headline.isEmpty())
            out.append({headline, Role::Headline});
        if (!byline.isEmpty())
            out.append({byline, Role::Byline});
        for (const QString &u : bodyUnits())
            out.append({u, Role::Body});
        for (const GoldExtra &e : extras)
            out.append({e.unit, e.role});
        return out;
    }
};

struct GoldPage {
    QMap<QString, GoldUnit> units;
    QList<GoldArticle> articles;
    QString error;
};

inline TextSpan trimmedSpan(const QString &text, TextSpan span)
{
    while (span.start < span.end && text.at(span.start).isSpace())
        ++span.start;
    while (span.end > span.start && text.at(span.end - 1).isSpace())
        --span.end;
    return span;
}

inline GoldPage loadGold(const QString &path, const Page &page)
{
    GoldPage gold;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        gold.error = path + QStringLiteral(": cannot open");
        return gold;
    }
    QJsonParseError err;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &err).object();
    if (err.error != QJsonParseError::NoError) {
        gold.error = path + QStringLiteral(": byte %1: %2").arg(err.offset).arg(err.errorString());
        return gold;
    }
    const QJsonObject markers = root.value(QStringLiteral("split_markers")).toObject();
    const QString &text = page.text();
    for (int b = 0; b < page.blocks().size(); ++b) {
        const QString number = QString::number(b + 1);
        const TextSpan span = page.blocks()[b].span;
        if (markers.contains(number)) {
            const qsizetype cut = text.indexOf(markers.value(number).toString(), span.start);
            if (cut <= span.start || cut >= span.end) {
                gold.error = path + QStringLiteral(": split marker of block %1 not found in it").arg(number);
                return gold;
            }
            gold.units.insert(number + u'a', {number + u'a', b, trimmedSpan(text, {span.start, cut}), cut});
            gold.units.insert(number + u'b', {number + u'b', b, trimmedSpan(text, {cut, span.end}), cut});
        } else {
            gold.units.insert(number, {number, b, trimmedSpan(text, span), -1});
        }
    }
    auto unitOf = [&](const QJsonValue &v) {
        const QString key = v.toString();
        if (!key.isEmpty() && !gold.units.contains(key) && gold.error.isEmpty())
            gold.error = path + QStringLiteral(": block \"%1\" is not on the page").arg(key);
        return key;
    };
    for (const QJsonValue &av : root.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject a = av.toObject();
        GoldArticle g;
        g.headline = unitOf(a.value(QStringLiteral("headline_block")));
        g.kicker = unitOf(a.value(QStringLiteral("kicker_block")));
        g.byline = unitOf(a.value(QStringLiteral("byline_block")));
        for (const QJsonValue &pv : a.value(QStringLiteral("paragraphs")).toArray()) {
            QStringList keys;
            for (const QJsonValue &bv : pv.toObject().value(QStringLiteral("blocks")).toArray())
                keys.append(unitOf(bv));
            g.paragraphs.append(keys);
            g.paragraphTexts.append(pv.toObject().value(QStringLiteral("text")).toString());
        }
        for (const QJsonValue &ev : a.value(QStringLiteral("extras")).toArray()) {
            const QJsonObject e = ev.toObject();
            const auto role = roleFromName(e.value(QStringLiteral("role")).toString());
            if (!role && gold.error.isEmpty())
                gold.error = path + QStringLiteral(": unknown role \"%1\"").arg(e.value(QStringLiteral("role")).toString());
            g.extras.append({unitOf(e.value(QStringLiteral("block"))), role.value_or(Role::Unknown)});
        }
        gold.articles.append(g);
    }
    return gold;
}

/// The gold unit each piece of seg covers exactly (after trimming white space), by piece id.
inline QHash<int, QString> unitsOfPieces(const Segmentation &seg, const Page &page, const GoldPage &gold)
{
    QHash<QString, QString> bySpan; // "start:end" -> unit
    for (const GoldUnit &u : gold.units)
        bySpan.insert(QStringLiteral("%1:%2").arg(u.span.start).arg(u.span.end), u.key);
    QHash<int, QString> out;
    for (const Piece &p : seg.allPieces()) {
        const TextSpan s = trimmedSpan(page.text(), p.span);
        const QString key = bySpan.value(QStringLiteral("%1:%2").arg(s.start).arg(s.end));
        if (!key.isEmpty() && p.block >= 0)
            out.insert(p.id, key);
    }
    return out;
}

inline QString withoutWhiteSpace(QString s)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return s.remove(ws);
}

/// Every difference between the document and the gold page; empty when they agree.
inline QStringList compareWithGold(const ReviewDocument &doc, const GoldPage &gold)
{
    QStringList diffs;
    const Segmentation &seg = doc.segmentation();
    const QHash<int, QString> unitOf = unitsOfPieces(seg, doc.page(), gold);
    auto describe = [&](const Piece &p) {
        return unitOf.value(p.id, QStringLiteral("piece %1").arg(p.id));
    };
    if (seg.articles.size() != gold.articles.size())
        diffs << QStringLiteral("%1 articles, gold has %2").arg(seg.articles.size()).arg(gold.articles.size());
    QSet<QString> inGold;
    for (const GoldArticle &g : gold.articles)
        for (const auto &u : g.units())
            inGold.insert(u.first);

    QSet<int> matchedArticles;
    for (const GoldArticle &g : gold.articles) {
        int ai = -1;
        for (int i = 0; i < seg.articles.size() && ai < 0; ++i)
            for (const Piece &p : seg.articles[i].pieces)
                if (p.role == Role::Headline && unitOf.value(p.id) == g.headline)
                    ai = i;
        if (ai < 0) {
            diffs << QStringLiteral("no article with headline block %1").arg(g.headline);
            continue;
        }
        matchedArticles.insert(ai);
        const Article &a = seg.articles[ai];
        const QString where = QStringLiteral("article with headline %1: ").arg(g.headline);
        QStringList headlines, kickers, bylines, body, others;
        QList<bool> joins;
        QList<std::pair<QString, Role>> extras;
        for (const Piece &p : a.pieces) {
            switch (p.role) {
            case Role::Headline: headlines << describe(p); break;
            case Role::Kicker: kickers << describe(p); break;
            case Role::Byline: bylines << describe(p); break;
            case Role::Body:
            case Role::Lead:
                body << describe(p);
                joins << p.continuesParagraph;
                break;
            default: extras.append({describe(p), p.role});
            }
        }
        auto expectOne = [&](const QString &what, const QStringList &got, const QString &want) {
            const QStringList wanted = want.isEmpty() ? QStringList() : QStringList{want};
            if (got != wanted)
                diffs << where + QStringLiteral("%1 [%2], gold [%3]").arg(what, got.join(u','), wanted.join(u','));
        };
        expectOne(QStringLiteral("headline"), headlines, g.headline);
        expectOne(QStringLiteral("kicker"), kickers, g.kicker);
        expectOne(QStringLiteral("byline"), bylines, g.byline);
        QList<bool> goldJoins;
        for (const QStringList &para : g.paragraphs)
            for (int k = 0; k < para.size(); ++k)
                goldJoins << (k > 0);
        if (body != g.bodyUnits())
            diffs << where + QStringLiteral("body [%1], gold [%2]").arg(body.join(u','), g.bodyUnits().join(u','));
        else if (joins != goldJoins)
            diffs << where + QStringLiteral("paragraph joins differ");
        QList<std::pair<QString, Role>> goldExtras;
        for (const GoldExtra &e : g.extras)
            goldExtras.append({e.unit, e.role});
        std::sort(extras.begin(), extras.end());
        std::sort(goldExtras.begin(), goldExtras.end());
        if (extras != goldExtras) {
            QStringList got, want;
            for (const auto &e : extras)
                got << e.first + u':' + roleName(e.second);
            for (const auto &e : goldExtras)
                want << e.first + u':' + roleName(e.second);
            diffs << where + QStringLiteral("extras [%1], gold [%2]").arg(got.join(u','), want.join(u','));
        }
        QStringList paras = doc.paragraphs(ai), goldParas = g.paragraphTexts;
        for (QString &s : paras)
            s = withoutWhiteSpace(s);
        for (QString &s : goldParas)
            s = withoutWhiteSpace(s);
        if (paras != goldParas) {
            for (int k = 0; k < std::max(paras.size(), goldParas.size()); ++k)
                if (paras.value(k) != goldParas.value(k)) {
                    diffs << where + QStringLiteral("paragraph %1 reads \"%2\", gold \"%3\"").arg(k + 1).arg(paras.value(k), goldParas.value(k));
                    break;
                }
        }
    }
    for (int i = 0; i < seg.articles.size(); ++i)
        if (!matchedArticles.contains(i))
            diffs << QStringLiteral("article %1 (first piece %2) is not in the gold").arg(seg.articles[i].id)
                         .arg(seg.articles[i].pieces.isEmpty() ? QString() : describe(seg.articles[i].pieces.first()));
    for (const Piece &p : seg.furniture)
        if (inGold.contains(unitOf.value(p.id)))
            diffs << QStringLiteral("%1 is in the furniture but in a gold article").arg(describe(p));
    return diffs;
}

/// Pushes the editor operations that turn doc's segmentation into the gold one (see above); returns
/// false with a message in *error if the page cannot be brought there. Every operation's history
/// text is appended to *log.
/// useDeskOperations: also use the bulk operations of issue 9 (order pieces by page position);
/// false replays with the operations the desk had before them, for the figure in docs/editing.md.
inline bool replayToGold(ReviewDocument *doc, const GoldPage &gold, QStringList *log, QString *error,
                         bool useDeskOperations = true)
{
    QUndoStack *stack = doc->undoStack();
    auto push = [&](QUndoCommand *cmd) {
        const int before = stack->count();
        const QString text = cmd->text();
        stack->push(cmd);
        if (stack->count() > before)
            log->append(text);
    };
    const Page &page = doc->page();
    const QString &text = page.text();

    // 1. Fragments: every gold unit must be exactly one piece.
    QHash<int, QList<const GoldUnit *>> unitsByBlock;
    for (const GoldUnit &u : gold.units)
        unitsByBlock[u.block].append(&u);
    for (auto it = unitsByBlock.begin(); it != unitsByBlock.end(); ++it) {
        const int block = it.key();
        auto piecesOfBlock = [&] {
            QList<Piece> out;
            for (const Piece &p : doc->segmentation().allPieces())
                if (p.block == block)
                    out.append(p);
            return out;
        };
        QList<Piece> pieces = piecesOfBlock();
        if (pieces.isEmpty()) {
            *error = QStringLiteral("block %1 is in no piece").arg(block + 1);
            return false;
        }
        QList<TextSpan> have, want;
        for (const Piece &p : pieces)
            have.append(trimmedSpan(text, p.span));
        for (const GoldUnit *u : it.value())
            want.append(u->span);
        std::sort(want.begin(), want.end(), [](const TextSpan &x, const TextSpan &y) { return x.start < y.start; });
        if (have == want)
            continue;
        while (pieces.size() > 1) {
            push(new JoinBlockPiecesCommand(doc, pieces.first().id));
            const QList<Piece> now = piecesOfBlock();
            if (now.size() >= pieces.size()) {
                *error = QStringLiteral("cannot join the fragments of block %1").arg(block + 1);
                return false;
            }
            pieces = now;
        }
        if (it.value().size() == 2)
            push(new SplitBlockCommand(doc, pieces.first().id, it.value().first()->cut));
    }
    QHash<QString, int> pieceOf; // unit -> piece id
    {
        const QHash<int, QString> unitOf = unitsOfPieces(doc->segmentation(), page, gold);
        for (auto it = unitOf.cbegin(); it != unitOf.cend(); ++it)
            pieceOf.insert(it.value(), it.key());
        for (const GoldUnit &u : gold.units)
            if (!pieceOf.contains(u.key)) {
                *error = QStringLiteral("no piece for block %1 after splitting").arg(u.key);
                return false;
            }
    }

    // 2. Articles: match each gold article with the current article holding most of its pieces.
    const Segmentation start = doc->segmentation();
    struct Candidate {
        int overlap, gold, articleId;
    };
    QList<Candidate> candidates;
    for (int g = 0; g < gold.articles.size(); ++g) {
        QHash<int, int> count;
        for (const auto &u : gold.articles[g].units()) {
            const int a = start.locatePiece(pieceOf.value(u.first)).first;
            if (a >= 0)
                ++count[start.articles[a].id];
        }
        for (auto it = count.cbegin(); it != count.cend(); ++it)
            candidates.append({it.value(), g, it.key()});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return x.overlap != y.overlap ? x.overlap > y.overlap : std::pair(x.gold, x.articleId) < std::pair(y.gold, y.articleId);
    });
    QHash<int, int> articleOfGold; // gold index -> article id
    QSet<int> taken;
    for (const Candidate &c : candidates) {
        if (articleOfGold.contains(c.gold) || taken.contains(c.articleId))
            continue;
        articleOfGold.insert(c.gold, c.articleId);
        taken.insert(c.articleId);
    }
    for (int g = 0; g < gold.articles.size(); ++g) {
        QList<int> ids;
        for (const auto &u : gold.articles[g].units())
            ids.append(pieceOf.value(u.first));
        if (articleOfGold.contains(g)) {
            const int target = articleOfGold.value(g);
            QList<int> missing;
            for (int id : ids) {
                const int a = doc->segmentation().locatePiece(id).first;
                if (a < 0 || doc->segmentation().articles[a].id != target)
                    missing.append(id);
            }
            if (!missing.isEmpty())
                push(new MovePiecesCommand(doc, missing, target));
        } else {
            auto *cmd = new NewArticleCommand(doc, ids);
            articleOfGold.insert(g, cmd->articleId());
            push(cmd);
        }
    }

    // 3. Stray pieces go to the furniture, one selection per article.
    QSet<int> goldPieces;
    for (int id : std::as_const(pieceOf))
        goldPieces.insert(id);
    const Segmentation afterMoves = doc->segmentation();
    for (const Article &a : afterMoves.articles) {
        QList<int> strays;
        for (const Piece &p : a.pieces)
            if (!goldPieces.contains(p.id))
                strays.append(p.id);
        if (!strays.isEmpty())
            push(new SendToFurnitureCommand(doc, strays));
    }

    for (int g = 0; g < gold.articles.size(); ++g) {
        const GoldArticle &ga = gold.articles[g];
        const int articleId = articleOfGold.value(g);
        auto article = [&]() -> const Article & {
            return doc->segmentation().articles[doc->segmentation().indexOfArticle(articleId)];
        };
        if (doc->segmentation().indexOfArticle(articleId) < 0) {
            *error = QStringLiteral("the article for headline %1 disappeared").arg(ga.headline);
            return false;
        }

        // 4. Roles.
        // A wrong second headline is fixed by the role pass below; MakeHeadline is for a headline
        // the engine did not see as one (it also demotes the wrong one and moves the piece up).
        if (!ga.headline.isEmpty() && doc->segmentation().piece(pieceOf.value(ga.headline))->role != Role::Headline)
            push(new MakeHeadlineCommand(doc, pieceOf.value(ga.headline)));
        QMap<Role, QList<int>> byRole;
        for (const auto &[unit, role] : ga.units()) {
            const int id = pieceOf.value(unit);
            const Role now = doc->segmentation().piece(id)->role;
            const bool ok = role == Role::Body ? isBodyRole(now) : now == role;
            if (!ok)
                byRole[role].append(id);
        }
        for (auto it = byRole.cbegin(); it != byRole.cend(); ++it)
            push(new SetRoleCommand(doc, it.value(), it.key()));

        // 5. Reading order of the body: keep the longest run already in gold order, drag the rest.
        const QStringList bodyUnits = ga.bodyUnits();
        QHash<int, int> rank;
        for (int k = 0; k < bodyUnits.size(); ++k)
            rank.insert(pieceOf.value(bodyUnits[k]), k);
        QList<int> order; // ranks in current reading order
        for (const Piece &p : article().pieces)
            if (rank.contains(p.id))
                order.append(rank.value(p.id));
        // longest increasing subsequence (O(n^2), articles are short)
        QList<int> len(order.size(), 1), prev(order.size(), -1);
        int best = -1;
        for (int i = 0; i < order.size(); ++i) {
            for (int j = 0; j < i; ++j)
                if (order[j] < order[i] && len[j] + 1 > len[i]) {
                    len[i] = len[j] + 1;
                    prev[i] = j;
                }
            if (best < 0 || len[i] > len[best])
                best = i;
        }
        QSet<int> keep;
        for (int i = best; i >= 0; i = prev[i])
            keep.insert(order[i]);
        // Two drags or more, and the gold order is the page order: one "Order pieces by page
        // position" over the body pieces instead (what an editor does with a scrambled table).
        bool pageOrder = true;
        QList<int> bodyIds;
        for (int k = 0; k < bodyUnits.size(); ++k) {
            bodyIds.append(pieceOf.value(bodyUnits[k]));
            if (k > 0 && doc->segmentation().piece(bodyIds[k])->span.start < doc->segmentation().piece(bodyIds[k - 1])->span.start)
                pageOrder = false;
        }
        if (useDeskOperations && pageOrder && bodyUnits.size() - keep.size() >= 2) {
            push(new OrderPiecesByPageCommand(doc, articleId, bodyIds));
            keep.clear();
            for (int r = 0; r < bodyUnits.size(); ++r)
                keep.insert(r);
        }
        for (int r = 0; r < bodyUnits.size(); ++r) {
            if (keep.contains(r))
                continue;
            const int id = pieceOf.value(bodyUnits[r]);
            const Article &a = article();
            int index;
            if (r == 0) {
                index = 0;
                while (index < a.pieces.size() && !rank.contains(a.pieces[index].id))
                    ++index;
            } else {
                index = a.indexOfPiece(pieceOf.value(bodyUnits[r - 1])) + 1;
            }
            push(new MovePiecesCommand(doc, {id}, articleId, index));
        }

        // 6. Paragraph joins.
        for (const QStringList &para : ga.paragraphs)
            for (int k = 0; k < para.size(); ++k) {
                const int id = pieceOf.value(para[k]);
                if (doc->segmentation().piece(id)->continuesParagraph != (k > 0))
                    push(new SetParagraphJoinCommand(doc, id, k > 0));
            }
    }
    return true;
}

} // namespace galley::test
