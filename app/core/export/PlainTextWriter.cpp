// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainTextWriter.h"

namespace galley {

QString PlainTextWriter::article(const ExportArticle &a)
{
    QStringList head;
    for (const QString *field : {&a.kicker, &a.headline, &a.subheadline, &a.byline})
        if (!field->isEmpty())
            head.append(*field);
    QStringList parts;
    if (!head.isEmpty())
        parts.append(head.join(u'\n'));
    parts.append(a.paragraphs);
    for (const ExportItem &item : a.items)
        parts.append(item.text);
    return parts.join(QStringLiteral("\n\n")) + u'\n';
}

QByteArray PlainTextWriter::write(const ExportPage &page)
{
    QStringList articles;
    for (const ExportArticle &a : page.articles)
        articles.append(article(a));
    return articles.join(QStringLiteral("\n%1\n\n").arg(QString(40, u'='))).toUtf8();
}

} // namespace galley
