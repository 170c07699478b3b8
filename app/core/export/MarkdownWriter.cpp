// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownWriter.h"

#include <QRegularExpression>

namespace galley {

namespace {

QString tableMarkdown(const ExportItem &item)
{
    qsizetype columns = 0;
    for (const QStringList &row : item.rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return QString();
    auto line = [&](const QStringList &cells) {
        QString s = QStringLiteral("|");
        for (qsizetype c = 0; c < columns; ++c)
            s += u' ' + MarkdownWriter::escape(c < cells.size() ? cells[c].trimmed() : QString()).replace(u'|', QLatin1String("\\|")) + QStringLiteral(" |");
        return s;
    };
    QStringList lines{line(item.rows.first())};
    QString rule = QStringLiteral("|");
    for (qsizetype c = 0; c < columns; ++c)
        rule += QStringLiteral(" --- |");
    lines.append(rule);
    for (qsizetype r = 1; r < item.rows.size(); ++r)
        lines.append(line(item.rows[r]));
    return lines.join(u'\n');
}

} // namespace

QString MarkdownWriter::escape(const QString &text)
{
    static const QRegularExpression inlineMarks(QStringLiteral(R"(([\\`*_\[\]<>]))"));
    static const QRegularExpression blockStart(QStringLiteral(R"(^(\s*)([#>+\-=]))"), QRegularExpression::MultilineOption);
    static const QRegularExpression orderedList(QStringLiteral(R"(^(\s*\d+)([.)]))"), QRegularExpression::MultilineOption);
    QString s = text;
    s.replace(inlineMarks, QStringLiteral("\\\\1"));
    s.replace(blockStart, QStringLiteral("\\1\\\\2"));
    s.replace(orderedList, QStringLiteral("\\1\\\\2"));
    return s;
}

QByteArray MarkdownWriter::write(const ExportPage &page)
{
    QStringList articles;
    for (const ExportArticle &a : page.articles) {
        QStringList parts;
        if (!a.kicker.isEmpty())
            parts.append(u'*' + escape(a.kicker) + u'*');
        parts.append(QStringLiteral("# ") + escape(a.headline.isEmpty() ? QStringLiteral("Article %1").arg(a.number) : a.headline));
        if (!a.subheadline.isEmpty())
            parts.append(QStringLiteral("## ") + escape(a.subheadline));
        if (!a.byline.isEmpty())
            parts.append(QStringLiteral("**") + escape(a.byline) + QStringLiteral("**"));
        for (const QString &p : a.paragraphs)
            parts.append(escape(p));
        for (const ExportItem &item : a.items) {
            switch (item.role) {
            case Role::TableTitle: parts.append(QStringLiteral("**") + escape(item.text) + QStringLiteral("**")); break;
            case Role::Table: parts.append(tableMarkdown(item)); break;
            case Role::Note: parts.append(QStringLiteral("> ") + escape(item.text).replace(u'\n', QLatin1String("\n> "))); break;
            case Role::Caption:
            case Role::Credit: parts.append(u'*' + escape(item.text) + u'*'); break;
            default: parts.append(escape(item.text)); break;
            }
        }
        articles.append(parts.join(QStringLiteral("\n\n")) + u'\n');
    }
    return articles.join(QStringLiteral("\n---\n\n")).toUtf8();
}

} // namespace galley
