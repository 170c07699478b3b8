#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace galley {

QJsonObject JsonWriter::object(const ExportPage &page, bool withFurniture)
{
    QJsonObject root;
    root.insert(QStringLiteral("source"), page.sourcePath);
    root.insert(QStringLiteral("page"), page.pageNumber);
    root.insert(QStringLiteral("encoding"), page.encoding);
    root.insert(QStringLiteral("sha256"), page.sha256);
    if (!page.language.isEmpty())
        root.insert(QStringLiteral("language"), page.language);
    QJsonArray articles;
    for (const ExportArticle &a : page.articles)
        articles.append(a.segmentJson);
    root.insert(QStringLiteral("articles"), articles);
    if (withFurniture) {
        QJsonArray furniture;
        for (const QJsonObject &f : page.furnitureJson)
            furniture.append(f);
        root.insert(QStringLiteral("furniture"), furniture);
    }
    if (!page.warnings.isEmpty())
        root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(page.warnings));
    QJsonObject exp;
    exp.insert(QStringLiteral("format_version"), 1);
    exp.insert(QStringLiteral("wrap_repair"), page.options.wrapRepair);
    exp.insert(QStringLiteral("chinese_punctuation"), page.options.chinesePunctuation);
    exp.insert(QStringLiteral("conversion"), ChineseConverter::name(page.options.conversion));
    exp.insert(QStringLiteral("nfc"), page.options.nfc);
    root.insert(QStringLiteral("export"), exp);
    return root;
}

QByteArray JsonWriter::write(const ExportPage &page, bool withFurniture)
{
    return QJsonDocument(object(page, withFurniture)).toJson(QJsonDocument::Indented);
}

} // namespace galley
