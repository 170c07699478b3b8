// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NitfWriter.h"

#include "HtmlWriter.h"
#include "XmlText.h"

#include "ExportTime.h"

#include <QDateTime>
#include <QFileInfo>
#include <QXmlStreamWriter>

namespace galley {

namespace {

// Every text and attribute value goes through XmlText::clean: QXmlStreamWriter (Qt 6.4) writes what it
// is given, and one unpaired surrogate used to turn the whole file into "<></>".
QString xmlSafe(const QString &text) { return XmlText::clean(text); }

void textElement(QXmlStreamWriter &x, const QString &name, const QString &text, const QString &cls = QString())
{
    x.writeStartElement(name);
    if (!cls.isEmpty())
        x.writeAttribute(QStringLiteral("class"), xmlSafe(cls));
    x.writeCharacters(xmlSafe(text));
    x.writeEndElement();
}

void table(QXmlStreamWriter &x, const ExportItem &t, const QString &caption)
{
    x.writeStartElement(QStringLiteral("table"));
    if (!caption.isEmpty())
        textElement(x, QStringLiteral("caption"), caption);
    const bool header = t.rows.size() > 1;
    if (header) {
        x.writeStartElement(QStringLiteral("thead"));
        x.writeStartElement(QStringLiteral("tr"));
        for (const QString &c : t.rows.first())
            textElement(x, QStringLiteral("th"), c.trimmed());
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeStartElement(QStringLiteral("tbody"));
    for (qsizetype r = header ? 1 : 0; r < t.rows.size(); ++r) {
        x.writeStartElement(QStringLiteral("tr"));
        for (const QString &c : t.rows[r])
            textElement(x, QStringLiteral("td"), c.trimmed());
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
}

// Paragraphs, tables, notes … of an article inside a body.content or block.
void content(QXmlStreamWriter &x, const ExportArticle &a, bool datelineInHead)
{
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        QString p = a.paragraphs[i];
        if (i == 0 && datelineInHead && !a.dateline.isEmpty())
            p = a.datelineRest;
        textElement(x, QStringLiteral("p"), p);
    }
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        const ExportItem &item = a.items[i];
        switch (item.role) {
        case Role::TableTitle:
            if (i + 1 < a.items.size() && a.items[i + 1].role == Role::Table)
                table(x, a.items[++i], item.text);
            else
                textElement(x, QStringLiteral("p"), item.text, QStringLiteral("table-title"));
            break;
        case Role::Table:
            table(x, item, QString());
            break;
        case Role::Note:
            x.writeStartElement(QStringLiteral("note"));
            x.writeStartElement(QStringLiteral("body.content"));
            textElement(x, QStringLiteral("p"), item.text);
            x.writeEndElement();
            x.writeEndElement();
            break;
        default:
            textElement(x, QStringLiteral("p"), item.text, roleName(item.role));
            break;
        }
    }
}

} // namespace

QByteArray NitfWriter::write(const ExportPage &page)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("nitf"));
    x.writeDefaultNamespace(QString::fromLatin1(kNamespace));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("-//IPTC//DTD NITF 3.6//EN"));
    const QDateTime now = exportTime(); // SOURCE_DATE_EPOCH when set (ExportTime.h)
    x.writeAttribute(QStringLiteral("change.date"), now.toString(QStringLiteral("MMMM d, yyyy")));
    x.writeAttribute(QStringLiteral("change.time"), now.toString(QStringLiteral("HH:mm")));
    if (!page.language.isEmpty())
        x.writeAttribute(QStringLiteral("xml:lang"), xmlSafe(page.language));

    const bool single = page.articles.size() == 1;
    x.writeStartElement(QStringLiteral("head"));
    textElement(x, QStringLiteral("title"), HtmlWriter::documentTitle(page));
    x.writeStartElement(QStringLiteral("docdata"));
    x.writeEmptyElement(QStringLiteral("doc-id"));
    QString docId = QFileInfo(page.sourcePath).completeBaseName();
    if (docId.isEmpty())
        docId = QStringLiteral("page");
    docId += QStringLiteral("-p%1").arg(page.pageNumber);
    if (single)
        docId += QStringLiteral("-a%1").arg(page.articles.first().number);
    x.writeAttribute(QStringLiteral("id-string"), xmlSafe(docId));
    x.writeEndElement(); // docdata
    x.writeEndElement(); // head

    x.writeStartElement(QStringLiteral("body"));
    x.writeStartElement(QStringLiteral("body.head"));
    x.writeStartElement(QStringLiteral("hedline"));
    if (single) {
        const ExportArticle &a = page.articles.first();
        textElement(x, QStringLiteral("hl1"), a.headline);
        if (!a.subheadline.isEmpty())
            textElement(x, QStringLiteral("hl2"), a.subheadline);
        if (!a.kicker.isEmpty())
            textElement(x, QStringLiteral("hl2"), a.kicker, QStringLiteral("kicker"));
        x.writeEndElement(); // hedline
        if (!a.byline.isEmpty())
            textElement(x, QStringLiteral("byline"), a.byline);
        if (!a.dateline.isEmpty())
            textElement(x, QStringLiteral("dateline"), a.dateline);
        x.writeEndElement(); // body.head
        x.writeStartElement(QStringLiteral("body.content"));
        content(x, a, true);
        x.writeEndElement();
    } else {
        textElement(x, QStringLiteral("hl1"), HtmlWriter::documentTitle(page));
        x.writeEndElement(); // hedline
        x.writeEndElement(); // body.head
        x.writeStartElement(QStringLiteral("body.content"));
        for (const ExportArticle &a : page.articles) {
            x.writeStartElement(QStringLiteral("block"));
            x.writeAttribute(QStringLiteral("id"), QStringLiteral("article-%1").arg(a.number));
            if (!a.kicker.isEmpty())
                textElement(x, QStringLiteral("p"), a.kicker, QStringLiteral("kicker"));
            textElement(x, QStringLiteral("hl2"), a.headline);
            if (!a.subheadline.isEmpty())
                textElement(x, QStringLiteral("p"), a.subheadline, QStringLiteral("subheadline"));
            if (!a.byline.isEmpty())
                textElement(x, QStringLiteral("p"), a.byline, QStringLiteral("byline"));
            content(x, a, false);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEmptyElement(QStringLiteral("body.end"));
    x.writeEndElement(); // body
    x.writeEndElement(); // nitf
    x.writeEndDocument();
    return out;
}

} // namespace galley
