#include "TextImporter.h"

#include "BlockFinder.h"

#include <QCryptographicHash>
#include <QFile>

namespace galley {

// Minimal UTF-8 reader; the full encoding support (EncodingDetector) replaces this.
ImportResult TextImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile f(path);
    ImportResult r;
    if (path == QLatin1String("-") ? !f.open(stdin, QIODevice::ReadOnly) : !f.open(QIODevice::ReadOnly)) {
        r.error = QStringLiteral("%1: cannot open: %2").arg(path, f.errorString());
        return r;
    }
    return importBytes(f.readAll(), path, options);
}

ImportResult TextImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &)
{
    ImportResult r;
    Page page = pageFromText(QString::fromUtf8(bytes), sourceName);
    page.setSha256(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    r.pages.append(page);
    return r;
}

Page TextImporter::pageFromText(const QString &text, const QString &sourceName)
{
    QString t = text;
    if (t.startsWith(QChar(0xFEFF)))
        t.remove(0, 1);
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(u'\r', u'\n');
    Page page(t);
    page.setSourcePath(sourceName);
    page.setBlocks(BlockFinder::findBlocks(page.text()));
    return page;
}

} // namespace galley
