// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetsWriter.h"

#include "XmlText.h"

#include <QXmlStreamWriter>

namespace galley {

namespace {

const QString MetsNs = QStringLiteral("http://www.loc.gov/METS/");
const QString XlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
const QString XsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const QString FileId = QStringLiteral("ALTO1");

// The div types a piece sits in: outer (HEADING, BODY) or none, and its own.
std::pair<QString, QString> divTypes(Role role)
{
    switch (role) {
    case Role::Headline: return {QStringLiteral("HEADING"), QStringLiteral("TITLE")};
    case Role::Subheadline: return {QStringLiteral("HEADING"), QStringLiteral("SUBTITLE")};
    case Role::Kicker: return {QStringLiteral("HEADING"), QStringLiteral("KICKER")};
    case Role::Byline: return {QString(), QStringLiteral("AUTHOR")};
    case Role::Caption: return {QString(), QStringLiteral("CAPTION")};
    case Role::Lead:
    case Role::Body:
    case Role::Unknown: return {QStringLiteral("BODY"), QStringLiteral("PARAGRAPH")};
    default: return {QString(), roleName(role).toUpper()};
    }
}

class Writer {
public:
    explicit Writer(QByteArray &out) : m_x(&out) {}

    void article(const MetsWriter::Article &a, int order);

    QXmlStreamWriter m_x;

private:
    void open(const QString &type, const QString &label = QString())
    {
        m_x.writeStartElement(MetsNs, QStringLiteral("div"));
        m_x.writeAttribute(QStringLiteral("ID"), QStringLiteral("DIVL%1").arg(++m_divs));
        m_x.writeAttribute(QStringLiteral("TYPE"), type);
        if (!label.isEmpty())
            m_x.writeAttribute(QStringLiteral("LABEL"), XmlText::clean(label));
    }
    void areas(const QList<MetsWriter::Area> &areas)
    {
        for (const MetsWriter::Area &a : areas) {
            m_x.writeStartElement(MetsNs, QStringLiteral("fptr"));
            m_x.writeEmptyElement(MetsNs, QStringLiteral("area"));
            m_x.writeAttribute(QStringLiteral("FILEID"), FileId);
            m_x.writeAttribute(QStringLiteral("BETYPE"), QStringLiteral("IDREF"));
            m_x.writeAttribute(QStringLiteral("BEGIN"), XmlText::clean(a.begin));
            if (!a.end.isEmpty())
                m_x.writeAttribute(QStringLiteral("END"), XmlText::clean(a.end));
            m_x.writeEndElement();
        }
    }

    int m_divs = 0;
};

void Writer::article(const MetsWriter::Article &a, int order)
{
    m_x.writeStartElement(MetsNs, QStringLiteral("div"));
    m_x.writeAttribute(QStringLiteral("ID"), QStringLiteral("ARTICLE%1").arg(order));
    m_x.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("ARTICLE"));
    m_x.writeAttribute(QStringLiteral("ORDER"), QString::number(order));
    if (!a.label.isEmpty())
        m_x.writeAttribute(QStringLiteral("LABEL"), XmlText::clean(a.label));
    QString outer;        // the open HEADING / BODY div, if any
    bool paragraphOpen = false;
    for (const MetsWriter::Piece &p : a.pieces) {
        const auto [wantOuter, type] = divTypes(p.role);
        const bool continues = paragraphOpen && type == QLatin1String("PARAGRAPH") && p.continuesParagraph && outer == wantOuter;
        if (!continues && paragraphOpen) {
            m_x.writeEndElement(); // PARAGRAPH
            paragraphOpen = false;
        }
        if (!continues && outer != wantOuter) {
            if (!outer.isEmpty())
                m_x.writeEndElement();
            outer = wantOuter;
            if (!outer.isEmpty())
                open(outer);
        }
        if (continues) {
            areas(p.areas);
            continue;
        }
        open(type);
        areas(p.areas);
        if (type == QLatin1String("PARAGRAPH"))
            paragraphOpen = true;
        else
            m_x.writeEndElement();
    }
    if (paragraphOpen)
        m_x.writeEndElement();
    if (!outer.isEmpty())
        m_x.writeEndElement();
    m_x.writeEndElement(); // ARTICLE
}

} // namespace

QList<MetsWriter::Article> MetsWriter::articles(const ReviewDocument &doc, const Page &geometry, const QHash<int, QString> &blockIds,
                                                const QList<std::pair<QString, TextSpan>> &strings)
{
    QList<Article> out;
    const QList<Block> &blocks = geometry.blocks();
    for (int i = 0; i < doc.segmentation().articles.size(); ++i) {
        Article a;
        a.label = doc.headline(i);
        for (const galley::Piece &p : doc.segmentation().articles[i].pieces) {
            Piece mp;
            mp.role = p.role;
            mp.continuesParagraph = p.continuesParagraph;
            // One area per block the piece touches, in page order (a piece may run over adjacent
            // blocks: a letter-spaced title the word grouper cut into one block per word).
            for (int b = 0; b < blocks.size(); ++b) {
                if (!blocks[b].span.overlaps(p.span))
                    continue;
                const TextSpan part{std::max(p.span.start, blocks[b].span.start), std::min(p.span.end, blocks[b].span.end)};
                if (part == blocks[b].span && blockIds.contains(b)) {
                    mp.areas.append({blockIds.value(b), QString()});
                    continue;
                }
                QString first, last;
                for (const auto &[id, span] : strings)
                    if (span.start >= part.start && span.end <= part.end) {
                        if (first.isEmpty())
                            first = id;
                        last = id;
                    }
                if (!first.isEmpty())
                    mp.areas.append({first, last});
            }
            if (!mp.areas.isEmpty())
                a.pieces.append(mp);
        }
        if (!a.pieces.isEmpty())
            out.append(a);
    }
    return out;
}

QByteArray MetsWriter::write(const QList<Article> &articles, const QString &altoHref, const QString &pageLabel)
{
    QByteArray out;
    Writer w(out);
    QXmlStreamWriter &x = w.m_x;
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    x.writeStartDocument();
    x.writeNamespace(MetsNs, QStringLiteral("mets"));
    x.writeNamespace(XlinkNs, QStringLiteral("xlink"));
    x.writeNamespace(XsiNs, QStringLiteral("xsi"));
    x.writeStartElement(MetsNs, QStringLiteral("mets"));
    x.writeAttribute(XsiNs, QStringLiteral("schemaLocation"), MetsNs + QStringLiteral(" http://www.loc.gov/standards/mets/mets.xsd"));
    if (!pageLabel.isEmpty())
        x.writeAttribute(QStringLiteral("LABEL"), XmlText::clean(pageLabel));

    x.writeStartElement(MetsNs, QStringLiteral("metsHdr"));
    x.writeStartElement(MetsNs, QStringLiteral("agent"));
    x.writeAttribute(QStringLiteral("ROLE"), QStringLiteral("CREATOR"));
    x.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("OTHER"));
    x.writeAttribute(QStringLiteral("OTHERTYPE"), QStringLiteral("SOFTWARE"));
    x.writeTextElement(MetsNs, QStringLiteral("name"), QStringLiteral("Galley"));
    x.writeEndElement();
    x.writeEndElement();

    x.writeStartElement(MetsNs, QStringLiteral("fileSec"));
    x.writeStartElement(MetsNs, QStringLiteral("fileGrp"));
    x.writeAttribute(QStringLiteral("USE"), QStringLiteral("TEXT"));
    x.writeStartElement(MetsNs, QStringLiteral("file"));
    x.writeAttribute(QStringLiteral("ID"), FileId);
    x.writeAttribute(QStringLiteral("MIMETYPE"), QStringLiteral("text/xml"));
    x.writeEmptyElement(MetsNs, QStringLiteral("FLocat"));
    x.writeAttribute(QStringLiteral("LOCTYPE"), QStringLiteral("URL"));
    x.writeAttribute(XlinkNs, QStringLiteral("href"), XmlText::clean(altoHref));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();

    x.writeStartElement(MetsNs, QStringLiteral("structMap"));
    x.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("PHYSICAL"));
    x.writeStartElement(MetsNs, QStringLiteral("div"));
    x.writeAttribute(QStringLiteral("ID"), QStringLiteral("DIVP1"));
    x.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("page"));
    x.writeAttribute(QStringLiteral("ORDER"), QStringLiteral("1"));
    x.writeEmptyElement(MetsNs, QStringLiteral("fptr"));
    x.writeAttribute(QStringLiteral("FILEID"), FileId);
    x.writeEndElement();
    x.writeEndElement();

    x.writeStartElement(MetsNs, QStringLiteral("structMap"));
    x.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("LOGICAL"));
    x.writeStartElement(MetsNs, QStringLiteral("div"));
    x.writeAttribute(QStringLiteral("ID"), QStringLiteral("DIVL0"));
    x.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("Newspaper"));
    for (qsizetype i = 0; i < articles.size(); ++i)
        w.article(articles[i], int(i) + 1);
    x.writeEndElement();
    x.writeEndElement();

    x.writeEndElement(); // mets
    x.writeEndDocument();
    return out;
}

} // namespace galley
