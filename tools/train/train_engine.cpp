// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// galley-train-engine: fits the engine's learned models (docs/segmentation.md) on pages with gold
// articles and writes the model file the program ships (app/core/segment/model/engine-model.json).
//
//   galley-train-engine --out MODEL.json [--weight K] [--partial DIR]... DIR...
//   galley-train-engine --explain PAGE            (each line's role and link against the gold)
//   galley-train-engine --links [--partial] DIR... (the missed gold links, and how they ranked)
//
// DIR holds pages X.txt beside their gold X.gold.json (the fragment gold of ../shared/dev-pages:
// {articles: [{fragments: [{start, end, role}]}]}, code points, end exclusive). A --partial DIR's
// gold tags only some lines (lines it does not tag are left out of training, not taken as
// furniture). --weight K: each example of the pages of the DIRs after it weighs K (1 before any;
// train-engine.sh weighs the few English issues up against the many generated pages).
// Deterministic: the same pages give the same file.
#include "import/TextImporter.h"
#include "segment/EngineModel.h"
#include "segment/HeadlineMatcher.h"
#include "segment/LineUnit.h"
#include "segment/ReadingOrder.h"
#include "segment/UnitFeatures.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>

using namespace galley;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct UnitGold {
    int article = -1; ///< -1: furniture (complete gold) or unknown (partial gold)
    int role = -1;    ///< UnitFeatures::roleClasses() index, -1 unknown
    std::pair<int, qsizetype> order{0, 0}; ///< (fragment index in its article, start)
};

struct TrainingPage {
    QString path;
    Page page;
    QList<LineUnit> units;
    std::vector<UnitGold> gold;
    std::vector<qsizetype> successor; ///< gold next unit in the same article, or -1
    std::vector<int> starts;          ///< 1: the unit opens its article's text (first body unit), 0 not, -1 unknown
    bool partial = false;
    double weight = 1.0; ///< of each of the page's examples (--weight)
};

int roleClass(const QString &goldRole)
{
    static const std::map<QString, UnitRole> map = {
        {QStringLiteral("body"), UnitRole::Body},         {QStringLiteral("lead"), UnitRole::Body},
        {QStringLiteral("table"), UnitRole::Body},        {QStringLiteral("table-title"), UnitRole::Body},
        {QStringLiteral("note"), UnitRole::Body},         {QStringLiteral("headline"), UnitRole::Headline},
        {QStringLiteral("kicker"), UnitRole::Kicker},     {QStringLiteral("subheadline"), UnitRole::Subheadline},
        {QStringLiteral("byline"), UnitRole::Byline},     {QStringLiteral("caption"), UnitRole::Caption},
        {QStringLiteral("credit"), UnitRole::Credit},     {QStringLiteral("other"), UnitRole::JumpLine},
        {QStringLiteral("jump-line"), UnitRole::JumpLine}};
    const auto it = map.find(goldRole);
    return it == map.end() ? int(UnitRole::Body) : int(it->second);
}

bool loadPage(const QString &txt, bool partial, TrainingPage &tp, QString *error)
{
    const ImportResult imported = TextImporter::importFile(txt);
    if (!imported.ok() || imported.pages.isEmpty()) {
        *error = imported.error;
        return false;
    }
    tp.path = txt;
    tp.partial = partial;
    tp.page = imported.pages.first();
    QFile gf(txt.chopped(4) + QStringLiteral(".gold.json"));
    if (!gf.open(QIODevice::ReadOnly)) {
        *error = gf.fileName() + QStringLiteral(": ") + gf.errorString();
        return false;
    }
    const QJsonArray articles = QJsonDocument::fromJson(gf.readAll()).object().value(QStringLiteral("articles")).toArray();
    tp.units = LineUnits::of(tp.page);
    const qsizetype n = tp.units.size();
    tp.gold.assign(n, UnitGold{});
    std::vector<qsizetype> best(n, 0);
    for (int ai = 0; ai < articles.size(); ++ai) {
        const QJsonArray frags = articles[ai].toObject().value(QStringLiteral("fragments")).toArray();
        for (int k = 0; k < frags.size(); ++k) {
            const QJsonObject f = frags[k].toObject();
            const qsizetype s = tp.page.utf16Offset(f.value(QStringLiteral("start")).toInteger());
            const qsizetype e = tp.page.utf16Offset(f.value(QStringLiteral("end")).toInteger());
            // Units overlapping [s, e): units are sorted and disjoint.
            auto it = std::lower_bound(tp.units.cbegin(), tp.units.cend(), s,
                                       [](const LineUnit &u, qsizetype pos) { return u.span.end <= pos; });
            for (; it != tp.units.cend() && it->span.start < e; ++it) {
                const qsizetype u = it - tp.units.cbegin();
                const qsizetype overlap = std::min(e, it->span.end) - std::max(s, it->span.start);
                if (overlap > best[u]) {
                    best[u] = overlap;
                    tp.gold[u] = {ai, roleClass(f.value(QStringLiteral("role")).toString()), {k, s}};
                }
            }
        }
    }
    for (qsizetype u = 0; u < n; ++u)
        if (tp.gold[u].article < 0 && !partial)
            tp.gold[u].role = int(UnitRole::Furniture);
    // Gold reading order: an article's units by (fragment, start).
    std::map<int, std::vector<qsizetype>> byArticle;
    for (qsizetype u = 0; u < n; ++u)
        if (tp.gold[u].article >= 0)
            byArticle[tp.gold[u].article].push_back(u);
    tp.successor.assign(n, -1);
    for (auto &[article, units] : byArticle) {
        std::stable_sort(units.begin(), units.end(), [&](qsizetype x, qsizetype y) { return tp.gold[x].order < tp.gold[y].order; });
        for (size_t k = 0; k + 1 < units.size(); ++k)
            tp.successor[units[k]] = units[k + 1];
    }
    tp.starts.assign(n, 0);
    for (qsizetype u = 0; u < n; ++u)
        if (tp.gold[u].role < 0)
            tp.starts[u] = -1;
    for (const auto &[article, units] : byArticle) {
        const auto first = std::find_if(units.begin(), units.end(),
                                        [&](qsizetype u) { return tp.gold[u].role == int(UnitRole::Body); });
        if (first != units.end())
            tp.starts[*first] = 1;
    }
    return true;
}

// loadPage, saying on stderr what went wrong.
bool loadPageOrSay(const QString &txt, bool partial, TrainingPage &tp)
{
    QString error;
    if (loadPage(txt, partial, tp, &error))
        return true;
    QTextStream(stderr) << "galley-train-engine: " << txt << ": " << error << "\n";
    return false;
}

// The fit's steps: `steps` at the full rate, then as many settling while the rate falls to 0. At a
// constant rate Adam keeps every weight moving by about a step, so what a refit answered hung on
// where its last step fell: with the same data but one feature more, the English issues moved by
// 0.047 f1 a page on average; settled, by 0.0006 (docs/quality.md, 2026-12-04 evening).
LinearModel::FitOptions fitOptions(int steps)
{
    LinearModel::FitOptions o;
    o.iterations = steps;
    o.settlingIterations = steps;
    return o;
}

QList<LinearModel::Example> roleExamples(const QList<TrainingPage> &pages, const std::vector<int> &which)
{
    QList<LinearModel::Example> ex;
    for (int p : which) {
        const TrainingPage &tp = pages[p];
        for (qsizetype u = 0; u < tp.units.size(); ++u)
            if (tp.gold[u].role >= 0)
                ex.append({UnitFeatures::roleFeatures(tp.page.text(), tp.units, u), tp.gold[u].role, tp.weight});
    }
    return ex;
}

using PageRoles = std::vector<std::vector<std::vector<double>>>; // per page, per unit, per role class

// firstRoles: first-pass role probabilities of every page, out of fold (cross-fitted).
LinearModel fitStarts(const QList<TrainingPage> &pages, const std::vector<int> &which, const PageRoles &firstRoles)
{
    QList<LinearModel::Example> ex;
    for (int p : which) {
        const TrainingPage &tp = pages[p];
        for (qsizetype u = 0; u < tp.units.size(); ++u)
            if (tp.starts[u] >= 0)
                ex.append({UnitFeatures::contextFeatures(tp.page.text(), tp.units, firstRoles[p], u), tp.starts[u], tp.weight});
    }
    const LinearModel::FitOptions o = fitOptions(150);
    return LinearModel::fit(ex, {QStringLiteral("no"), QStringLiteral("yes")}, UnitFeatures::contextFeatureNames(), o);
}

LinearModel fitRoleContext(const QList<TrainingPage> &pages, const std::vector<int> &which, const PageRoles &firstRoles)
{
    QList<LinearModel::Example> ex;
    for (int p : which) {
        const TrainingPage &tp = pages[p];
        for (qsizetype u = 0; u < tp.units.size(); ++u)
            if (tp.gold[u].role >= 0)
                ex.append({UnitFeatures::contextFeatures(tp.page.text(), tp.units, firstRoles[p], u), tp.gold[u].role, tp.weight});
    }
    const LinearModel::FitOptions o = fitOptions(150);
    return LinearModel::fit(ex, UnitFeatures::roleClasses(), UnitFeatures::contextFeatureNames(), o);
}

LinearModel fitRoles(const QList<TrainingPage> &pages, const std::vector<int> &which)
{
    const LinearModel::FitOptions o = fitOptions(150);
    return LinearModel::fit(roleExamples(pages, which), UnitFeatures::roleClasses(), UnitFeatures::roleFeatureNames(), o);
}

// Deterministic sampling of negative pairs: a hash of (page, a, b).
bool sampled(int page, qsizetype a, qsizetype b, double rate)
{
    quint64 h = 1469598103934665603ULL;
    for (quint64 x : {quint64(page), quint64(a), quint64(b)})
        h = (h ^ x) * 1099511628211ULL;
    h ^= h >> 29;
    return double(h % 1000000) < rate * 1e6;
}

QList<LinearModel::Example> linkExamples(const QList<TrainingPage> &pages, const std::vector<std::vector<std::vector<double>>> &roles,
                                         const std::vector<std::vector<double>> &starts)
{
    QList<LinearModel::Example> ex;
    for (int p = 0; p < pages.size(); ++p) {
        const TrainingPage &tp = pages[p];
        const qsizetype n = tp.units.size();
        const TopicWindows windows = TopicWindows::of(tp.page.text(), tp.units);
        // About 1,500 negatives a page at most: far pairs are sampled (and not weighted back up).
        const double pairs = double(n) * double(n <= ReadingOrder::kAllPairsLimit ? n : 2 * ReadingOrder::kWindow + 1);
        const double rate = std::min(1.0, 1500.0 / std::max(1.0, pairs));
        for (qsizetype a = 0; a < n; ++a) {
            if (tp.partial && tp.gold[a].article < 0)
                continue;
            for (qsizetype b = 0; b < n; ++b) {
                if (!ReadingOrder::isCandidate(n, a, b))
                    continue;
                if (tp.partial && tp.gold[b].article < 0)
                    continue;
                const bool positive = tp.successor[a] == b;
                const bool near = std::abs(b - a) <= 2;
                if (!positive && !near && !sampled(p, a, b, rate))
                    continue;
                // Far pairs sampled, not weighted back: the model ranks candidates, far pairs are easy.
                ex.append({UnitFeatures::linkFeatures(tp.page.text(), tp.units, roles[p], starts[p], windows, a, b), positive ? 1 : 0, tp.weight});
            }
        }
        // Jumps: every jump-out / jump-head pair beyond reach (ReadingOrder::jumpPairs), as the engine scores them.
        for (const auto &[a, b] : ReadingOrder::jumpPairs(tp.units)) {
            if (tp.partial && (tp.gold[a].article < 0 || tp.gold[b].article < 0))
                continue;
            ex.append({UnitFeatures::linkFeatures(tp.page.text(), tp.units, roles[p], starts[p], windows, a, b),
                       tp.successor[a] == b ? 1 : 0, tp.weight});
        }
    }
    return ex;
}

bool isDisplayClass(int role)
{
    return role == int(UnitRole::Headline) || role == int(UnitRole::Kicker) || role == int(UnitRole::Subheadline)
        || role == int(UnitRole::Byline);
}

// Match examples: on each page, the gold articles' display lines (headline groups) against their
// text lines, as the engine meets them after the link pass: an article whose group stands right
// before its text is joined by the link model already, so it is left out; every remaining group is
// paired with every remaining text, positive when they are the same article.
QList<LinearModel::Example> headlineExamples(const QList<TrainingPage> &pages, const std::vector<std::vector<double>> &starts)
{
    QList<LinearModel::Example> ex;
    for (int p = 0; p < pages.size(); ++p) {
        const TrainingPage &tp = pages[p];
        std::map<int, UnitChain> groupOf, textOf;
        std::map<int, std::vector<qsizetype>> ordered;
        for (qsizetype u = 0; u < tp.units.size(); ++u)
            if (tp.gold[u].article >= 0)
                ordered[tp.gold[u].article].push_back(u);
        for (auto &[article, units] : ordered) {
            std::stable_sort(units.begin(), units.end(), [&](qsizetype x, qsizetype y) { return tp.gold[x].order < tp.gold[y].order; });
            for (qsizetype u : units)
                (isDisplayClass(tp.gold[u].role) ? groupOf : textOf)[article].units.push_back(u);
        }
        std::vector<std::pair<int, UnitChain>> groups, texts;
        for (auto &[article, c] : textOf) {
            const auto g = groupOf.find(article);
            if (g != groupOf.end() && g->second.units.back() + 1 == c.units.front())
                continue;
            texts.emplace_back(article, c);
            if (g != groupOf.end())
                groups.emplace_back(article, g->second);
        }
        const auto byFirst = [](const std::pair<int, UnitChain> &x, const std::pair<int, UnitChain> &y) {
            return x.second.units.front() < y.second.units.front();
        };
        std::sort(groups.begin(), groups.end(), byFirst);
        std::sort(texts.begin(), texts.end(), byFirst);
        std::vector<UnitChain> g, t;
        for (const auto &x : groups)
            g.push_back(x.second);
        for (const auto &x : texts)
            t.push_back(x.second);
        for (HeadlineMatcher::Pair &pair : HeadlineMatcher::pairs(tp.page.text(), tp.units, g, t, starts[p]))
            ex.append({std::move(pair.features), groups[pair.group].first == texts[pair.text].first ? 1 : 0, tp.weight});
    }
    return ex;
}

QStringList pagesIn(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name)) {
        const QString txt = d.filePath(name.chopped(10) + QStringLiteral(".txt"));
        if (QFile::exists(txt))
            out.append(txt);
    }
    return out;
}

// pagesIn, saying on stderr when dir holds no page beside its gold (the caller stops then).
QStringList pagesInOrSay(const QString &dir)
{
    const QStringList pages = pagesIn(dir);
    if (pages.isEmpty())
        QTextStream(stderr) << "galley-train-engine: " << dir << ": no page beside its gold (X.txt and X.gold.json)\n";
    return pages;
}

// --explain PAGE: every line's most likely role (and the gold one), and the link into it.
int explain(const QString &txt)
{
    TrainingPage tp;
    if (!loadPageOrSay(txt, false, tp))
        return 1;
    const PageAnalysis a = ReadingOrder::analyse(tp.page, EngineModel::builtIn(), ReadingOrder::LineCuts::None);
    const QStringList &classes = UnitFeatures::roleClasses();
    for (qsizetype u = 0; u < a.units.size(); ++u) {
        const auto &p = a.roles[u];
        const int k = int(likeliestRole(p));
        const int g = tp.gold[u].role;
        out() << QString::asprintf("%4lld s=%.2f/%d %-11s %.2f %-11s art=%-3d prev=%-4lld %.2f gold_prev=%-4lld | ", qlonglong(u),
                                   a.starts[u], tp.starts[u], qPrintable(classes[k]), p[k], g >= 0 ? qPrintable(classes[g]) : "?",
                                   tp.gold[u].article, qlonglong(a.prev[u]), a.linkIn[u],
                                   qlonglong(std::find(tp.successor.begin(), tp.successor.end(), u) - tp.successor.begin() < qsizetype(tp.successor.size())
                                                 ? std::find(tp.successor.begin(), tp.successor.end(), u) - tp.successor.begin() : -1))
              << tp.page.textOf(a.units[u].span).left(30) << "\n";
    }
    out().flush();
    return 0;
}

// --links [--partial] DIR...: how the engine's links compare with the gold reading order. For every
// gold link it missed: the gold predecessor's link probability and its rank among the line's
// candidates (is the loss at the threshold, or does the model prefer other lines?). One line per
// miss, then the counts. --partial: gold that tags only some lines (lines it does not tag are left out).
struct LinkCounts {
    long right = 0, outOfReach = 0, lostAboveHalf = 0, bestBelowHalf = 0, second = 0, lower = 0;
    long predicted = 0, wrongWhereGoldStarts = 0, wrongElsewhere = 0;
};

void compareLinks(const TrainingPage &tp, LinkCounts &c)
{
    const EngineModel &model = EngineModel::builtIn();
    const PageAnalysis a = ReadingOrder::analyse(tp.page, model, ReadingOrder::LineCuts::None);
    TopicWindows windows;
    const QList<LineUnit> units = LineUnits::of(tp.page, &windows);
    const qsizetype n = units.size();
    const LinkScorer scorer(model.links, tp.page.text(), units, a.roles, a.starts, windows, n);
    std::vector<qsizetype> goldPrev(std::size_t(n), -1);
    for (qsizetype u = 0; u < n; ++u)
        if (tp.successor[u] >= 0)
            goldPrev[std::size_t(tp.successor[u])] = u;
    const ReadingOrder::Pairs jumps = ReadingOrder::jumpPairs(units); // sorted by (a, b)
    const auto known = [&](qsizetype u) { return !tp.partial || tp.gold[u].article >= 0; };
    const auto show = [&](qsizetype u) { return tp.page.textOf(units[u].span).left(24); };
    for (qsizetype b = 0; b < n; ++b) {
        const qsizetype g = goldPrev[std::size_t(b)];
        if (a.prev[b] >= 0 && known(b) && known(a.prev[b])) {
            ++c.predicted;
            if (a.prev[b] != g)
                ++(g < 0 ? c.wrongWhereGoldStarts : c.wrongElsewhere);
        }
        if (g < 0)
            continue;
        if (a.prev[b] == g) {
            ++c.right;
            continue;
        }
        const auto candidate = [&](qsizetype x) {
            return ReadingOrder::isCandidate(n, x, b) || std::binary_search(jumps.begin(), jumps.end(), std::pair<qsizetype, qsizetype>(x, b));
        };
        if (!candidate(g)) {
            ++c.outOfReach;
            out() << QFileInfo(tp.path).fileName() << QString::asprintf(": %lld -> %lld out of reach | ", qlonglong(g), qlonglong(b))
                  << show(g) << " || " << show(b) << "\n";
            continue;
        }
        const double p = *scorer.probability(g, b);
        int rank = 1;
        for (qsizetype x = 0; x < n; ++x)
            rank += x != g && candidate(x) && *scorer.probability(x, b) > p;
        ++(p > 0.5 ? c.lostAboveHalf : rank == 1 ? c.bestBelowHalf : rank <= 3 ? c.second : c.lower);
        out() << QFileInfo(tp.path).fileName()
              << QString::asprintf(": %lld -> %lld p=%.3f rank=%d engine's prev=%lld | ", qlonglong(g), qlonglong(b), p, rank,
                                   qlonglong(a.prev[b]))
              << show(g) << " || " << show(b) << "\n";
    }
}

int compareLinks(const QStringList &args)
{
    bool partial = false;
    LinkCounts c;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--partial")) {
            partial = true;
            continue;
        }
        const QStringList pages = pagesInOrSay(arg);
        if (pages.isEmpty())
            return 1;
        for (const QString &txt : pages) {
            TrainingPage tp;
            if (!loadPageOrSay(txt, partial, tp))
                return 1;
            compareLinks(tp, c);
        }
    }
    out() << "gold links: " << c.right << " right; missed: " << c.outOfReach << " out of reach, " << c.lostAboveHalf
          << " above 1/2 but taken by another link, " << c.bestBelowHalf << " the best candidate but below 1/2, " << c.second
          << " ranked 2nd-3rd, " << c.lower << " ranked lower\n"
          << "engine's links: " << c.predicted << ", wrong where the gold article starts " << c.wrongWhereGoldStarts
          << ", wrong elsewhere " << c.wrongElsewhere << "\n";
    out().flush();
    return 0;
}

bool writeModel(const EngineModel &model, const QString &outPath)
{
    QSaveFile file(outPath);
    const QByteArray bytes = QJsonDocument(model.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QTextStream(stderr) << "galley-train-engine: " << outPath << ": " << file.errorString() << "\n";
        return false;
    }
    return true;
}

// --reuse: an experiment on the match model alone (not how the shipped file is made).
int refitHeadlines(const QList<TrainingPage> &pages, const QString &reusePath, const QString &outPath)
{
    QFile f(reusePath);
    if (!f.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "galley-train-engine: " << reusePath << ": " << f.errorString() << "\n";
        return 1;
    }
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    EngineModel model;
    QString why;
    model.roles = LinearModel::fromJson(json.value(QStringLiteral("roles")).toObject(), UnitFeatures::roleFeatureNames(), &why);
    model.roleContext = LinearModel::fromJson(json.value(QStringLiteral("role_context")).toObject(), UnitFeatures::contextFeatureNames(), &why);
    model.starts = LinearModel::fromJson(json.value(QStringLiteral("starts")).toObject(), UnitFeatures::contextFeatureNames(), &why);
    model.links = LinearModel::fromJson(json.value(QStringLiteral("links")).toObject(), UnitFeatures::linkFeatureNames(), &why);
    if (model.roles.isEmpty() || model.roleContext.isEmpty() || model.starts.isEmpty() || model.links.isEmpty()) {
        QTextStream(stderr) << "galley-train-engine: " << reusePath << ": " << why << "\n";
        return 1;
    }
    std::vector<std::vector<double>> starts(pages.size());
    for (int p = 0; p < pages.size(); ++p)
        starts[p] = ReadingOrder::startProbabilities(pages[p].page.text(), pages[p].units,
                                                     ReadingOrder::roleProbabilities(pages[p].page.text(), pages[p].units, model.roles),
                                                     model.starts);
    const LinearModel::FitOptions o = fitOptions(250);
    model.headlines = LinearModel::fit(headlineExamples(pages, starts), {QStringLiteral("no"), QStringLiteral("yes")},
                                       HeadlineMatcher::featureNames(), o);
    model.training = json.value(QStringLiteral("training")).toObject();
    return writeModel(model, outPath) ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args[0] == QLatin1String("--links"))
        return compareLinks(args.mid(1));
    if (args.size() == 2 && args[0] == QLatin1String("--explain"))
        return explain(args[1]);
    QString outPath, reusePath; // --reuse M.json: take roles, starts and links from M, fit only the match model
    struct Source {
        QString dir;
        bool partial = false;
        double weight = 1.0;
    };
    QList<Source> dirs;
    double weight = 1.0; // --weight K: the examples of the pages of the DIRs after it weigh K each
    bool usage = false, weightUsed = true;
    for (int i = 0; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == QLatin1String("--out") && hasValue) {
            outPath = args[++i];
        } else if (args[i] == QLatin1String("--reuse") && hasValue) {
            reusePath = args[++i];
        } else if (args[i] == QLatin1String("--weight") && hasValue) {
            bool ok = false;
            weight = args[++i].toDouble(&ok);
            usage = usage || !ok || !std::isfinite(weight) || weight <= 0;
            weightUsed = false;
        } else if (args[i] == QLatin1String("--partial") && hasValue) {
            dirs.append({args[++i], true, weight});
            weightUsed = true;
        } else if (args[i].startsWith(QLatin1String("--"))) {
            usage = true; // an unknown option, or one without its value
        } else {
            dirs.append({args[i], false, weight});
            weightUsed = true;
        }
    }
    if (usage || !weightUsed || outPath.isEmpty() || dirs.isEmpty()) {
        QTextStream(stderr) << "usage: galley-train-engine --out MODEL.json [--weight K] [--partial DIR]... DIR...\n"
                               "       (--weight K: the examples of the pages of every DIR after it weigh K, until the next --weight)\n"
                               "       galley-train-engine --explain PAGE\n"
                               "       galley-train-engine --links [--partial] DIR...\n";
        return 2;
    }
    QList<TrainingPage> pages;
    QJsonArray sources;
    for (const Source &source : dirs) {
        const QStringList files = pagesInOrSay(source.dir);
        if (files.isEmpty())
            return 1;
        QJsonObject described{{QStringLiteral("dir"), QDir(source.dir).dirName()},
                              {QStringLiteral("pages"), int(files.size())},
                              {QStringLiteral("partial_gold"), source.partial}};
        if (source.weight != 1.0)
            described.insert(QStringLiteral("weight"), source.weight);
        sources.append(described);
        for (const QString &f : files) {
            TrainingPage tp;
            if (!loadPageOrSay(f, source.partial, tp))
                return 1;
            tp.weight = source.weight;
            pages.append(std::move(tp));
        }
    }
    out() << "pages: " << pages.size() << Qt::endl;
    QElapsedTimer clock;
    clock.start();

    if (!reusePath.isEmpty())
        return refitHeadlines(pages, reusePath, outPath);

    // Roles: two-fold cross-fitting gives the link model role probabilities like those it will see
    // on unseen pages; the shipped role model is then fitted on all pages.
    std::vector<int> even, odd, all;
    for (int p = 0; p < pages.size(); ++p) {
        (p % 2 ? odd : even).push_back(p);
        all.push_back(p);
    }
    const LinearModel rolesEven = fitRoles(pages, even), rolesOdd = fitRoles(pages, odd);
    PageRoles firstRoles(pages.size()), crossRoles(pages.size());
    for (int p = 0; p < pages.size(); ++p)
        firstRoles[p] = ReadingOrder::roleProbabilities(pages[p].page.text(), pages[p].units, p % 2 ? rolesEven : rolesOdd);
    const LinearModel contextEven = fitRoleContext(pages, even, firstRoles), contextOdd = fitRoleContext(pages, odd, firstRoles);
    const LinearModel startsEven = fitStarts(pages, even, firstRoles), startsOdd = fitStarts(pages, odd, firstRoles);
    std::vector<std::vector<double>> crossStarts(pages.size());
    for (int p = 0; p < pages.size(); ++p) {
        const QString &text = pages[p].page.text();
        crossRoles[p] = ReadingOrder::contextRoleProbabilities(text, pages[p].units, firstRoles[p], p % 2 ? contextEven : contextOdd);
        crossStarts[p] = ReadingOrder::startProbabilities(text, pages[p].units, firstRoles[p], p % 2 ? startsEven : startsOdd);
    }
    out() << "role models (cross-fitted) done, " << clock.elapsed() / 1000 << " s" << Qt::endl;

    EngineModel model;
    model.roles = fitRoles(pages, all);
    model.roleContext = fitRoleContext(pages, all, firstRoles);
    model.starts = fitStarts(pages, all, firstRoles);
    out() << "role and start models done" << Qt::endl;
    const QList<LinearModel::Example> links = linkExamples(pages, crossRoles, crossStarts);
    out() << "link examples: " << links.size() << ", " << clock.elapsed() / 1000 << " s" << Qt::endl;
    const LinearModel::FitOptions o = fitOptions(250);
    model.links = LinearModel::fit(links, {QStringLiteral("no"), QStringLiteral("yes")}, UnitFeatures::linkFeatureNames(), o);
    model.headlines = LinearModel::fit(headlineExamples(pages, crossStarts), {QStringLiteral("no"), QStringLiteral("yes")},
                                       HeadlineMatcher::featureNames(), o);
    out() << "headline match model done, " << clock.elapsed() / 1000 << " s" << Qt::endl;
    model.training = QJsonObject{{QStringLiteral("sources"), sources}};

    if (!writeModel(model, outPath))
        return 1;
    out() << "wrote " << outPath << ", " << clock.elapsed() / 1000 << " s" << Qt::endl;
    return 0;
}
