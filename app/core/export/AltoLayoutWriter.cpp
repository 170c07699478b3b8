// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AltoLayoutWriter.h"

#include "WordCorrections.h"
#include "XmlText.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>

#include <cmath>
#include <map>

namespace galley {

namespace {

const QString Ns = QStringLiteral("http://www.loc.gov/standards/alto/ns-v4#");

QString number(double v) { return QString::number(std::round(v * 100) / 100, 'g', 12); }

bool isXmlName(const QString &id)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9._-]*$"));
    return name.match(id).hasMatch();
}

QString unitName(GeometryUnit unit)
{
    switch (unit) {
    case GeometryUnit::Mm10: return QStringLiteral("mm10");
    case GeometryUnit::Inch1200: return QStringLiteral("inch1200");
    default: return QStringLiteral("pixel");
    }
}

QString styleId(double size) { return QStringLiteral("TS%1").arg(number(size)).replace(u'.', u'_'); }

void writeBox(QXmlStreamWriter &x, const QRectF &box)
{
    if (box.isNull())
        return;
    x.writeAttribute(QStringLiteral("HEIGHT"), number(box.height()));
    x.writeAttribute(QStringLiteral("WIDTH"), number(box.width()));
    x.writeAttribute(QStringLiteral("HPOS"), number(box.left()));
    x.writeAttribute(QStringLiteral("VPOS"), number(box.top()));
}

} // namespace

void AltoLayoutWriter::write(const ReviewDocument &doc, const Page &geometry, QByteArray &out, QList<MetsWriter::Article> *articles)
{
    const QString &text = geometry.text();
    const QHash<qsizetype, QString> corrections = WordCorrections::of(doc);
    QRectF extent;
    std::map<QString, std::pair<double, bool>> styles; // by ID: sorted, so the output is the same every run
    for (const Block &b : geometry.blocks()) {
        extent = extent.united(b.box);
        for (const LineGeometry &l : b.lines) {
            extent = extent.united(l.box);
            if (l.fontSize > 0)
                styles[styleId(l.fontSize) + (l.bold ? QStringLiteral("_B") : QString())] = {l.fontSize, l.bold};
        }
    }
    const QSizeF size = geometry.pageSize().isEmpty() ? QSizeF(extent.right(), extent.bottom()) : geometry.pageSize();

    out.clear();
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    x.writeStartDocument();
    x.writeDefaultNamespace(Ns);
    x.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    x.writeStartElement(Ns, QStringLiteral("alto"));
    x.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                     Ns + QStringLiteral(" http://www.loc.gov/standards/alto/v4/alto-4-4.xsd"));
    x.writeAttribute(QStringLiteral("SCHEMAVERSION"), QStringLiteral("4.4"));
    x.writeStartElement(Ns, QStringLiteral("Description"));
    x.writeTextElement(Ns, QStringLiteral("MeasurementUnit"), unitName(geometry.geometryUnit()));
    x.writeStartElement(Ns, QStringLiteral("sourceImageInformation"));
    x.writeTextElement(Ns, QStringLiteral("fileName"), XmlText::clean(geometry.imageName()));
    x.writeEndElement();
    x.writeEndElement();
    if (!styles.empty()) {
        x.writeStartElement(Ns, QStringLiteral("Styles"));
        for (const auto &[id, style] : styles) {
            x.writeEmptyElement(Ns, QStringLiteral("TextStyle"));
            x.writeAttribute(QStringLiteral("ID"), id);
            x.writeAttribute(QStringLiteral("FONTSIZE"), number(style.first));
            if (style.second)
                x.writeAttribute(QStringLiteral("FONTSTYLE"), QStringLiteral("bold"));
        }
        x.writeEndElement();
    }
    x.writeStartElement(Ns, QStringLiteral("Layout"));
    x.writeStartElement(Ns, QStringLiteral("Page"));
    x.writeAttribute(QStringLiteral("ID"), QStringLiteral("P1"));
    x.writeAttribute(QStringLiteral("PHYSICAL_IMG_NR"), QString::number(geometry.pageNumber()));
    x.writeAttribute(QStringLiteral("HEIGHT"), number(size.height()));
    x.writeAttribute(QStringLiteral("WIDTH"), number(size.width()));
    x.writeStartElement(Ns, QStringLiteral("PrintSpace"));
    writeBox(x, QRectF(QPointF(0, 0), size));

    QSet<QString> taken{QStringLiteral("P1")};
    for (const auto &[id, style] : styles)
        taken.insert(id);
    QHash<int, QString> blockIds;
    QList<std::pair<QString, TextSpan>> strings;
    for (int k = 0; k < geometry.blocks().size(); ++k) {
        const Block &b = geometry.blocks()[k];
        QString id = b.sourceId;
        if (!isXmlName(id) || taken.contains(id))
            id = QStringLiteral("TB%1").arg(k + 1);
        while (taken.contains(id))
            id += u'_';
        taken.insert(id);
        blockIds.insert(k, id);
        x.writeStartElement(Ns, QStringLiteral("TextBlock"));
        x.writeAttribute(QStringLiteral("ID"), id);
        writeBox(x, b.box);
        for (int j = 0; j < b.lines.size(); ++j) {
            const LineGeometry &l = b.lines[j];
            const QString lineId = QStringLiteral("%1_L%2").arg(id).arg(j + 1);
            taken.insert(lineId);
            const QRectF lineBox = l.box.isNull() ? b.box : l.box;
            x.writeStartElement(Ns, QStringLiteral("TextLine"));
            x.writeAttribute(QStringLiteral("ID"), lineId);
            writeBox(x, lineBox);
            if (l.fontSize > 0)
                x.writeAttribute(QStringLiteral("STYLEREFS"), styleId(l.fontSize) + (l.bold ? QStringLiteral("_B") : QString()));
            // Words and their synthetic boxes: the line box cut at character positions.
            QList<TextSpan> spans;
            for (qsizetype i = l.span.start; i < l.span.end;) {
                while (i < l.span.end && text[i].isSpace())
                    ++i;
                const qsizetype start = i;
                while (i < l.span.end && !text[i].isSpace())
                    ++i;
                if (i > start)
                    spans.append({start, i});
            }
            QList<WordCorrections::Word> words;
            const double perUnit = lineBox.isNull() || l.span.isEmpty() ? 0 : lineBox.width() / double(l.span.length());
            for (const TextSpan &w : spans) {
                const QRectF box = lineBox.isNull() ? QRectF()
                                                    : QRectF(lineBox.left() + perUnit * double(w.start - l.span.start), lineBox.top(),
                                                             perUnit * double(w.length()), lineBox.height());
                const auto c = corrections.constFind(w.start);
                words.append({box, c == corrections.cend() ? text.mid(w.start, w.length()) : *c, c != corrections.cend()});
            }
            int n = 0;
            for (const WordCorrections::Placed &p : WordCorrections::placeLine(words)) {
                if (n > 0)
                    x.writeEmptyElement(Ns, QStringLiteral("SP"));
                const QString stringId = QStringLiteral("%1_S%2").arg(lineId).arg(++n);
                x.writeEmptyElement(Ns, QStringLiteral("String"));
                x.writeAttribute(QStringLiteral("ID"), stringId);
                writeBox(x, p.box);
                x.writeAttribute(QStringLiteral("CONTENT"), XmlText::clean(p.text));
                if (p.part == 0)
                    strings.append({stringId, spans[p.source]});
            }
            if (n == 0) { // a line needs a String
                x.writeEmptyElement(Ns, QStringLiteral("String"));
                x.writeAttribute(QStringLiteral("CONTENT"), QString());
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement(); // PrintSpace
    x.writeEndElement(); // Page
    x.writeEndElement(); // Layout
    x.writeEndElement(); // alto
    x.writeEndDocument();
    if (articles)
        *articles = MetsWriter::articles(doc, geometry, blockIds, strings);
}

} // namespace galley
