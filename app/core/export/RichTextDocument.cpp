// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RichTextDocument.h"

#include "HtmlWriter.h"
#include "XmlText.h"

#include <QFont>

namespace galley {

QStringList RichTextDocument::fontFamilies(const QString &language)
{
    const QString cjk = language == QLatin1String("zh-Hant") ? QStringLiteral("Noto Sans CJK TC") : QStringLiteral("Noto Sans CJK SC");
    return {cjk, QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
}

std::unique_ptr<QTextDocument> RichTextDocument::build(const ExportPage &page)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(fontFamilies(page.language));
    font.setPointSizeF(10.5);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 18pt; font-weight: bold; margin-bottom: 6px; }"
        "h2 { font-size: 13pt; font-weight: bold; }"
        "p { margin-top: 0px; margin-bottom: 8px; }"
        "p.kicker, p.byline { color: #444444; }"
        "p.caption, p.credit, p.note, p.jump-line { color: #333333; font-size: 9pt; }"));
    doc->setHtml(QString::fromUtf8(HtmlWriter::write(page, HtmlWriter::Flavour::QtRichText)));
    doc->setMetaInformation(QTextDocument::DocumentTitle, XmlText::clean(HtmlWriter::documentTitle(page)));
    return doc;
}

} // namespace galley
