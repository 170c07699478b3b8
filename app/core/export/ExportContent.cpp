#include "ExportContent.h"

#include "SegmentationJson.h"
#include "TextNormalizer.h"
#include "XmlText.h"
#include "segment/ScriptClass.h"
#include "segment/WrapRepair.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace galley {

namespace {

QString sourceText(const ReviewDocument &doc, int pieceId, bool wrapRepair)
{
    if (doc.hasCorrection(pieceId) || wrapRepair)
        return doc.pieceText(pieceId);
    return doc.rawPieceText(pieceId);
}

QString unexportableWarning()
{
    return QStringLiteral("the text has characters that no export format can carry (NUL or other control characters, "
                          "unpaired surrogates, U+FFFE/U+FFFF); each was exported as U+FFFD");
}

struct Normalizer {
    const TextOptions &options;
    QStringList *errors;
    QString operator()(const QString &text) const
    {
        QString error;
        QString out = TextNormalizer::apply(text, options, &error);
        if (!error.isEmpty() && errors && !errors->contains(error))
            errors->append(error);
        // Characters no export format can carry (NUL, C0 controls, unpaired surrogates …): U+FFFD.
        qsizetype replaced = 0;
        out = XmlText::clean(out, &replaced);
        if (replaced > 0 && errors && !errors->contains(unexportableWarning()))
            errors->append(unexportableWarning());
        return out;
    }
};

} // namespace

QString ExportContent::pieceText(const ReviewDocument &document, int pieceId, const TextOptions &options, QString *error)
{
    return TextNormalizer::apply(sourceText(document, pieceId, options.wrapRepair), options, error);
}

qsizetype ExportContent::datelineLength(const QString &paragraph)
{
    static const QRegularExpression chinese(QStringLiteral(
        R"(^(?:本报讯|本报[^\s,，。:：(（]{1,10}电|新华社[^\s,，。:：(（]{1,16}电|[^\s,，。:：(（]{1,10}(?:社|报|台|网)讯)\s*(?:[(（][^)）\n]{1,40}[)）])?)"));
    static const QRegularExpression latin(QStringLiteral(
        R"(^[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.]*\.?\s*\d{1,2})?\s*(?:\((?:AP|UPI|Reuters|AFP|[A-Z]{2,6})\))?\s*(?:—|--|–)\s*)"));
    for (const QRegularExpression *re : {&chinese, &latin}) {
        const auto m = re->match(paragraph);
        if (m.hasMatch() && m.capturedLength() < paragraph.size())
            return m.capturedLength();
    }
    return 0;
}

ExportPage ExportContent::build(const ReviewDocument &doc, const TextOptions &options, QStringList *errors)
{
    const Normalizer norm{options, errors};
    const Page &page = doc.page();
    const Segmentation &seg = doc.segmentation();
    ExportPage out;
    out.sourcePath = page.sourcePath();
    out.pageNumber = page.pageNumber();
    out.encoding = page.encoding();
    out.sha256 = QString::fromLatin1(page.sha256());
    out.warnings = page.warnings();
    out.options = options;
    if (script::cjkShare(page.text()) >= 0.3) {
        switch (options.conversion) {
        case ChineseConversion::SimplifiedToTraditional:
        case ChineseConversion::SimplifiedToTaiwan:
        case ChineseConversion::SimplifiedToHongKong: out.language = QStringLiteral("zh-Hant"); break;
        case ChineseConversion::TraditionalToSimplified:
        case ChineseConversion::TaiwanToSimplified:
        case ChineseConversion::HongKongToSimplified: out.language = QStringLiteral("zh-Hans"); break;
        case ChineseConversion::None: out.language = QStringLiteral("zh"); break;
        }
    } else {
        out.language = QStringLiteral("en");
    }

    const QJsonObject segJson = SegmentationJson::page(doc);
    const QJsonArray segArticles = segJson.value(QStringLiteral("articles")).toArray();

    auto normalisedBlocks = [&](QJsonArray blocks) {
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            QJsonObject b = blocks[i].toObject();
            b.insert(QStringLiteral("text"), norm(sourceText(doc, b.value(QStringLiteral("id")).toInt(), options.wrapRepair)));
            blocks[i] = b;
        }
        return blocks;
    };

    for (int a = 0; a < seg.articles.size(); ++a) {
        const Article &art = seg.articles[a];
        ExportArticle ea;
        ea.id = art.id;
        ea.number = a + 1;
        ea.status = art.status;
        QStringList paragraphs;
        for (const Piece &p : art.pieces) {
            const QString text = sourceText(doc, p.id, options.wrapRepair);
            auto appendField = [&](QString &field) {
                if (!field.isEmpty())
                    field += u' ';
                field += text;
            };
            switch (p.role) {
            case Role::Headline: appendField(ea.headline); break;
            case Role::Kicker: appendField(ea.kicker); break;
            case Role::Subheadline: appendField(ea.subheadline); break;
            case Role::Byline: appendField(ea.byline); break;
            case Role::Lead:
            case Role::Body:
                if (p.continuesParagraph && !paragraphs.isEmpty())
                    paragraphs.last() = options.wrapRepair ? WrapRepair::joinFragments(paragraphs.last(), text)
                                                           : paragraphs.last() + u'\n' + text;
                else
                    paragraphs.append(text);
                break;
            case Role::Furniture:
                break;
            default: {
                ExportItem item;
                item.role = p.role;
                item.text = norm(text);
                if (p.role == Role::Table)
                    for (const QString &row : item.text.split(u'\n', Qt::SkipEmptyParts))
                        item.rows.append(row.split(u'\t'));
                ea.items.append(item);
                break;
            }
            }
        }
        ea.kicker = norm(ea.kicker);
        ea.headline = norm(ea.headline);
        ea.subheadline = norm(ea.subheadline);
        ea.byline = norm(ea.byline);
        for (const QString &p : std::as_const(paragraphs))
            ea.paragraphs.append(norm(p));
        if (!ea.paragraphs.isEmpty()) {
            const qsizetype n = datelineLength(ea.paragraphs.first());
            if (n > 0) {
                ea.dateline = ea.paragraphs.first().left(n).trimmed();
                ea.datelineRest = ea.paragraphs.first().mid(n).trimmed();
            }
        }

        QJsonObject o = a < segArticles.size() ? segArticles[a].toObject() : QJsonObject();
        o.insert(QStringLiteral("headline"), ea.headline);
        o.insert(QStringLiteral("kicker"), ea.kicker);
        o.insert(QStringLiteral("subheadline"), ea.subheadline);
        o.insert(QStringLiteral("byline"), ea.byline);
        o.insert(QStringLiteral("dateline"), ea.dateline);
        o.insert(QStringLiteral("paragraphs"), QJsonArray::fromStringList(ea.paragraphs));
        o.insert(QStringLiteral("blocks"), normalisedBlocks(o.value(QStringLiteral("blocks")).toArray()));
        ea.segmentJson = o;
        out.articles.append(ea);
    }
    const QJsonArray furniture = normalisedBlocks(segJson.value(QStringLiteral("furniture")).toArray());
    for (const QJsonValue &v : furniture)
        out.furnitureJson.append(v.toObject());
    return out;
}

} // namespace galley
