#pragma once
// The export harnesses (fuzz_export_<format>.cpp): each defines kFormat and includes this.
// Input: byte 0 chooses the text options and how the rest becomes page text; the rest is the page.
//   bit 0 wrap repair, bit 1 Chinese punctuation, bit 2 NFC, bit 3 one article only,
//   bit 4 the rest is raw UTF-16LE (any unit, unpaired surrogates and NUL included) instead of UTF-8,
//   bit 5 a correction of the first piece: the page text reversed (text no import gives).
// The page is segmented and exported with ExportContent + ExportWriter, as `galley export` does.
// Checks: no crash or sanitizer report; HTML and NITF are well-formed XML, JSON is JSON, text formats
// are valid UTF-8, ODT and PDF are non-empty.
#include "FuzzSupport.h"

#include "edit/CorrectTextCommand.h"
#include "export/ExportContent.h"
#include "export/ExportWriter.h"

#include <QStringDecoder>

using namespace galley;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > size_t(fuzz::kMaxInputBytes))
        return -1;
    const uint8_t flags = data[0];
    const char *rest = reinterpret_cast<const char *>(data + 1);
    const qsizetype restSize = qsizetype(size - 1);
    const QString text = (flags & 0x10) ? QString(reinterpret_cast<const QChar *>(QByteArray(rest, restSize).constData()), restSize / 2)
                                        : QString::fromUtf8(rest, restSize);
    std::unique_ptr<ReviewDocument> doc = fuzz::documentFromText(text);
    if ((flags & 0x20) && !doc->segmentation().articles.isEmpty() && !doc->segmentation().articles.first().pieces.isEmpty()) {
        QString reversed = text;
        std::reverse(reversed.begin(), reversed.end());
        doc->undoStack()->push(new CorrectTextCommand(doc.get(), doc->segmentation().articles.first().pieces.first().id, reversed));
    }
    TextOptions options;
    options.wrapRepair = flags & 0x01;
    options.chinesePunctuation = flags & 0x02;
    options.nfc = flags & 0x04;
    ExportPage page = ExportContent::build(*doc, options);
    if ((flags & 0x08) && !page.articles.isEmpty())
        page = ExportWriter::singleArticle(page, 0);
    QString error;
    const QByteArray out = ExportWriter::render(kFormat, page, &error);
    switch (kFormat) {
    case ExportFormat::Html:
    case ExportFormat::Nitf:
        fuzz::requireWellFormedXml(out, qPrintable(ExportFormats::name(kFormat)));
        break;
    case ExportFormat::Json:
        fuzz::requireJson(out, "JSON export");
        break;
    case ExportFormat::PlainText:
    case ExportFormat::Markdown: {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString back = utf8.decode(out);
        if (utf8.hasError())
            fuzz::fail("text export is not valid UTF-8");
        break;
    }
    case ExportFormat::Odt:
    case ExportFormat::Pdf:
        if (out.isEmpty())
            fuzz::fail("empty ODT/PDF:", error);
        break;
    }
    return 0;
}
