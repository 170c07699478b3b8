// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleBuilder.h"

#include "ReasonText.h"
#include "TextSimilarity.h"
#include "UnitFeatures.h"

#include <algorithm>
#include <optional>

namespace galley {

namespace {

ReasonId tr(const char *text)
{
    return reasonText("galley", text); // the context lupdate files these strings under (free functions in galley)
}

bool isDisplay(Role r)
{
    return r == Role::Kicker || r == Role::Headline || r == Role::Subheadline || r == Role::Byline;
}

QString roleReason(Role role, double p)
{
    const QString share = QString::number(qRound(p * 100)) + QLatin1Char('%');
    switch (role) {
    case Role::Headline: return tr("reads as a headline (%1)").arg(share);
    case Role::Kicker: return tr("reads as a kicker above a headline (%1)").arg(share);
    case Role::Subheadline: return tr("reads as a subheadline (%1)").arg(share);
    case Role::Byline: return tr("reads as a byline (%1)").arg(share);
    case Role::Caption: return tr("reads as a photo caption (%1)").arg(share);
    case Role::Credit: return tr("reads as a photo or graphic credit (%1)").arg(share);
    case Role::JumpLine: return tr("reads as a jump line to or from another page (%1)").arg(share);
    case Role::Furniture: return tr("reads as page furniture (%1)").arg(share);
    case Role::Lead: return tr("news lead opening the text (%1)").arg(share);
    default: return tr("running text (%1)").arg(share);
    }
}

// The chains (each in reading order), ordered by the page position of their first-printed unit.
std::vector<std::vector<qsizetype>> chainsOf(const PageAnalysis &a)
{
    std::vector<std::pair<qsizetype, std::vector<qsizetype>>> chains; // (first unit on the page, chain)
    for (qsizetype u = 0; u < qsizetype(a.units.size()); ++u) {
        if (a.prev[u] >= 0)
            continue;
        std::vector<qsizetype> chain;
        for (qsizetype v = u; v >= 0; v = a.next[v])
            chain.push_back(v);
        const qsizetype first = *std::min_element(chain.begin(), chain.end());
        chains.emplace_back(first, std::move(chain));
    }
    std::sort(chains.begin(), chains.end()); // firsts are distinct units: a total order
    std::vector<std::vector<qsizetype>> out;
    out.reserve(chains.size());
    for (auto &c : chains)
        out.push_back(std::move(c.second));
    return out;
}

Piece makePiece(Segmentation &seg, const PageAnalysis &a, qsizetype u, Role role)
{
    Piece p;
    p.id = seg.nextPieceId++;
    p.block = a.units[u].block;
    p.span = a.units[u].span;
    p.role = role;
    p.confidence = a.roles[u][std::size_t(likeliestRole(a.roles[u]))];
    p.reasons = {roleReason(role, p.confidence)};
    if (a.prev[u] >= 0)
        p.reasons << tr("follows the text before it in reading order (%1)")
                         .arg(QString::number(qRound(a.linkIn[u] * 100)) + QLatin1Char('%'));
    return p;
}

// Whether body unit u carries on the paragraph of body unit before.
bool continuesParagraph(const LineUnit &before, const LineUnit &u)
{
    if (!before.endsSentence)
        return true;
    // A full last printed line wraps: the paragraph goes on (one printed line per text line).
    return u.printedLines == 1 && before.printedLines == 1 && before.columnWidth > 0
        && before.lastWidth >= 0.95 * before.columnWidth && !u.indented;
}

void addFlags(Article &art, const PageAnalysis &a, const std::vector<qsizetype> &chain,
              const std::vector<int> &pieceIds)
{
    if (art.indexOfRole(Role::Headline) < 0)
        art.flags.append({pieceIds.front(), QStringLiteral("no-headline"), tr("No headline was found for this article.")});
    for (size_t k = 0; k < chain.size(); ++k) {
        const qsizetype u = chain[k];
        if (a.prev[u] < 0 || a.linkIn[u] >= ArticleBuilder::kWeakLink)
            continue;
        const bool flagged = !art.flags.isEmpty() && art.flags.last().pieceId == pieceIds[k]
            && (art.flags.last().kind == QLatin1String("weak-continuation")
                || art.flags.last().kind == QLatin1String("weak-join"));
        if (flagged)
            continue;
        // A weak link into a piece that carries on a paragraph doubts that join; into any other
        // piece (a display line, a caption, a paragraph of its own) it doubts that the piece belongs
        // to this article at all. FlagChecker tells the two apart the same way.
        const Piece &piece = art.pieces[art.indexOfPiece(pieceIds[k])];
        const QString share = QString::number(qRound(a.linkIn[u] * 100)) + QLatin1Char('%');
        if (isBodyRole(piece.role) && piece.continuesParagraph)
            art.flags.append({pieceIds[k], QStringLiteral("weak-continuation"),
                              tr("Joined to the text before on thin evidence (%1) — check it belongs here.").arg(share)});
        else
            art.flags.append({pieceIds[k], QStringLiteral("weak-join"),
                              tr("Put in this article on thin evidence (%1) — check it belongs here.").arg(share)});
    }
    const LineUnit &last = a.units[chain.back()];
    const Role lastRole = art.pieces.isEmpty() ? Role::Body : art.pieces.last().role;
    if (isBodyRole(lastRole) && !last.endsSentence && last.letters > 0)
        art.flags.append({pieceIds.back(), QStringLiteral("open-end"),
                          tr("Ends mid-sentence; the rest may be on another page or elsewhere on this one.")});
}

} // namespace

Role ArticleBuilder::roleOf(const std::vector<double> &probabilities, const LineUnit &unit)
{
    switch (likeliestRole(probabilities)) {
    case UnitRole::Headline: return Role::Headline;
    case UnitRole::Kicker: return Role::Kicker;
    case UnitRole::Subheadline: return Role::Subheadline;
    case UnitRole::Byline: return Role::Byline;
    case UnitRole::Caption: return Role::Caption;
    case UnitRole::Credit: return Role::Credit;
    case UnitRole::JumpLine: return Role::JumpLine;
    case UnitRole::Furniture: return Role::Furniture;
    default:
        // The training pages hold no tables or notes: these come from the cues alone.
        if (unit.cueTable)
            return Role::Table;
        if (unit.cueNote)
            return Role::Note;
        return unit.cueLead ? Role::Lead : Role::Body;
    }
}

namespace {

// The units of a chain that are the jump head of its own jump: a heading line that is a jump keyword
// alone (LineUnit::jumpHeadAlone: `DEAN`, not `dean.`) where the chain holds the jump out naming it
// (`… See DEAN, page 5`, LineUnit::jumpOutKey). It names the story on the page the story carries on, and the
// English gold tags it as part of the story's headline: whatever role its line reads as, it is a
// headline piece of the article. In chain order.
std::vector<qsizetype> ownJumpHeads(const PageAnalysis &a, const std::vector<qsizetype> &chain)
{
    std::vector<quint64> jumpOuts;
    for (qsizetype u : chain)
        if (a.units[u].jumpOutKey != 0)
            jumpOuts.push_back(a.units[u].jumpOutKey);
    std::vector<qsizetype> heads;
    if (jumpOuts.empty())
        return heads;
    for (qsizetype u : chain) {
        const LineUnit &unit = a.units[u];
        if (unit.jumpHeadAlone && unit.isJumpHeading() && std::find(jumpOuts.begin(), jumpOuts.end(), unit.jumpHeadKey) != jumpOuts.end())
            heads.push_back(u);
    }
    return heads;
}

// Whether units (a short list: an article's jump heads or subheadlines) holds unit u.
bool holds(const std::vector<qsizetype> &units, qsizetype u)
{
    return std::find(units.begin(), units.end(), u) != units.end();
}

// The run of headline lines (first..last units) among runs that heads the text, given the run
// `chosen` by where the runs stand: that one, unless none of its words comes back in the article's
// running text while another run's do — a line of an advertisement, a section label (`SCOREBOARD`)
// or an OCR scrap read as a headline above the story's own headline. Then the run before the
// running text and before any byline whose words the text holds most (the first of equal ones).
// Words: TextSimilarity units (Chinese character bigrams, Latin words of three letters or more) of
// the run and of the article's first kTextForWords UTF-16 units of running text.
template<typename RoleOf, typename Run>
std::size_t wordedRun(const PageAnalysis &a, QStringView pageText, const std::vector<qsizetype> &units, RoleOf roleOf,
                      const std::vector<Run> &runs, std::size_t chosen)
{
    constexpr qsizetype kTextForWords = 3000;
    if (pageText.isEmpty())
        return chosen;
    std::vector<qsizetype> body;
    for (qsizetype u : units)
        if (isBodyRole(roleOf(u)))
            body.push_back(u);
    if (body.empty())
        return chosen;
    const QSet<quint64> words = TextSimilarity::units(LineUnits::textOf(pageText, a.units, body, kTextForWords));
    const auto shared = [&](const Run &run) {
        const TextSpan from = a.units[run.first].span, to = a.units[run.last].span;
        qsizetype n = 0;
        for (quint64 w : TextSimilarity::units(pageText.sliced(from.start, to.end - from.start)))
            n += words.contains(w);
        return n;
    };
    if (shared(runs[chosen]) > 0)
        return chosen;
    std::size_t best = chosen;
    qsizetype most = 0;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        if (r == chosen || runs[r].afterBody || runs[r].afterByline)
            continue;
        if (const qsizetype n = shared(runs[r]); n > most) {
            most = n;
            best = r;
        }
    }
    return best;
}

// The headline lines of an article's units (chain order; roleOf: each unit's role) that read as
// subheadlines. An article has one headline: one run of headline lines (one printed block, lines
// next to each other), the one that heads its running text. That is the first run, unless text
// (a photo's credit and caption, a stray line) stands between it and a later run before the running
// text begins and before any byline: a chain that opens with a masthead line, a credit and a caption,
// then `Students saddle western values` and the byline, is headed by the latter. A headline line
// after the byline and some text (`SOFTBALL`, a section label) or after the running text (a subhead
// inside the article) stays a subheadline, as does a second run with no text between (a byline read
// as a headline line). The jump heads of the article's own jump (ownJumpHeads) stay in the headline.
template<typename RoleOf>
std::vector<qsizetype> subheadlines(const PageAnalysis &a, QStringView pageText, const std::vector<qsizetype> &units,
                                    const std::vector<qsizetype> &jumpHeads, RoleOf roleOf)
{
    const auto isJumpHead = [&](qsizetype u) { return holds(jumpHeads, u); };
    // The runs of headline lines (jump heads aside), in chain order: units first..last (next to each
    // other in one block), and what stands before the run in the chain: running text (body or lead),
    // text that is no display line since the run before, a byline.
    struct Run {
        qsizetype first, last;
        bool afterBody, afterText, afterByline;
    };
    std::vector<Run> runs;
    bool body = false, byline = false, textSinceRun = false;
    for (qsizetype u : units) {
        const Role role = roleOf(u);
        if (role == Role::Headline && !isJumpHead(u)) {
            if (!runs.empty() && !textSinceRun && u == runs.back().last + 1 && a.units[u].block == a.units[runs.back().last].block)
                runs.back().last = u;
            else
                runs.push_back({u, u, body, textSinceRun, byline});
            textSinceRun = false;
            continue;
        }
        textSinceRun = textSinceRun || !isDisplay(role);
        body = body || isBodyRole(role);
        byline = byline || role == Role::Byline;
    }
    // The run that heads the running text: the first, or a later one after text that stands
    // before the running text and before any byline. A run after the running text heads nothing.
    std::optional<std::size_t> headline;
    if (!runs.empty() && !runs.front().afterBody)
        headline = 0;
    for (std::size_t r = 1; r < runs.size(); ++r)
        if (!runs[r].afterBody && runs[r].afterText && !runs[r].afterByline)
            headline = r;
    if (headline && runs.size() > 1)
        headline = wordedRun(a, pageText, units, roleOf, runs, *headline);
    std::vector<qsizetype> subheads;
    for (std::size_t r = 0; r < runs.size(); ++r)
        if (r != headline)
            for (qsizetype u = runs[r].first; u <= runs[r].last; ++u)
                subheads.push_back(u);
    return subheads;
}

} // namespace

Segmentation ArticleBuilder::build(const PageAnalysis &a, QStringView pageText)
{
    Segmentation seg;
    QList<std::pair<qsizetype, Piece>> furniture; // unit, piece
    for (const std::vector<qsizetype> &chain : chainsOf(a)) {
        const std::vector<qsizetype> jumpHeads = ownJumpHeads(a, chain);
        const auto isJumpHead = [&](qsizetype u) { return holds(jumpHeads, u); };
        const auto lineRole = [&](qsizetype u) { return isJumpHead(u) ? Role::Headline : roleOf(a.roles[u], a.units[u]); };
        std::vector<qsizetype> units;
        for (qsizetype u : chain) {
            if (lineRole(u) == Role::Furniture)
                furniture.append({u, makePiece(seg, a, u, Role::Furniture)});
            else
                units.push_back(u);
        }
        if (units.empty())
            continue;
        const std::vector<qsizetype> subheads = subheadlines(a, pageText, units, jumpHeads, lineRole);
        const auto roleIn = [&](qsizetype u) {
            const Role role = lineRole(u);
            return role == Role::Headline && holds(subheads, u) ? Role::Subheadline : role;
        };
        // Display pieces first, then the rest, each in chain order.
        std::stable_partition(units.begin(), units.end(), [&](qsizetype u) { return isDisplay(roleIn(u)); });
        Article art;
        art.id = seg.nextArticleId++;
        std::vector<int> ids; // piece id of each unit
        qsizetype lastBody = -1, prevUnit = -1;
        for (qsizetype u : units) {
            Role role = roleIn(u);
            if (isBodyRole(role) && a.units[u].cueTableTitle && u + 1 < qsizetype(a.units.size()) && a.units[u + 1].cueTable)
                role = Role::TableTitle; // a short title right above a table
            const bool body = isBodyRole(role);
            const bool carriesOn = body && lastBody >= 0 && continuesParagraph(a.units[lastBody], a.units[u]);
            // A line right below the previous one in the same block, of the same role (for running
            // text: of the same paragraph), extends that piece.
            Piece *last = art.pieces.isEmpty() ? nullptr : &art.pieces.last();
            if (last && prevUnit == u - 1 && a.units[u].block == last->block
                && (last->role == role || (body && isBodyRole(last->role))) && (!body || carriesOn)) {
                last->span.end = a.units[u].span.end;
                ids.push_back(last->id);
            } else {
                Piece p = makePiece(seg, a, u, role);
                if (isJumpHead(u))
                    p.reasons.first() = tr("jump head: names this story where it carries on after its jump line");
                if (body) {
                    if (p.role == Role::Lead && lastBody >= 0)
                        p.role = Role::Body; // a lead opens the text; later ones are body
                    p.continuesParagraph = carriesOn;
                }
                ids.push_back(p.id);
                art.pieces.append(p);
            }
            if (body)
                lastBody = u;
            prevUnit = u;
        }
        addFlags(art, a, units, ids);
        seg.articles.append(art);
    }
    std::stable_sort(furniture.begin(), furniture.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (const auto &f : furniture)
        seg.furniture.append(f.second);
    return seg;
}

} // namespace galley
