// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentCommand.h"

#include "ExitCode.h"
#include "SubcommandHelp.h"
#include "export/SegmentationJson.h"
#include "io/SafeWrite.h"
#include "import/IssueImporter.h"
#include "import/TextImporter.h"
#include "model/ArticleRenderer.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"
#include "segment/ReasonText.h"
#include "segment/IssueSegmenter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>
#include <memory>
#include <numeric>
#include <vector>

namespace galley::cli {

namespace {

// The listing of --format text / markdown: ArticleRenderer's texts of each article.
QString textReport(const ReviewDocument &doc, bool markdown)
{
    QString out;
    QTextStream s(&out);
    const Segmentation &seg = doc.segmentation();
    for (int a = 0; a < seg.articles.size(); ++a) {
        const ArticleText text = ArticleRenderer::render(doc, a);
        const QString headline = text.headline.isEmpty() ? QStringLiteral("(no headline)") : text.headline;
        if (markdown) {
            if (!text.kicker.isEmpty())
                s << "*" << text.kicker << "*\n\n";
            s << "# " << headline << "\n\n";
            if (!text.subheadline.isEmpty())
                s << "## " << text.subheadline << "\n\n";
            if (!text.byline.isEmpty())
                s << "**" << text.byline << "**\n\n";
        } else {
            s << "=== Article " << (a + 1) << ": " << headline << "\n";
            if (!text.kicker.isEmpty())
                s << "Kicker: " << text.kicker << "\n";
            if (!text.subheadline.isEmpty())
                s << "Subheadline: " << text.subheadline << "\n";
            if (!text.byline.isEmpty())
                s << "Byline: " << text.byline << "\n";
            s << "\n";
        }
        for (const QString &p : text.paragraphs)
            s << p << "\n\n";
        for (const ArticleItem &item : text.items) {
            if (item.role == Role::Unknown)
                continue;
            if (markdown)
                s << "> " << roleDisplayName(item.role) << ": " << QString(item.text).replace(u'\n', QLatin1String("\n> ")) << "\n\n";
            else
                s << "[" << roleDisplayName(item.role) << "] " << item.text << "\n\n";
        }
        if (!markdown)
            for (const Flag &f : seg.articles[a].flags)
                if (!f.resolved)
                    s << "! " << reasonDisplay(f.reason) << "\n";
        s << "\n";
    }
    return out;
}

// What one page of an import gives: its JSON, or its text or Markdown listing.
struct PageListing {
    QByteArray json;
    QString text;
};

// Segments page i of imported (or opens the articles its source declares, as METS does) and lists
// it. several: more than one page in the run, so each listing says which page it is.
PageListing listPage(const QString &file, const ImportResult &imported, qsizetype i, const QString &format, bool several)
{
    Page page = imported.pages[i];
    Segmentation seg = i < imported.segmentations.size() ? imported.segmentations[i] : IssueSegmenter::segment(page);
    const ReviewDocument doc(std::move(page), std::move(seg));
    PageListing out;
    if (format == QLatin1String("json")) {
        out.json = SegmentationJson::toJson(doc, several ? 2 : 0);
        return out;
    }
    const bool markdown = format == QLatin1String("markdown");
    if (several)
        out.text = (markdown ? QStringLiteral("<!-- %1, page %2 -->\n\n") : QStringLiteral("##### %1, page %2\n\n"))
                       .arg(file).arg(doc.page().pageNumber());
    out.text += textReport(doc, markdown);
    return out;
}

} // namespace

int SegmentCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Segment pages into articles: plain text (any encoding), PDF, ALTO, METS, hOCR or PAGE XML."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PAGE"),
                                 QStringLiteral("Page files to segment; - reads standard input; a folder is one issue of its page files (.%1).")
                                     .arg(IssueImporter::pageFileSuffixes().join(QLatin1String(" ."))),
                                 QStringLiteral("PAGE..."));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("Output format: json, text or markdown (default json)."), QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption encodingOpt(QStringLiteral("encoding"), QStringLiteral("Decode input with this encoding instead of guessing."), QStringLiteral("NAME"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({formatOpt, encodingOpt, outputOpt});

    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("galley segment")} + arguments)) {
        err << "galley segment: " << parser.errorText() << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        return printToStdout(subcommandHelp(parser, QStringLiteral("galley segment")), QStringLiteral("galley segment"));
    }
    const QString format = parser.value(formatOpt);
    if (format != QLatin1String("json") && format != QLatin1String("text") && format != QLatin1String("markdown")) {
        err << "galley segment: unknown format '" << format << "' (json, text or markdown)\n";
        return Usage;
    }
    if (parser.isSet(encodingOpt) && !TextImporter::isKnownEncoding(parser.value(encodingOpt))) {
        err << "galley segment: unknown encoding '" << parser.value(encodingOpt)
            << "' (e.g. UTF-8, UTF-16LE, GB18030, Big5, Shift_JIS, EUC-KR, windows-1252)\n";
        return Usage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "galley segment: no PAGE given (see galley segment --help)\n";
        return Usage;
    }

    ImportOptions options;
    options.encoding = parser.value(encodingOpt);
    QList<QByteArray> pages;
    QString textOut;
    int status = Ok;
    for (const QString &file : files) {
        // A multi-page source (PDF, METS, form feeds, a folder) is one document: one issue page.
        const ImportResult imported = IssueImporter::importPath(file, options);
        for (const QString &w : imported.warnings)
            err << "galley segment: warning: " << w << "\n";
        if (!imported.ok()) {
            err << "galley segment: " << imported.error << "\n";
            status = BadInput;
            continue;
        }
        // Several pages are segmented at once on the global thread pool, each on its own, and listed
        // in page order; one page is segmented here (its lines are spread over the cores in ranges).
        const bool several = files.size() > 1 || imported.pages.size() > 1;
        const auto list = [&](qsizetype i) { return listPage(file, imported, i, format, several); };
        QList<PageListing> listings;
        if (imported.pages.size() == 1) {
            listings.append(list(0));
        } else {
            std::vector<qsizetype> indices(std::size_t(imported.pages.size()));
            std::iota(indices.begin(), indices.end(), qsizetype(0));
            listings = QtConcurrent::blockingMapped<QList<PageListing>>(indices, list);
        }
        for (const PageListing &listing : listings) {
            if (format == QLatin1String("json"))
                pages.append(listing.json);
            else
                textOut += listing.text;
        }
    }

    // Nothing imported: the messages above say why; write no output (and no -o file) at all.
    if (pages.isEmpty() && textOut.isEmpty() && status != Ok)
        return status;
    QByteArray bytes;
    if (format == QLatin1String("json")) {
        // One page: the page object itself; several: {"pages": [...]}.
        if (pages.size() == 1 && files.size() == 1)
            bytes = pages.first();
        else
            bytes = "{\n  \"pages\": [\n    " + pages.join(",\n    ") + "\n  ]\n}";
        bytes += '\n';
    } else {
        bytes = textOut.toUtf8();
    }
    // Every write is checked to the end (flush included): a full disk or /dev/full is an error, exit 1.
    QString why;
    if (parser.isSet(outputOpt) && parser.value(outputOpt) != QLatin1String("-")) {
        if (!SafeWrite::toFile(parser.value(outputOpt), bytes, SafeWrite::ExistingFile::Replace, &why)) {
            err << "galley segment: " << parser.value(outputOpt) << ": cannot write: " << why << " (the file was not changed)\n";
            return BadInput;
        }
    } else if (printToStdout(bytes, QStringLiteral("galley segment")) != Ok) {
        return BadInput;
    }
    return status;
}

} // namespace galley::cli
