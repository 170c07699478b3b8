#include "ExportFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace galley {

bool ExportFileWriter::write(const QString &path, const QByteArray &bytes, bool overwrite, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        return fail(QStringLiteral("already exists (not overwritten; use --force or confirm to replace it)"));
    if (info.exists() && info.isDir())
        return fail(QStringLiteral("is a folder"));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(QStringLiteral("cannot write: %1").arg(why));
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot write: %1").arg(file.errorString()));
    return true;
}

} // namespace galley
