// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checks of the libFuzzer harnesses in tests/fuzz, shared with the ctest that replays every finding
// kept in tests/fuzz/regressions/ (core/tst_fuzzregressions). Each takes one input and returns what is
// wrong, or an empty string; a harness aborts on a non-empty answer (libFuzzer keeps the input as a crash).
//   importSegment    bytes of a page file → TextImporter → Segmenter → segment JSON of every page
//   projectRoundTrip bytes of a .galley project → ProjectFile::fromJson → toJson → fromJson again
//   exportPage       byte 0: bit 0 wrap repair, bit 1 Chinese punctuation, bit 2 NFC, bit 3 one article
//                    only, bit 4 the rest is raw UTF-16LE (any unit: unpaired surrogates, NUL) instead of
//                    UTF-8, bit 5 a correction of the first piece (the page text reversed); the rest is the
//                    page → Segmenter → ExportContent → ExportWriter, as `galley export`
#include "edit/CorrectTextCommand.h"
#include "export/ExportContent.h"
#include "export/ExportFormat.h"
#include "export/ExportWriter.h"
#include "export/SegmentationJson.h"
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "project/ProjectFile.h"
#include "segment/Segmenter.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

namespace galley::fuzz {

/// Inputs above this size are skipped: the fuzzers look for wrong behaviour, not for slowness on big pages.
constexpr qsizetype kMaxInputBytes = 64 * 1024;

/// A QGuiApplication on the offscreen platform (ODT and PDF need fonts), made once.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "galley-fuzz";
    static char *argv[] = {name, nullptr};
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication *app = new QGuiApplication(argc, argv); // lives as long as the process
    Q_UNUSED(app);
}

inline QString xmlError(const QByteArray &bytes)
{
    QXmlStreamReader r(bytes);
    while (!r.atEnd())
        r.readNext();
    if (!r.hasError())
        return {};
    return QStringLiteral("not well-formed XML: line %1 column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString());
}

inline QString jsonError(const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    return QStringLiteral("not JSON: offset %1: %2").arg(error.offset).arg(error.errorString());
}

inline QString importSegment(const QByteArray &bytes)
{
    ImportOptions options;
    options.maxPages = 8;
    const ImportResult r = TextImporter::importBytes(bytes, QStringLiteral("fuzz.txt"), options);
    if (!r.ok())
        return r.error.startsWith(QLatin1String("fuzz.txt: ")) && r.pages.isEmpty() ? QString()
                                                                                   : QStringLiteral("bad import error: ") + r.error;
    if (r.pages.isEmpty())
        return QStringLiteral("import succeeded without pages");
    for (Page page : r.pages) {
        Segmentation seg = Segmenter::segment(page);
        const ReviewDocument doc(page, seg);
        if (const QString e = jsonError(SegmentationJson::toJson(doc)); !e.isEmpty())
            return QStringLiteral("segment JSON: ") + e;
    }
    return {};
}

inline QString projectRoundTrip(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.galley");
    QString error;
    QStringList warnings;
    const std::unique_ptr<ReviewDocument> doc = ProjectFile::fromJson(bytes, name, &error, &warnings);
    if (!doc)
        return error.startsWith(name) ? QString() : QStringLiteral("refused without the file name: ") + error;
    const QByteArray saved = QJsonDocument(ProjectFile::toJson(*doc)).toJson(QJsonDocument::Compact);
    QString again;
    const std::unique_ptr<ReviewDocument> reread = ProjectFile::fromJson(saved, name, &again);
    if (!reread)
        return QStringLiteral("a project this Galley wrote does not load: ") + again;
    if (QJsonDocument(ProjectFile::toJson(*reread)).toJson(QJsonDocument::Compact) != saved)
        return QStringLiteral("the project round trip changed the JSON");
    if (const QString e = jsonError(SegmentationJson::toJson(*doc)); !e.isEmpty())
        return QStringLiteral("segment JSON of a loaded project: ") + e;
    ExportContent::build(*doc, TextOptions{});
    return {};
}

inline QString exportPage(ExportFormat format, const QByteArray &input)
{
    if (input.isEmpty())
        return {};
    const auto flags = quint8(input[0]);
    const QByteArray rest = input.mid(1);
    const QString text = (flags & 0x10) ? QString(reinterpret_cast<const QChar *>(rest.constData()), rest.size() / 2)
                                        : QString::fromUtf8(rest);
    Page page = TextImporter::pageFromText(text, QStringLiteral("fuzz.txt"));
    Segmentation seg = Segmenter::segment(page);
    ReviewDocument doc(page, seg);
    if ((flags & 0x20) && !doc.segmentation().articles.isEmpty() && !doc.segmentation().articles.first().pieces.isEmpty()) {
        QString reversed = text;
        std::reverse(reversed.begin(), reversed.end());
        doc.undoStack()->push(new CorrectTextCommand(&doc, doc.segmentation().articles.first().pieces.first().id, reversed));
    }
    TextOptions options;
    options.wrapRepair = flags & 0x01;
    options.chinesePunctuation = flags & 0x02;
    options.nfc = flags & 0x04;
    ExportPage content = ExportContent::build(doc, options);
    if ((flags & 0x08) && !content.articles.isEmpty())
        content = ExportWriter::singleArticle(content, 0);
    QString error;
    const QByteArray out = ExportWriter::render(format, content, &error);
    switch (format) {
    case ExportFormat::Html:
    case ExportFormat::Nitf:
        return xmlError(out);
    case ExportFormat::Json:
        return jsonError(out);
    case ExportFormat::PlainText:
    case ExportFormat::Markdown: {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString back = utf8.decode(out);
        return utf8.hasError() ? QStringLiteral("not valid UTF-8") : QString();
    }
    case ExportFormat::Odt:
    case ExportFormat::Pdf:
        return out.isEmpty() ? QStringLiteral("empty file: ") + error : QString();
    case ExportFormat::Alto:
    case ExportFormat::PageXml:
        return QString(); // written from the document with its geometry, not from texts (tst_xmlexport)
    }
    return {};
}

} // namespace galley::fuzz
