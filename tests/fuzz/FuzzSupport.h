#pragma once
// Shared by the libFuzzer harnesses of tests/fuzz: the Qt application they need, the document an input
// page makes (import → segment, as `galley segment` does), and a hard failure that libFuzzer records
// as a crash with the input that caused it.
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QXmlStreamReader>

#include <cstdio>
#include <cstdlib>
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
    qputenv("LC_ALL", "C.UTF-8");
    new QGuiApplication(argc, argv); // lives as long as the process
}

/// Prints what is wrong and aborts: libFuzzer saves the input as a crash-* file.
[[noreturn]] inline void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "galley fuzz: %s %s\n", what, qPrintable(detail));
    std::abort();
}

/// The page made from text already decoded, segmented; nullptr for text without any block.
inline std::unique_ptr<ReviewDocument> documentFromText(const QString &text)
{
    Page page = TextImporter::pageFromText(text, QStringLiteral("fuzz.txt"));
    Segmentation seg = Segmenter::segment(page);
    return std::make_unique<ReviewDocument>(page, seg);
}

/// Fails unless bytes are one well-formed XML document.
inline void requireWellFormedXml(const QByteArray &bytes, const char *what)
{
    QXmlStreamReader r(bytes);
    while (!r.atEnd())
        r.readNext();
    if (r.hasError())
        fail(what, QStringLiteral("is not well-formed XML: line %1 column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString()));
}

/// Fails unless bytes are one JSON document.
inline void requireJson(const QByteArray &bytes, const char *what)
{
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        fail(what, QStringLiteral("is not JSON: offset %1: %2").arg(error.offset).arg(error.errorString()));
}

} // namespace galley::fuzz
