// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlWriter.h"

#include "XmlText.h"

#include <QFileInfo>

namespace galley {

namespace {

// Every text and attribute value goes through here: escaped, and well-formed XML for any input (XmlText).
QString esc(const QString &s) { return XmlText::escaped(s); }

QString tableHtml(const ExportItem &table, bool qt)
{
    QString h;
    if (qt)
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n");
    else
        h += QStringLiteral("<table>\n");
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const bool header = r == 0 && table.rows.size() > 1;
        if (!qt && r == 0)
            h += header ? QStringLiteral("<thead>\n") : QStringLiteral("<tbody>\n");
        if (!qt && r == 1)
            h += QStringLiteral("<tbody>\n");
        h += QStringLiteral("<tr>");
        for (const QString &cell : table.rows[r])
            h += (header ? QStringLiteral("<th>") : QStringLiteral("<td>")) + esc(cell.trimmed())
                + (header ? QStringLiteral("</th>") : QStringLiteral("</td>"));
        h += QStringLiteral("</tr>\n");
        if (!qt && header)
            h += QStringLiteral("</thead>\n");
    }
    if (!qt && !table.rows.isEmpty())
        h += QStringLiteral("</tbody>\n");
    h += QStringLiteral("</table>\n");
    return h;
}

QString articleHtml(const ExportArticle &a, bool qt, bool pageBreak)
{
    QString h;
    const QString open = qt ? (pageBreak ? QStringLiteral("<div style=\"page-break-before: always\">\n") : QStringLiteral("<div>\n"))
                            : QStringLiteral("<article id=\"article-%1\">\n").arg(a.number);
    h += open;
    // An article with no display line at all (the editor left it without) has no empty <header>.
    const bool header = !qt && !(a.kicker.isEmpty() && a.headline.isEmpty() && a.subheadline.isEmpty() && a.byline.isEmpty());
    if (header)
        h += QStringLiteral("<header>\n");
    if (!a.kicker.isEmpty())
        h += QStringLiteral("<p class=\"kicker\">%1</p>\n").arg(esc(a.kicker));
    if (!a.headline.isEmpty()) // an article the editor left without one has no empty heading
        h += QStringLiteral("<h1>%1</h1>\n").arg(esc(a.headline));
    if (!a.subheadline.isEmpty())
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(a.subheadline));
    if (!a.byline.isEmpty())
        h += QStringLiteral("<p class=\"byline\">%1</p>\n").arg(esc(a.byline));
    if (header)
        h += QStringLiteral("</header>\n");
    for (const QString &p : a.paragraphs)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(p));

    for (qsizetype i = 0; i < a.items.size(); ++i) {
        const ExportItem &item = a.items[i];
        switch (item.role) {
        case Role::TableTitle:
        case Role::Table: {
            QString title;
            const ExportItem *table = &item;
            if (item.role == Role::TableTitle) {
                title = item.text;
                if (i + 1 < a.items.size() && a.items[i + 1].role == Role::Table)
                    table = &a.items[++i];
                else
                    table = nullptr;
            }
            // Notes and credits right after a table belong to it.
            QList<const ExportItem *> after;
            while (table && i + 1 < a.items.size() && (a.items[i + 1].role == Role::Note || a.items[i + 1].role == Role::Credit))
                after.append(&a.items[++i]);
            if (qt) {
                if (!title.isEmpty())
                    h += QStringLiteral("<p class=\"table-title\"><b>%1</b></p>\n").arg(esc(title));
                if (table)
                    h += tableHtml(*table, true);
                for (const ExportItem *x : after)
                    h += QStringLiteral("<p class=\"%1\"><small>%2</small></p>\n").arg(roleName(x->role), esc(x->text));
            } else {
                h += QStringLiteral("<figure class=\"table\">\n");
                if (!title.isEmpty())
                    h += QStringLiteral("<figcaption>%1</figcaption>\n").arg(esc(title));
                if (table)
                    h += tableHtml(*table, false);
                for (const ExportItem *x : after)
                    h += QStringLiteral("<p class=\"%1\">%2</p>\n").arg(roleName(x->role), esc(x->text));
                h += QStringLiteral("</figure>\n");
            }
            break;
        }
        case Role::Caption:
        case Role::Credit: {
            QString caption, credit;
            (item.role == Role::Caption ? caption : credit) = item.text;
            if (item.role == Role::Caption && i + 1 < a.items.size() && a.items[i + 1].role == Role::Credit)
                credit = a.items[++i].text;
            if (qt) {
                h += QStringLiteral("<p class=\"caption\"><i>%1</i>%2</p>\n")
                         .arg(esc(caption), credit.isEmpty() ? QString() : QStringLiteral(" <small>%1</small>").arg(esc(credit)));
            } else {
                h += QStringLiteral("<figure class=\"photo\">\n<figcaption>");
                if (!caption.isEmpty())
                    h += esc(caption);
                if (!credit.isEmpty())
                    h += (caption.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("<small class=\"credit\">%1</small>").arg(esc(credit));
                h += QStringLiteral("</figcaption>\n</figure>\n");
            }
            break;
        }
        case Role::Note:
            h += qt ? QStringLiteral("<p class=\"note\"><i>%1</i></p>\n").arg(esc(item.text))
                    : QStringLiteral("<aside class=\"note\"><p>%1</p></aside>\n").arg(esc(item.text));
            break;
        case Role::JumpLine:
            h += QStringLiteral("<p class=\"jump-line\"><i>%1</i></p>\n").arg(esc(item.text));
            break;
        default:
            h += QStringLiteral("<p>%1</p>\n").arg(esc(item.text));
            break;
        }
    }
    h += qt ? QStringLiteral("</div>\n") : QStringLiteral("</article>\n");
    return h;
}

} // namespace

QString HtmlWriter::documentTitle(const ExportPage &page)
{
    if (page.articles.size() == 1 && !page.articles.first().headline.isEmpty())
        return page.articles.first().headline;
    const QString name = page.sourcePath.isEmpty() ? QStringLiteral("page") : QFileInfo(page.sourcePath).fileName();
    if (page.articles.size() == 1)
        return QStringLiteral("%1 p. %2, article %3").arg(name).arg(page.pageNumber).arg(page.articles.first().number);
    return QStringLiteral("%1 p. %2").arg(name).arg(page.pageNumber);
}

QByteArray HtmlWriter::write(const ExportPage &page, Flavour flavour)
{
    const bool qt = flavour == Flavour::QtRichText;
    QString h;
    h += qt ? QStringLiteral("<html") : QStringLiteral("<!DOCTYPE html>\n<html");
    if (!page.language.isEmpty())
        h += QStringLiteral(" lang=\"%1\"").arg(esc(page.language));
    h += QStringLiteral(">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%1</title>\n").arg(esc(documentTitle(page)));
    if (!qt)
        h += QStringLiteral("<meta name=\"generator\" content=\"Galley %1\"/>\n"
                            "<style>\nbody { max-width: 40em; margin: 2em auto; line-height: 1.6; }\n"
                            ".kicker, .byline { color: #555; }\nfigure.table table { border-collapse: collapse; }\n"
                            "figure.table td, figure.table th { border: 1px solid #999; padding: 0.2em 0.4em; }\n"
                            "</style>\n").arg(QStringLiteral(GALLEY_VERSION));
    h += QStringLiteral("</head>\n<body>\n");
    for (qsizetype i = 0; i < page.articles.size(); ++i)
        h += articleHtml(page.articles[i], qt, i > 0);
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace galley
