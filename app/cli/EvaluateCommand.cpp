// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvaluateCommand.h"

#include "EnglishCount.h"
#include "ExitCode.h"
#include "SubcommandHelp.h"
#include "evaluate/LayoutScore.h"
#include "evaluate/SegmentationScore.h"
#include "import/DocumentImporter.h"
#include "import/TextImporter.h"
#include "io/SafeWrite.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace galley::cli {

namespace {

struct Job {
    QString page, gold;
    /// gold is a layout gold (NAME.layout.json: every printed line's box and article) for a
    /// laid-out page (PDF …), scored by LayoutScore; no body CER.
    bool layout() const { return gold.endsWith(QLatin1String(".layout.json")); }
};

struct Scored {
    Job job;
    PageScore score;
};

// PAGE GOLD pairs and directories, in the order given; a directory's pages in name order. A usage
// error (a PAGE without its GOLD) stops at once: false and *error. A directory without a single page
// beside its gold is bad input, not a usage error: its message goes to *empty and the others are
// still collected.
bool collectJobs(const QStringList &args, QList<Job> *jobs, QStringList *empty, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QFileInfo info(args[i]);
        if (info.isDir()) {
            const QDir dir(args[i]);
            const QStringList golds = dir.entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name);
            int found = 0;
            for (const QString &g : golds) {
                const QString page = g.chopped(int(qstrlen(".gold.json"))) + QLatin1String(".txt");
                if (dir.exists(page)) {
                    jobs->append({dir.filePath(page), dir.filePath(g)});
                    ++found;
                }
            }
            if (found == 0) {
                const QString orphans = golds.isEmpty()
                    ? QString()
                    : QLatin1String("; ") + englishCount(golds.size(), u"gold file here has", u"gold files here have") + QLatin1String(" no X.txt");
                empty->append(QStringLiteral("%1: no pages with a *.gold.json found in this folder (each X.txt is scored against "
                                             "the X.gold.json beside it%2)").arg(args[i], orphans));
            }
            continue;
        }
        if (i + 1 >= args.size() || QFileInfo(args[i + 1]).isDir()) {
            *error = QStringLiteral("%1: a PAGE needs its GOLD after it (or give a directory)").arg(args[i]);
            return false;
        }
        jobs->append({args[i], args[i + 1]});
        ++i;
    }
    return true;
}

QJsonObject pageJson(const Scored &s)
{
    const PageScore &p = s.score;
    return QJsonObject{{QStringLiteral("page"), s.job.page},
                       {QStringLiteral("gold"), s.job.gold},
                       {QStringLiteral("pairwise_f1"), p.pairwiseF1},
                       {QStringLiteral("precision"), p.precision},
                       {QStringLiteral("recall"), p.recall},
                       {QStringLiteral("headlines_matched"), p.headlinesMatched},
                       {QStringLiteral("gold_articles"), p.goldArticles},
                       {QStringLiteral("headline_accuracy"), p.headlineAccuracy()},
                       {QStringLiteral("body_cer"), p.bodyCer},
                       {QStringLiteral("body_errors"), p.bodyErrors},
                       {QStringLiteral("body_chars"), p.bodyChars},
                       {QStringLiteral("predicted_articles"), p.predictedArticles},
                       {QStringLiteral("editor_ops"), p.editorOps}};
}

// Means over pages: f1, precision, recall and CER per page averaged; headlines, articles, ops summed
// (headline accuracy and the pooled CER from the sums).
QJsonObject meanJson(const QList<Scored> &scored)
{
    double f1 = 0, precision = 0, recall = 0, cer = 0;
    qint64 headlines = 0, gold = 0, predicted = 0, ops = 0, errors = 0, chars = 0;
    for (const Scored &s : scored) {
        f1 += s.score.pairwiseF1;
        precision += s.score.precision;
        recall += s.score.recall;
        cer += s.score.bodyCer;
        headlines += s.score.headlinesMatched;
        gold += s.score.goldArticles;
        predicted += s.score.predictedArticles;
        ops += s.score.editorOps;
        errors += s.score.bodyErrors;
        chars += s.score.bodyChars;
    }
    const double n = std::max<double>(1, double(scored.size()));
    return QJsonObject{{QStringLiteral("pages"), int(scored.size())},
                       {QStringLiteral("pairwise_f1"), f1 / n},
                       {QStringLiteral("precision"), precision / n},
                       {QStringLiteral("recall"), recall / n},
                       {QStringLiteral("headlines_matched"), headlines},
                       {QStringLiteral("gold_articles"), gold},
                       {QStringLiteral("headline_accuracy"), gold ? double(headlines) / double(gold) : 0.0},
                       {QStringLiteral("body_cer"), cer / n},
                       {QStringLiteral("body_cer_pooled"), chars ? double(errors) / double(chars) : 1.0},
                       {QStringLiteral("predicted_articles"), predicted},
                       {QStringLiteral("editor_ops"), ops}};
}

QString textReport(const QList<Scored> &scored)
{
    QString out;
    QTextStream t(&out);
    auto fixed = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
    for (const Scored &s : scored) {
        const PageScore &p = s.score;
        t << s.job.page << ": f1=" << fixed(p.pairwiseF1, 3) << " (precision " << fixed(p.precision, 3) << ", recall "
          << fixed(p.recall, 3) << ") headlines=" << p.headlinesMatched << "/" << p.goldArticles
          << " cer=" << (s.job.layout() ? QStringLiteral("n/a") : fixed(p.bodyCer, 4)) << " articles=" << p.predictedArticles << "/" << p.goldArticles
          << " ops=" << p.editorOps << "\n";
    }
    if (scored.size() > 1) {
        const QJsonObject m = meanJson(scored);
        t << "mean of " << scored.size() << " pages: f1=" << fixed(m[QLatin1String("pairwise_f1")].toDouble(), 3)
          << " headlines=" << m[QLatin1String("headlines_matched")].toInteger() << "/"
          << m[QLatin1String("gold_articles")].toInteger() << " ("
          << fixed(100 * m[QLatin1String("headline_accuracy")].toDouble(), 1) << " %) cer=";
        if (std::all_of(scored.begin(), scored.end(), [](const Scored &s) { return s.job.layout(); }))
            t << "n/a";
        else
            t << fixed(m[QLatin1String("body_cer")].toDouble(), 4) << " (pooled "
              << fixed(m[QLatin1String("body_cer_pooled")].toDouble(), 4) << ")";
        t << " articles="
          << m[QLatin1String("predicted_articles")].toInteger() << "/" << m[QLatin1String("gold_articles")].toInteger()
          << " ops=" << m[QLatin1String("editor_ops")].toInteger() << "\n";
    }
    return out;
}

} // namespace

int EvaluateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Segment pages and score the articles against gold files: pairwise same-article f1, headline matches, "
        "body character error rate, article counts and editor operations, per page and as means."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PAGE GOLD | DIR"),
                                 QStringLiteral("A page and its *.gold.json (or a PDF and its *.layout.json), or a directory "
                                                "of X.txt pages beside X.gold.json."),
                                 QStringLiteral("PAGE GOLD... | DIR..."));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("Output format: text or json (default text)."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption encodingOpt(QStringLiteral("encoding"), QStringLiteral("Decode pages with this encoding instead of guessing."), QStringLiteral("NAME"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({formatOpt, encodingOpt, outputOpt});

    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("galley evaluate")} + arguments)) {
        err << "galley evaluate: " << parser.errorText() << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        return printToStdout(subcommandHelp(parser, QStringLiteral("galley evaluate")), QStringLiteral("galley evaluate"));
    }
    const QString format = parser.value(formatOpt);
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        err << "galley evaluate: unknown format '" << format << "' (text or json)\n";
        return Usage;
    }
    if (parser.isSet(encodingOpt) && !TextImporter::isKnownEncoding(parser.value(encodingOpt))) {
        err << "galley evaluate: unknown encoding '" << parser.value(encodingOpt) << "'\n";
        return Usage;
    }
    QList<Job> jobs;
    QStringList emptyDirs;
    QString error;
    if (parser.positionalArguments().isEmpty()) {
        err << "galley evaluate: no PAGE GOLD or DIR given (see galley evaluate --help)\n";
        return Usage;
    }
    if (!collectJobs(parser.positionalArguments(), &jobs, &emptyDirs, &error)) {
        err << "galley evaluate: " << error << "\n";
        return Usage;
    }

    ImportOptions options;
    options.encoding = parser.value(encodingOpt);
    QList<Scored> scored;
    int status = Ok;
    // A folder with nothing to score is bad input (exit 1); the other arguments are still scored.
    for (const QString &e : std::as_const(emptyDirs)) {
        err << "galley evaluate: " << e << "\n";
        status = BadInput;
    }
    for (const Job &job : std::as_const(jobs)) {
        const ImportResult imported = job.layout() ? DocumentImporter::importFile(job.page, options)
                                                   : TextImporter::importFile(job.page, options);
        if (!imported.ok()) {
            err << "galley evaluate: " << imported.error << "\n";
            status = BadInput;
            continue;
        }
        if (imported.pages.size() != 1) {
            err << "galley evaluate: " << job.page << ": holds " << imported.pages.size()
                << " pages (form feeds); a gold covers one page\n";
            status = BadInput;
            continue;
        }
        QFile goldFile(job.gold);
        if (!goldFile.open(QIODevice::ReadOnly)) {
            err << "galley evaluate: " << job.gold << ": cannot read: " << goldFile.errorString() << "\n";
            status = BadInput;
            continue;
        }
        Page page = imported.pages.first();
        if (job.layout()) {
            LayoutGold layoutGold;
            if (!LayoutScore::readGold(goldFile.readAll(), &layoutGold, &error)) {
                err << "galley evaluate: " << job.gold << ": " << error << "\n";
                status = BadInput;
                continue;
            }
            Segmentation seg = Segmenter::segment(page);
            const ReviewDocument doc(page, seg);
            scored.append({job, LayoutScore::score(layoutGold, doc)});
            continue;
        }
        SegmentationGold gold;
        if (!SegmentationScore::readGold(goldFile.readAll(), page.text(), &gold, &error)) {
            err << "galley evaluate: " << job.gold << ": " << error << "\n";
            status = BadInput;
            continue;
        }
        Segmentation seg = Segmenter::segment(page);
        const ReviewDocument doc(page, seg);
        scored.append({job, SegmentationScore::score(gold, SegmentationScore::predicted(doc))});
    }
    if (scored.isEmpty())
        return status;

    QByteArray bytes;
    if (format == QLatin1String("json")) {
        QJsonArray pages;
        for (const Scored &s : std::as_const(scored))
            pages.append(pageJson(s));
        bytes = QJsonDocument(QJsonObject{{QStringLiteral("pages"), pages}, {QStringLiteral("mean"), meanJson(scored)}})
                    .toJson(QJsonDocument::Indented);
    } else {
        bytes = textReport(scored).toUtf8();
    }
    if (parser.isSet(outputOpt) && parser.value(outputOpt) != QLatin1String("-")) {
        QString why;
        if (!SafeWrite::toFile(parser.value(outputOpt), bytes, SafeWrite::ExistingFile::Replace, &why)) {
            err << "galley evaluate: " << parser.value(outputOpt) << ": cannot write: " << why << " (the file was not changed)\n";
            return BadInput;
        }
    } else if (printToStdout(bytes, QStringLiteral("galley evaluate")) != Ok) {
        return BadInput;
    }
    return status;
}

} // namespace galley::cli
