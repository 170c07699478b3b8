// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// galley_fuzz_seeds DATA_DIR OUT_DIR: the seed corpora of the fuzz harnesses, made at run time from the
// project's own test data (nothing is stored twice in the repository):
//   OUT_DIR/import_segment/   every file of DATA_DIR (pages, encodings, the seed page), cut to 64 KiB
//   OUT_DIR/project_roundtrip/ each page file imported, segmented and written as a .galley project
//   OUT_DIR/export/           each page as export-harness input (ExportHarness.h): a flags byte, then the
//                             text as UTF-8, and once more as raw UTF-16LE
#include "Harnesses.h"

#include "project/ProjectFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace galley;

namespace {

bool writeSeed(const QString &dir, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    const QString name = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile f(dir + u'/' + name);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

} // namespace

int main(int argc, char **argv)
{
    fuzz::ensureApplication();
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DATA_DIR OUT_DIR\n", argv[0]);
        return 2;
    }
    const QString data = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    int seeds = 0;
    bool ok = true;
    QStringList files;
    for (QDirIterator it(data, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    files.sort(); // same corpus on every run
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.read(fuzz::kMaxInputBytes);
        ok = writeSeed(out + QStringLiteral("/import_segment"), bytes) && ok;
        ++seeds;
        if (!path.endsWith(QLatin1String(".txt")))
            continue;
        // Projects and export inputs from a page of at most 12 KiB, so the project stays under 64 KiB.
        const ImportResult r = TextImporter::importBytes(bytes.left(12 * 1024), path);
        if (!r.ok())
            continue;
        Page page = r.pages.first();
        Segmentation seg = Segmenter::segment(page);
        const ReviewDocument doc(page, seg);
        ok = writeSeed(out + QStringLiteral("/project_roundtrip"), QJsonDocument(ProjectFile::toJson(doc)).toJson(QJsonDocument::Compact)) && ok;
        const QString text = page.text();
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        ok = writeSeed(out + QStringLiteral("/export"), char(0x05) + text.toUtf8()) && ok; // wrap repair, NFC
        ok = writeSeed(out + QStringLiteral("/export"), char(0x1E) + utf16) && ok;        // punctuation, NFC, one article, UTF-16
        seeds += 3;
    }
    std::printf("%d seeds from %lld files in %s\n", seeds, static_cast<long long>(files.size()), qPrintable(out));
    return ok && seeds > 0 ? 0 : 1;
}
