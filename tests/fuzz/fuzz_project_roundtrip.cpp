// libFuzzer harness: bytes of a .galley project → ProjectFile::fromJson. A project it accepts must
// survive the round trip: written back (toJson) and read again it gives the same JSON, and its segment
// JSON and export content can be made. A refused one has an error naming the file.
#include "FuzzSupport.h"

#include "export/ExportContent.h"
#include "export/SegmentationJson.h"
#include "project/ProjectFile.h"

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
    const QString name = QStringLiteral("fuzz.galley");
    QString error;
    QStringList warnings;
    const std::unique_ptr<ReviewDocument> doc = ProjectFile::fromJson(bytes, name, &error, &warnings);
    if (!doc) {
        if (!error.startsWith(name))
            fuzz::fail("refused project without the file name:", error);
        return 0;
    }
    const QByteArray saved = QJsonDocument(ProjectFile::toJson(*doc)).toJson(QJsonDocument::Compact);
    QString again;
    const std::unique_ptr<ReviewDocument> reread = ProjectFile::fromJson(saved, name, &again);
    if (!reread)
        fuzz::fail("a project this Galley wrote does not load:", again);
    const QByteArray savedAgain = QJsonDocument(ProjectFile::toJson(*reread)).toJson(QJsonDocument::Compact);
    if (savedAgain != saved)
        fuzz::fail("project round trip changed the JSON");
    fuzz::requireJson(SegmentationJson::toJson(*doc), "segment JSON of a loaded project");
    ExportContent::build(*doc, TextOptions{});
    return 0;
}
