// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentationScore.h"

#include "model/ReviewDocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <vector>

namespace galley {

namespace {

using Span = std::pair<qsizetype, qsizetype>;

// Python's str.splitlines() boundaries (CR is already gone from page text, CRLF with it).
bool isLineBoundary(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85
        || c == 0x2028 || c == 0x2029;
}

qsizetype rstrippedLength(const std::u32string &text, qsizetype start, qsizetype end)
{
    while (end > start && SegmentationScore::isPythonSpace(text[size_t(end - 1)]))
        --end;
    return end - start;
}

// (start, end) of every run of non-blank lines, trailing white space dropped: the gold's block numbering.
QList<Span> blockSpans(const std::u32string &text)
{
    QList<Span> spans;
    qsizetype start = -1, pos = 0;
    const qsizetype n = qsizetype(text.size());
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && !isLineBoundary(text[size_t(end)]))
            ++end;
        if (end < n)
            end += (text[size_t(end)] == U'\r' && end + 1 < n && text[size_t(end + 1)] == U'\n') ? 2 : 1;
        bool blank = true;
        for (qsizetype i = pos; i < end && blank; ++i)
            blank = SegmentationScore::isPythonSpace(text[size_t(i)]);
        if (!blank && start < 0)
            start = pos;
        if (blank && start >= 0) {
            spans.append({start, pos});
            start = -1;
        }
        pos = end;
    }
    if (start >= 0)
        spans.append({start, pos});
    for (Span &s : spans)
        s.second = s.first + rstrippedLength(text, s.first, s.second);
    return spans;
}

// A block id as the gold writes it ("3", "12a"); empty for none.
QString blockId(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() && v.toDouble() != 0)
        return QString::number(v.toInteger());
    return {};
}

// The predicted article that overlaps [start, end) most (the first on a tie), or -1 when none does.
int articleOf(const Span &fragment, const QList<PredictedArticle> &predicted)
{
    int best = -1;
    qsizetype bestOverlap = 0;
    for (int a = 0; a < predicted.size(); ++a) {
        qsizetype overlap = 0;
        for (const Span &p : predicted[a].spans)
            overlap += std::max<qsizetype>(0, std::min(fragment.second, p.second) - std::max(fragment.first, p.first));
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = a;
        }
    }
    return best;
}

qint64 pairs(qint64 n)
{
    return n * (n - 1) / 2;
}

} // namespace

bool SegmentationScore::isPythonSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::u32string SegmentationScore::squash(QStringView text)
{
    std::u32string out;
    out.reserve(size_t(text.size()));
    for (char32_t c : text.toUcs4())
        if (!isPythonSpace(c))
            out.push_back(c);
    return out;
}

qsizetype SegmentationScore::levenshtein(const std::u32string &a, const std::u32string &b)
{
    const std::u32string &longer = a.size() >= b.size() ? a : b;
    const std::u32string &shorter = a.size() >= b.size() ? b : a;
    std::vector<qsizetype> prev(shorter.size() + 1), cur(shorter.size() + 1);
    for (size_t j = 0; j <= shorter.size(); ++j)
        prev[j] = qsizetype(j);
    for (size_t i = 1; i <= longer.size(); ++i) {
        cur[0] = qsizetype(i);
        const char32_t ca = longer[i - 1];
        for (size_t j = 1; j <= shorter.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != shorter[j - 1] ? 1 : 0)});
        std::swap(prev, cur);
    }
    return prev[shorter.size()];
}

bool SegmentationScore::readGold(const QByteArray &json, const QString &pageText, SegmentationGold *gold, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("byte %1: not JSON: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("articles")).isArray()) {
        *error = QStringLiteral("no \"articles\" array");
        return false;
    }
    *gold = {};
    const std::u32string text = [&] {
        const QList<uint> ucs4 = pageText.toUcs4();
        return std::u32string(ucs4.cbegin(), ucs4.cend());
    }();

    // Block ids → spans, built when the first article without fragments needs them.
    QHash<QString, Span> blocks;
    bool blocksMade = false;
    auto makeBlocks = [&]() -> bool {
        blocksMade = true;
        const QList<Span> spans = blockSpans(text);
        for (int i = 0; i < spans.size(); ++i)
            blocks.insert(QString::number(i + 1), spans[i]);
        const QJsonObject markers = root.value(QLatin1String("split_markers")).toObject();
        for (auto it = markers.begin(); it != markers.end(); ++it) {
            if (!blocks.contains(it.key())) {
                *error = QStringLiteral("split_markers: the page has no block %1").arg(it.key());
                return false;
            }
            const Span s = blocks.take(it.key());
            const QList<uint> marker = it.value().toString().toUcs4();
            const std::u32string needle(marker.cbegin(), marker.cend());
            const size_t at = text.substr(size_t(s.first), size_t(s.second - s.first)).find(needle);
            if (needle.empty() || at == std::u32string::npos) {
                *error = QStringLiteral("split_markers: block %1 does not hold \"%2\"").arg(it.key(), it.value().toString());
                return false;
            }
            const qsizetype cut = s.first + qsizetype(at);
            blocks.insert(it.key() + QLatin1Char('a'), {s.first, s.first + rstrippedLength(text, s.first, cut)});
            blocks.insert(it.key() + QLatin1Char('b'), {cut, s.second});
        }
        return true;
    };

    QHash<QString, int> position; // fragment id → index in gold->fragments (a block named twice keeps its first place)
    auto add = [&](const QString &id, Span span, int article) {
        const auto it = position.constFind(id);
        if (it != position.cend()) {
            gold->fragments[*it].start = span.first;
            gold->fragments[*it].end = span.second;
            gold->fragments[*it].article = article;
            return;
        }
        position.insert(id, int(gold->fragments.size()));
        gold->fragments.append({id, span.first, span.second, article});
    };

    const QJsonArray articles = root.value(QLatin1String("articles")).toArray();
    for (int ai = 0; ai < articles.size(); ++ai) {
        const QJsonObject art = articles[ai].toObject();
        SegmentationGold::Article g;
        g.headline = art.value(QLatin1String("headline")).toString();
        for (const QJsonValue &p : art.value(QLatin1String("paragraphs")).toArray())
            g.body += p.toObject().value(QLatin1String("text")).toString();
        gold->articles.append(g);
        if (art.contains(QLatin1String("fragments"))) {
            const QJsonArray frags = art.value(QLatin1String("fragments")).toArray();
            for (int k = 0; k < frags.size(); ++k) {
                const QJsonObject f = frags[k].toObject();
                add(QStringLiteral("%1/%2").arg(ai + 1).arg(k + 1),
                    {qsizetype(f.value(QLatin1String("start")).toInteger()), qsizetype(f.value(QLatin1String("end")).toInteger())}, ai);
            }
            continue;
        }
        if (!blocksMade && !makeBlocks())
            return false;
        QStringList ids;
        for (const char *key : {"headline_block", "kicker_block", "byline_block"})
            ids << blockId(art.value(QLatin1String(key)));
        for (const QJsonValue &p : art.value(QLatin1String("paragraphs")).toArray())
            for (const QJsonValue &b : p.toObject().value(QLatin1String("blocks")).toArray())
                ids << blockId(b);
        for (const QJsonValue &x : art.value(QLatin1String("extras")).toArray())
            ids << blockId(x.toObject().value(QLatin1String("block")));
        for (const QString &id : std::as_const(ids)) {
            if (id.isEmpty())
                continue;
            if (!blocks.contains(id)) {
                *error = QStringLiteral("article %1 names block %2, which the page does not have").arg(ai + 1).arg(id);
                return false;
            }
            add(id, blocks.value(id), ai);
        }
    }
    return true;
}

QList<PredictedArticle> SegmentationScore::predicted(const ReviewDocument &document)
{
    const Page &page = document.page();
    const Segmentation &seg = document.segmentation();
    QList<PredictedArticle> out;
    out.reserve(seg.articles.size());
    for (int a = 0; a < seg.articles.size(); ++a) {
        PredictedArticle p;
        p.headline = document.roleText(a, Role::Headline);
        p.paragraphs = document.paragraphs(a);
        for (const Piece &piece : seg.articles[a].pieces)
            p.spans.append({page.codePointOffset(piece.span.start), page.codePointOffset(piece.span.end)});
        out.append(p);
    }
    return out;
}

PageScore SegmentationScore::score(const SegmentationGold &gold, const QList<PredictedArticle> &predicted)
{
    PageScore s;
    s.goldArticles = int(gold.articles.size());
    s.predictedArticles = int(predicted.size());
    const qsizetype nf = gold.fragments.size();
    QList<int> predOf(nf, -1);
    for (qsizetype f = 0; f < nf; ++f)
        predOf[f] = articleOf({gold.fragments[f].start, gold.fragments[f].end}, predicted);

    // Pairwise: counted from how many fragments each gold article, predicted article and pair of them hold.
    std::map<int, qint64> perGold, perPred;
    std::map<std::pair<int, int>, qint64> perCell;
    for (qsizetype f = 0; f < nf; ++f) {
        ++perGold[gold.fragments[f].article];
        if (predOf[f] >= 0) {
            ++perPred[predOf[f]];
            ++perCell[{gold.fragments[f].article, predOf[f]}];
        }
    }
    qint64 tp = 0, samePred = 0, sameGold = 0;
    for (const auto &c : perCell)
        tp += pairs(c.second);
    for (const auto &c : perPred)
        samePred += pairs(c.second);
    for (const auto &c : perGold)
        sameGold += pairs(c.second);
    const qint64 fp = samePred - tp, fn = sameGold - tp;
    s.precision = tp + fp ? double(tp) / double(tp + fp) : 0.0;
    s.recall = tp + fn ? double(tp) / double(tp + fn) : 0.0;
    s.pairwiseF1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;

    // Each gold article's home: the predicted article holding most of its code points.
    QList<QList<qsizetype>> fragmentsOf(gold.articles.size());
    for (qsizetype f = 0; f < nf; ++f)
        fragmentsOf[gold.fragments[f].article].append(f);
    QList<int> home(gold.articles.size(), -1);
    for (int ai = 0; ai < gold.articles.size(); ++ai) {
        QList<std::pair<int, qsizetype>> votes; // first met first
        for (qsizetype f : fragmentsOf[ai]) {
            if (predOf[f] < 0)
                continue;
            const qsizetype length = gold.fragments[f].end - gold.fragments[f].start;
            auto it = std::find_if(votes.begin(), votes.end(), [&](const auto &v) { return v.first == predOf[f]; });
            if (it == votes.end())
                votes.append({predOf[f], length});
            else
                it->second += length;
        }
        qsizetype most = 0;
        for (const auto &v : votes)
            if (home[ai] < 0 || v.second > most) {
                home[ai] = v.first;
                most = v.second;
            }
    }

    for (int ai = 0; ai < gold.articles.size(); ++ai) {
        const std::u32string goldHeadline = squash(gold.articles[ai].headline);
        const std::u32string goldBody = squash(gold.articles[ai].body);
        std::u32string headline, body;
        if (home[ai] >= 0) {
            headline = squash(predicted[home[ai]].headline);
            body = squash(predicted[home[ai]].paragraphs.join(QString()));
        }
        s.headlinesMatched += headline == goldHeadline ? 1 : 0;
        s.bodyErrors += std::min<qint64>(levenshtein(goldBody, body), qint64(goldBody.size()));
        s.bodyChars += qint64(goldBody.size());
    }
    s.bodyCer = s.bodyChars ? double(s.bodyErrors) / double(s.bodyChars) : 1.0;

    // Editor ops: a run of an article's fragments (page order) away from its home is one move; a home
    // shared by k gold articles needs k - 1 splits; a home with the wrong headline one fix.
    int ops = 0;
    std::map<int, int> sharing;
    for (int ai = 0; ai < gold.articles.size(); ++ai) {
        QList<qsizetype> mine = fragmentsOf[ai];
        std::stable_sort(mine.begin(), mine.end(),
                         [&](qsizetype x, qsizetype y) { return gold.fragments[x].start < gold.fragments[y].start; });
        int prev = home[ai];
        for (qsizetype f : mine) {
            const int where = predOf[f];
            if (where != home[ai] && where != prev)
                ++ops;
            prev = where;
        }
        if (home[ai] < 0)
            ++ops;
        else
            ++sharing[home[ai]];
    }
    for (const auto &h : sharing)
        ops += h.second - 1;
    for (int ai = 0; ai < gold.articles.size(); ++ai)
        if (home[ai] >= 0 && squash(predicted[home[ai]].headline) != squash(gold.articles[ai].headline))
            ++ops;
    s.editorOps = ops;
    return s;
}

} // namespace galley
