#include "ExportFileNamer.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace galley {

QString ExportFileNamer::safeName(const QString &text, int maxUtf8Bytes)
{
    QString s = text.normalized(QString::NormalizationForm_C);
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == u'\\' || u == u'/' || u == u':' || u == u'*'
            || u == u'?' || u == u'"' || u == u'<' || u == u'>' || u == u'|' || c.isSpace())
            c = u' ';
    }
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    s.replace(spaces, QStringLiteral(" "));
    qsizetype b = 0;
    while (b < s.size() && (s[b] == u' ' || s[b] == u'.' || s[b] == u'-'))
        ++b;
    s.remove(0, b);
    auto trimEnd = [](QString &t) {
        while (!t.isEmpty() && (t.back() == u' ' || t.back() == u'.'))
            t.chop(1);
    };
    trimEnd(s);

    if (s.toUtf8().size() > maxUtf8Bytes) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, s);
        qsizetype cut = 0, bytes = 0;
        qsizetype pos = 0;
        while ((pos = finder.toNextBoundary()) > 0) {
            const qsizetype add = QStringView(s).mid(cut, pos - cut).toUtf8().size();
            if (bytes + add > maxUtf8Bytes)
                break;
            bytes += add;
            cut = pos;
        }
        s.truncate(cut);
        trimEnd(s);
    }

    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"), QRegularExpression::CaseInsensitiveOption);
    if (device.match(s).hasMatch())
        s += u'_';
    return s;
}

QString ExportFileNamer::claim(const QString &base, const QString &extension, const QString &fallback)
{
    QString stem = safeName(base);
    if (stem.isEmpty())
        stem = safeName(fallback);
    if (stem.isEmpty())
        stem = QStringLiteral("export");
    const QString ext = extension.isEmpty() ? QString() : u'.' + extension;
    QString name = stem + ext;
    for (int n = 2; m_taken.contains(name.toCaseFolded()); ++n)
        name = stem + u'-' + QString::number(n) + ext;
    m_taken.insert(name.toCaseFolded());
    return name;
}

} // namespace galley
