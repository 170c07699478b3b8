// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// galley-train-layout: fits the geometry-aware engine's parameters (app/core/segment/model/
// layout-model.json; LayoutModel, LayoutAnalysis) on typeset PDF pages beside their layout gold
// (NAME.pdf + NAME.layout.json, as ../shared/tools/make-typeset-pages.py writes them: every printed
// line's box in PDF points, its article and role).
//
//   galley-train-layout --out MODEL.json DIR...
//
// 1. Each PDF page is imported (PdfImporter) and measured (LayoutAnalysis::measure); each printed
//    line takes the role and article of the gold line its box overlaps most.
// 2. Role model: multinomial logistic regression (LinearModel::fit). To give the later stages the
//    roles an unseen page would get, pages are split in two folds (by position in the sorted list)
//    and each fold is classified by the model fitted on the other.
// 3. Segment gap: the largest gap (in line pitches) between two text items printed one above the
//    other that still joins them, chosen to classify "same article" best over all such pairs.
// 4. Anchor model: logistic regression over (text segment, head group) pairs, yes when both hold
//    most of one gold article's lines. Anchor threshold: the probability under which "no head
//    group" is right most often for the best-scoring head group of a segment.
// Deterministic: files sorted by name, no random numbers, fits are full-batch.
#include "import/PdfImporter.h"
#include "segment/LayoutAnalysis.h"
#include "segment/LayoutModel.h"
#include "segment/LayoutSegmenter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <map>

using namespace galley;

namespace {

struct GoldLine {
    QRectF box;
    int article = -1; ///< -1: furniture / none
    QString role;
};

struct TrainPage {
    QString name;
    Page page;
    LayoutPage layout;
    QList<int> lineArticle; ///< per LayoutLine: gold article or -1
    QList<int> lineClass;   ///< per LayoutLine: role class
};

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int classOfGoldRole(const QString &role)
{
    if (role == u"headline") return LayoutAnalysis::classOfRole(Role::Headline);
    if (role == u"kicker") return LayoutAnalysis::classOfRole(Role::Kicker);
    if (role == u"subheadline") return LayoutAnalysis::classOfRole(Role::Subheadline);
    if (role == u"byline") return LayoutAnalysis::classOfRole(Role::Byline);
    if (role == u"caption") return LayoutAnalysis::classOfRole(Role::Caption);
    if (role == u"credit") return LayoutAnalysis::classOfRole(Role::Credit);
    if (role == u"furniture") return LayoutAnalysis::classOfRole(Role::Furniture);
    return LayoutAnalysis::classOfRole(Role::Body);
}

bool loadPage(const QString &pdfPath, TrainPage *out)
{
    QFile pdf(pdfPath);
    QString layoutPath = pdfPath;
    layoutPath.chop(4);
    layoutPath += QStringLiteral(".layout.json");
    QFile lay(layoutPath);
    if (!pdf.open(QIODevice::ReadOnly) || !lay.open(QIODevice::ReadOnly)) {
        err() << "train-layout: cannot read " << pdfPath << " or its .layout.json\n";
        return false;
    }
    const ImportResult r = PdfImporter::importBytes(pdf.readAll(), pdfPath);
    if (!r.error.isEmpty() || r.pages.isEmpty()) {
        err() << "train-layout: " << r.error << "\n";
        return false;
    }
    QList<GoldLine> gold;
    for (const QJsonValue &v : QJsonDocument::fromJson(lay.readAll()).object().value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonArray b = o.value(QStringLiteral("bbox")).toArray();
        GoldLine g;
        g.box = QRectF(QPointF(b[0].toDouble(), b[1].toDouble()), QPointF(b[2].toDouble(), b[3].toDouble()));
        g.article = o.value(QStringLiteral("article")).isNull() ? -1 : o.value(QStringLiteral("article")).toInt();
        g.role = o.value(QStringLiteral("role")).toString();
        gold.append(g);
    }
    out->name = QFileInfo(pdfPath).completeBaseName();
    out->page = r.pages.first();
    out->layout = LayoutAnalysis::measure(out->page);
    for (const LayoutLine &l : out->layout.lines) {
        int best = -1;
        double bestArea = 0;
        for (int g = 0; g < gold.size(); ++g) {
            const QRectF x = l.box.intersected(gold[g].box);
            const double area = x.isEmpty() ? 0 : x.width() * x.height();
            if (area > bestArea)
                bestArea = area, best = g;
        }
        out->lineArticle.append(best < 0 ? -1 : gold[best].article);
        out->lineClass.append(best < 0 ? LayoutAnalysis::classOfRole(Role::Furniture) : classOfGoldRole(gold[best].role));
    }
    return true;
}

LinearModel::FitOptions roleOptions()
{
    LinearModel::FitOptions o;
    o.iterations = 400;
    o.l2 = 1e-3;
    o.minKeyCount = 25; // a line's first or last character as a feature only when common: a small file
    return o;
}

LinearModel fitRoles(const QList<TrainPage> &pages, int skipFold, int folds)
{
    QList<LinearModel::Example> ex;
    for (int p = 0; p < pages.size(); ++p) {
        if (folds > 1 && p % folds == skipFold)
            continue;
        for (int i = 0; i < pages[p].layout.lines.size(); ++i)
            ex.append({LayoutAnalysis::roleFeatures(pages[p].page, pages[p].layout, i), pages[p].lineClass[i], 1.0});
    }
    return LinearModel::fit(ex, LayoutAnalysis::roleClasses(), LayoutAnalysis::roleFeatureNames(), roleOptions());
}

// The gold article most of a group's lines belong to (-1 when most are in none).
int majorityArticle(const TrainPage &tp, const QList<int> &items)
{
    std::map<int, int> count;
    for (int i : items)
        for (int l : tp.layout.items[i].lines)
            ++count[tp.lineArticle[l]];
    int best = -1, bestN = 0;
    for (const auto &[article, n] : count)
        if (n > bestN)
            best = article, bestN = n;
    return best;
}

// --explain MODEL PDF: every printed line with its role, gold role and article, then the groups.
int explain(const QString &modelPath, const QString &pdfPath)
{
    QFile f(modelPath);
    QString error;
    const LayoutModel model = f.open(QIODevice::ReadOnly)
        ? LayoutModel::fromJson(QJsonDocument::fromJson(f.readAll()).object(), &error) : LayoutModel();
    TrainPage tp;
    if (model.isEmpty() || !loadPage(pdfPath, &tp)) {
        err() << "train-layout: cannot explain (" << error << ")\n";
        return 1;
    }
    const LayoutSegmenter::Analysis a = LayoutSegmenter::analyse(tp.page, model);
    QTextStream out(stdout);
    out << "body " << a.page.bodySize << " pitch " << a.page.pitch << " column " << a.page.columnWidth << "\n";
    for (int i = 0; i < a.page.lines.size(); ++i) {
        const LayoutLine &l = a.page.lines[i];
        out << i << "\t" << roleName(a.page.roles[i]) << "\t" << LayoutAnalysis::roleClasses()[tp.lineClass[i]] << "\t"
            << tp.lineArticle[i] << "\t" << l.firstBlock << "\t" << qRound(l.box.left()) << "," << qRound(l.box.top()) << ","
            << qRound(l.box.right()) << "," << qRound(l.box.bottom()) << "\t" << l.text.left(24) << "\n";
    }
    for (int h = 0; h < a.page.heads.size(); ++h) {
        out << "head " << h << ":";
        for (int i : a.page.heads[h].items)
            out << " " << a.page.lines[a.page.items[i].lines.first()].text.left(10);
        out << "\n";
    }
    for (int s = 0; s < a.page.segments.size(); ++s) {
        const QRectF b = a.page.segments[s].box;
        out << "segment " << s << " [" << qRound(b.left()) << "," << qRound(b.top()) << "," << qRound(b.right()) << ","
            << qRound(b.bottom()) << "] head " << a.anchor[s] << " p " << a.anchorProbability[s] << " first line "
            << a.page.items[a.page.segments[s].items.first()].lines.first() << "\n";
    }
    const QList<LayoutSegmenter::Draft> drafts = LayoutSegmenter::drafts(a);
    for (int to = 0; to < drafts.size(); ++to) {
        if (drafts[to].head >= 0 || drafts[to].segments.isEmpty())
            continue;
        for (int from = 0; from < drafts.size(); ++from) {
            if (drafts[from].head < 0 || drafts[from].segments.isEmpty() || model.continuations.isEmpty())
                continue;
            const FeatureVector f = LayoutAnalysis::continuationFeatures(a.page, drafts[from].segments, drafts[to].segments);
            out << "jump? head " << drafts[from].head << " <- segments";
            for (int s : drafts[to].segments)
                out << " " << s;
            out << " p " << model.continuations.probability(f) << " features";
            for (float v : f.dense)
                out << " " << v;
            out << "\n";
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == u"--explain")
        return explain(args[1], args[2]);
    QString outPath;
    QStringList dirs;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--out" && i + 1 < args.size())
            outPath = args[++i];
        else
            dirs << args[i];
    }
    if (outPath.isEmpty() || dirs.isEmpty()) {
        err() << "usage: galley-train-layout --out MODEL.json DIR...  (DIR: NAME.pdf beside NAME.layout.json)\n";
        return 2;
    }
    QList<TrainPage> pages;
    QJsonArray sources;
    for (const QString &dir : dirs) {
        const QStringList pdfs = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        int n = 0;
        for (const QString &f : pdfs) {
            TrainPage tp;
            if (loadPage(QDir(dir).filePath(f), &tp))
                pages.append(tp), ++n;
        }
        sources.append(QStringLiteral("%1 (%2 pages)").arg(QDir(dir).dirName()).arg(n));
    }
    if (pages.isEmpty()) {
        err() << "train-layout: no pages\n";
        return 1;
    }
    err() << "train-layout: " << pages.size() << " pages\n";

    // Roles, cross-fitted in two folds, then on everything.
    constexpr int Folds = 2;
    for (int fold = 0; fold < Folds; ++fold) {
        const LinearModel m = fitRoles(pages, fold, Folds);
        for (int p = fold; p < pages.size(); p += Folds)
            LayoutAnalysis::classify(pages[p].page, pages[p].layout, m);
    }
    LayoutModel model;
    model.roles = fitRoles(pages, -1, 1);
    int right = 0, total = 0;
    for (const TrainPage &tp : pages)
        for (int i = 0; i < tp.layout.lines.size(); ++i, ++total)
            right += LayoutAnalysis::classOfRole(tp.layout.roles[i]) == tp.lineClass[i] ? 1 : 0;
    err() << "train-layout: roles (cross-fitted) " << right << "/" << total << " lines right\n";

    // Segment gap: a decision stump over the gaps between text items printed one above the other.
    QList<std::pair<double, bool>> gaps; // (gap in pitches, same article)
    for (TrainPage &tp : pages) {
        LayoutAnalysis::group(tp.layout, -1); // items only; no joins
        for (int i = 0; i < tp.layout.items.size(); ++i) {
            int above = -1;
            const double g = LayoutAnalysis::gapAbove(tp.layout, i, &above);
            const Role r = tp.layout.items[i].role;
            if (g < 0 || r == Role::Headline || r == Role::Kicker || r == Role::Subheadline || r == Role::Furniture)
                continue;
            gaps.append({g, majorityArticle(tp, {i}) == majorityArticle(tp, {above})});
        }
    }
    std::sort(gaps.begin(), gaps.end());
    int sameTotal = 0;
    for (const auto &g : gaps)
        sameTotal += g.second ? 1 : 0;
    int bestCorrect = -1, sameBelow = 0;
    double gapThreshold = 0;
    for (int k = 0; k < gaps.size(); ++k) {
        sameBelow += gaps[k].second ? 1 : 0;
        if (k + 1 < gaps.size() && gaps[k + 1].first == gaps[k].first)
            continue;
        const int diffAbove = int(gaps.size() - (k + 1)) - (sameTotal - sameBelow);
        const int correct = sameBelow + diffAbove;
        if (correct > bestCorrect) {
            bestCorrect = correct;
            gapThreshold = k + 1 < gaps.size() ? (gaps[k].first + gaps[k + 1].first) / 2 : gaps[k].first + 0.5;
        }
    }
    model.segmentGap = qRound(gapThreshold * 1000) / 1000.0;
    err() << "train-layout: segment gap " << model.segmentGap << " pitches (" << bestCorrect << "/" << gaps.size() << " pairs right)\n";

    // Anchors.
    QList<LinearModel::Example> ex;
    for (TrainPage &tp : pages) {
        LayoutAnalysis::group(tp.layout, model.segmentGap);
        QList<int> headArticle;
        for (const LayoutGroup &h : tp.layout.heads)
            headArticle.append(majorityArticle(tp, h.items));
        for (int s = 0; s < tp.layout.segments.size(); ++s) {
            const int sa = majorityArticle(tp, tp.layout.segments[s].items);
            for (int h = 0; h < tp.layout.heads.size(); ++h)
                ex.append({LayoutAnalysis::anchorFeatures(tp.layout, s, h), (sa >= 0 && sa == headArticle[h]) ? 1 : 0, 1.0});
        }
    }
    LinearModel::FitOptions ao;
    ao.iterations = 400;
    model.anchors = LinearModel::fit(ex, {QStringLiteral("no"), QStringLiteral("yes")}, LayoutAnalysis::anchorFeatureNames(), ao);

    // Anchor threshold: over every segment's best head group.
    QList<std::pair<double, bool>> best; // (probability, best head is the segment's article)
    for (TrainPage &tp : pages) {
        QList<int> headArticle;
        for (const LayoutGroup &h : tp.layout.heads)
            headArticle.append(majorityArticle(tp, h.items));
        for (int s = 0; s < tp.layout.segments.size(); ++s) {
            const int sa = majorityArticle(tp, tp.layout.segments[s].items);
            int bh = -1;
            double bp = 0;
            for (int h = 0; h < tp.layout.heads.size(); ++h) {
                const double p = model.anchors.probability(LayoutAnalysis::anchorFeatures(tp.layout, s, h));
                if (p > bp)
                    bp = p, bh = h;
            }
            best.append({bp, bh >= 0 && sa >= 0 && headArticle[bh] == sa});
        }
    }
    std::sort(best.begin(), best.end());
    int rightTotal = 0;
    for (const auto &b : best)
        rightTotal += b.second ? 1 : 0;
    int bestScore = rightTotal, wrongBelow = 0, rightBelow = 0;
    double threshold = 0;
    for (int k = 0; k < best.size(); ++k) {
        (best[k].second ? rightBelow : wrongBelow) += 1;
        if (k + 1 < best.size() && best[k + 1].first == best[k].first)
            continue;
        const int score = wrongBelow + (rightTotal - rightBelow);
        if (score > bestScore) {
            bestScore = score;
            threshold = k + 1 < best.size() ? (best[k].first + best[k + 1].first) / 2 : best[k].first + 1e-6;
        }
    }
    model.anchorThreshold = qRound(threshold * 1000) / 1000.0;
    err() << "train-layout: anchor threshold " << model.anchorThreshold << " (" << bestScore << "/" << best.size()
          << " segments decided right; best head right for " << rightTotal << ")\n";

    // Continuations (jumps): every headless draft against every headed one, on the drafts the
    // fitted anchors give.
    QList<LinearModel::Example> cex;
    for (const TrainPage &tp : pages) {
        const LayoutSegmenter::Analysis a = LayoutSegmenter::anchor(tp.layout, model);
        const QList<LayoutSegmenter::Draft> drafts = LayoutSegmenter::drafts(a);
        auto articleOf = [&](const LayoutSegmenter::Draft &d) {
            QList<int> items;
            for (int s : d.segments)
                items += tp.layout.segments[s].items;
            return items.isEmpty() ? -1 : majorityArticle(tp, items);
        };
        for (const LayoutSegmenter::Draft &to : drafts) {
            if (to.head >= 0 || to.segments.isEmpty())
                continue;
            const int goal = articleOf(to);
            for (const LayoutSegmenter::Draft &from : drafts) {
                if (from.head < 0 || from.segments.isEmpty())
                    continue;
                const int label = goal >= 0 && articleOf(from) == goal ? 1 : 0;
                cex.append({LayoutAnalysis::continuationFeatures(tp.layout, from.segments, to.segments), label, 1.0});
            }
        }
    }
    int positives = 0;
    for (const LinearModel::Example &e : cex)
        positives += e.label;
    model.continuations = LinearModel::fit(cex, {QStringLiteral("no"), QStringLiteral("yes")},
                                           LayoutAnalysis::continuationFeatureNames(), ao);
    err() << "train-layout: continuations fitted on " << cex.size() << " pairs (" << positives << " jumps)\n";

    QJsonObject training;
    training.insert(QStringLiteral("pages"), sources);
    training.insert(QStringLiteral("page_count"), int(pages.size()));
    training.insert(QStringLiteral("role_lines_right_cross_fitted"), QStringLiteral("%1/%2").arg(right).arg(total));
    training.insert(QStringLiteral("command"), QStringLiteral("bash tools/train/train-layout.sh"));
    model.training = training;

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(model.toJson()).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        err() << "train-layout: cannot write " << outPath << "\n";
        return 1;
    }
    err() << "train-layout: wrote " << outPath << "\n";
    return 0;
}
