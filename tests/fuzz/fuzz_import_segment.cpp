// libFuzzer harness: bytes of a page file → TextImporter (encoding detection and decoding) → Segmenter
// → the segment JSON of every page, as `galley segment` runs. Checks: no crash, hang or sanitizer report;
// an import either fails with a message naming the source or gives pages; the JSON is valid.
#include "FuzzSupport.h"

#include "export/SegmentationJson.h"

using namespace galley;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > size_t(fuzz::kMaxInputBytes))
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions options;
    options.maxPages = 8;
    const ImportResult r = TextImporter::importBytes(bytes, QStringLiteral("fuzz.txt"), options);
    if (!r.ok()) {
        if (!r.error.startsWith(QLatin1String("fuzz.txt: ")) || !r.pages.isEmpty())
            fuzz::fail("import error without the source name, or with pages:", r.error);
        return 0;
    }
    if (r.pages.isEmpty())
        fuzz::fail("import succeeded without pages");
    for (Page page : r.pages) {
        Segmentation seg = Segmenter::segment(page);
        const ReviewDocument doc(page, seg);
        fuzz::requireJson(SegmentationJson::toJson(doc), "segment JSON");
    }
    return 0;
}
