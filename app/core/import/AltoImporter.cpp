// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AltoImporter.h"

#include "ContentHash.h"
#include "LaidOutPageBuilder.h"
#include "TextImporter.h"
#include "XmlSupport.h"

#include <QXmlStreamReader>

#include <memory>

namespace galley {

namespace {

struct TextStyle {
    double size = 0;
    bool bold = false;
};

struct Token {
    QString text;
    QString id;
    bool glue = false;   ///< joins the previous token without a space (a HYP sign)
    QStringList aliases; ///< ids that cover the same word (the HypPart2 of a joined word)
};

class AltoReader {
public:
    AltoReader(const QByteArray &bytes, const QString &sourceName)
        : m_xml(bytes), m_source(sourceName), m_name(TextImporter::displaySourceName(sourceName))
    {
    }

    bool read(ImportResult &r, QList<QHash<QString, TextSpan>> *ids);

private:
    void startPage(const QXmlStreamAttributes &a);
    void finishPage(ImportResult &r, QList<QHash<QString, TextSpan>> *ids);
    void finishLine();
    TextStyle styleOf(QStringView refs) const;

    QXmlStreamReader m_xml;
    QString m_source;
    QString m_name;
    GeometryUnit m_unit = GeometryUnit::Pixel;
    bool m_unitGiven = false;
    QString m_unitWarning;
    QString m_image;
    QHash<QString, TextStyle> m_styles;

    std::unique_ptr<LaidOutPageBuilder> m_page;
    QSizeF m_pageSize;
    int m_pageCount = 0;
    struct Composed {
        QString id;
        qsizetype firstBlock;
    };
    QList<Composed> m_composed;
    QString m_blockId;
    QString m_blockStyle;

    bool m_inLine = false;
    QRectF m_lineBox;
    QString m_lineId;
    QString m_lineStyle;
    QList<Token> m_tokens;
    TextStyle m_lineFont;
    bool m_lineFontSet = false;
    bool m_skipHyp = false;     // the HYP after a joined HypPart1
    bool m_awaitPart2 = false;  // a joined HypPart1 waits for its HypPart2
    QString m_part1Id;
    TextSpan m_part1Span{-1, -1};
    int m_strings = 0; // String elements seen in the file, for the keys of Strings without ID
};

TextStyle AltoReader::styleOf(QStringView refs) const
{
    for (QStringView ref : refs.split(u' ', Qt::SkipEmptyParts)) {
        const auto it = m_styles.constFind(ref.toString());
        if (it != m_styles.cend())
            return *it;
    }
    return {};
}

void AltoReader::startPage(const QXmlStreamAttributes &a)
{
    m_page = std::make_unique<LaidOutPageBuilder>(m_unit);
    m_pageSize = QSizeF(xml::number(a, "WIDTH"), xml::number(a, "HEIGHT"));
    m_composed.clear();
}

void AltoReader::finishLine()
{
    m_inLine = false;
    QString text;
    QList<qsizetype> at;
    for (const Token &t : m_tokens) {
        if (!text.isEmpty() && !t.glue)
            text += u' ';
        at.append(text.size());
        text += t.text;
    }
    TextStyle font = m_lineFontSet ? m_lineFont : styleOf(m_lineStyle);
    if (font.size <= 0)
        font = styleOf(m_blockStyle);
    m_page->addLine(text, m_lineBox, font.size, font.bold);
    const TextSpan line = m_page->lastLineSpan();
    if (line.start >= 0) {
        m_page->recordWord(m_lineId, line.start, line.end);
        for (int i = 0; i < m_tokens.size(); ++i) {
            const qsizetype start = line.start + at[i];
            const TextSpan word{start, start + m_tokens[i].text.size()};
            m_page->recordWord(m_tokens[i].id, word.start, word.end);
            for (const QString &alias : m_tokens[i].aliases)
                m_page->recordWord(alias, word.start, word.end);
            if (!m_part1Id.isEmpty() && m_tokens[i].id == m_part1Id)
                m_part1Span = word; // where the joined word lies: its HypPart2 covers it too
        }
    }
    m_tokens.clear();
}

void AltoReader::finishPage(ImportResult &r, QList<QHash<QString, TextSpan>> *ids)
{
    ++m_pageCount;
    Page page = m_page->build(m_source, m_pageCount, m_pageSize);
    page.setEncoding(m_xml.documentEncoding().isEmpty() ? QStringLiteral("UTF-8") : m_xml.documentEncoding().toString());
    page.setImageName(m_image);
    if (!m_unitWarning.isEmpty())
        page.addWarning(m_unitWarning);
    if (ids)
        ids->append(m_page->words());
    r.pages.append(page);
    m_page.reset();
}

bool AltoReader::read(ImportResult &r, QList<QHash<QString, TextSpan>> *ids)
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType type = m_xml.readNext();
        if (type == QXmlStreamReader::StartElement) {
            const QStringView n = m_xml.name();
            const QXmlStreamAttributes a = m_xml.attributes();
            if (n == u"MeasurementUnit") {
                const QString unit = m_xml.readElementText().trimmed();
                m_unitGiven = true;
                if (unit == u"mm10")
                    m_unit = GeometryUnit::Mm10;
                else if (unit == u"inch1200")
                    m_unit = GeometryUnit::Inch1200;
                else if (unit == u"pixel")
                    m_unit = GeometryUnit::Pixel;
                else
                    m_unitWarning = xml::errorAt(m_name, m_xml, QStringLiteral("unknown MeasurementUnit \"%1\", boxes read as pixels").arg(unit));
            } else if (n == u"fileName" && m_image.isEmpty()) {
                m_image = m_xml.readElementText().trimmed();
            } else if (n == u"TextStyle") {
                const QString fontStyle = a.value(QLatin1String("FONTSTYLE")).toString();
                m_styles.insert(a.value(QLatin1String("ID")).toString(), {xml::number(a, "FONTSIZE"), fontStyle.contains(QLatin1String("bold"))});
            } else if (n == u"Page") {
                if (!m_unitGiven && m_unitWarning.isEmpty())
                    m_unitWarning = QStringLiteral("%1: no MeasurementUnit, boxes read as pixels").arg(m_name);
                startPage(a);
            } else if (!m_page) {
                continue;
            } else if (n == u"ComposedBlock") {
                m_composed.append({a.value(QLatin1String("ID")).toString(), m_page->blocks().size()});
            } else if (n == u"TextBlock") {
                m_blockId = a.value(QLatin1String("ID")).toString();
                m_blockStyle = a.value(QLatin1String("STYLEREFS")).toString();
                m_page->beginBlock(xml::altoBox(a), m_blockId);
            } else if (n == u"TextLine") {
                m_inLine = true;
                m_lineBox = xml::altoBox(a);
                m_lineId = a.value(QLatin1String("ID")).toString();
                m_lineStyle = a.value(QLatin1String("STYLEREFS")).toString();
                m_lineFontSet = false;
                m_skipHyp = false;
            } else if (n == u"String" && m_inLine) {
                const QString subsType = a.value(QLatin1String("SUBS_TYPE")).toString();
                const QString subs = a.value(QLatin1String("SUBS_CONTENT")).toString().trimmed();
                // Strings without ID get a key of their position, for AltoWriter to correct them.
                const QString id = a.value(QLatin1String("ID")).isEmpty() ? QStringLiteral("#S%1").arg(m_strings)
                                                                           : a.value(QLatin1String("ID")).toString();
                ++m_strings;
                if (!m_lineFontSet) {
                    TextStyle s = styleOf(a.value(QLatin1String("STYLEREFS")));
                    if (s.size > 0) {
                        s.bold = s.bold || a.value(QLatin1String("STYLE")).contains(QLatin1String("bold"));
                        m_lineFont = s;
                        m_lineFontSet = true;
                    }
                }
                if (subsType == u"HypPart2" && m_awaitPart2) {
                    // The second half of a word already given whole at its first half.
                    m_awaitPart2 = false;
                    if (m_part1Span.start >= 0)
                        m_page->recordWord(id, m_part1Span.start, m_part1Span.end);
                    else if (!m_tokens.isEmpty())
                        m_tokens.last().aliases.append(id);
                    continue;
                }
                m_awaitPart2 = false;
                if (subsType == u"HypPart1" && !subs.isEmpty()) {
                    m_tokens.append({subs, id, false, {}});
                    m_skipHyp = true;
                    m_awaitPart2 = true;
                    m_part1Id = id;
                    m_part1Span = {-1, -1};
                } else {
                    const QString content = a.value(QLatin1String("CONTENT")).toString().trimmed();
                    if (!content.isEmpty())
                        m_tokens.append({content, id, false, {}});
                }
            } else if (n == u"HYP" && m_inLine) {
                if (m_skipHyp) {
                    m_skipHyp = false;
                } else {
                    const QString sign = a.value(QLatin1String("CONTENT")).toString();
                    if (!sign.isEmpty() && !m_tokens.isEmpty())
                        m_tokens.append({sign, QString(), true, {}});
                }
            }
        } else if (type == QXmlStreamReader::EndElement && m_page) {
            const QStringView n = m_xml.name();
            if (n == u"TextLine" && m_inLine) {
                finishLine();
            } else if (n == u"TextBlock") {
                m_page->endBlock();
                if (!m_page->blocks().isEmpty() && m_page->blocks().last().sourceId == m_blockId)
                    m_page->recordWord(m_blockId, m_page->blocks().last().span.start, m_page->blocks().last().span.end);
            } else if (n == u"ComposedBlock" && !m_composed.isEmpty()) {
                const Composed c = m_composed.takeLast();
                const QList<Block> &blocks = m_page->blocks();
                if (c.firstBlock < blocks.size())
                    m_page->recordWord(c.id, blocks[c.firstBlock].span.start, blocks.last().span.end);
            } else if (n == u"Page") {
                finishPage(r, ids);
            }
        }
    }
    if (m_xml.hasError()) {
        r.pages.clear();
        r.error = xml::readerError(m_name, m_xml);
        return false;
    }
    return true;
}

} // namespace

ImportResult AltoImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options,
                                       QList<QHash<QString, TextSpan>> *ids)
{
    Q_UNUSED(options);
    ImportResult r;
    const QString name = TextImporter::displaySourceName(sourceName);
    AltoReader reader(bytes, sourceName);
    if (!reader.read(r, ids)) {
        if (ids)
            ids->clear();
        return r;
    }
    bool anyText = false;
    for (const Page &p : r.pages)
        anyText = anyText || !p.text().isEmpty();
    if (!anyText) {
        r.pages.clear();
        if (ids)
            ids->clear();
        r.error = QStringLiteral("%1: no text in the ALTO file (no String with CONTENT inside a Page)").arg(name);
        return r;
    }
    const QByteArray sha256 = ContentHash::sha256Hex(bytes);
    for (Page &p : r.pages) {
        p.setSha256(sha256);
        r.warnings.append(p.warnings());
    }
    r.warnings.removeDuplicates();
    r.encoding = QStringLiteral("UTF-8");
    r.encodingReason = QStringLiteral("XML");
    return r;
}

} // namespace galley
