// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AltoWriter.h"

#include "AltoLayoutWriter.h"

#include "import/AltoImporter.h"
#include "import/DocumentImporter.h"
#include "import/TextImporter.h"
#include "import/XmlSupport.h"
#include "WordCorrections.h"
#include "XmlText.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace galley {

namespace {

const QString Ns = QStringLiteral("http://www.loc.gov/standards/alto/ns-v4#");

bool isBoxElement(QStringView n)
{
    return n == u"TopMargin" || n == u"LeftMargin" || n == u"RightMargin" || n == u"BottomMargin" || n == u"PrintSpace"
        || n == u"ComposedBlock" || n == u"TextBlock" || n == u"TextLine" || n == u"Illustration" || n == u"GraphicalElement";
}

bool isBlock(QStringView n)
{
    return n == u"ComposedBlock" || n == u"TextBlock" || n == u"Illustration" || n == u"GraphicalElement";
}

// A number for a box attribute: at most two decimals, no trailing zeros.
QString boxNumber(double v)
{
    return QString::number(std::round(v * 100) / 100, 'g', 12);
}

class Rewriter {
public:
    Rewriter(const QByteArray &source, QByteArray &out, QHash<QString, TextSpan> ids, QHash<qsizetype, QString> corrections,
             int pageOrdinal)
        : m_source(source), m_in(source), m_out(&out), m_ids(std::move(ids)), m_corrections(std::move(corrections)),
          m_pageOrdinal(pageOrdinal)
    {
    }

    bool run(QString &error, const QString &name);

    /// IDs written unchanged from the source: TextBlocks, and Strings (document order) with their spans.
    QSet<QString> writtenBlocks;
    QList<std::pair<QString, TextSpan>> writtenStrings;

private:
    struct LineItem {
        QString name; // String, SP or HYP
        QXmlStreamAttributes a;
        QString key;  // a String's key in m_ids: its ID, or "#S<n>" (see AltoImporter)
    };
    void collectSourceIds();
    void copyAttribute(const QXmlStreamAttributes &a, const char *attr);
    QString copyId(const QXmlStreamAttributes &a, const QString &prefix, bool required);
    void writeId(const QString &wanted);
    void copyStyleRefs(const QXmlStreamAttributes &a);
    QString contentOf(const LineItem &item, bool *corrected) const;
    void flushLine();

    QByteArray m_source;
    QXmlStreamReader m_in;
    QXmlStreamWriter m_out;
    QHash<QString, TextSpan> m_ids;
    QHash<qsizetype, QString> m_corrections;
    int m_pageOrdinal;
    QSet<QString> m_styles;
    QSet<QString> m_sourceIds;
    QSet<QString> m_usedIds;
    int m_generated = 0;
    QList<LineItem> m_line;
    QString m_part2Pending;   // corrected whole word of a HypPart1, for its HypPart2
    QString m_part1Printed;
};

void Rewriter::collectSourceIds()
{
    QXmlStreamReader scan(m_source);
    while (!scan.atEnd())
        if (scan.readNext() == QXmlStreamReader::StartElement) {
            const QStringView id = scan.attributes().value(QLatin1String("ID"));
            if (!id.isEmpty())
                m_sourceIds.insert(id.toString());
        }
}

void Rewriter::copyAttribute(const QXmlStreamAttributes &a, const char *attr)
{
    const QLatin1String key(attr);
    if (a.hasAttribute(key))
        m_out.writeAttribute(key, a.value(key).toString());
}

// Writes the element's ID (a new one when it has none or repeats one, if required); returns the ID
// written, empty if none.
QString Rewriter::copyId(const QXmlStreamAttributes &a, const QString &prefix, bool required)
{
    QString id = a.value(QLatin1String("ID")).toString();
    if (id.isEmpty() || m_usedIds.contains(id)) {
        if (!required)
            return QString();
        do
            id = QStringLiteral("%1_G%2").arg(prefix).arg(++m_generated);
        while (m_usedIds.contains(id) || m_sourceIds.contains(id));
    }
    m_usedIds.insert(id);
    m_out.writeAttribute(QStringLiteral("ID"), id);
    return id;
}

// An ID for a word added by a split: wanted if free, else wanted with a number.
void Rewriter::writeId(const QString &wanted)
{
    QString id = wanted;
    for (int k = 2; m_usedIds.contains(id) || m_sourceIds.contains(id); ++k)
        id = QStringLiteral("%1_%2").arg(wanted).arg(k);
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

QString Rewriter::contentOf(const LineItem &item, bool *corrected) const
{
    *corrected = false;
    const QString content = item.a.value(QLatin1String("CONTENT")).toString();
    const auto it = m_ids.constFind(item.key);
    if (it == m_ids.cend())
        return content;
    const auto c = m_corrections.constFind(it->start);
    if (c == m_corrections.cend())
        return content;
    *corrected = true;
    return *c;
}

// Writes the buffered Strings, SPs and HYP of one TextLine: contents corrected, words placed by
// WordCorrections::placeLine (split words get cut boxes, merged ones are removed with their SP).
void Rewriter::flushLine()
{
    struct StringOut {
        QString content, subsType, subs;
    };
    QList<StringOut> strings;
    QList<WordCorrections::Word> words;
    for (const LineItem &item : std::as_const(m_line)) {
        if (item.name != u"String")
            continue;
        const QXmlStreamAttributes &a = item.a;
        bool corrected = false;
        QString content = contentOf(item, &corrected);
        const QString subsType = a.value(QLatin1String("SUBS_TYPE")).toString();
        QString subs = a.value(QLatin1String("SUBS_CONTENT")).toString();
        const QString printed = a.value(QLatin1String("CONTENT")).toString();
        const bool hyphenPart = !subsType.isEmpty() && !subs.isEmpty();
        if (subsType == u"HypPart1" && !subs.isEmpty()) {
            // The page text holds the whole word at the first half: split a corrected word
            // back into halves, the second as long as it was printed.
            const QString whole = content == printed ? subs : content;
            const qsizetype part2Length = subs.startsWith(printed) ? subs.size() - printed.size() : 0;
            content = whole == subs ? printed : whole.left(std::max<qsizetype>(1, whole.size() - part2Length));
            subs = whole;
            m_part2Pending = whole;
            m_part1Printed = content;
        } else if (subsType == u"HypPart2" && !m_part2Pending.isEmpty()) {
            subs = m_part2Pending;
            content = subs.startsWith(m_part1Printed) && subs.size() > m_part1Printed.size() ? subs.mid(m_part1Printed.size()) : printed;
            m_part2Pending.clear();
        }
        strings.append({content, subsType, subs});
        words.append({xml::altoBox(a), content, corrected && !hyphenPart});
    }
    const QList<WordCorrections::Placed> placed = WordCorrections::placeLine(words);

    int s = -1;
    bool skipSp = false;
    for (const LineItem &item : std::as_const(m_line)) {
        const QXmlStreamAttributes &a = item.a;
        if (item.name == u"SP") {
            if (skipSp) {
                skipSp = false;
                continue;
            }
            m_out.writeEmptyElement(Ns, QStringLiteral("SP"));
            copyId(a, QStringLiteral("SP"), false);
            for (const char *attr : {"WIDTH", "HPOS", "VPOS"})
                copyAttribute(a, attr);
            continue;
        }
        skipSp = false;
        if (item.name == u"HYP") {
            m_out.writeEmptyElement(Ns, QStringLiteral("HYP"));
            for (const char *attr : {"WIDTH", "HPOS", "VPOS"})
                copyAttribute(a, attr);
            m_out.writeAttribute(QStringLiteral("CONTENT"), XmlText::clean(a.value(QLatin1String("CONTENT")).toString()));
            continue;
        }
        ++s;
        QList<WordCorrections::Placed> parts;
        for (const WordCorrections::Placed &p : placed)
            if (p.source == s)
                parts.append(p);
        if (parts.isEmpty()) {
            skipSp = true; // a merged or deleted word goes with the space after it
            continue;
        }
        const QRectF original = words[s].box;
        QString id; // of the first part
        for (const WordCorrections::Placed &p : std::as_const(parts)) {
            if (p.part > 0)
                m_out.writeEmptyElement(Ns, QStringLiteral("SP"));
            m_out.writeEmptyElement(Ns, QStringLiteral("String"));
            if (p.part == 0) {
                // Every String gets an ID (METS ranges name them): its own, or a new one.
                id = copyId(a, QStringLiteral("S"), true);
                const auto span = m_ids.constFind(item.key);
                if (span != m_ids.cend())
                    writtenStrings.append({id, *span});
            } else {
                writeId(id + QStringLiteral("_%1").arg(p.part + 1));
            }
            copyStyleRefs(a);
            if (p.box == original) {
                for (const char *attr : {"HEIGHT", "WIDTH", "HPOS", "VPOS"})
                    copyAttribute(a, attr);
            } else {
                m_out.writeAttribute(QStringLiteral("HEIGHT"), boxNumber(p.box.height()));
                m_out.writeAttribute(QStringLiteral("WIDTH"), boxNumber(p.box.width()));
                m_out.writeAttribute(QStringLiteral("HPOS"), boxNumber(p.box.left()));
                m_out.writeAttribute(QStringLiteral("VPOS"), boxNumber(p.box.top()));
            }
            const StringOut &str = strings[s];
            m_out.writeAttribute(QStringLiteral("CONTENT"), XmlText::clean(p.part == 0 && parts.size() == 1 ? str.content : p.text));
            if (!str.subsType.isEmpty() && !str.subs.isEmpty()) {
                m_out.writeAttribute(QStringLiteral("SUBS_TYPE"), str.subsType);
                m_out.writeAttribute(QStringLiteral("SUBS_CONTENT"), XmlText::clean(str.subs));
            }
            if (!words[s].changed)
                copyAttribute(a, "WC");
        }
    }
    m_line.clear();
}

bool Rewriter::run(QString &error, const QString &name)
{
    collectSourceIds();
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
    bool inPage = false, inLine = false, layoutOpen = false, headerDone = false;
    bool inAnyPage = false, inAnyLine = false; // on any page: for the keys of Strings without ID
    int strings = 0;

    auto writeHeader = [&]() {
        if (headerDone)
            return;
        headerDone = true;
        m_out.writeStartElement(Ns, QStringLiteral("Description"));
        m_out.writeTextElement(Ns, QStringLiteral("MeasurementUnit"), unit);
        m_out.writeStartElement(Ns, QStringLiteral("sourceImageInformation"));
        m_out.writeTextElement(Ns, QStringLiteral("fileName"), XmlText::clean(image));
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
                inAnyPage = true;
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
                const QString id = copyId(a, n.left(2).toString().toUpper(), isBlock(n));
                if (n == u"TextBlock" && id == a.value(QLatin1String("ID")))
                    writtenBlocks.insert(id);
                for (const char *attr : {"HEIGHT", "WIDTH", "HPOS", "VPOS"})
                    copyAttribute(a, attr);
                if (n == u"TextBlock" || n == u"TextLine")
                    copyStyleRefs(a);
                if (n == u"TextLine")
                    inLine = inAnyLine = true;
            } else if (n == u"TextLine" && inAnyPage) {
                inAnyLine = true;
            }
            if (n == u"String" && inAnyPage && inAnyLine) {
                const QString key = a.value(QLatin1String("ID")).isEmpty() ? QStringLiteral("#S%1").arg(strings) : a.value(QLatin1String("ID")).toString();
                ++strings;
                if (inLine)
                    m_line.append({n.toString(), a, key});
            } else if (inLine && (n == u"SP" || n == u"HYP")) {
                m_line.append({n.toString(), a, QString()});
            }
        } else if (t == QXmlStreamReader::EndElement && inAnyPage && !inPage) {
            if (m_in.name() == u"TextLine")
                inAnyLine = false;
            else if (m_in.name() == u"Page")
                inAnyPage = false;
        } else if (t == QXmlStreamReader::EndElement && inPage) {
            const QStringView n = m_in.name();
            if (n == u"TextLine")
                inAnyLine = false;
            if (n == u"Page") {
                inAnyPage = false;
                m_out.writeEndElement();
                inPage = false;
            } else if (isBoxElement(n)) {
                if (n == u"TextLine") {
                    flushLine();
                    inLine = false;
                }
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

namespace {

// Equal words of original[o0, o1) and corrected[c0, c1) that pair up: a longest common subsequence,
// as (original index, corrected index) pairs in order. Empty when the runs are too long to compare
// (more than 4 million word pairs: a correction rewrote most of a very long piece).
QList<std::pair<qsizetype, qsizetype>> commonWords(const QStringList &original, const QStringList &corrected, qsizetype o0, qsizetype o1,
                                                   qsizetype c0, qsizetype c1)
{
    const qsizetype a = o1 - o0, b = c1 - c0;
    QList<std::pair<qsizetype, qsizetype>> out;
    if (a == 0 || b == 0 || a * b > 4'000'000)
        return out;
    // lcs[i][j]: length of the common subsequence of original[o0+i, o1) and corrected[c0+j, c1).
    std::vector<int> lcs(size_t((a + 1) * (b + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (b + 1) + j)]; };
    for (qsizetype i = a - 1; i >= 0; --i)
        for (qsizetype j = b - 1; j >= 0; --j)
            at(i, j) = original[o0 + i] == corrected[c0 + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    for (qsizetype i = 0, j = 0; i < a && j < b;) {
        if (original[o0 + i] == corrected[c0 + j]) {
            out.append({o0 + i, c0 + j});
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return out;
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
    QString atFront; // corrected words before every original word: go in front of the first
    // A differing run: one to one, the last original word taking extra corrected words, original
    // words left over getting none; corrected words with no original word in the run join the word
    // before the run (else the first word).
    auto run = [&](qsizetype o0, qsizetype o1, qsizetype c0, qsizetype c1) {
        for (qsizetype i = o0; i < o1; ++i) {
            const qsizetype c = c0 + (i - o0);
            if (i == o1 - 1 && c < c1)
                out[i] = QStringList(corrected.mid(c, c1 - c)).join(u' ');
            else
                out[i] = c < c1 ? corrected[c] : QString();
        }
        if (o1 == o0 && c1 > c0) {
            const QString extra = QStringList(corrected.mid(c0, c1 - c0)).join(u' ');
            if (o0 > 0)
                out[o0 - 1] = out[o0 - 1].isEmpty() ? extra : out[o0 - 1] + u' ' + extra;
            else
                atFront = extra;
        }
    };
    const qsizetype oEnd = n - suffix, cEnd = m - suffix;
    qsizetype o = prefix, c = prefix;
    for (const auto &[i, j] : commonWords(original, corrected, prefix, oEnd, prefix, cEnd)) {
        run(o, i, c, j);
        out[i] = corrected[j];
        o = i + 1;
        c = j + 1;
    }
    run(o, oEnd, c, cEnd);
    if (!atFront.isEmpty() && n > 0)
        out[0] = out[0].isEmpty() ? atFront : atFront + u' ' + out[0];
    return out;
}

bool AltoWriter::write(const ReviewDocument &doc, QByteArray &out, QString &error, QList<MetsWriter::Article> *articles)
{
    const Page &page = doc.page();
    const QString name = TextImporter::displaySourceName(page.sourcePath());
    QByteArray source;
    if (!DocumentImporter::readFile(page.sourcePath(), ImportOptions().maxBytes, source, error))
        return false;
    const SourceFormat format = DocumentImporter::sniff(source);
    if (format != SourceFormat::Alto) {
        // Another laid-out source (PAGE, hOCR, PDF): ALTO from its blocks and lines. A page without
        // boxes (a saved project) takes them from its source file when that gives the same text.
        const Page *geometry = page.hasGeometry() ? &page : nullptr;
        ImportResult again;
        if (!geometry && format != SourceFormat::Text) {
            again = DocumentImporter::importBytes(source, page.sourcePath());
            for (const Page &p : std::as_const(again.pages))
                if (p.text() == page.text() && p.hasGeometry())
                    geometry = &p;
        }
        if (!geometry) {
            error = QStringLiteral("%1: plain text has no boxes; ALTO export needs a laid-out source (ALTO, METS, PAGE, hOCR or PDF)").arg(name);
            return false;
        }
        AltoLayoutWriter::write(doc, *geometry, out, articles);
        return true;
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
        error = QStringLiteral("%1: the page's text is not the ALTO file's text (the file changed since it was imported, or the page "
                               "was opened as plain text)").arg(name);
        return false;
    }
    out.clear();
    Rewriter rewriter(source, out, ids[ordinal], WordCorrections::of(doc), ordinal);
    if (!rewriter.run(error, name))
        return false;
    if (articles) {
        const Page &geometry = again.pages[ordinal];
        QHash<int, QString> blockIds;
        for (int k = 0; k < geometry.blocks().size(); ++k)
            if (rewriter.writtenBlocks.contains(geometry.blocks()[k].sourceId))
                blockIds.insert(k, geometry.blocks()[k].sourceId);
        *articles = MetsWriter::articles(doc, geometry, blockIds, rewriter.writtenStrings);
    }
    return true;
}

} // namespace galley
