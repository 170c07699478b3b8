// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "EnglishCount.h"
#include "ExitCode.h"
#include "SubcommandHelp.h"
#include "export/BatchExporter.h"
#include "export/ChineseConverter.h"
#include "export/ExportFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace galley::cli {

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export clean, corrected copies of the articles of pages or projects."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PAGE_OR_PROJECT"), QStringLiteral("Page files (raw OCR/PDF text) or .galley projects."),
                                 QStringLiteral("PAGE_OR_PROJECT..."));
    QStringList formatNames;
    for (ExportFormat f : ExportFormats::all())
        formatNames.append(ExportFormats::name(f));
    QStringList conversionNames;
    for (ChineseConversion c : ChineseConverter::all())
        conversionNames.append(ChineseConverter::name(c));
    const QCommandLineOption formatOpt({QStringLiteral("f"), QStringLiteral("format")},
                                       QStringLiteral("Output format: %1. alto (ALTO 4.4 + a METS file of the articles) and page (PAGE 2019) keep the "
                                                      "coordinates of an ALTO, METS, PAGE, hOCR or PDF input and write one file per page.")
                                           .arg(formatNames.join(QStringLiteral(", "))),
                                       QStringLiteral("FORMAT"));
    const QCommandLineOption toOpt({QStringLiteral("t"), QStringLiteral("to")}, QStringLiteral("Folder to write into (created if missing)."), QStringLiteral("DIR"));
    const QCommandLineOption perArticleOpt(QStringLiteral("per-article"), QStringLiteral("One file per article, in a folder per page (default: one file per page)."));
    const QCommandLineOption noWrapOpt(QStringLiteral("no-wrap-repair"), QStringLiteral("Keep the raw line breaks of uncorrected text."));
    const QCommandLineOption punctOpt(QStringLiteral("chinese-punctuation"), QStringLiteral("Restore full-width punctuation in Chinese text (GB/T 15834)."));
    const QCommandLineOption convertOpt(QStringLiteral("convert"),
                                        QStringLiteral("Simplified/Traditional conversion with OpenCC: %1 (default none).").arg(conversionNames.join(QStringLiteral(", "))),
                                        QStringLiteral("CONVERSION"), QStringLiteral("none"));
    const QCommandLineOption noNfcOpt(QStringLiteral("no-nfc"), QStringLiteral("Do not normalise text to Unicode NFC."));
    const QCommandLineOption forceOpt(QStringLiteral("force"), QStringLiteral("Replace files that already exist (never an input, never through a symbolic link)."));
    const QCommandLineOption jobsOpt({QStringLiteral("j"), QStringLiteral("jobs")}, QStringLiteral("Pages exported at once (default: number of cores)."), QStringLiteral("N"));
    const QCommandLineOption quietOpt({QStringLiteral("q"), QStringLiteral("quiet")}, QStringLiteral("No progress lines, only errors and the summary."));
    parser.addOptions({formatOpt, toOpt, perArticleOpt, noWrapOpt, punctOpt, convertOpt, noNfcOpt, forceOpt, jobsOpt, quietOpt});

    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("galley export")} + arguments)) {
        err << "galley export: " << parser.errorText() << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        return printToStdout(subcommandHelp(parser, QStringLiteral("galley export")), QStringLiteral("galley export"));
    }
    if (!parser.isSet(formatOpt)) {
        err << "galley export: --format is required (" << formatNames.join(QStringLiteral(", ")) << ")\n";
        return Usage;
    }
    const auto format = ExportFormats::fromName(parser.value(formatOpt));
    if (!format) {
        err << "galley export: unknown format '" << parser.value(formatOpt) << "' (" << formatNames.join(QStringLiteral(", ")) << ")\n";
        return Usage;
    }
    if (!parser.isSet(toOpt) || parser.value(toOpt).isEmpty()) {
        err << "galley export: --to DIR is required\n";
        return Usage;
    }
    const auto conversion = ChineseConverter::fromName(parser.value(convertOpt));
    if (!conversion) {
        err << "galley export: unknown conversion '" << parser.value(convertOpt) << "' (" << conversionNames.join(QStringLiteral(", ")) << ")\n";
        return Usage;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        err << "galley export: no PAGE_OR_PROJECT given (see galley export --help)\n";
        return Usage;
    }
    int jobs = 0;
    if (parser.isSet(jobsOpt)) {
        bool ok = false;
        jobs = parser.value(jobsOpt).toInt(&ok);
        if (!ok || jobs < 1) {
            err << "galley export: --jobs needs a whole number of at least 1\n";
            return Usage;
        }
    }
    const QFileInfo target(parser.value(toOpt));
    if (target.exists() && !target.isDir()) {
        err << "galley export: " << parser.value(toOpt) << ": is not a folder\n";
        return Usage;
    }

    ExportOptions options;
    options.format = *format;
    options.perArticle = parser.isSet(perArticleOpt);
    options.subfolderPerPage = options.perArticle;
    options.targetDir = parser.value(toOpt);
    options.jobs = jobs;
    options.overwrite = parser.isSet(forceOpt);
    options.text.wrapRepair = !parser.isSet(noWrapOpt);
    options.text.chinesePunctuation = parser.isSet(punctOpt);
    options.text.conversion = *conversion;
    options.text.nfc = !parser.isSet(noNfcOpt);

    const bool quiet = parser.isSet(quietOpt);
    const BatchSummary summary = BatchExporter::run(inputs, options, [&](const InputResult &r, int done, int total) {
        for (const QString &w : r.warnings)
            err << "galley export: warning: " << w << "\n";
        if (!r.error.isEmpty())
            err << "galley export: error: " << r.error << "\n";
        for (const FileResult &f : r.files)
            if (!f.ok())
                err << "galley export: error: " << f.error << "\n";
        if (!quiet) {
            err << "[" << done << "/" << total << "] " << r.input << ": ";
            if (!r.error.isEmpty())
                err << "failed";
            else
                err << englishCount(r.articles, u"article", u"articles") << ", " << (r.files.size() - r.failedFiles()) << " written";
            if (r.failedFiles())
                err << ", " << r.failedFiles() << " failed";
            err << "\n";
        }
        err.flush();
    });
    err << "galley export: " << englishCount(summary.inputs, u"input", u"inputs") << ", " << englishCount(summary.pages, u"page", u"pages")
        << ", " << englishCount(summary.articles, u"article", u"articles") << "; "
        << englishCount(summary.filesWritten, u"file", u"files") << " written to " << QDir::toNativeSeparators(options.targetDir);
    if (summary.filesFailed || summary.failedInputs)
        err << "; " << englishCount(summary.filesFailed, u"file", u"files") << " failed, "
            << englishCount(summary.failedInputs, u"input", u"inputs") << " unreadable";
    err << " (" << QString::number(summary.milliseconds / 1000.0, 'f', 1) << " s)\n";
    return summary.ok() ? Ok : BadInput;
}

} // namespace galley::cli
