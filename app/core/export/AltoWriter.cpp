#include "AltoWriter.h"

#include "import/AltoImporter.h"
#include "import/DocumentImporter.h"
#include "import/TextImporter.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace galley {

namespace {

const QString Ns = QStringLiteral("http://www.loc.gov/standards/alto/ns-v4#");

QStringList words(QStringView text)
{
    QStringList out;
    for (QStringView w : text.split(u' ', Qt::SkipEmptyParts))
        out << w.toString();
    return out;
}

// Original word spans of a page range: runs of non-space characters.
QList<TextSpan> wordSpans(const QString &text, TextSpan range)
{
    QList<TextSpan> out;
    qsizetype i = range.start;
    while (i < range.end) {
        while (i < range.end && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < range.end && !text[i].isSpace())
            ++i;
        if (i > start)
            out.append({start, i});
    }
    return out;
}

// Corrected content per original word start, for every corrected piece.
QHash<qsizetype, QString> correctedWords(const ReviewDocument &doc)
{
    QHash<qsizetype, QString> out;
    const QString &text = doc.page().text();
    for (const Piece &p : doc.segmentation().allPieces()) {
        if (!doc.hasCorrection(p.id))
            continue;
        const QList<TextSpan> spans = wordSpans(text, p.span);
        QStringList original;
        for (const TextSpan &s : spans)
            original << text.mid(s.start, s.length());
        QString corrected = doc.pieceText(p.id);
        corrected.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        const QStringList aligned = AltoWriter::alignWords(original, words(corrected));
        for (qsizetype k = 0; k < spans.size(); ++k)
            out.insert(spans[k].start, aligned[k]);
    }
    return out;
}

bool isBoxElement(QStringView n)
{
    return n == u"TopMargin" || n == u"LeftMargin" || n == u"RightMargin" || n == u"BottomMargin" || n == u"PrintSpace"
        || n == u"ComposedBlock" || n == u"TextBlock" || n == u"TextLine" || n == u"Illustration" || n == u"GraphicalElement";
}

bool isBlock(QStringView n)
{
    return n == u"ComposedBlock" || n == u"TextBlock" || n == u"Illustration" || n == u"GraphicalElement";
}

class Rewriter {
public:
    Rewriter(const QByteArray &source, QByteArray &out, QHash<QString, TextSpan> ids, QHash<qsizetype, QString> corrections,
             int pageOrdinal)
        : m_in(source), m_out(&out), m_ids(std::move(ids)), m_corrections(std::move(corrections)), m_pageOrdinal(pageOrdinal)
    {
    }

    bool run(QString &error, const QString &name);

private:
    void copyAttribute(const QXmlStreamAttributes &a, const char *attr);
    void copyId(const QXmlStreamAttributes &a, const QString &prefix, bool required);
    void copyStyleRefs(const QXmlStreamAttributes &a);
    QString contentOf(const QXmlStreamAttributes &a) const;

    QXmlStreamReader m_in;
    QXmlStreamWriter m_out;
    QHash<QString, TextSpan> m_ids;
    QHash<qsizetype, QString> m_corrections;
    int m_pageOrdinal;
    QSet<QString> m_styles;
    QSet<QString> m_usedIds;
    int m_generated = 0;
};

void Rewriter::copyAttribute(const QXmlStreamAttributes &a, const char *attr)
{
    const QLatin1String key(attr);
    if (a.hasAttribute(key))
        m_out.writeAttribute(key, a.value(key).toString());
}

void Rewriter::copyId(const QXmlStreamAttributes &a, const QString &prefix, bool required)
{
    QString id = a.value(QLatin1String("ID")).toString();
    if (id.isEmpty() || m_usedIds.contains(id)) {
        if (!required)
            return;
        do
            id = QStringLiteral("%1_G%2").arg(prefix).arg(++m_generated);
        while (m_usedIds.contains(id));
    }
    m_usedIds.insert(id);
    m_out.writeAttribute(QStringLiteral("ID"), id);
}

void Rewriter::copyStyleRefs(const QXmlStreamAttributes &a)
{
    QStringList refs;
    for (QStringView r : a.value(QLatin1String("STYLEREFS")).split(u' ', Qt::SkipEmptyParts))
        if (m_styles.contains(r.toString()))
            refs << r.toString();
    if (!refs.isEmpty())
        m_out.writeAttribute(QStringLiteral("STYLEREFS"), refs.join(u' '));
}

QString Rewriter::contentOf(const QXmlStreamAttributes &a) const
{
    const QString content = a.value(QLatin1String("CONTENT")).toString();
    const auto it = m_ids.constFind(a.value(QLatin1String("ID")).toString());
    if (it == m_ids.cend())
        return content;
    const auto c = m_corrections.constFind(it->start);
    return c == m_corrections.cend() ? content : *c;
}

bool Rewriter::run(QString &error, const QString &name)
{
    m_out.setAutoFormatting(true);
    m_out.setAutoFormattingIndent(1);
    m_out.writeStartDocument();
    m_out.writeDefaultNamespace(Ns);
    m_out.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    m_out.writeStartElement(Ns, QStringLiteral("alto"));
    m_out.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                         Ns + QStringLiteral(" http://www.loc.gov/standards/alto/v4/alto-4-4.xsd"));
    m_out.writeAttribute(QStringLiteral("SCHEMAVERSION"), QStringLiteral("4.4"));

    QString unit = QStringLiteral("pixel"), image;
    struct Style {
        QXmlStreamAttributes a;
    };
    QList<Style> styles;
    int pageOrdinal = -1;
    bool inPage = false, layoutOpen = false, headerDone = false;
    QString part2Pending;   // corrected whole word of a HypPart1, for its HypPart2
    QString part1Printed;

    auto writeHeader = [&]() {
        if (headerDone)
            return;
        headerDone = true;
        m_out.writeStartElement(Ns, QStringLiteral("Description"));
        m_out.writeTextElement(Ns, QStringLiteral("MeasurementUnit"), unit);
        m_out.writeStartElement(Ns, QStringLiteral("sourceImageInformation"));
        m_out.writeTextElement(Ns, QStringLiteral("fileName"), image);
        m_out.writeEndElement();
        m_out.writeEndElement();
        if (!styles.isEmpty()) {
            m_out.writeStartElement(Ns, QStringLiteral("Styles"));
            for (const Style &s : styles) {
                m_out.writeEmptyElement(Ns, QStringLiteral("TextStyle"));
                copyId(s.a, QStringLiteral("TS"), true);
                for (const char *attr : {"FONTFAMILY", "FONTSIZE", "FONTSTYLE"})
                    copyAttribute(s.a, attr);
            }
            m_out.writeEndElement();
        }
        m_out.writeStartElement(Ns, QStringLiteral("Layout"));
        layoutOpen = true;
    };

    while (!m_in.atEnd()) {
        const auto t = m_in.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QStringView n = m_in.name();
            const QXmlStreamAttributes a = m_in.attributes();
            if (n == u"MeasurementUnit") {
                unit = m_in.readElementText().trimmed();
            } else if (n == u"fileName" && image.isEmpty()) {
                image = m_in.readElementText().trimmed();
            } else if (n == u"TextStyle" && a.hasAttribute(QLatin1String("FONTSIZE"))) {
                styles.append({a});
                m_styles.insert(a.value(QLatin1String("ID")).toString());
            } else if (n == u"Page") {
                ++pageOrdinal;
                if (pageOrdinal != m_pageOrdinal)
                    continue;
                writeHeader();
                inPage = true;
                m_out.writeStartElement(Ns, QStringLiteral("Page"));
                copyId(a, QStringLiteral("P"), true);
                m_out.writeAttribute(QStringLiteral("PHYSICAL_IMG_NR"),
                                     a.hasAttribute(QLatin1String("PHYSICAL_IMG_NR")) ? a.value(QLatin1String("PHYSICAL_IMG_NR")).toString()
                                                                                      : QString::number(pageOrdinal + 1));
                for (const char *attr : {"PRINTED_IMG_NR", "HEIGHT", "WIDTH"})
                    copyAttribute(a, attr);
            } else if (inPage && isBoxElement(n)) {
                m_out.writeStartElement(Ns, n.toString());
                copyId(a, n.left(2).toString().toUpper(), isBlock(n));
                for (const char *attr : {"HEIGHT", "WIDTH", "HPOS", "VPOS"})
                    copyAttribute(a, attr);
                if (n == u"TextBlock" || n == u"TextLine")
                    copyStyleRefs(a);
            } else if (inPage && n == u"String") {
                QString content = contentOf(a);
                const QStringView subsType = a.value(QLatin1String("SUBS_TYPE"));
                QString subs = a.value(QLatin1String("SUBS_CONTENT")).toString();
                const QString printed = a.value(QLatin1String("CONTENT")).toString();
                if (subsType == u"HypPart1" && !subs.isEmpty()) {
                    // The page text holds the whole word at the first half: split a corrected word
                    // back into halves, the second as long as it was printed.
                    const QString whole = content == printed ? subs : content;
                    const qsizetype part2Length = subs.startsWith(printed) ? subs.size() - printed.size() : 0;
                    content = whole == subs ? printed : whole.left(std::max<qsizetype>(1, whole.size() - part2Length));
                    subs = whole;
                    part2Pending = whole;
                    part1Printed = content;
                } else if (subsType == u"HypPart2" && !part2Pending.isEmpty()) {
                    subs = part2Pending;
                    content = subs.startsWith(part1Printed) && subs.size() > part1Printed.size() ? subs.mid(part1Printed.size()) : printed;
                    part2Pending.clear();
                }
                m_out.writeEmptyElement(Ns, QStringLiteral("String"));
                copyId(a, QStringLiteral("S"), false);
                copyStyleRefs(a);
                for (const char *attr : {"HEIGHT", "WIDTH", "HPOS", "VPOS"})
                    copyAttribute(a, attr);
                m_out.writeAttribute(QStringLiteral("CONTENT"), content);
                if (!subsType.isEmpty() && !subs.isEmpty()) {
                    m_out.writeAttribute(QStringLiteral("SUBS_TYPE"), subsType.toString());
                    m_out.writeAttribute(QStringLiteral("SUBS_CONTENT"), subs);
                }
                copyAttribute(a, "WC");
            } else if (inPage && (n == u"SP" || n == u"HYP")) {
                m_out.writeEmptyElement(Ns, n.toString());
                if (n == u"SP")
                    copyId(a, QStringLiteral("SP"), false);
                for (const char *attr : {"WIDTH", "HPOS", "VPOS"})
                    copyAttribute(a, attr);
                if (n == u"HYP")
                    m_out.writeAttribute(QStringLiteral("CONTENT"), a.value(QLatin1String("CONTENT")).toString());
            }
        } else if (t == QXmlStreamReader::EndElement && inPage) {
            const QStringView n = m_in.name();
            if (n == u"Page") {
                m_out.writeEndElement();
                inPage = false;
            } else if (isBoxElement(n)) {
                m_out.writeEndElement();
            }
        }
    }
    if (m_in.hasError()) {
        error = QStringLiteral("%1: line %2, column %3: %4").arg(name).arg(m_in.lineNumber()).arg(m_in.columnNumber()).arg(m_in.errorString());
        return false;
    }
    if (!headerDone) {
        error = QStringLiteral("%1: no page %2 in the ALTO file").arg(name).arg(m_pageOrdinal + 1);
        return false;
    }
    if (layoutOpen)
        m_out.writeEndElement();
    m_out.writeEndElement();
    m_out.writeEndDocument();
    return true;
}

} // namespace

QStringList AltoWriter::alignWords(const QStringList &original, const QStringList &corrected)
{
    const qsizetype n = original.size(), m = corrected.size();
    QStringList out(n);
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && original[prefix] == corrected[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && original[n - 1 - suffix] == corrected[m - 1 - suffix])
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        out[i] = corrected[i];
    for (qsizetype i = 0; i < suffix; ++i)
        out[n - 1 - i] = corrected[m - 1 - i];
    const qsizetype from = prefix, oEnd = n - suffix, cEnd = m - suffix;
    for (qsizetype i = from; i < oEnd; ++i) {
        const qsizetype c = from + (i - from);
        if (i == oEnd - 1 && c < cEnd)
            out[i] = QStringList(corrected.mid(c, cEnd - c)).join(u' ');
        else
            out[i] = c < cEnd ? corrected[c] : QString();
    }
    // Corrected words with no original word left to take them: added to the last word before the suffix.
    if (oEnd == from && cEnd > from && n > 0) {
        const qsizetype at = from > 0 ? from - 1 : (n > 0 ? 0 : -1);
        const QString extra = QStringList(corrected.mid(from, cEnd - from)).join(u' ');
        out[at] = from > 0 ? out[at] + u' ' + extra : extra + u' ' + out[at];
    }
    return out;
}

bool AltoWriter::write(const ReviewDocument &doc, QByteArray &out, QString &error)
{
    const Page &page = doc.page();
    const QString name = TextImporter::displaySourceName(page.sourcePath());
    QByteArray source;
    if (!DocumentImporter::readFile(page.sourcePath(), ImportOptions().maxBytes, source, error))
        return false;
    if (DocumentImporter::sniff(source) != SourceFormat::Alto) {
        error = QStringLiteral("%1: not an ALTO file; ALTO export keeps the coordinates of an ALTO source only").arg(name);
        return false;
    }
    QList<QHash<QString, TextSpan>> ids;
    const ImportResult again = AltoImporter::importBytes(source, page.sourcePath(), {}, &ids);
    int ordinal = -1;
    for (int i = 0; i < again.pages.size(); ++i)
        if (again.pages[i].text() == page.text()) {
            ordinal = i;
            break;
        }
    if (!again.ok() || ordinal < 0) {
        error = QStringLiteral("%1: the ALTO file changed since it was imported (its text differs)").arg(name);
        return false;
    }
    out.clear();
    Rewriter rewriter(source, out, ids[ordinal], correctedWords(doc), ordinal);
    return rewriter.run(error, name);
}

} // namespace galley
